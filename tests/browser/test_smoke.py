from tests.browser.conftest import assert_accessible, horizontal_overflow
from tests.factories import GroupFactory


def test_a_resident_searches_from_home_accessibly_without_cookies_or_other_hosts(page):
    GroupFactory(name="Rouwgroep Heerlen", venue=True)
    page.goto(page.base + "/")
    assert_accessible(page)
    page.get_by_label("Waar zoek je een groep voor?").fill("Rouwgroep")
    page.get_by_role("button", name="Zoeken").click()
    assert page.get_by_role("link", name="Rouwgroep Heerlen").is_visible()
    assert_accessible(page)
    assert page.cookie_responses == []
    assert page.requested_hosts == {page.base.split("//")[1]}
    assert horizontal_overflow(page) <= 0


def test_the_skip_link_is_the_first_tab_stop(page):
    page.goto(page.base + "/")
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.textContent.trim()") == "Naar de inhoud"
