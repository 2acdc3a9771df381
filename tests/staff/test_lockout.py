"""Five failed logins lock that username from that address for an hour (django-axes)."""

import pytest
import time_machine
from django.test import Client, override_settings
from django.urls import reverse

from tests.factories import StaffFactory

pytestmark = pytest.mark.django_db

PASSWORD = "een-lang-wachtwoord-123"


def try_login(client, username, password, **extra):
    return client.post(
        reverse("two_factor:login"),
        {
            "login_view-current_step": "auth",
            "auth-username": username,
            "auth-password": password,
        },
        **extra,
    )


def fail_five_times(username, **extra):
    client = Client()
    return [try_login(client, username, "fout-wachtwoord", **extra).status_code for _ in range(5)]


def test_five_failures_lock_the_account_from_that_address_with_a_429():
    staff = StaffFactory()
    fail_five_times(staff.username, REMOTE_ADDR="10.0.0.1")
    response = try_login(Client(), staff.username, PASSWORD, REMOTE_ADDR="10.0.0.1")
    assert response.status_code == 429
    assert "Te veel pogingen" in response.content.decode()


def test_four_failures_do_not_lock():
    staff = StaffFactory()
    client = Client()
    for _ in range(4):
        assert try_login(client, staff.username, "fout", REMOTE_ADDR="10.0.0.1").status_code == 200
    response = try_login(client, staff.username, PASSWORD, REMOTE_ADDR="10.0.0.1")
    assert response.status_code == 302  # no device yet: logged in, on to set one up


def test_the_same_user_from_another_address_can_still_log_in():
    staff = StaffFactory()
    fail_five_times(staff.username, REMOTE_ADDR="10.0.0.1")
    response = try_login(Client(), staff.username, PASSWORD, REMOTE_ADDR="10.0.0.2")
    assert response.status_code == 302


def test_the_lock_ends_after_an_hour():
    staff = StaffFactory()
    with time_machine.travel("2026-03-02 10:00 +0100", tick=False):
        fail_five_times(staff.username, REMOTE_ADDR="10.0.0.1")
    with time_machine.travel("2026-03-02 10:59 +0100", tick=False):
        assert (
            try_login(Client(), staff.username, PASSWORD, REMOTE_ADDR="10.0.0.1").status_code == 429
        )
    with time_machine.travel("2026-03-02 11:01 +0100", tick=False):
        assert (
            try_login(Client(), staff.username, PASSWORD, REMOTE_ADDR="10.0.0.1").status_code == 302
        )


def test_a_made_up_forwarded_for_header_does_not_reset_the_count():
    staff = StaffFactory()
    client = Client()
    for n in range(5):
        try_login(
            client,
            staff.username,
            "fout",
            REMOTE_ADDR="10.0.0.1",
            HTTP_X_FORWARDED_FOR=f"192.0.2.{n}",
        )
    response = try_login(
        client, staff.username, PASSWORD, REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="192.0.2.99"
    )
    assert response.status_code == 429


@override_settings(BEHIND_PROXY=True)
def test_behind_our_proxy_only_the_address_it_appended_counts():
    staff = StaffFactory()
    client = Client()
    # The client makes up the first entries; our proxy appends the address it saw.
    for n in range(5):
        try_login(
            client,
            staff.username,
            "fout",
            REMOTE_ADDR="172.18.0.5",
            HTTP_X_FORWARDED_FOR=f"192.0.2.{n}, 203.0.113.7",
        )
    locked = try_login(
        client,
        staff.username,
        PASSWORD,
        REMOTE_ADDR="172.18.0.5",
        HTTP_X_FORWARDED_FOR="198.51.100.1, 203.0.113.7",
    )
    assert locked.status_code == 429
    elsewhere = try_login(
        Client(),
        staff.username,
        PASSWORD,
        REMOTE_ADDR="172.18.0.5",
        HTTP_X_FORWARDED_FOR="203.0.113.8",
    )
    assert elsewhere.status_code == 302


def test_the_lockout_counts_an_ipv6_client_per_64_block_as_the_rate_limits_do():
    # One home connection may pick any address in its /64: a new one does not lift the lock.
    staff = StaffFactory()
    fail_five_times(staff.username, REMOTE_ADDR="2001:db8:1:2::1")
    response = try_login(Client(), staff.username, PASSWORD, REMOTE_ADDR="2001:db8:1:2::beef")
    assert response.status_code == 429
    elsewhere = try_login(Client(), staff.username, PASSWORD, REMOTE_ADDR="2001:db8:1:3::1")
    assert elsewhere.status_code != 429
