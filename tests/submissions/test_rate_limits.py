"""Rate limits per client address on the shared cache, with a friendly 429 page."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.test import RequestFactory

from outbox.models import OutgoingEmail
from submissions.models import RelayMessage, Submission
from tests.factories import GroupFactory
from tests.submissions.conftest import listing_data
from tests.submissions.test_relay import relay_data
from zelfhulp import ratelimit
from zelfhulp.client import client_address

pytestmark = pytest.mark.django_db
# A fixed moment at the start of an hour, so a window boundary never splits a test.
MORNING = datetime(2026, 3, 2, 9, 0, 5, tzinfo=ZoneInfo("Europe/Amsterdam"))


def relay(client, group, address="203.0.113.7", n=0, **overrides):
    """Message number n: each from its own sender, unless told otherwise."""
    data = relay_data(reply_email=f"bewoner{n}@example.org", **overrides)
    return client.post(f"/groepen/{group.slug}/contact/", data, REMOTE_ADDR=address)


@pytest.fixture
def groups(parkstad, group):
    """Two groups, so the per-group limit (20 a day) does not get in the way."""
    return [group, GroupFactory(contact_point=parkstad)]


def test_one_address_shared_by_a_practice_or_library_may_send_30_messages_an_hour(client, groups):
    with time_machine.travel(MORNING, tick=False):
        for n in range(30):
            assert relay(client, groups[n % 2], n=n).status_code == 302
        response = relay(client, groups[0], n=99, message="Mag ik een keer komen kijken, Anna?")
    assert response.status_code == 429
    assert int(response["Retry-After"]) == 3600 - 5
    assert RelayMessage.objects.count() == 30


def test_at_the_limit_the_page_keeps_the_form_and_the_text_and_says_when_to_send(client, groups):
    with time_machine.travel(MORNING, tick=False):
        for n in range(30):
            relay(client, groups[n % 2], n=n)
        response = relay(client, groups[0], n=99, message="Mag ik een keer komen kijken, Anna?")
    html = response.content.decode()
    assert response.status_code == 429
    assert "Je bericht is nog niet verstuurd" in html
    assert "over 60 minuten versturen, om 10.00 uur" in html
    assert "Mag ik een keer komen kijken, Anna?</textarea>" in html
    assert 'value="bewoner99@example.org"' in html
    assert 'action=""' in html and "Bericht versturen" in html


def test_the_limit_opens_again_in_the_next_hour(client, groups):
    with time_machine.travel(MORNING, tick=False):
        for n in range(31):
            relay(client, groups[n % 2], n=n)
    with time_machine.travel(MORNING + timedelta(hours=1), tick=False):
        assert relay(client, groups[0], n=100).status_code == 302


def test_another_address_is_counted_apart(client, groups):
    with time_machine.travel(MORNING, tick=False):
        for n in range(31):
            relay(client, groups[n % 2], n=n)
        assert relay(client, groups[0], address="198.51.100.9", n=100).status_code == 302


def test_one_sender_may_send_ten_messages_a_day_from_any_address(client, parkstad):
    with time_machine.travel(MORNING, tick=False):
        targets = [GroupFactory(contact_point=parkstad) for _ in range(11)]
        for n, target in enumerate(targets[:10]):
            assert relay(client, target, address=f"198.51.100.{n}", n=7).status_code == 302
        response = relay(client, targets[10], address="192.0.2.1", n=7)
        assert response.status_code == 429
        assert relay(client, targets[10], address="192.0.2.1", n=8).status_code == 302


def test_a_group_takes_at_most_twenty_messages_a_day_from_everyone_together(
    client, group, parkstad
):
    with time_machine.travel(MORNING, tick=False):
        for n in range(20):
            assert relay(client, group, address=f"198.51.100.{n}", n=n).status_code == 302
        response = relay(client, group, address="192.0.2.1", n=50)
        assert response.status_code == 429
        assert "Je kunt je bericht versturen vanaf" in response.content.decode()
        other_group = GroupFactory(contact_point=parkstad)
        assert relay(client, other_group, address="192.0.2.1", n=50).status_code == 302
    with time_machine.travel(MORNING + timedelta(days=1), tick=False):
        assert relay(client, group, address="192.0.2.1", n=50).status_code == 302


def test_a_refused_message_is_not_stored_or_sent(client, group):
    with time_machine.travel(MORNING, tick=False):
        for n in range(21):
            relay(client, group, address=f"198.51.100.{n}", n=n)
    assert RelayMessage.objects.count() == 20
    assert OutgoingEmail.objects.filter(to=group.contact_email).count() == 20


def test_a_form_sent_again_does_not_use_up_the_limit(client, group, monkeypatch):
    monkeypatch.setattr(ratelimit, "RELAY_PER_ADDRESS", ratelimit.Limit("relay-address", 2, 3600))
    with time_machine.travel(MORNING, tick=False):
        data = relay_data()
        for _ in range(3):  # a double click, then a reload
            response = client.post(f"/groepen/{group.slug}/contact/", data)
            assert response.status_code == 302
        assert relay(client, group, n=1).status_code == 302
    assert RelayMessage.objects.count() == 2


def test_a_registration_sent_again_does_not_use_up_the_limit(client, parkstad, monkeypatch):
    monkeypatch.setattr(ratelimit, "SUBMIT_PER_ADDRESS", ratelimit.Limit("submit-address", 2, 3600))
    with time_machine.travel(MORNING, tick=False):
        data = listing_data()
        for _ in range(3):
            assert client.post("/groep-aanmelden/", data).status_code == 302
        assert client.post("/groep-aanmelden/", listing_data()).status_code == 302
    assert Submission.objects.count() == 2


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


def test_form_errors_do_not_use_up_the_limit(client, group, monkeypatch):
    monkeypatch.setattr(ratelimit, "RELAY_PER_ADDRESS", ratelimit.Limit("relay-address", 5, 3600))
    with time_machine.travel(MORNING, tick=False):
        for _ in range(8):
            response = client.post(
                f"/groepen/{group.slug}/contact/", relay_data(message=""), REMOTE_ADDR="192.0.2.55"
            )
            assert response.status_code == 200
        for n in range(5):
            assert relay(client, group, address="192.0.2.55", n=n).status_code == 302


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
