"""The staff workspace and the verification link in a real browser, checked with axe:
log in with password and TOTP, and answer a "Klopt de informatie nog?" link."""

import base64
from datetime import date

from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from groups.models import Group, VerificationRequest
from groups.verification import freshness
from tests.browser.conftest import assert_accessible, horizontal_overflow
from tests.factories import ContactPointFactory, GroupFactory, StaffFactory, heerlen

SECRET = "JBSWY3DPEHPK3PXP"
PASSWORD = "een-lang-wachtwoord-123"


def csp_errors(page):
    return [e for e in page.console_errors if "Content Security Policy" in e]


def a_group():
    parkstad = ContactPointFactory(name="Zelfhulpcontactpunt Parkstad", municipalities=[heerlen()])
    return GroupFactory(
        name="Lotgenoten Long Covid", contact_point=parkstad, last_verified=date(2025, 1, 1)
    )


def test_the_verification_pages_are_accessible_and_a_confirmation_works(page):
    group = a_group()
    link = page.base + "/controle/" + freshness.make_token(freshness.send_request(group)) + "/"

    page.goto(link)
    assert page.title().startswith("Klopt de informatie over uw groep nog?")
    assert_accessible(page)
    assert horizontal_overflow(page) <= 0
    page.set_viewport_size({"width": 1280, "height": 900})

    page.get_by_role("link", name="Er is iets veranderd").click()
    page.fill("#id_contact_email", "geen adres")
    with page.expect_navigation():
        page.get_by_role("button", name="Wijzigingen versturen").click()
    assert page.title().startswith("Fout:")
    assert page.locator(".error-summary a[href='#id_contact_email']").is_visible()
    assert_accessible(page)

    page.goto(link + "stopt/")
    assert_accessible(page)

    page.goto(link)
    with page.expect_navigation():
        page.get_by_role("button", name="Klopt nog").click()
    assert page.locator("h1").inner_text() == "Bedankt"
    assert_accessible(page)
    group.refresh_from_db()
    assert group.last_verified == timezone.localdate()
    assert csp_errors(page) == []

    page.goto(page.base + "/controle/ongeldig/")
    assert_accessible(page)


def test_staff_log_in_with_password_and_totp_and_review_proposed_changes(page):
    group = a_group()
    staff = StaffFactory(username="anja", contact_point=group.contact_point)
    TOTPDevice.objects.create(
        user=staff, name="default", key=base64.b32decode(SECRET).hex(), confirmed=True
    )
    vr = freshness.send_request(group)
    freshness.answer_changed(vr, {"summary": "Nu elke eerste maandag."}, "Nieuw adres")

    page.goto(page.base + "/beheer/")
    assert_accessible(page)  # the password step
    page.fill("#id_auth-username", "anja")
    page.fill("#id_auth-password", PASSWORD)
    with page.expect_navigation():
        page.locator(".submit-row input[type=submit]").click()
    assert page.locator("#id_token-otp_token").is_visible()
    assert_accessible(page)  # the code step
    page.fill("#id_token-otp_token", f"{totp(base64.b32decode(SECRET)):06d}")
    with page.expect_navigation():
        page.locator(".submit-row input[type=submit]").click()

    assert page.url == page.base + "/beheer/"
    assert_accessible(page)  # the staff home
    page.get_by_role("link", name="wijzigingen van groepen om te beoordelen").click()
    page.locator("#result_list tbody th a").first.click()
    page.get_by_role("link", name="Beoordelen").click()
    with page.expect_navigation():
        page.locator("input[name=approve]").click()

    group.refresh_from_db()
    assert group.summary == "Nu elke eerste maandag."
    assert VerificationRequest.objects.get().review == "approved"
    assert Group.history.filter(id=group.pk).order_by("history_id").last().history_user == staff
    assert csp_errors(page) == []
