"""The staff login page: looking at it costs nothing. An anonymous GET sets no cookie and
writes no session row; only posting the form does. Without a CSRF cookie, the form's POST
is protected by the Origin (or, over HTTPS, Referer) header instead."""

import pytest
from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.factories import StaffFactory

pytestmark = pytest.mark.django_db

PASSWORD = "een-lang-wachtwoord-123"
SITE = "http://testserver"


def login_url():
    return reverse("two_factor:login")


def test_an_anonymous_get_of_the_login_page_sets_no_cookie_and_stores_no_session():
    response = Client().get(login_url())
    assert response.status_code == 200
    assert 'name="auth-username"' in response.content.decode()
    assert not response.cookies
    assert Session.objects.count() == 0


def test_twenty_looks_at_the_login_page_store_nothing():
    client = Client()
    for _ in range(20):
        client.get(login_url())
    assert Session.objects.count() == 0


def test_staff_log_in_from_the_page_with_csrf_checks_on():
    staff = StaffFactory(username="dirk")
    device = TOTPDevice.objects.create(user=staff, name="default", confirmed=True)
    client = Client(enforce_csrf_checks=True)
    client.get(login_url())
    response = client.post(
        login_url(),
        {
            "login_view-current_step": "auth",
            "auth-username": "dirk",
            "auth-password": PASSWORD,
        },
        HTTP_ORIGIN=SITE,
    )
    assert response.status_code == 200
    assert 'name="token-otp_token"' in response.content.decode()
    assert Session.objects.count() == 1  # the POST starts the session
    response = client.post(
        login_url(),
        {"login_view-current_step": "token", "token-otp_token": f"{totp(device.bin_key):06d}"},
        HTTP_ORIGIN=SITE,
    )
    assert response.status_code == 302
    assert client.get(reverse("admin:index")).status_code == 200


def test_a_login_post_from_another_site_is_refused():
    StaffFactory(username="dirk")
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        login_url(),
        {
            "login_view-current_step": "auth",
            "auth-username": "dirk",
            "auth-password": PASSWORD,
        },
        HTTP_ORIGIN="https://kwaadwillend.example",
    )
    assert response.status_code == 403
    assert Session.objects.count() == 0


def test_a_login_post_over_https_without_origin_or_referer_is_refused():
    StaffFactory(username="dirk")
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        login_url(),
        {"login_view-current_step": "auth", "auth-username": "dirk", "auth-password": PASSWORD},
        secure=True,
    )
    assert response.status_code == 403
