"""The public figures (/cijfers/) and the embed widget in a real browser: axe (WCAG 2.1 AA)
in both languages, no cookies, no other hosts, no CSP violations, reflow at 320 px."""

import pytest

from groups.models import Theme
from referrals.models import ReferralCount
from tests.browser.conftest import assert_accessible, horizontal_overflow
from tests.browser.test_public_pages import CSP_LISTENER
from tests.factories import ContactPointFactory, GroupFactory, heerlen


@pytest.fixture
def world(transactional_db):
    from contactpoints.models import Region

    cp = ContactPointFactory(
        name="Zelfhulp Parkstad",
        slug="parkstad",
        municipalities=[heerlen()],
        region=Region.objects.get(slug="parkstad-limburg"),
    )
    rouw = Theme.objects.get(slug="rouw-partner")
    group = GroupFactory(name="Rouwcafé Heerlen", themes=[rouw], contact_point=cp, venue=True)
    ReferralCount.objects.create(group=group, date="2026-01-05", visits=3)
    return cp


PAGES = {
    "figures": "/cijfers/",
    "figures-year": "/cijfers/?jaar=2025",
    "embed-place": "/embed/?waar=6411",
    "embed-theme": "/embed/?thema=rouw-partner",
    "embed-empty": "/embed/?waar=Vaals&thema=angst-paniek",
}


@pytest.mark.parametrize("prefix", ["", "/en"], ids=["nl", "en"])
@pytest.mark.parametrize("name", list(PAGES))
def test_figures_and_widget_pass_axe_and_keep_their_promises(page, world, prefix, name):
    page.add_init_script(CSP_LISTENER)
    response = page.goto(page.base + prefix + PAGES[name])
    assert response.status == 200
    assert page.evaluate("() => document.documentElement.lang") == ("en" if prefix else "nl")
    assert_accessible(page)
    assert page.evaluate("() => window.__cspViolations") == []
    assert page.cookie_responses == []
    assert page.requested_hosts == {page.base.split("//")[1]}
    assert horizontal_overflow(page, 320) <= 0
