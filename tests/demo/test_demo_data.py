import io

import pytest
from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import override_settings
from django.utils import timezone

from contactpoints.models import ContactPoint, Municipality
from demo import groups as demo
from groups.models import Group, Schedule, Theme, Venue

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module", autouse=True)
def demo_data(django_db_setup, django_db_blocker):
    """Load the demo once for this module (it takes a second) and take it away afterwards,
    so other test modules see the database as they expect it."""
    installed = [*settings.INSTALLED_APPS, "demo"]
    with django_db_blocker.unblock(), override_settings(DEMO_MODE=True, INSTALLED_APPS=installed):
        users = get_user_model().objects.count()
        call_command("load_demo_data", stdout=io.StringIO())
        yield {"new_users": get_user_model().objects.count() - users}
        demo.remove()


def published_in(municipality):
    return Group.objects.published().in_municipality(municipality)


def test_it_creates_at_least_150_groups():
    assert Group.objects.filter(slug__in=demo.demo_group_slugs()).count() >= 150


def test_every_limburg_municipality_has_a_published_group():
    limburg = Municipality.objects.filter(region__isnull=False)
    assert limburg.count() == 31
    assert [m.name for m in limburg if not published_in(m).exists()] == []


def test_every_leaf_theme_has_a_published_group():
    leaves = Theme.objects.filter(parent__isnull=False)
    assert leaves.count() == 58
    assert [t.slug for t in leaves if not Group.objects.published().filter(themes=t).exists()] == []


def test_there_is_one_contact_point_per_region_covering_its_municipalities():
    contact_points = ContactPoint.objects.filter(region__isnull=False)
    assert contact_points.count() == 5
    for cp in contact_points:
        assert set(cp.municipalities.all()) == set(cp.region.municipalities.all())


def test_each_group_belongs_to_the_contact_point_covering_its_venues():
    for schedule in Schedule.objects.filter(venue__isnull=False).select_related(
        "venue", "group__contact_point"
    ):
        covered = schedule.group.contact_point.municipalities.all()
        assert schedule.venue.municipality in covered, schedule.group.name


def test_formats_audiences_and_statuses_are_mixed():
    groups = Group.objects.filter(slug__in=demo.demo_group_slugs())
    formats = {f: groups.filter(format=f).count() for f in Group.Format.values}
    assert formats["in_person"] > formats["online"] > 0
    assert formats["hybrid"] > 0 and formats["phone"] > 0
    assert set(groups.values_list("audience", flat=True)) == set(Group.Audience.values)
    assert set(groups.values_list("status", flat=True)) == set(Group.Status.values)
    assert groups.filter(newcomers="closed", next_start_date__isnull=False).exists()
    assert groups.filter(cost="contribution").exclude(cost_note="").exists()


def test_online_and_phone_groups_meet_without_a_venue_and_some_meet_at_two():
    remote = Schedule.objects.filter(group__format__in=["online", "phone"])
    assert remote.exists() and not remote.filter(venue__isnull=False).exists()
    two_venues = [g for g in Group.objects.filter(format="in_person") if g.schedules.count() == 2]
    assert two_venues


def test_most_listings_are_fresh_some_due_for_verification_and_a_few_overdue():
    today = timezone.localdate()
    year_ago, sixteen_months_ago = (
        today - relativedelta(months=12),
        today - relativedelta(months=16),
    )
    published = Group.objects.published()
    assert published.filter(last_verified__gte=year_ago).count() > 120
    assert (
        published.filter(last_verified__lt=year_ago, last_verified__gte=sixteen_months_ago).count()
        >= 10
    )
    assert published.filter(last_verified__lt=sixteen_months_ago).exists()


def test_every_group_has_a_next_meeting_and_a_search_vector():
    groups = Group.objects.filter(slug__in=demo.demo_group_slugs())
    assert not groups.filter(next_meeting_at__isnull=True).exists()
    assert not groups.filter(search_vector__isnull=True).exists()


@pytest.mark.parametrize("word", ["depressieve", "somber"])
def test_searching_finds_the_published_depression_groups(word):
    depression = set(Group.objects.published().filter(themes__slug="depressie"))
    assert len(depression) >= 3
    assert depression <= set(Group.objects.published().matching(word))


def test_descriptions_read_as_two_to_four_sentences_and_contacts_are_fictional():
    for group in Group.objects.filter(slug__in=demo.demo_group_slugs()):
        sentences = [s for s in group.description.replace("?", ".").split(". ") if s]
        assert 2 <= len(sentences) <= 4, group.name
        assert group.contact_email.endswith("@example.com")
        assert not group.website or ".example.org" in group.website


def test_running_it_again_in_demo_mode_changes_nothing_and_prints_a_summary(settings):
    settings.DEMO_MODE = True
    before = demo.digest()
    counts = (Group.objects.count(), Venue.objects.count(), Schedule.objects.count())
    out = io.StringIO()
    call_command("load_demo_data", stdout=out)
    assert demo.digest() == before
    assert (Group.objects.count(), Venue.objects.count(), Schedule.objects.count()) == counts
    assert "5 contact points" in out.getvalue()


def test_it_creates_no_user_accounts(demo_data):
    assert demo_data["new_users"] == 0


def test_it_refuses_without_demo_mode_debug_or_force(settings):
    settings.DEBUG = False
    settings.DEMO_MODE = False
    with pytest.raises(CommandError, match="DEMO_MODE"):
        call_command("load_demo_data", stdout=io.StringIO())


def test_there_are_ten_rooms_and_five_groups_with_a_private_address_one_per_region():
    from rooms.models import Room

    assert Room.objects.published().count() == 10
    assert Room.objects.values("contact_point").distinct().count() == 5
    private = Group.objects.published().filter(address_after_contact=True)
    assert private.count() == 5
    assert private.values("contact_point").distinct().count() == 5
