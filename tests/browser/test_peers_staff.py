"""Staff approve a peer and publish an article from the workspace, in Chromium; the
workspace pages for peers pass axe."""

import pytest

from knowledge.models import Article
from peers.models import Peer
from tests.browser.conftest import assert_accessible
from tests.browser.test_submissions_flows import log_in_staff
from tests.factories import ContactPointFactory, heerlen
from tests.peers.factories import ArticleFactory, PeerFactory
from tests.personas import a_theme

pytestmark = pytest.mark.django_db(transaction=True)


def test_staff_approve_a_peer_and_publish_an_article(page):
    cp = ContactPointFactory(name="Zelfhulpcontactpunt Parkstad", municipalities=[heerlen()])
    peer = PeerFactory(
        name="Wendy",
        slug="wendy",
        contact_point=cp,
        themes=[a_theme()],
        status=Peer.Status.INTAKE,
        intake_date=None,
        agreement_signed_on=None,
    )
    article = ArticleFactory(
        title="Mijn eerste jaar", contact_point=cp, status=Article.Status.REVIEW, reviewed_on=None
    )
    log_in_staff(page, cp)

    page.goto(page.base + "/beheer/")
    assert_accessible(page)
    page.get_by_role("link", name="ervaringsdelers wachten op goedkeuring").click()
    assert_accessible(page)
    page.get_by_role("link", name="Wendy").click()
    assert_accessible(page)
    page.fill("#id_intake_date", "01-10-2026")
    page.fill("#id_agreement_signed_on", "08-10-2026")
    page.select_option("#id_status", "approved")
    with page.expect_navigation():
        page.locator("input[name=_save]").click()
    peer.refresh_from_db()
    assert peer.status == Peer.Status.APPROVED

    page.goto(page.base + f"/beheer/knowledge/article/{article.pk}/change/")
    assert_accessible(page)
    page.goto(page.base + "/beheer/knowledge/article/?status__exact=review")
    assert_accessible(page)
    page.locator(f"input[name=_selected_action][value='{article.pk}']").check()
    page.select_option("select[name=action]", "publish")
    with page.expect_navigation():
        page.locator("button[name=index]").click()
    article.refresh_from_db()
    assert article.status == Article.Status.PUBLISHED

    page.goto(page.base + "/beheer/peers/peerquestion/tellingen/")
    assert_accessible(page)
