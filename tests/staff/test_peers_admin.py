"""Staff recruit and approve peers and publish articles from the workspace, each inside
their own contact point; the counts page shows numbers only."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from knowledge.models import Article
from outbox.models import OutgoingEmail
from peers.models import Peer
from tests.peers.factories import ArticleFactory, PeerFactory, PeerQuestionFactory
from tests.personas import a_theme
from tests.staff.admin_forms import change_form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def candidate(parkstad):
    return PeerFactory(
        name="Wendy",
        slug="wendy",
        email="wendy@prive.example",
        contact_point=parkstad,
        themes=[a_theme()],
        status=Peer.Status.INTAKE,
        intake_date=None,
        agreement_signed_on=None,
    )


def test_staff_see_only_their_own_peers(as_user, anja, parkstad, maastricht_cp):
    PeerFactory(name="Eigenpeer", contact_point=parkstad, themes=[a_theme()])
    PeerFactory(name="Anderepeer", contact_point=maastricht_cp, themes=[a_theme()])
    page = as_user(anja).get(reverse("admin:peers_peer_changelist")).content.decode()
    assert "Eigenpeer" in page and "Anderepeer" not in page


def test_a_peer_is_approved_only_after_intake_and_agreement(as_user, anja, candidate):
    client = as_user(anja)
    url = reverse("admin:peers_peer_change", args=[candidate.pk])
    response = client.post(url, change_form_data(client.get(url), status="approved"))
    assert response.status_code == 200
    assert "pas openbaar na de intake" in response.content.decode()
    candidate.refresh_from_db()
    assert candidate.status == Peer.Status.INTAKE
    assert client.get("/ervaringsdelers/wendy/").status_code == 404

    data = change_form_data(
        client.get(url),
        status="approved",
        intake_date="2026-10-01",
        agreement_signed_on="2026-10-08",
    )
    response = client.post(url, data)
    assert response.status_code == 302
    candidate.refresh_from_db()
    assert candidate.status == Peer.Status.APPROVED
    welcome = OutgoingEmail.objects.get(tag="peer_welcome")
    assert welcome.to == "wendy@prive.example"
    assert "/beschikbaarheid/" in welcome.body_text
    assert "geen medisch advies" in welcome.body_text
    assert client.get("/ervaringsdelers/wendy/").status_code == 200
    # History is kept: who changed the status.
    assert candidate.history.filter(status="approved", history_user=anja).exists()


def test_the_approve_action_skips_peers_without_an_agreement(as_user, anja, candidate, parkstad):
    ready = PeerFactory(
        name="Klaar", contact_point=parkstad, themes=[a_theme()], status=Peer.Status.INTAKE
    )
    as_user(anja).post(
        reverse("admin:peers_peer_changelist"),
        {"action": "approve", "_selected_action": [candidate.pk, ready.pk]},
    )
    ready.refresh_from_db()
    candidate.refresh_from_db()
    assert ready.status == "approved" and candidate.status == "intake"


def test_the_private_fields_are_only_in_the_workspace(as_user, anja, candidate):
    page = as_user(anja).get(reverse("admin:peers_peer_change", args=[candidate.pk]))
    assert "wendy@prive.example" in page.content.decode()


def test_staff_publish_an_article_after_review(as_user, anja, parkstad):
    article = ArticleFactory(
        slug="concept", contact_point=parkstad, status=Article.Status.REVIEW, reviewed_on=None
    )
    client = as_user(anja)
    assert client.get("/ervaringskennis/concept/").status_code == 404
    client.post(
        reverse("admin:knowledge_article_changelist"),
        {"action": "publish", "_selected_action": [article.pk]},
    )
    article.refresh_from_db()
    assert article.status == "published"
    assert article.reviewed_on == timezone.localdate()
    assert client.get("/ervaringskennis/concept/").status_code == 200


def test_an_article_cannot_be_published_without_a_review_date(as_user, anja, parkstad):
    article = ArticleFactory(contact_point=parkstad, status="draft", reviewed_on=None)
    client = as_user(anja)
    url = reverse("admin:knowledge_article_change", args=[article.pk])
    response = client.post(url, change_form_data(client.get(url), status="published"))
    assert response.status_code == 200
    assert "nagekeken" in response.content.decode()


def test_the_counts_page_shows_numbers_of_the_own_contact_point_only(
    as_user, anja, parkstad, maastricht_cp
):
    own = PeerFactory(contact_point=parkstad, themes=[a_theme()])
    other = PeerFactory(contact_point=maastricht_cp, themes=[a_theme()])
    PeerQuestionFactory(peer=own, theme=a_theme(), first_name="Geheimenaam")
    for _ in range(4):
        PeerQuestionFactory(peer=other, theme=a_theme())
    question = PeerQuestionFactory(peer=own, theme=a_theme())
    question.confirmed_at = question.created_at + timedelta(hours=2)
    question.save()
    response = as_user(anja).get(reverse("admin:peers_peerquestion_counts"))
    page = response.content.decode()
    rows = response.context["rows"]
    assert [(r["questions"], r["answered_in_time"]) for r in rows] == [(2, 1)]
    assert "Geheimenaam" not in page and "sanne@example.org" not in page


def test_the_staff_home_lists_what_waits(as_user, anja, candidate):
    page = as_user(anja).get(reverse("admin:index")).content.decode()
    assert "ervaringsdelers wachten op goedkeuring" in page
