"""Search has a generous per-client limit on the shared cache: 120 a minute and 2,500 an
hour per address (IPv6 per /64); over it, a friendly Dutch 429 with Retry-After. A page
from the page cache counts too."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine

from zelfhulp import ratelimit

pytestmark = pytest.mark.django_db
# Five seconds into an hour (and a minute): no window boundary splits a test.
MORNING = datetime(2026, 3, 2, 9, 0, 5, tzinfo=ZoneInfo("Europe/Amsterdam"))
ADDRESS = "203.0.113.7"


def search(client, address=ADDRESS, path="/zoeken/?q=rouw"):
    return client.get(path, REMOTE_ADDR=address)


def already_searched(times, address=ADDRESS):
    """Count searches as the pages do, without rendering each (the last test renders them)."""
    for _ in range(times):
        ratelimit.hit_all(
            (ratelimit.SEARCH_PER_MINUTE, address), (ratelimit.SEARCH_PER_HOUR, address)
        )


def test_a_burst_of_searches_from_one_address_gets_a_friendly_429(client):
    with time_machine.travel(MORNING, tick=False):
        already_searched(119)
        assert search(client).status_code == 200
        response = search(client)
    assert response.status_code == 429
    assert response["Retry-After"] == "55"
    page = response.content.decode()
    assert "Even wachten" in page and "heel vaak gezocht" in page
    assert "Probeer het over 1 minuut opnieuw" in page
    assert '<html lang="nl"' in page
    assert not response.cookies


def test_the_burst_limit_opens_again_the_next_minute(client):
    with time_machine.travel(MORNING, tick=False):
        already_searched(120)
        assert search(client).status_code == 429
    with time_machine.travel(MORNING + timedelta(minutes=1), tick=False):
        assert search(client).status_code == 200


def test_another_address_searches_on(client):
    with time_machine.travel(MORNING, tick=False):
        already_searched(120)
        assert search(client).status_code == 429
        assert search(client, address="198.51.100.9").status_code == 200


def test_ipv6_addresses_of_one_connection_share_a_count(client):
    with time_machine.travel(MORNING, tick=False):
        for n in range(3):
            assert search(client, address=f"2001:db8:1:2::{n + 1:x}").status_code == 200
        # zelfhulp.client names a /64 by its first address.
        already_searched(117, address="2001:db8:1:2::")
        assert search(client, address="2001:db8:1:2::ffff").status_code == 429
        assert search(client, address="2001:db8:1:3::1").status_code == 200


def test_more_than_2500_searches_in_an_hour_are_refused_until_the_hour_ends(client):
    with time_machine.travel(MORNING, tick=False):
        for _ in range(2499):  # spread over the hour, as the page's own count would be
            ratelimit.hit(ratelimit.SEARCH_PER_HOUR, ADDRESS)
        assert search(client).status_code == 200
        response = search(client)
    assert response.status_code == 429
    assert response["Retry-After"] == str(60 * 60 - 5)
    assert "Probeer het over 60 minuten opnieuw" in response.content.decode()


def test_the_referrers_search_is_limited_too(client):
    with time_machine.travel(MORNING, tick=False):
        already_searched(119)
        assert search(client, path="/verwijzers/?q=P76").status_code == 200
        response = search(client, path="/verwijzers/?q=P76")
    assert response.status_code == 429
    assert "Retry-After" in response


def test_pages_from_the_page_cache_count_and_a_429_is_never_cached(client, settings):
    settings.SEARCH_CACHE_SECONDS = 60
    with time_machine.travel(MORNING, tick=False):
        first = search(client)
        for _ in range(119):
            assert search(client).content == first.content  # from the cache
        assert search(client).status_code == 429
        other = search(client, address="198.51.100.9")
    assert other.status_code == 200
    assert other.content == first.content


def test_the_limits_are_settings_and_zero_switches_one_off(client, settings):
    settings.SEARCH_LIMIT_PER_MINUTE = 0
    with time_machine.travel(MORNING, tick=False):
        already_searched(500)
        assert search(client).status_code == 200
        settings.SEARCH_LIMIT_PER_HOUR = 3
        assert search(client).status_code == 429


def test_a_page_from_the_page_cache_costs_three_redis_round_trips_and_no_query(
    client, settings, django_assert_num_queries
):
    from dashboard.counters import _redis

    if _redis() is None:
        pytest.skip("needs REDIS_URL (the shared cache)")
    import redis

    settings.SEARCH_CACHE_SECONDS = 60
    search(client)  # computed and cached
    calls = []
    real = redis.Redis.execute_command

    def counted(self, *args, **options):
        calls.append(args[0])
        return real(self, *args, **options)

    redis.Redis.execute_command = counted
    try:
        with django_assert_num_queries(0):
            assert search(client).status_code == 200
    finally:
        redis.Redis.execute_command = real
    # The limits checked and counted in one script; the page; the search counted.
    assert calls == ["EVAL", "GET", "HINCRBY"]
