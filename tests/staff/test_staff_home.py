"""The staff home lists what needs attention, each a link to a filtered list, counted
within the staff member's own contact point."""

from datetime import date

import pytest
from django.test import override_settings
from django.urls import reverse

from groups.models import Group
from groups.verification import freshness
from tests.factories import GroupFactory

pytestmark = pytest.mark.django_db

GROUPS = "/beheer/groups/group/"


def attention(client):
    return client.get(reverse("admin:index")).context["attention"]


def item(items, words):
    [found] = [i for i in items if words in i["label"]]
    return found


def test_due_groups_are_counted_and_linked_to_a_filtered_list(
    as_user, anja, parkstad, maastricht_cp
):
    due = GroupFactory(name="Oude Groep", contact_point=parkstad, last_verified=date(2020, 1, 1))
    GroupFactory(name="Verse Groep", contact_point=parkstad)
    GroupFactory(contact_point=maastricht_cp, last_verified=date(2020, 1, 1))
    client = as_user(anja)
    entry = item(attention(client), "te lang niet gecontroleerd")
    assert entry["count"] == 1
    assert entry["url"] == GROUPS + "?controle=due"
    page = client.get(entry["url"]).content.decode()
    assert due.name in page
    assert "Verse Groep" not in page


def test_unconfirmed_auto_paused_and_stopping_groups_are_listed(as_user, anja, parkstad):
    import time_machine

    asked = GroupFactory(contact_point=parkstad, last_verified=date(2020, 1, 1))
    with time_machine.travel("2026-01-01 10:00 +0100"):
        freshness.send_request(asked)
    GroupFactory(
        contact_point=parkstad, status=Group.Status.PAUSED, auto_paused_on=date(2026, 1, 1)
    )
    stopping = GroupFactory(contact_point=parkstad)
    freshness.answer_stopping(freshness.send_request(stopping), "")
    with time_machine.travel("2026-03-01 10:00 +0100"):
        items = attention(as_user(anja))
    assert item(items, "zonder antwoord")["count"] == 1
    assert item(items, "automatisch gepauzeerd")["count"] == 1
    assert item(items, "stoppen")["count"] == 1


def test_groups_without_meetings_or_venue_are_listed(as_user, anja, parkstad, heerlen_venue):
    GroupFactory(name="Zonder Bijeenkomst", contact_point=parkstad)
    online = GroupFactory(contact_point=parkstad, format=Group.Format.ONLINE)
    from tests.factories import ScheduleFactory

    ScheduleFactory(group=online, venue=None)
    GroupFactory(contact_point=parkstad, venue=heerlen_venue)
    client = as_user(anja)
    items = attention(client)
    assert item(items, "zonder bijeenkomsten")["count"] == 1
    assert "op locatie zonder locatie" not in [i["label"] for i in items]
    page = client.get(item(items, "zonder bijeenkomsten")["url"]).content.decode()
    assert "Zonder Bijeenkomst" in page


def test_pending_reviews_are_listed(as_user, anja, parkstad_group):
    freshness.answer_changed(freshness.send_request(parkstad_group), {"summary": "x"}, "")
    entry = item(attention(as_user(anja)), "om te beoordelen")
    assert entry["count"] == 1
    assert entry["url"].endswith("?review__exact=pending")


def test_nothing_to_do_says_so(as_user, anja, parkstad_group):
    response = as_user(anja).get(reverse("admin:index"))
    assert response.context["attention"] == []
    assert "Niets: alle vermeldingen zijn bijgewerkt." in response.content.decode()


def other_queue(user):
    return [("berichten om te lezen", 3, "/beheer/ergens/"), ("leeg", 0, "/beheer/leeg/")]


def broken_queue(user):
    raise RuntimeError("down")


@override_settings(
    STAFF_ATTENTION_PROVIDERS=[
        "tests.staff.test_staff_home.broken_queue",
        "tests.staff.test_staff_home.other_queue",
    ]
)
def test_queues_of_other_features_show_when_not_empty_and_a_broken_one_is_skipped(as_user, anja):
    page = as_user(anja).get(reverse("admin:index")).content.decode()
    assert 'href="/beheer/ergens/"' in page and "berichten om te lezen" in page
    assert "/beheer/leeg/" not in page


def test_the_group_list_takes_a_fixed_number_of_queries(
    as_user, anja, parkstad, django_assert_max_num_queries
):
    client = as_user(anja)
    url = reverse("admin:groups_group_changelist")
    GroupFactory(contact_point=parkstad)
    # 4 to know who asks (session, user, OTP device, membership), then the count, the
    # page of groups (contact points joined) and the themes for the theme filter.
    with django_assert_max_num_queries(7) as one:
        client.get(url)
    GroupFactory.create_batch(19, contact_point=parkstad)
    with django_assert_max_num_queries(len(one.captured_queries)):
        client.get(url)
