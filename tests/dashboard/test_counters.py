"""Search counters: per month, anonymous, words only for searches that found nothing."""

from datetime import date

import pytest
import time_machine

from contactpoints.geo import resolve_place
from dashboard import counters
from dashboard.models import SearchMonth, ZeroResultWords
from tests.factories import GroupFactory

pytestmark = pytest.mark.django_db


def test_words_are_folded_cut_and_stripped_of_numbers_and_addresses():
    assert counters.normalise_words("  Rouw  na ZELFDODING ") == "rouw na zelfdoding"
    assert counters.normalise_words("Café Überleben") == "cafe uberleben"
    assert counters.normalise_words("jan@voorbeeld.nl 0612345678 6411AB verslaving") == "verslaving"
    assert len(counters.normalise_words("woord " * 30)) <= 50


@time_machine.travel("2026-03-15 12:00 +01:00")
def test_each_search_counts_once_per_month_and_words_only_when_nothing_was_found():
    counters.record_search("rouw", 12, "nl")
    counters.record_search("zeldzame ziekte", 0, "nl")
    counters.record_search("Zeldzame  ZIEKTE", 0, "nl")
    counters.record_search("zeldzame ziekte", 0, "nl", page=2)  # paging on: same search
    counters.flush_search_counts()
    month = SearchMonth.objects.get()
    assert (month.month, month.searches, month.zero_results) == (date(2026, 3, 1), 3, 2)
    words = ZeroResultWords.objects.get()
    assert (words.words, words.count, words.first_counted) == (
        "zeldzame ziekte",
        2,
        date(2026, 3, 15),
    )
    assert not ZeroResultWords.objects.filter(words="rouw").exists()


def test_a_search_near_a_place_counts_for_its_municipality():
    heerlen = resolve_place("6411")
    counters.record_search("rouw", 3, "nl", heerlen)
    counters.record_search("rouw", 3, "en", heerlen)
    counters.flush_search_counts()
    assert SearchMonth.objects.filter(municipality_id=heerlen.municipality_id).count() == 2


def test_nothing_that_could_identify_a_person_is_stored():
    fields = {f.name for m in (SearchMonth, ZeroResultWords) for f in m._meta.get_fields()}
    assert not fields & {"ip", "address", "user_agent", "session", "created_at", "time", "user"}


def test_words_are_deleted_thirty_days_after_they_were_first_counted():
    with time_machine.travel("2026-03-01 12:00 +01:00"):
        counters.record_search("oud woord", 0, "nl")
        counters.flush_search_counts()
    with time_machine.travel("2026-03-20 12:00 +01:00"):
        counters.record_search("nieuw woord", 0, "nl")
        counters.flush_search_counts()
    with time_machine.travel("2026-04-01 04:00 +02:00"):
        assert counters.purge_zero_result_words() == 1
    assert list(ZeroResultWords.objects.values_list("words", flat=True)) == ["nieuw woord"]
    assert SearchMonth.objects.get().searches == 2  # the counts stay


def test_the_search_page_records_a_search_without_results(client):
    GroupFactory(name="Rouwgroep Heerlen", venue=True)
    client.get("/zoeken/?q=xyzzyonbekend")
    client.get("/zoeken/?q=rouw")
    counters.flush_search_counts()
    assert SearchMonth.objects.get().searches == 2
    assert list(ZeroResultWords.objects.values_list("words", flat=True)) == ["xyzzyonbekend"]


def test_the_purge_is_a_daily_job(settings):
    assert "purge_zero_result_words" in settings.DAILY_JOBS


def test_a_failing_count_never_breaks_the_search(client, monkeypatch):
    from django.db import OperationalError

    def broken(*args, **kwargs):
        raise OperationalError("database is read-only")

    monkeypatch.setattr(counters, "_bump", broken)
    assert client.get("/zoeken/?q=rouw").status_code == 200


def test_the_flush_is_an_hourly_job(settings):
    assert "flush_search_counts" in settings.HOURLY_JOBS


needs_redis = pytest.mark.skipif(
    counters._redis() is None, reason="counting in Redis needs REDIS_URL (the shared cache)"
)


@needs_redis
def test_with_redis_a_search_is_counted_without_a_database_statement_until_the_flush():
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        counters.record_search("rouw", 12, "nl")
        counters.record_search("zeldzame ziekte", 0, "nl")
    assert len(captured) == 0
    assert not SearchMonth.objects.exists()
    assert counters.flush_search_counts() == 2
    assert SearchMonth.objects.get().searches == 2
    assert counters.flush_search_counts() == 0  # nothing counted twice
    assert SearchMonth.objects.get().searches == 2


@needs_redis
def test_counts_wait_for_the_next_flush_when_the_database_refuses(monkeypatch):
    from django.db import OperationalError

    counters.record_search("zeldzame ziekte", 0, "nl")
    real_bump = counters._bump

    def broken(*args, **kwargs):
        raise OperationalError("database is read-only")

    monkeypatch.setattr(counters, "_bump", broken)
    assert counters.flush_search_counts() == 0
    counters.record_search("zeldzame ziekte", 0, "nl")  # counted meanwhile
    monkeypatch.setattr(counters, "_bump", real_bump)
    assert counters.flush_search_counts() == 1  # the one that waited
    assert counters.flush_search_counts() == 1  # the one counted meanwhile
    assert SearchMonth.objects.get().zero_results == 2
    assert ZeroResultWords.objects.get().count == 2


def test_the_dashboard_shows_searches_counted_since_the_last_flush(client):
    from dashboard.figures import searches_per_month

    class Scope:
        start, end, contact_point = date(2026, 1, 1), date(2026, 12, 31), None

    with time_machine.travel("2026-03-15 12:00 +01:00"):
        counters.record_search("rouw", 12, "nl")
        figure = searches_per_month(Scope())
    assert figure.rows[-1][-1] == 1


def test_a_search_served_from_the_page_cache_counts_too(client, settings):
    settings.SEARCH_CACHE_SECONDS = 60
    GroupFactory(name="Rouwgroep Heerlen", venue=True)
    for _ in range(3):
        client.get("/zoeken/?q=xyzzyonbekend")
    client.get("/zoeken/?q=rouw")
    counters.flush_search_counts()
    month = SearchMonth.objects.get()
    assert (month.searches, month.zero_results) == (4, 3)
    assert ZeroResultWords.objects.get().count == 3
