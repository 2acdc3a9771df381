"""The three public flows end to end in Chromium, on the demo content:
form → email queued in the outbox and sent by the scheduler → staff action → public result. Every page passes axe."""

import re
import time

import pytest
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from django.core.management import call_command
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from groups.models import Group
from outbox.models import OutgoingEmail
from submissions.models import Interest, RelayMessage, Submission
from tests.browser.conftest import assert_accessible, horizontal_overflow
from tests.factories import StaffFactory
from tests.queued_mail import send_queued_mail


@pytest.fixture
def demo(settings, demo_mode):
    settings.FORM_MIN_SECONDS = 0  # the browser fills in forms faster than a person
    call_command("load_demo_data", force=True, stdout=open("/dev/null", "w"))


@pytest.fixture
def demo_group(demo):
    """A published demo group that meets in Heerlen."""
    return (
        Group.objects.published()
        .filter(schedules__venue__municipality__name="Heerlen")
        .select_related("contact_point")
        .order_by("name")
        .first()
    )


def log_in_staff(page, contact_point):
    """A staff member of the contact point, logged in with a verified second factor.

    The session is made the way django-two-factor-auth leaves it after password + TOTP,
    so the browser starts on the other side of the login."""
    user = StaffFactory(contact_point=contact_point, email="medewerker@example.org")
    device = TOTPDevice.objects.create(user=user, name="default", confirmed=True)
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session["staff_login_at"] = session["staff_last_seen"] = int(time.time())
    session.create()
    page.context.add_cookies(
        [{"name": "sessionid", "value": session.session_key, "url": page.base}]
    )
    return user


def check_page(page):
    assert_accessible(page)
    width = page.viewport_size["width"]
    assert horizontal_overflow(page) <= 0, f"{page.url} does not reflow at 320px"
    page.set_viewport_size({"width": width, "height": 900})


def test_a_group_leader_registers_a_group_and_staff_publish_it(page, demo):
    page.goto(page.base + "/groep-aanmelden/")
    check_page(page)
    assert {c["name"] for c in page.context.cookies()} == {"csrftoken"}  # nothing else

    # A first try with gaps: an error summary that links to the fields.
    page.fill("#id_name", "Praatgroep na verlies Heerlen")
    page.click("button[type=submit]")
    assert page.title().startswith("Fout:")
    summary = page.locator(".error-summary")
    assert summary.is_visible()
    assert page.evaluate("() => document.activeElement.classList.contains('error-summary')")
    check_page(page)
    summary.get_by_role("link", name="Vertel iets meer over de groep.").click()
    assert page.evaluate("() => document.activeElement.id") == "id_description"

    page.fill("#id_summary", "Praten met mensen die hun partner hebben verloren.")
    page.fill("#id_description", "We drinken koffie en praten over hoe het gaat.")
    page.select_option("#id_theme", label="Verlies van partner")
    page.fill("#id_venue_name", "Wijkcentrum Het Anker")
    page.fill("#id_venue_street", "Akerstraat 10")
    page.fill("#id_venue_postcode", "6411 AB")
    page.fill("#id_venue_city", "Heerlen")
    page.get_by_label("Eén keer per maand").check()
    page.select_option("#id_ordinal", label="tweede")
    page.select_option("#id_weekday", label="dinsdag")
    page.fill("#id_start_time", "19:30")
    page.fill("#id_end_time", "21:30")
    page.fill("#id_first_date", "2026-12-08")
    page.fill("#id_contact_email", "anker-groep@prive.example")
    page.fill("#id_submitter_name", "Jan Janssen")
    page.fill("#id_submitter_email", "jan@example.org")
    page.click("button[type=submit]")

    assert "/groep-aanmelden/verstuurd/" in page.url
    assert page.get_by_role("heading", name="Je aanmelding is verstuurd").is_visible()
    check_page(page)
    submission = Submission.objects.get(name="Praatgroep na verlies Heerlen")
    assert OutgoingEmail.objects.filter(to="jan@example.org", status="queued").exists()
    send_queued_mail()  # what the scheduler does every few seconds
    assert OutgoingEmail.objects.filter(to="jan@example.org", status="sent").exists()

    # Staff of the responsible contact point find it on their home page and approve it.
    log_in_staff(page, submission.contact_point)
    page.goto(page.base + "/beheer/")
    page.get_by_role("link", name=re.compile("wachten op beoordeling")).click()
    page.get_by_role("link", name="Praatgroep na verlies Heerlen").click()
    page.get_by_role("button", name="Goedkeuren en publiceren").click()
    group = Group.objects.get(name="Praatgroep na verlies Heerlen")
    assert group.status == "published"

    # The public result, without the group's private address.
    page.goto(page.base + group.get_absolute_url())
    assert page.get_by_role("heading", name="Praatgroep na verlies Heerlen").is_visible()
    assert "anker-groep@prive.example" not in page.content()
    send_queued_mail()
    assert OutgoingEmail.objects.filter(
        to="jan@example.org", tag="submission_approved", status="sent"
    ).exists()


