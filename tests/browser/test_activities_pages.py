"""A resident finds an activity, registers, gets the confirmation, cancels; the first on the
waiting list moves up. Every state of the pages (open, full with a waiting list, cancelled,
the error summary, registered, on the waiting list, cancel) passes axe in Dutch and English,
at 1280 and 375 px, reflows at 320 px, sets no cookie on a GET, and works without JavaScript."""

import re

import pytest
from django.utils import timezone

from activities.models import Activity, Registration
from groups.models import Theme
from outbox.models import OutgoingEmail
from tests.activities.factories import ActivityFactory, RegistrationFactory
from tests.browser.conftest import assert_accessible, horizontal_overflow
from tests.factories import ContactPointFactory, VenueFactory, heerlen

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def activities(settings):
    settings.FORM_MIN_SECONDS = 0  # the browser fills in forms faster than a person
    cp = ContactPointFactory(
        name="Zelfhulpcontactpunt Parkstad", slug="parkstad", municipalities=[heerlen()]
    )
    venue = VenueFactory(name="Buurthuis De Pijp", street_address="Kerkstraat 12", city="Heerlen")
    grief = Theme.objects.get(slug="rouw-partner")
    open_one = ActivityFactory(
        contact_point=cp,
        venue=venue,
        title="Rouw in de feestdagen",
        slug="rouw",
        capacity=1,
        themes=[grief],
    )
    full = ActivityFactory(
        contact_point=cp, venue=venue, title="Schulden en schaamte", slug="vol", capacity=1
    )
    RegistrationFactory(activity=full, name="Anouk")
    off = ActivityFactory(
        contact_point=cp, venue=venue, title="Eenzaamheid na je pensioen", slug="afgelast"
    )
    off.cancelled_at = timezone.now()
    off.cancellation_note = "De spreker is ziek."
    off.save()
    ActivityFactory(
        contact_point=cp,
        kind=Activity.Kind.ONLINE,
        venue=None,
        place="",
        online_link="https://meet.example/geheim",
        title="Online kennismaken",
        slug="online",
    )
    return {"open": open_one, "full": full, "off": off}


def check_page(page):
    for width in (1280, 375):
        page.set_viewport_size({"width": width, "height": 900})
        assert_accessible(page)
    assert horizontal_overflow(page) <= 0, f"{page.url} does not reflow at 320px"
    page.set_viewport_size({"width": 1280, "height": 900})


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_the_activity_pages_pass_axe_in_every_state(page, activities, prefix):
    for path in [
        "/activiteiten/",
        "/activiteiten/?soort=online&thema=rouw-partner&plaats=Heerlen",
        "/activiteiten/?soort=feest",
        "/activiteiten/rouw/",  # open
        "/activiteiten/vol/",  # full: the waiting list
        "/activiteiten/afgelast/",  # called off
        "/activiteiten/online/",
        "/activiteiten/afmelden/kapot/",  # a broken link
        "/",
        "/themas/rouw-partner/",
    ]:
        page.goto(page.base + prefix + path)
        check_page(page)
    assert page.cookie_responses == []
    assert page.requested_hosts == {page.base.removeprefix("http://")}


def test_a_resident_registers_cancels_and_the_waiting_list_moves_up(page, activities):
    page.goto(page.base + "/activiteiten/")
    page.get_by_role("link", name="Rouw in de feestdagen").click()
    # A first try with gaps: the error summary comes first and passes axe.
    page.click("button[type=submit]")
    assert page.title().startswith("Fout:")
    check_page(page)
    page.fill("#id_name", "Sanne")
    page.fill("#id_email", "sanne@example.org")
    page.click("button[type=submit]")
    assert "Je bent aangemeld" in page.content()
    check_page(page)
    # The activity is full now: the next one goes on the waiting list.
    page.goto(page.base + "/activiteiten/rouw/")
    assert "Zet je op de wachtlijst" in page.content()
    page.fill("#id_name", "Wim")
    page.fill("#id_phone", "06 12 34 56 78")
    page.fill("#id_email", "wim@example.org")
    page.click("button[type=submit]")
    assert "Je staat op de wachtlijst" in page.content()
    check_page(page)
    # Sanne cancels with the link from her mail; Wim gets the seat and a mail.
    mail = OutgoingEmail.objects.get(tag="activity_confirmation")
    link = re.search(r"http://\S+/activiteiten/afmelden/\S+/", mail.body_text).group(0)
    page.goto(page.base + link.split("127.0.0.1:8000", 1)[-1])
    check_page(page)
    page.get_by_role("button", name="Ja, meld mij af").click()
    assert "Je bent afgemeld" in page.content()
    check_page(page)
    assert Registration.objects.get(name="Wim").status == "confirmed"
    assert OutgoingEmail.objects.filter(tag="activity_moved_up", to="wim@example.org").exists()


def test_registering_works_without_javascript_at_320_px(browser, live_server, activities):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 320, "height": 800})
    page = context.new_page()
    page.goto(live_server.url + "/activiteiten/?soort=themabijeenkomst")
    page.get_by_role("link", name="Rouw in de feestdagen").click()
    page.fill("#id_name", "Sanne")
    page.fill("#id_phone", "06 12 34 56 78")
    page.fill("#id_people", "2")
    page.click("button[type=submit]")
    # Two people do not fit in one seat: the waiting list.
    assert "Je staat op de wachtlijst" in page.content()
    assert Registration.objects.get(name="Sanne").people == 2
    context.close()
