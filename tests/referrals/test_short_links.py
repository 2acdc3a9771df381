import threading
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.contrib.sessions.models import Session
from django.db import connection
from django.test.utils import CaptureQueriesContext

from groups.models import Group, Theme
from referrals.codes import (
    ALPHABET,
    LENGTH,
    candidate,
    give_short_links,
    short_link_for,
    short_url,
)
from referrals.counting import count_visit
from referrals.models import ReferralCount, ShortLink
from tests.factories import GroupFactory, ThemeFactory

pytestmark = pytest.mark.django_db
TZ = ZoneInfo("Europe/Amsterdam")


def visits(group):
    return {(c.date.isoformat(), c.visits, c.qr_visits) for c in group.referral_counts.all()}


def test_a_group_gets_a_short_typeable_code_that_stays_the_same():
    group = GroupFactory()
    code = short_link_for(group).code
    assert len(code) == LENGTH
    assert set(code) <= set(ALPHABET)
    assert not set(code) & set("ILOU")
    assert short_link_for(Group.objects.get(pk=group.pk)).code == code
    assert ShortLink.objects.filter(group=group).count() == 1


def test_the_code_is_derived_from_the_external_id():
    group = GroupFactory()
    assert short_link_for(group).code == candidate(group.external_id)


def test_a_taken_code_moves_on_to_the_next_candidate():
    first, second = GroupFactory(status=Group.Status.DRAFT), GroupFactory(status=Group.Status.DRAFT)
    ShortLink.objects.create(group=first, code=candidate(second.external_id))
    assert short_link_for(second).code == candidate(second.external_id, attempt=1)


def test_a_group_gets_its_short_link_when_it_is_published_and_not_before():
    group = GroupFactory(status=Group.Status.DRAFT)
    assert not ShortLink.objects.filter(group=group).exists()
    group.status = Group.Status.PUBLISHED
    group.save()
    assert ShortLink.objects.get(group=group).code == candidate(group.external_id)


def test_groups_loaded_in_bulk_get_their_links_in_one_call():
    draft = GroupFactory(status=Group.Status.DRAFT)
    published = GroupFactory()
    ShortLink.objects.filter(group=published).delete()
    assert give_short_links(Group.objects.all()) == 1
    assert ShortLink.objects.filter(group=published).exists()
    assert not ShortLink.objects.filter(group=draft).exists()


def test_reading_the_referrers_page_and_a_card_writes_nothing(client):
    grief = Theme.objects.get(slug="verlies-rouw")
    group = GroupFactory(name="Rouwgroep", themes=[grief], venue=True)
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/verwijzers/", {"q": "rouw"}).status_code == 200
        assert client.get(f"/groepen/{group.slug}/verwijskaart/").status_code == 200
    writes = [q["sql"] for q in queries if not q["sql"].lstrip().upper().startswith("SELECT")]
    assert writes == []


def test_the_short_link_counts_the_visit_and_redirects_to_the_group(client):
    group = GroupFactory(slug="rouw-heerlen")
    code = short_link_for(group).code
    with time_machine.travel(datetime(2026, 3, 10, 20, 0, tzinfo=TZ), tick=False):
        response = client.get(f"/g/{code}")
    assert response.status_code == 302
    assert response["Location"] == "/groepen/rouw-heerlen/"
    assert client.get(response["Location"]).status_code == 200
    assert visits(group) == {("2026-03-10", 1, 0)}


def test_visits_add_up_per_day_and_the_qr_code_is_told_apart(client):
    group = GroupFactory()
    code = short_link_for(group).code
    with time_machine.travel(datetime(2026, 3, 10, 9, 0, tzinfo=TZ), tick=False):
        client.get(f"/g/{code}/")
        client.get(f"/g/{code}?qr=1")
    # 0.30 in Amsterdam is still the day before in UTC: the count follows the local date.
    with time_machine.travel(datetime(2026, 3, 11, 0, 30, tzinfo=TZ), tick=False):
        client.get(f"/g/{code}?qr=1")
    assert visits(group) == {("2026-03-10", 2, 1), ("2026-03-11", 1, 1)}


