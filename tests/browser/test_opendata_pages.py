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


def test_staff_open_the_dashboard_from_their_home_and_it_passes_axe(page, world):
    import base64

    from django_otp.oath import totp
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from contactpoints.models import Municipality
    from submissions.models import Interest
    from tests.browser.test_staff_pages import PASSWORD, SECRET, csp_errors
    from tests.factories import StaffFactory

    heerlen_m = Municipality.objects.get(code="GM0917")
    for _ in range(3):
        Interest.objects.create(
            theme=Theme.objects.get(slug="angst-paniek"),
            place="Heerlen",
            municipality=heerlen_m,
            latitude=heerlen_m.latitude,
            longitude=heerlen_m.longitude,
        )
    staff = StaffFactory(username="anja", contact_point=world)
    TOTPDevice.objects.create(
        user=staff, name="default", key=base64.b32decode(SECRET).hex(), confirmed=True
    )
    page.goto(page.base + "/beheer/")
    page.fill("#id_auth-username", "anja")
    page.fill("#id_auth-password", PASSWORD)
    with page.expect_navigation():
        page.locator(".submit-row input[type=submit]").click()
    page.fill("#id_token-otp_token", f"{totp(base64.b32decode(SECRET)):06d}")
    with page.expect_navigation():
        page.locator(".submit-row input[type=submit]").click()
    page.get_by_role("link", name="Cijfers: vraag, witte vlekken en bereik").click()
    assert page.get_by_role("heading", name="Witte vlekken: vraag zonder groep").is_visible()
    assert page.locator("svg.chart").count() >= 2
    page.screenshot(path="/tmp/opendata-dashboard.png", full_page=True)
    assert_accessible(page)
    assert csp_errors(page) == []
