"""Every search box suggests themes and places as an accessible combobox: the home page (and
the 404 page), the search page, theme pages and the referrers' page. axe-clean with the
listbox open, in both languages; without JavaScript the fields are plain fields."""

import pytest

from tests.browser.conftest import assert_accessible
from tests.browser.test_public_pages import CSP_LISTENER, world  # noqa: F401 (fixture)

BOXES = {
    "home-what": ("/", "#home-q", "mantel"),
    "home-where": ("/", "#home-waar", "Ubachs"),
    "not-found-where": ("/bestaat-niet/", "#home-waar", "Heerl"),
    "search-what": ("/zoeken/", "#id_q", "mantel"),
    "theme-where": ("/themas/verlies-rouw/", "#theme-waar", "Ubachs"),
    "referrers-what": ("/verwijzers/", "#id_q", "rouw"),
    "referrers-where": ("/verwijzers/", "#id_waar", "Heerl"),
}


@pytest.mark.parametrize("prefix", ["", "/en"], ids=["nl", "en"])
@pytest.mark.parametrize("box", list(BOXES))
def test_every_search_box_has_the_accessible_autocomplete(page, world, prefix, box):  # noqa: F811
    path, field, typed = BOXES[box]
    page.add_init_script(CSP_LISTENER)
    page.goto(page.base + prefix + path)
    entry = page.locator(field)
    entry.press_sequentially(typed)
    listbox = page.locator(f"{field}-suggestions")
    listbox.wait_for(state="visible")
    assert entry.get_attribute("role") == "combobox"
    assert entry.get_attribute("aria-expanded") == "true"
    assert_accessible(page)
    entry.press("ArrowDown")
    chosen = page.locator(f"{field}-suggestions [aria-selected=true]").inner_text()
    entry.press("Enter")
    assert entry.input_value() == chosen
    assert entry.get_attribute("aria-expanded") == "false"
    assert page.evaluate("() => window.__cspViolations") == []
    assert page.cookie_responses == []