@pytest.mark.parametrize("typed", ["{code}", "{lower}", "{code}/", "{dashed}", "{misread}"])
def test_what_people_type_from_paper_still_finds_the_group(client, typed):
    group = GroupFactory()
    ShortLink.objects.filter(group=group).update(code="AB10CD")
    path = typed.format(code="AB10CD", lower="ab10cd", dashed="AB1-0CD", misread="ABIOCD")
    response = client.get(f"/g/{path}")
    assert response.status_code == 302
    assert response["Location"] == group.get_absolute_url()


def test_an_unknown_code_is_a_404_and_counts_nothing(client):
    assert client.get("/g/ZZZZZZ").status_code == 404
    assert client.get("/g/not a code!").status_code == 404
    assert ReferralCount.objects.count() == 0


def test_a_group_that_left_the_map_says_so_and_points_to_its_theme(client):
    theme = ThemeFactory(name="Verlies van een huisdier")
    group = GroupFactory(status=Group.Status.ARCHIVED, themes=[theme])
    response = client.get(f"/g/{short_link_for(group).code}")
    assert response.status_code == 404
    assert "Verlies van een huisdier" in response.content.decode()
    assert ReferralCount.objects.count() == 0


def test_a_head_request_is_not_counted(client):
    group = GroupFactory()
    assert client.head(f"/g/{short_link_for(group).code}").status_code == 302
    assert ReferralCount.objects.count() == 0


def test_the_short_link_sets_no_cookie_and_is_never_cached(client):
    group = GroupFactory()
    response = client.get(f"/g/{short_link_for(group).code}")
    assert response.cookies == {}
    assert "no-store" in response["Cache-Control"]


def test_the_counter_stores_nothing_but_dates_groups_and_counts(client):
    group = GroupFactory()
    code = short_link_for(group).code
    client.cookies["sessionid"] = "a-session-of-someone"
    client.get(
        f"/g/{code}?qr=1",
        HTTP_USER_AGENT="Mozilla/5.0 (iPhone; Patient Browser)",
        HTTP_X_FORWARDED_FOR="203.0.113.7",
        HTTP_REFERER="https://huisarts.example/dossier/12345",
        REMOTE_ADDR="198.51.100.23",
    )
    with connection.cursor() as cursor:
        columns = {
            c.name
            for c in connection.introspection.get_table_description(
                cursor, "referrals_referralcount"
            )
        }
        cursor.execute("SELECT * FROM referrals_referralcount")
        stored = " ".join(str(value) for row in cursor.fetchall() for value in row)
    assert columns == {"id", "group_id", "date", "visits", "qr_visits"}
    for trace in ["Mozilla", "iPhone", "203.0.113", "198.51.100", "huisarts", "12345", "session"]:
        assert trace not in stored
    assert Session.objects.count() == 0


@pytest.mark.django_db(transaction=True)
def test_visits_at_the_same_moment_are_all_counted():
    group = GroupFactory()
    errors = []

    def visit():
        try:
            for _ in range(5):
                count_visit(group.pk)
        except Exception as exc:  # pragma: no cover - shown in the assert below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=visit) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert ReferralCount.objects.get(group=group).visits == 40


def test_the_short_url_is_the_site_url_with_the_code(settings):
    settings.SITE_URL = "https://zelfhulpkaart.nl"
    assert short_url("AB12CD") == "https://zelfhulpkaart.nl/g/AB12CD"


def test_the_migration_gives_groups_published_before_it_their_links():
    import importlib

    from django.apps import apps

    migration = importlib.import_module(
        "referrals.migrations.0002_short_links_for_published_groups"
    )
    published, draft = GroupFactory(), GroupFactory(status=Group.Status.DRAFT)
    ShortLink.objects.all().delete()
    migration.give_short_links(apps, None)
    assert ShortLink.objects.get(group=published).code == candidate(published.external_id)
    assert not ShortLink.objects.filter(group=draft).exists()
