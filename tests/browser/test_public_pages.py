"""The resident's pages in a real browser: axe (WCAG 2.1 AA) in both languages, keyboard,
reflow at 320 px, no cookies, no other hosts, no CSP violations."""

import pytest

from contactpoints.models import Municipality
from groups.models import Theme
from tests.browser.conftest import assert_accessible, horizontal_overflow
from tests.factories import ContactPointFactory, GroupFactory, VenueFactory, heerlen

CSP_LISTENER = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation',
  e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
"""


@pytest.fixture
def world(transactional_db):
    cp = ContactPointFactory(
        name="Zelfhulp Parkstad",
        slug="parkstad",
        phone="045 111 22 33",
        email="info@parkstad.example",
        municipalities=[heerlen()],
    )
    rouw = Theme.objects.get(slug="rouw-partner")
    GroupFactory(
        name="Rouwcafé Heerlen",
        slug="rouwcafe-heerlen",
        themes=[rouw],
        contact_point=cp,
        organisation="Stichting Samen",
        public_phone="06 12 34 56 78",
        venue=VenueFactory(transport_note="Bus 21, halte Markt"),
    )
    GroupFactory(name="Samen sterk", themes=[rouw], contact_point=cp, venue=True)
    GroupFactory(name="Rouw online", themes=[rouw], format="online", contact_point=cp)
    maastricht = Municipality.objects.get(code="GM0935")
    for n in range(22):
        GroupFactory(
            name=f"Angstgroep {n:02d}",
            themes=[Theme.objects.get(slug="angst-paniek")],
            contact_point=cp,
            venue=VenueFactory(
                city="Maastricht", municipality=maastricht, latitude=50.85, longitude=5.69
            ),
        )
    return cp


PAGES = {
    "home": "/",
    "results-none": "/zoeken/?q=zeilen&waar=6411&afstand=5",
    "results-one": "/zoeken/?q=rouwcafe",
    "results-many": "/zoeken/?q=angst&waar=Maastricht",
    "form-error": "/zoeken/?q=rouw&waar=Heerln",
    "crisis": "/zoeken/?q=zelfmoord",
    "corrected": "/zoeken/?q=angts",
    "out-of-region": "/zoeken/?q=rouw&waar=Groningen",
    "unknown-place": "/zoeken/?q=rouw&waar=Ubachsbreg",
    "urgent-help": "/nu-hulp/",
    "group": "/groepen/rouwcafe-heerlen/",
    "themes": "/themas/",
    "theme": "/themas/verlies-rouw/",
    "municipality": "/gemeenten/heerlen/",
    "contact-point": "/contactpunten/parkstad/",
    "not-found": "/bestaat-niet/",
}


@pytest.mark.parametrize("prefix", ["", "/en"], ids=["nl", "en"])
@pytest.mark.parametrize("name", list(PAGES))
def test_public_pages_pass_axe_and_keep_their_promises(page, world, prefix, name):
    page.add_init_script(CSP_LISTENER)
    response = page.goto(page.base + prefix + PAGES[name])
    assert response.status == (404 if name == "not-found" else 200)
    assert page.evaluate("() => document.documentElement.lang") == ("en" if prefix else "nl")
    assert_accessible(page)
    assert page.evaluate("() => window.__cspViolations") == []
    assert page.cookie_responses == []
    assert page.requested_hosts == {page.base.split("//")[1]}
    assert horizontal_overflow(page, 320) <= 0


@pytest.mark.parametrize("prefix", ["", "/en"], ids=["nl", "en"])
def test_the_autocomplete_is_an_accessible_combobox(page, world, prefix):
    page.add_init_script(CSP_LISTENER)
    page.goto(page.base + prefix + "/zoeken/")
    what = page.locator("#id_q")
    what.press_sequentially("mantel")
    listbox = page.locator("#id_q-suggestions")
    listbox.wait_for(state="visible")
    assert what.get_attribute("role") == "combobox"
    assert what.get_attribute("aria-expanded") == "true"
    assert_accessible(page)
    what.press("ArrowDown")
    chosen = page.locator("#id_q-suggestions [aria-selected=true]").inner_text()
    assert what.get_attribute("aria-activedescendant") == "id_q-suggestions-0"
    what.press("Enter")
    assert what.input_value() == chosen
    assert what.get_attribute("aria-expanded") == "false"
    where = page.locator("#id_waar")
    where.press_sequentially("Ubachs")
    page.locator("#id_waar-suggestions").wait_for(state="visible")
    assert page.locator("#id_waar-suggestions [role=option]").first.inner_text() == "Ubachsberg"
    where.press("Escape")
    assert page.locator("#id_waar-suggestions").is_hidden()
    assert page.evaluate("() => window.__cspViolations") == []
    assert page.cookie_responses == []


def test_on_a_phone_the_results_start_on_the_first_screen_with_filters_chosen(page, world):
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(page.base + "/zoeken/?q=angst&gratis=ja&taal=nl")
    # The results' heading on the first screen, the first result just below it (the open
    # filter panel used to push them three screens down).
    assert page.locator("#results-title").bounding_box()["y"] < 800
    assert page.locator(".cards > li").first.bounding_box()["y"] < 1000
    assert page.locator("#filters").get_attribute("open") is None
    page.locator("#filters summary").click()
    assert page.get_by_label("Gratis").is_checked()


def test_the_skip_link_comes_first_and_focus_is_visible(page, world):
    page.goto(page.base + "/zoeken/?q=rouw")
    page.keyboard.press("Tab")
    focused = page.evaluate("() => document.activeElement.className")
    assert focused == "skip-link"
    assert page.evaluate("() => document.activeElement.getBoundingClientRect().top") >= 0
    page.keyboard.press("Tab")  # the logo link
    link = page.locator(".logo")
    focused_style = link.evaluate(
        "e => getComputedStyle(e).outlineStyle + getComputedStyle(e).boxShadow"
    )
    page.evaluate("() => document.activeElement.blur()")
    resting_style = link.evaluate(
        "e => getComputedStyle(e).outlineStyle + getComputedStyle(e).boxShadow"
    )
    assert focused_style != resting_style


def test_a_resident_searches_filters_and_opens_a_group_with_the_keyboard(page, world):
    page.goto(page.base + "/")
    page.get_by_label("Waar zoek je een groep voor?").fill("rouw")
    page.get_by_label("Waar woon je?").fill("6411")
    page.keyboard.press("Enter")
    page.wait_for_url("**/zoeken/?q=rouw&waar=6411")
    assert page.get_by_role("heading", name="2 groepen binnen 25 km").is_visible()
    assert page.get_by_role("link", name="Rouw online").is_visible()
    page.get_by_role("link", name="Rouwcafé Heerlen").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Rouwcafé Heerlen"


def test_the_filters_work_without_javascript(browser, live_server, world):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + "/zoeken/?q=angst")
    page.locator("summary").click()
    page.get_by_label("Gratis").check()
    page.get_by_role("button", name="Toon groepen").click()
    assert "gratis=ja" in page.url and "q=angst" in page.url
    context.close()


def test_the_admin_login_renders_under_the_same_policy(page, world):
    page.add_init_script(CSP_LISTENER)
    response = page.goto(page.base + "/beheer/login/")
    assert response.status == 200
    assert "default-src 'self'" in response.headers["content-security-policy"]
    assert page.locator("input[type=password], input[name$=password]").count() >= 1
    assert page.evaluate("() => window.__cspViolations") == []