def test_a_resident_writes_to_a_group_and_the_group_confirms_it_answered(page, demo_group):
    private = demo_group.contact_email
    page.goto(page.base + demo_group.get_absolute_url())
    assert private not in page.content()
    page.get_by_role("link", name="Neem contact op met deze groep").click()
    assert page.url.endswith(f"/groepen/{demo_group.slug}/contact/")
    check_page(page)
    assert private not in page.content()

    page.click("button[type=submit]")
    assert page.title().startswith("Fout:")
    check_page(page)

    page.fill("#id_first_name", "Sanne")
    page.fill("#id_reply_email", "sanne@example.org")
    page.fill("#id_message", "Mag ik een keer komen kijken?")
    page.check("#id_consent")
    page.click("button[type=submit]")
    assert page.url.endswith("/contact/verstuurd/")
    check_page(page)
    assert demo_group.contact_point.phone in page.content()
    assert private not in page.content()

    message = RelayMessage.objects.get()
    send_queued_mail()
    to_group = OutgoingEmail.objects.get(to=private)
    assert to_group.status == "sent" and "Mag ik een keer komen kijken?" in to_group.body_text

    # The group follows "Ik heb gereageerd" from its email: a button, then a thank-you.
    link = re.search(r"https?://\S+/bericht-beantwoord/\S+/", to_group.body_text).group(0)
    page.goto(page.base + "/" + link.split("/", 3)[3])  # the path; SITE_URL is not this server
    check_page(page)
    message.refresh_from_db()
    assert message.responded_at is None
    page.get_by_role("button", name="Ja, ik heb gereageerd").click()
    assert page.get_by_role("heading", name="Dank je wel").is_visible()
    message.refresh_from_db()
    assert message.responded_at is not None


def test_a_resident_registers_interest_and_staff_see_the_count(page, demo):
    page.goto(page.base + "/interesse/?thema=rouw-partner")
    check_page(page)
    page.fill("#id_where", "Kerkrade")
    page.fill("#id_email", "sanne@example.org")
    page.click("button[type=submit]")
    assert page.title().startswith("Fout:")  # an address without consent
    check_page(page)
    page.check("#id_consent")
    page.click("button[type=submit]")
    assert page.url.endswith("/interesse/verstuurd/")
    check_page(page)
    interest = Interest.objects.get()
    assert interest.municipality.name == "Kerkrade"

    contact_point = interest.municipality.contact_points.first()
    log_in_staff(page, contact_point)
    page.goto(page.base + "/beheer/submissions/interest/")
    page.get_by_role("link", name="Overzicht per thema en gemeente").click()
    row = page.locator("tbody tr", has_text="Kerkrade")
    assert row.locator("td").nth(1).inner_text() == "1"


@pytest.mark.parametrize("path", ["/privacy/", "/en/privacy/", "/interesse/verstuurd/"])
def test_the_information_pages_are_accessible_and_set_no_cookie(page, demo, path):
    page.goto(page.base + path)
    check_page(page)
    assert page.context.cookies() == []


def test_the_correction_page_is_accessible(page, demo_group):
    page.goto(page.base + demo_group.get_absolute_url())
    page.get_by_role("link", name=re.compile("Klopt er iets niet")).click()
    check_page(page)
    assert demo_group.contact_email not in page.content()
    # Sent without saying what is wrong: the summary at the top links to the one field.
    page.click("button[type=submit]")
    assert page.title().startswith("Fout:")
    check_page(page)
    page.locator(".error-summary").get_by_role("link").first.click()
    page.get_by_label("Wat klopt er niet?").fill("De groep is gestopt.")
    page.get_by_label("De groep komt niet meer samen").check()
    page.click("button[type=submit]")
    assert "/wijziging/verstuurd/" in page.url
    check_page(page)
    assert Submission.objects.get().kind == "correction"


def test_the_too_many_messages_page_is_accessible(page, demo_group, settings):
    from zelfhulp.ratelimit import RELAY_PER_GROUP, hit

    for _ in range(RELAY_PER_GROUP.count):
        hit(RELAY_PER_GROUP, str(demo_group.pk))
    page.goto(page.base + f"/groepen/{demo_group.slug}/contact/")
    page.fill("#id_first_name", "Sanne")
    page.fill("#id_reply_phone", "06 12 34 56 78")
    page.fill("#id_message", "Mag ik een keer komen kijken?")
    page.check("#id_consent")
    with page.expect_response(lambda r: r.request.method == "POST") as response:
        page.click("button[type=submit]")
    assert response.value.status == 429
    check_page(page)
    # Nothing typed is lost: the form is still there, with when it can be sent.
    assert page.get_by_role("heading", name="Je bericht is nog niet verstuurd").is_visible()
    assert "Je kunt je bericht" in page.content()  # over … minuten, or from which day
    assert page.input_value("#id_message") == "Mag ik een keer komen kijken?"
    assert page.input_value("#id_reply_phone") == "06 12 34 56 78"
