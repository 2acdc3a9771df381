"""Staff sessions end 12 hours after login or after 30 minutes without a request;
anonymous visitors get no cookie at all (quality.md S7)."""

import pytest
import time_machine
from django.conf import settings
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db

LOGIN = "2026-03-02 09:00 +0100"


def home():
    return reverse("admin:index")


def test_a_staff_session_survives_29_minutes_idle(as_user, anja):
    with time_machine.travel(LOGIN, tick=False) as clock:
        client = as_user(anja)
        clock.shift(29 * 60)
        assert client.get(home()).status_code == 200


def test_a_staff_session_ends_after_30_minutes_idle(as_user, anja):
    with time_machine.travel(LOGIN, tick=False) as clock:
        client = as_user(anja)
        assert client.get(home()).status_code == 200
        clock.shift(31 * 60)
        response = client.get(home())
        assert response.status_code == 302
        assert "_auth_user_id" not in client.session


def test_a_busy_staff_session_still_ends_12_hours_after_login(as_user, anja):
    with time_machine.travel(LOGIN, tick=False) as clock:
        client = as_user(anja)
        for _ in range(12 * 3):  # a request every 20 minutes, all day
            assert client.get(home()).status_code == 200
            clock.shift(20 * 60)
        clock.shift(60)  # 12 hours and a minute after login
        assert client.get(home()).status_code == 302


def test_the_session_key_changes_at_login():
    from django_otp.oath import totp
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from tests.factories import StaffFactory

    staff = StaffFactory()
    device = TOTPDevice.objects.create(user=staff, name="default", confirmed=True)
    client = Client()
    client.post(
        reverse("two_factor:login"),
        {
            "login_view-current_step": "auth",
            "auth-username": staff.username,
            "auth-password": "een-lang-wachtwoord-123",
        },
    )
    before = client.cookies[settings.SESSION_COOKIE_NAME].value
    client.post(
        reverse("two_factor:login"),
        {"login_view-current_step": "token", "token-otp_token": f"{totp(device.bin_key):06d}"},
    )
    after = client.cookies[settings.SESSION_COOKIE_NAME].value
    assert before != after
    assert client.get(home()).status_code == 200


def test_an_old_cookie_replayed_after_logout_is_sent_to_the_login(as_user, anja):
    client = as_user(anja)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    client.post(reverse("admin:logout"))
    replay = Client()
    replay.cookies[settings.SESSION_COOKIE_NAME] = cookie
    response = replay.get(home())
    assert response.status_code == 302
    assert response["Location"].startswith("/beheer/login/")


def test_an_anonymous_visitor_gets_no_cookie_from_the_public_pages(client):
    response = client.get(reverse("groups:home"))
    assert response.status_code == 200
    assert not response.cookies


def test_session_cookies_are_http_only_and_same_site_lax():
    assert settings.SESSION_COOKIE_HTTPONLY is True
    assert settings.SESSION_COOKIE_SAMESITE == "Lax"
    assert settings.SESSION_COOKIE_AGE <= 12 * 60 * 60
    assert settings.STAFF_IDLE_TIMEOUT == 30 * 60


def test_the_workspace_speaks_dutch_to_an_english_browser(as_user, anja):
    response = as_user(anja).get(home(), HTTP_ACCEPT_LANGUAGE="en")
    assert '<html lang="nl"' in response.content.decode()
