"""The workspace in Dutch, in a real browser: a coordinator logs in with password and TOTP
(a wrong code first), then walks the main pages, widgets and all (the theme picker's help
text is written by JavaScript), and nothing reads as English (staff/english.py); axe has
nothing to say. A relay message is taken on from its own page."""

import base64
from datetime import date, timedelta

from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from contactpoints.models import StaffMembership
from groups.models import Group
from staff.english import english_on
from submissions.models import RelayMessage
from tests.browser.conftest import assert_accessible
from tests.factories import (
    ContactPointFactory,
    GroupFactory,
    ScheduleFactory,
    UserFactory,
    VenueFactory,
    heerlen,
)

SECRET = "JBSWY3DPEHPK3PXP"
PASSWORD = "een-lang-wachtwoord-123"


def accessible(page):
    assert_accessible(page)
    page.console_errors.clear()


def dutch(page):
    assert english_on(page.content()) == [], page.url


def test_a_coordinator_walks_the_workspace_in_dutch(page):
    parkstad = ContactPointFactory(name="Zelfhulpcontactpunt Parkstad", municipalities=[heerlen()])
    group = GroupFactory(
        name="Rouwcafé Geleen",
        contact_point=parkstad,
        format=Group.Format.HYBRID,
        last_verified=date(2024, 9, 1),
        public_phone="046 123 45 67",
        contact_name="Mieke",
    )
    ScheduleFactory(group=group, venue=VenueFactory(name="Buurthuis Heerlen"))
    group.summary = "Elke maand koffie en een gesprek."
    group.save()
    relay = RelayMessage.objects.create(
        group=group,
        contact_point=parkstad,
        first_name="Sanne",
        message="Mag ik komen?",
        escalated_at=timezone.now() - timedelta(days=1),
    )
    carla = UserFactory(username="carla", is_staff=True)
    StaffMembership.objects.create(user=carla, is_coordinator=True)
    TOTPDevice.objects.create(
        user=carla, name="default", key=base64.b32decode(SECRET).hex(), confirmed=True
    )

    page.goto(page.base + "/beheer/")
    dutch(page)
    page.fill("#id_auth-username", "carla")
    page.fill("#id_auth-password", PASSWORD)
    with page.expect_navigation():
        page.locator(".submit-row input[type=submit]").click()
    right = f"{totp(base64.b32decode(SECRET)):06d}"
    page.fill("#id_token-otp_token", "000000" if right != "000000" else "111111")
    with page.expect_navigation():
        page.locator(".submit-row input[type=submit]").click()
    assert "Deze code klopt niet" in page.content()
    dutch(page)
    accessible(page)
    page.wait_for_timeout(2500)  # django-otp waits a moment after a wrong code
    page.fill("#id_token-otp_token", right)
    with page.expect_navigation():
        page.locator(".submit-row input[type=submit]").click()
    assert page.url == page.base + "/beheer/"
    dutch(page)
    accessible(page)

    walk = [
        f"/beheer/groups/group/{group.pk}/change/",
        "/beheer/groups/group/",
        "/beheer/groups/group/?controle=due",
        f"/beheer/groups/group/{group.pk}/history/",
        "/beheer/groups/group/import/",
        "/beheer/groups/group/export/",
        "/beheer/groups/schedule/",
        "/beheer/groups/venue/",
        "/beheer/submissions/relaymessage/?opgepakt=nee",
        "/beheer/submissions/submission/",
        "/beheer/contactpoints/region/",
    ]
    for path in walk:
        page.goto(page.base + path)
        dutch(page)
        accessible(page)
    page.goto(page.base + f"/beheer/groups/group/{group.pk}/change/")
    page.wait_for_selector(".selector-chooser")  # the picker is built by JavaScript
    assert "Kies thema's door ze te selecteren" in page.content()

    page.goto(page.base + f"/beheer/groups/group/{group.pk}/history/")
    page.locator("#change-history a").first.click()
    assert "terugzetten" in page.locator("h1").inner_text()
    dutch(page)

    page.goto(page.base + f"/beheer/submissions/relaymessage/{relay.pk}/change/")
    accessible(page)
    page.fill("#id_staff_note", "Mieke gebeld.")
    with page.expect_navigation():
        page.get_by_role("button", name="Oppakken").click()
    relay.refresh_from_db()
    assert relay.handled_by == carla and relay.staff_note == "Mieke gebeld."
    dutch(page)
