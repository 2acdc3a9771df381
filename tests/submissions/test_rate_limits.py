"""Rate limits per client address on the shared cache, with a friendly 429 page."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.test import RequestFactory

from submissions.models import RelayMessage, Submission
from tests.factories import GroupFactory
from tests.submissions.conftest import listing_data
from tests.submissions.test_relay import relay_data
from zelfhulp.client import client_address

pytestmark = pytest.mark.django_db
# A fixed moment at the start of an hour, so a window boundary never splits a test.
MORNING = datetime(2026, 3, 2, 9, 0, 5, tzinfo=ZoneInfo("Europe/Amsterdam"))


def relay(client, group, address="203.0.113.7"):
    return client.post(f"/groepen/{group.slug}/contact/", relay_data(), REMOTE_ADDR=address)


def test_a_sixth_message_within_the_hour_from_one_address_gets_a_friendly_429(client, group):
    with time_machine.travel(MORNING, tick=False):
        for _ in range(5):
            assert relay(client, group).status_code == 302
        response = relay(client, group)
    assert response.status_code == 429
    assert int(response["Retry-After"]) == 3600 - 5
    assert "Even wachten" in response.content.decode()
    assert RelayMessage.objects.count() == 5


def test_the_limit_opens_again_in_the_next_hour(client, group):
    with time_machine.travel(MORNING, tick=False):
        for _ in range(5):
            relay(client, group)
    with time_machine.travel(MORNING + timedelta(hours=1), tick=False):
        assert relay(client, group).status_code == 302


def test_another_address_is_counted_apart(client, group):
    with time_machine.travel(MORNING, tick=False):
        for _ in range(5):
            relay(client, group)
        assert relay(client, group, address="198.51.100.9").status_code == 302


def test_a_group_takes_at_most_twenty_messages_a_day_from_everyone_together(
    client, group, parkstad
):
    with time_machine.travel(MORNING, tick=False):
        for n in range(20):
            assert relay(client, group, address=f"198.51.100.{n}").status_code == 302
        response = relay(client, group, address="192.0.2.1")
        assert response.status_code == 429
        other_group = GroupFactory(contact_point=parkstad)
        assert relay(client, other_group, address="192.0.2.1").status_code == 302
    with time_machine.travel(MORNING + timedelta(days=1), tick=False):
        assert relay(client, group, address="192.0.2.1").status_code == 302


def test_a_refused_message_is_not_stored_or_sent(client, group):
    with time_machine.travel(MORNING, tick=False):
        for _ in range(6):
            relay(client, group)
    assert RelayMessage.objects.count() == 5


def test_an_eleventh_submission_within_the_hour_is_refused(client, parkstad):
    with time_machine.travel(MORNING, tick=False):
        for _ in range(10):
            response = client.post("/groep-aanmelden/", listing_data(), REMOTE_ADDR="203.0.113.7")
            assert response.status_code == 302
        response = client.post("/groep-aanmelden/", listing_data(), REMOTE_ADDR="203.0.113.7")
    assert response.status_code == 429
    assert "Retry-After" in response
    assert Submission.objects.count() == 10


def test_corrections_count_towards_the_same_submission_limit(client, parkstad, group):
    with time_machine.travel(MORNING, tick=False):
        for _ in range(10):
            client.post("/groep-aanmelden/", listing_data(), REMOTE_ADDR="203.0.113.7")
        response = client.post(
            f"/groepen/{group.slug}/wijziging/", {"message": "x"}, REMOTE_ADDR="203.0.113.7"
        )
    assert response.status_code == 429


def test_form_errors_do_not_use_up_the_limit(client, group):
    with time_machine.travel(MORNING, tick=False):
        for _ in range(8):
            response = client.post(
                f"/groepen/{group.slug}/contact/", relay_data(message=""), REMOTE_ADDR="192.0.2.55"
            )
            assert response.status_code == 200
        for _ in range(5):
            assert relay(client, group, address="192.0.2.55").status_code == 302


def request_from(remote, forwarded=None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


def test_a_forwarded_address_is_ignored_unless_we_are_behind_our_proxy(settings):
    settings.BEHIND_PROXY = False
    assert client_address(request_from("203.0.113.7", "1.2.3.4")) == "203.0.113.7"


def test_behind_our_proxy_only_the_entry_it_added_counts(settings):
    settings.BEHIND_PROXY = True
    # The client made up "1.2.3.4"; our proxy appended the address it really saw.
    request = request_from("10.0.0.2", "1.2.3.4, 198.51.100.20")
    assert client_address(request) == "198.51.100.20"
    assert client_address(request_from("10.0.0.2")) == "10.0.0.2"


def test_ipv6_clients_are_counted_per_64_block():
    first = client_address(request_from("2001:db8:1:2::1"))
    second = client_address(request_from("2001:db8:1:2:ffff::9"))
    assert first == second == "2001:db8:1:2::"


def test_a_garbage_address_does_not_break_the_page():
    assert client_address(request_from("not-an-ip")) == "0.0.0.0"
