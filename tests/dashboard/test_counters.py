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
    assert SearchMonth.objects.filter(municipality_id=heerlen.municipality_id).count() == 2


def test_nothing_that_could_identify_a_person_is_stored():
    fields = {f.name for m in (SearchMonth, ZeroResultWords) for f in m._meta.get_fields()}
    assert not fields & {"ip", "address", "user_agent", "session", "created_at", "time", "user"}


def test_words_are_deleted_thirty_days_after_they_were_first_counted():
    with time_machine.travel("2026-03-01 12:00 +01:00"):
        counters.record_search("oud woord", 0, "nl")
    with time_machine.travel("2026-03-20 12:00 +01:00"):
        counters.record_search("nieuw woord", 0, "nl")
    with time_machine.travel("2026-04-01 04:00 +02:00"):
        assert counters.purge_zero_result_words() == 1
    assert list(ZeroResultWords.objects.values_list("words", flat=True)) == ["nieuw woord"]
    assert SearchMonth.objects.get().searches == 2  # the counts stay


def test_the_search_page_records_a_search_without_results(client):
    GroupFactory(name="Rouwgroep Heerlen", venue=True)
    client.get("/zoeken/?q=xyzzyonbekend")
    client.get("/zoeken/?q=rouw")
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
