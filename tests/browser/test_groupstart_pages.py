"""Issue 14 in a browser: the group-start page and its form, the rooms for groups and their
request form, and a group whose address stays private. Each state passes axe at 1280 and
375 px, in Dutch and English, and reflows at 320 px."""

import pytest

from groups.models import Theme
from rooms.models import RoomRequest
from starting.models import StartRequest
from tests.browser.conftest import assert_accessible, horizontal_overflow
from tests.factories import ContactPointFactory, GroupFactory, VenueFactory, heerlen
from tests.starting.factories import RoomFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def parkstad(settings):
    settings.FORM_MIN_SECONDS = 0  # the browser fills in forms faster than a person
    cp = ContactPointFactory(
        name="Zelfhulpcontactpunt Parkstad", slug="parkstad", municipalities=[heerlen()]
    )
    RoomFactory(contact_point=cp, name="Wijkcentrum De Linde", slug="wijkcentrum-de-linde")
    GroupFactory(
        name="Lotgenoten na geweld",
        slug="na-geweld",
        contact_point=cp,
        themes=[Theme.objects.get(slug="rouw-partner")],
        venue=VenueFactory(name="Buurthuis De Zonnebloem", street_address="Kloosterweg 17"),
        address_after_contact=True,
    )
    return cp


def check_page(page):
    for width in (1280, 375):
        page.set_viewport_size({"width": width, "height": 900})
        assert_accessible(page)
    assert horizontal_overflow(page) <= 0, f"{page.url} does not reflow at 320px"
    page.set_viewport_size({"width": 1280, "height": 900})


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_the_new_pages_pass_axe_and_reflow(page, parkstad, prefix):
    for path in [
        "/groep-starten/",
        "/groep-starten/verstuurd/",
        "/ruimtes/",
        "/ruimtes/?mensen=40",
        "/ruimtes/wijkcentrum-de-linde/",
        "/groepen/na-geweld/",
    ]:
        page.goto(page.base + prefix + path)
        check_page(page)
    assert page.cookie_responses == []
    assert "Zonnebloem" not in page.content()


def test_a_resident_asks_for_help_starting_a_group(page, parkstad):
    page.goto(page.base + "/")
    page.get_by_role("link", name="Zelf een groep starten").click()
    page.click("button[type=submit]")
    assert page.title().startswith("Fout:")
    check_page(page)
    page.select_option("#id_theme_id", label="Verlies van partner")
    page.fill("#id_where", "Heerlen")
    page.check("input[value=room]")
    page.fill("#id_name", "Marieke de Vries")
    page.fill("#id_email", "marieke@prive.example")
    page.click("button[type=submit]")
    assert "Je vraag is naar het zelfhulpcontactpunt in je regio gestuurd." in page.content()
    assert StartRequest.objects.get().contact_point == parkstad


def test_a_group_leader_requests_a_room(page, parkstad):
    page.goto(page.base + "/groep-starten/")
    page.get_by_role("link", name="Bekijk ruimtes voor groepen").click()
    page.get_by_role("link", name="Wijkcentrum De Linde").click()
    page.fill("#id_group_name", "Rouwgroep jonge weduwen")
    page.fill("#id_people", "40")
    page.fill("#id_when", "Elke tweede dinsdag, 19.30 uur")
    page.fill("#id_name", "Marieke de Vries")
    page.fill("#id_email", "marieke@prive.example")
    page.click("button[type=submit]")
    assert "In deze ruimte passen 12 mensen" in page.content()
    check_page(page)
    page.fill("#id_people", "8")
    page.click("button[type=submit]")
    assert "Je aanvraag is verstuurd" in page.content()
    assert RoomRequest.objects.get().people == 8
