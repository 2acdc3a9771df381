"""A resident finds a peer for their theme and asks a question; the peer confirms with the
link from the email. Every page passes axe in both languages, reflows at 320 px, and the
question form works without JavaScript."""

import re

import pytest

from groups.models import Theme
from outbox.models import OutgoingEmail
from peers.models import PeerQuestion
from tests.browser.conftest import CHROMIUM_ARGS, assert_accessible, horizontal_overflow  # noqa: F401
from tests.factories import ContactPointFactory, heerlen
from tests.peers.factories import ArticleFactory, PeerFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def peers(settings):
    settings.FORM_MIN_SECONDS = 0  # the browser fills in forms faster than a person
    cp = ContactPointFactory(
        name="Zelfhulpcontactpunt Parkstad", slug="parkstad", municipalities=[heerlen()]
    )
    grief = Theme.objects.get(slug="rouw-partner")
    PeerFactory(
        name="Marian",
        slug="marian",
        contact_point=cp,
        themes=[grief, Theme.objects.get(slug="eenzaamheid")],
    )
    PeerFactory(name="Wim", slug="wim", contact_point=cp, themes=[grief], availability="break")
    ArticleFactory(title="Het eerste jaar", slug="eerste-jaar", contact_point=cp, themes=[grief])
    return cp


def check_page(page):
    assert_accessible(page)
    assert horizontal_overflow(page) <= 0, f"{page.url} does not reflow at 320px"
    page.set_viewport_size({"width": 1280, "height": 900})


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_the_peers_and_articles_pages_pass_axe_and_reflow(page, peers, prefix):
    for path in [
        "/ervaringsdelers/",
        "/ervaringsdelers/?thema=rouw-partner&waar=Heerlen",
        "/ervaringsdelers/?waar=Nergenshuizen",
        "/ervaringsdelers/marian/",
        "/ervaringsdelers/wim/",
        "/ervaringskennis/",
        "/ervaringskennis/eerste-jaar/",
        "/themas/rouw-partner/",
    ]:
        page.goto(page.base + prefix + path)
        check_page(page)
    assert page.cookie_responses == []
    assert page.requested_hosts == {page.base.removeprefix("http://")}


def test_a_resident_finds_a_peer_asks_and_the_peer_confirms(page, peers):
    page.goto(page.base + "/themas/rouw-partner/")
    page.get_by_role("link", name="Bekijk de ervaringsdelers").click()
    page.get_by_role("link", name="Marian").click()
    # A first try with gaps: the error summary comes first and passes axe.
    page.click("button[type=submit]")
    assert page.title().startswith("Fout:")
    check_page(page)
    page.fill("#id_first_name", "Sanne")
    page.fill("#id_reply_email", "sanne@example.org")
    page.select_option("#id_theme", label="Verlies van partner")
    page.fill("#id_message", "Mag ik je een keer bellen over het eerste jaar?")
    page.check("#id_consent")
    page.click("button[type=submit]")
    assert "Je vraag is verstuurd" in page.content()
    check_page(page)
    question = PeerQuestion.objects.get()
    mail = OutgoingEmail.objects.get(tag="peer_question")
    confirm = re.search(r"http://\S+/contact-gehad/\S+/", mail.body_text).group(0)
    page.goto(page.base + confirm.split("127.0.0.1:8000", 1)[-1])
    check_page(page)
    page.get_by_role("button", name="Ja, ik heb contact gehad").click()
    assert "Dank je wel" in page.content()
    question.refresh_from_db()
    assert question.confirmed_at is not None
    availability = re.search(r"http://\S+/beschikbaarheid/\S+/", mail.body_text).group(0)
    page.goto(page.base + availability.split("127.0.0.1:8000", 1)[-1])
    check_page(page)
    page.get_by_role("button", name="Ik zit even vol").click()
    assert "Zit even vol" in page.content()


def test_crisis_words_show_113_first_and_the_form_works_without_javascript(
    browser, live_server, peers
):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 320, "height": 800})
    page = context.new_page()
    page.goto(live_server.url + "/ervaringsdelers/marian/")
    page.fill("#id_first_name", "Sanne")
    page.fill("#id_reply_phone", "06 12 34 56 78")
    page.fill("#id_message", "Ik wil niet meer leven zonder hem.")
    page.check("#id_consent")
    page.click("button[type=submit]")
    assert page.get_by_role("link", name="Bel 113").is_visible()
    assert not PeerQuestion.objects.exists()
    page.get_by_role("button", name="Vraag toch versturen").click()
    assert "Je vraag is verstuurd" in page.content()
    assert PeerQuestion.objects.get().crisis
    context.close()
