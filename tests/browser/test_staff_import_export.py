"""The export (and import) pages of the staff workspace in a real browser, under the
strict CSP: nothing is refused, the "select all" box works, a CSV comes down."""

import base64

from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.browser.conftest import assert_accessible
from tests.factories import ContactPointFactory, GroupFactory, StaffFactory, heerlen

SECRET = "JBSWY3DPEHPK3PXP"
PASSWORD = "een-lang-wachtwoord-123"


def csp_errors(page):
    return [e for e in page.console_errors if "Content Security Policy" in e]


def accessible(page):
    """axe-core, run after the page's own CSP check: axe itself sets inline styles while it
    measures, which the CSP rightly refuses; those refusals are not the page's."""
    assert_accessible(page)
    page.console_errors.clear()


def log_in(page, username):
    page.goto(page.base + "/beheer/")
    page.fill("#id_auth-username", username)
    page.fill("#id_auth-password", PASSWORD)
    with page.expect_navigation():
        page.locator(".submit-row input[type=submit]").click()
    page.fill("#id_token-otp_token", f"{totp(base64.b32decode(SECRET)):06d}")
    with page.expect_navigation():
        page.locator(".submit-row input[type=submit]").click()
    assert page.url == page.base + "/beheer/"


def test_staff_export_their_groups_as_csv_without_csp_violations(page):
    parkstad = ContactPointFactory(name="Zelfhulpcontactpunt Parkstad", municipalities=[heerlen()])
    GroupFactory(name="Rouwgroep Heerlen", contact_point=parkstad)
    staff = StaffFactory(username="anja", contact_point=parkstad)
    TOTPDevice.objects.create(
        user=staff, name="default", key=base64.b32decode(SECRET).hex(), confirmed=True
    )
    log_in(page, "anja")

    page.goto(page.base + "/beheer/groups/group/export/")
    assert csp_errors(page) == []
    toggle = page.locator("#select-all-toggle")
    fields = page.locator(
        '.selectable-field-export-row input[type="checkbox"]:not(#select-all-toggle)'
    )
    assert fields.count() > 10
    toggle.uncheck()
    assert all(not fields.nth(i).is_checked() for i in range(fields.count()))
    toggle.check()
    assert all(fields.nth(i).is_checked() for i in range(fields.count()))
    assert csp_errors(page) == []
    accessible(page)

    page.select_option("#id_format", label="csv")
    with page.expect_download() as download:
        page.locator(".submit-row input[type=submit]").click()
    content = open(download.value.path(), encoding="utf-8").read()
    assert "Rouwgroep Heerlen" in content
    assert csp_errors(page) == []

    page.goto(page.base + "/beheer/groups/group/import/")
    assert csp_errors(page) == []
    accessible(page)
