"""The referrers' page, the referral card and the theme overview in a real browser: axe,
reflow at 320 px, no cookies, nothing from other hosts, and the copy button."""

import pytest

from groups.models import Group, Theme
from referrals.codes import short_link_for
from tests.browser.conftest import assert_accessible, horizontal_overflow
from tests.factories import GroupFactory
from tests.referrals.longest import longest_group


@pytest.fixture
def grief_groups():
    grief = Theme.objects.get(slug="verlies-rouw")
    return [
        GroupFactory(name="Rouw Heerlen", slug="rouw-heerlen", themes=[grief], venue=True),
        GroupFactory(name="Rouw online", themes=[grief], format=Group.Format.ONLINE),
    ]


def assert_private_and_reflowing(page):
    assert page.cookie_responses == []
    assert page.requested_hosts == {page.base.split("//")[1]}
    assert horizontal_overflow(page) <= 0


@pytest.mark.parametrize(
    "query",
    ["", "?q=P76", "?q=rouw&waar=Heerlen&afstand=25", "?q=rouw&waar=Herlen", "?q=X99"],
    ids=["empty", "code", "results", "error", "unknown-code"],
)
def test_the_referrers_page_is_accessible(page, grief_groups, query):
    page.goto(page.base + "/verwijzers/" + query)
    assert_accessible(page)
    assert_private_and_reflowing(page)


def test_a_gp_finds_a_group_by_code_and_opens_its_card(page, grief_groups):
    page.goto(page.base + "/")
    page.get_by_role("link", name="Voor verwijzers").click()
    page.get_by_label("Thema, klacht of ICPC-code").fill("Z23")
    page.get_by_label("Gemeente, plaats of postcode (niet verplicht)").fill("Heerlen")
    page.get_by_role("button", name="Zoek groepen").click()
    assert page.get_by_role("link", name="Rouw Heerlen", exact=True).is_visible()
    page.get_by_role("link", name="Verwijskaart Rouw Heerlen").click()
    assert page.url.endswith("/groepen/rouw-heerlen/verwijskaart/")
    assert page.get_by_role("heading", name="Rouw Heerlen").is_visible()


@pytest.mark.parametrize("longest", [False, True], ids=["short", "longest"])
def test_the_referral_card_is_accessible(page, grief_groups, longest):
    group = longest_group() if longest else grief_groups[0]
    page.goto(page.base + f"/groepen/{group.slug}/verwijskaart/")
    assert_accessible(page)
    assert_private_and_reflowing(page)


def test_the_theme_overview_is_accessible(page, grief_groups):
    page.goto(page.base + "/themas/verlies-rouw/overzicht/?gemeente=heerlen")
    assert_accessible(page)
    assert_private_and_reflowing(page)
    page.goto(page.base + "/themas/verlies-rouw/overzicht/?gemeente=Atlantis")
    assert_accessible(page)


def test_the_copy_button_puts_the_note_on_the_clipboard(page, grief_groups):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=page.base)
    page.goto(page.base + "/groepen/rouw-heerlen/verwijskaart/")
    code = short_link_for(grief_groups[0]).code
    page.get_by_role("button", name="Kopieer").click()
    page.get_by_role("status").filter(has_text="Gekopieerd").wait_for(state="attached")
    clipboard = page.evaluate("() => navigator.clipboard.readText()")
    assert clipboard.startswith("Gewezen op zelfhulpgroep Rouw Heerlen — ")
    assert clipboard.endswith(f"/g/{code}")
    assert page.console_errors == []


def test_without_javascript_the_note_is_there_and_the_buttons_are_not(browser, live_server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    GroupFactory(name="Rouw Heerlen", slug="rouw-heerlen", venue=True)
    page.goto(live_server.url + "/groepen/rouw-heerlen/verwijskaart/")
    assert page.get_by_label("Regel voor het dossier").input_value().startswith("Gewezen op")
    assert not page.get_by_role("button", name="Kopieer").is_visible()
    assert not page.get_by_role("button", name="Kaart afdrukken").is_visible()
    context.close()
