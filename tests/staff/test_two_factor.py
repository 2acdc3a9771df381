"""No admin page is reachable with a password alone; a TOTP code completes the login."""

import pytest
from django.contrib import admin
from django.test import Client
from django.urls import URLPattern, URLResolver, reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.factories import StaffFactory

pytestmark = pytest.mark.django_db

PASSWORD = "een-lang-wachtwoord-123"


def admin_paths():
    """Every URL pattern of admin.site, with 1 for each path argument."""

    def walk(patterns, prefix=""):
        for p in patterns:
            if isinstance(p, URLResolver):
                yield from walk(p.url_patterns, prefix + str(p.pattern))
            elif isinstance(p, URLPattern):
                route = prefix + str(p.pattern)
                yield p.name, route

    import re

    for name, route in walk(admin.site.get_urls()):
        route = route.lstrip("^").rstrip("$")
        route = re.sub(r"<[^>]+>", "1", route)
        route = re.sub(r"\(\?P<url>\.\*\)", "anything/", route)
        route = re.sub(r"\(\?P<app_label>[^)]*\)", "groups", route)
        route = re.sub(r"\(\[\^/\]\+\)", "1", route)
        yield name, "/beheer/" + route


def test_every_admin_url_sends_a_password_only_user_to_the_login(client):
    staff = StaffFactory()
    TOTPDevice.objects.create(user=staff, name="default", confirmed=True)
    client.force_login(staff)  # password only: no verified device in the session
    paths = list(admin_paths())
    assert len(paths) > 50
    for name, path in paths:
        if name == "login":
            continue
        response = client.get(path)
        if name == "logout":  # the admin sends it to its index, which sends it to the login
            response = client.get(response["Location"])
        assert response.status_code == 302, (name, path, response.status_code)
        assert response["Location"].startswith(("/beheer/login/", "/beheer/inloggen/")), (
            name,
            path,
            response["Location"],
        )


def login_with_password(client, user):
    url = reverse("two_factor:login")
    client.get(url)
    return client.post(
        url,
        {
            "login_view-current_step": "auth",
            "auth-username": user.username,
            "auth-password": PASSWORD,
        },
    )


def send_code(client, code):
    return client.post(
        reverse("two_factor:login"),
        {"login_view-current_step": "token", "token-otp_token": code},
    )


def test_password_then_totp_code_opens_the_staff_home(client):
    staff = StaffFactory()
    device = TOTPDevice.objects.create(user=staff, name="default", confirmed=True)
    response = login_with_password(client, staff)
    assert response.status_code == 200  # the token step
    assert client.get(reverse("admin:index")).status_code == 302

    response = send_code(client, f"{totp(device.bin_key):06d}")
    assert response.status_code == 302
    assert client.get(reverse("admin:index")).status_code == 200


def test_a_used_totp_code_is_refused_the_second_time():
    staff = StaffFactory()
    device = TOTPDevice.objects.create(user=staff, name="default", confirmed=True)
    code = f"{totp(device.bin_key):06d}"
    first, second = Client(), Client()
    login_with_password(first, staff)
    assert send_code(first, code).status_code == 302
    login_with_password(second, staff)
    response = send_code(second, code)
    assert response.status_code == 200  # back on the token step with an error
    assert second.get(reverse("admin:index")).status_code == 302


def test_a_backup_code_also_completes_the_login(client):
    from django_otp.plugins.otp_static.models import StaticDevice

    staff = StaffFactory()
    TOTPDevice.objects.create(user=staff, name="default", confirmed=True)
    backup = StaticDevice.objects.create(user=staff, name="backup")
    backup.token_set.create(token="abcd1234")
    login_with_password(client, staff)
    client.post(reverse("two_factor:login"), {"wizard_goto_step": "backup"})
    response = client.post(
        reverse("two_factor:login"),
        {"login_view-current_step": "backup", "backup-otp_token": "abcd1234"},
    )
    assert response.status_code == 302
    assert client.get(reverse("admin:index")).status_code == 200
    assert not backup.token_set.exists()  # each backup code works once


def test_staff_without_a_device_are_sent_to_set_one_up(client):
    staff = StaffFactory()
    client.force_login(staff)
    response = client.get(reverse("admin:index"), follow=True)
    assert response.redirect_chain[-1][0] == reverse("two_factor:setup")


def test_a_password_alone_cannot_add_a_second_device(client):
    staff = StaffFactory()
    TOTPDevice.objects.create(user=staff, name="default", confirmed=True)
    client.force_login(staff)
    response = client.get(reverse("two_factor:setup"))
    assert response.status_code == 302
    assert TOTPDevice.objects.filter(user=staff).count() == 1


def test_switching_two_factor_off_is_not_offered():
    from django.urls import NoReverseMatch

    with pytest.raises(NoReverseMatch):
        reverse("two_factor:disable")
