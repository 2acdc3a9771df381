"""A group leader keeps a long-running group's listing right, in Chromium, at 1280 and
375 px: ask for the link on the group's page, open it from the mail, confirm, change a
text, cancel a meeting, pause. Every page state passes axe, reflows at 320 px and sets no
cookie but the CSRF cookie its forms need."""

import re
from datetime import date

import pytest
from django.core.management import call_command

from groups.models import Group, MeetingException, Schedule
from submissions.models import Submission
from tests.browser.conftest import assert_accessible, horizontal_overflow
from tests.factories import ScheduleFactory, VenueFactory
from tests.queued_mail import send_queued_mail

pytestmark = pytest.mark.browser


@pytest.fixture
def group(settings, demo_mode):
    settings.FORM_MIN_SECONDS = 0  # the browser fills in forms faster than a person
    call_command("load_demo_data", force=True, stdout=open("/dev/null", "w"))
    group = (
        Group.objects.published()
        .filter(schedules__venue__municipality__name="Heerlen")
        .select_related("contact_point")
        .order_by("name")
        .first()
    )
    # As real groups are: meeting since 2017.
    group.schedules.all().delete()
    ScheduleFactory(
        group=group,
        venue=VenueFactory(name="Wijkcentrum De Nobel"),
        weekday=Schedule.Weekday.TUESDAY,
        ordinal=2,
        first_date=date(2017, 3, 14),
    )
    return group


def check_page(page, width):
    assert_accessible(page)
    assert horizontal_overflow(page) <= 0, f"{page.url} does not reflow at 320px"
    page.set_viewport_size({"width": width, "height": 900})
    assert {c["name"] for c in page.context.cookies()} <= {"csrftoken"}


@pytest.mark.parametrize("width", [1280, 375])
def test_a_leader_keeps_the_listing_right(page, group, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(page.base + group.get_absolute_url())
    page.get_by_role("link", name="Ik beheer deze groep").click()
    check_page(page, width)
    page.get_by_role("button", name="Stuur de beheerlink naar de groep").click()
    assert page.url.endswith("/beheren/verstuurd/")
    check_page(page, width)
    assert group.contact_email not in page.content()

    [message] = [m for m in send_queued_mail() if m.to == [group.contact_email]]
    link = re.search(r"https?://[^\s]+/mijn-groep/[^\s/]+/", message.body).group(0)
    page.goto(page.base + "/" + link.split("://", 1)[1].split("/", 1)[1])
    check_page(page, width)

    page.get_by_role("button", name="Ja, alles klopt nog").click()
    assert "U heeft bevestigd" in page.content()
    check_page(page, width)

    page.get_by_role("link", name="Nee, ik wil iets aanpassen").click()
    check_page(page, width)
    page.get_by_role("button", name="Wijzigingen opslaan").click()
    assert page.title().startswith("Fout:")  # nothing changed: said at the top
    check_page(page, width)
    page.get_by_label("Uitleg over de kosten (niet verplicht)").fill("3 euro voor koffie")
    page.get_by_role("button", name="Wijzigingen opslaan").click()
    assert "Het contactpunt kijkt naar uw wijzigingen" in page.content()
    assert list(Submission.objects.values_list("cost_note", flat=True)) == ["3 euro voor koffie"]

    page.get_by_role("link", name="Bijeenkomsten aanpassen").click()
    check_page(page, width)
    page.get_by_role("button", name=re.compile("Laat vervallen")).first.click()
    assert "De bijeenkomst vervalt" in page.content()
    check_page(page, width)
    assert MeetingException.objects.filter(group=group, kind="cancelled").count() == 1
    page.get_by_role("button", name="Pauze doorgeven").click()  # empty: errors at the top
    assert page.title().startswith("Fout:")
    check_page(page, width)

    page.get_by_role("link", name="Terug naar uw groep").click()
    page.get_by_role("button", name="Groep pauzeren").click()
    check_page(page, width)
    group.refresh_from_db()
    assert group.status == Group.Status.PAUSED


@pytest.mark.parametrize("width", [1280, 375])
def test_the_short_correction_form(page, group, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(page.base + f"/groepen/{group.slug}/wijziging/")
    check_page(page, width)
    page.get_by_text("Gegevens zelf aanpassen (niet verplicht)").click()
    page.get_by_label("Eindtijd").fill("19:00")  # before the start: an error
    page.get_by_role("button", name="Wijziging versturen").click()
    assert page.title().startswith("Fout:")
    check_page(page, width)
    summary = page.locator(".error-summary")
    assert "Schrijf in een paar woorden wat er niet klopt." in summary.inner_text()
    summary.get_by_role("link", name="De eindtijd moet later zijn dan de begintijd.").click()
    page.get_by_label("Eindtijd").fill("21:30")
    page.get_by_label("Wat klopt er niet?").fill("De groep begint nu om 20.00 uur.")
    page.get_by_role("button", name="Wijziging versturen").click()
    assert "/wijziging/verstuurd/" in page.url
    check_page(page, width)
    submission = Submission.objects.get()
    assert submission.first_date == date(2017, 3, 14)
