"""A peer's email address and phone number never appear on a public page: a crawl of
every public URL (links followed from the home page and from the sitemap, both languages),
JSON-LD included. Peers not approved by staff do not appear at all."""

import re
from collections import deque
from datetime import date, timedelta
from urllib.parse import urldefrag, urlsplit

import pytest
import time_machine
from django.utils import timezone

from groups.models import Theme
from peers.models import Peer
from peers.retention import purge_questions
from tests.factories import GroupFactory
from tests.peers.conftest import question_data
from tests.peers.factories import ArticleFactory, PeerFactory, PeerQuestionFactory

pytestmark = pytest.mark.django_db
MAX_PAGES = 600


def _digits(text):
    return re.sub(r"\D", "", text)


@pytest.fixture
def site(parkstad, grief, peer):
    GroupFactory(slug="rouwgroep", themes=[grief], venue=True, contact_point=parkstad)
    PeerFactory(
        name="Karin",
        slug="karin",
        email="karin.geheim@prive.example",
        phone="+31 6 55 44 33 22",
        contact_point=parkstad,
        themes=[Theme.objects.get(slug="mantelzorg")],
        ways=[Peer.Way.EMAIL, Peer.Way.VIDEO],
        availability=Peer.Availability.BREAK,
        break_until=date(2027, 1, 15),
    )
    PeerFactory(
        name="Nognietklaar",
        slug="nognietklaar",
        email="intake@prive.example",
        status=Peer.Status.INTAKE,
        contact_point=parkstad,
        themes=[grief],
    )
    PeerFactory(
        name="Gestoptepeer",
        slug="gestopt",
        email="gestopt@prive.example",
        status=Peer.Status.STOPPED,
        contact_point=parkstad,
        themes=[grief],
    )
    ArticleFactory(slug="verhaal", themes=[grief], contact_point=parkstad)
    return Peer.objects.all()


def _links(html):
    for href in re.findall(r'href="([^"]+)"', html):
        href = urldefrag(href.replace("&amp;", "&"))[0]
        if href.startswith("http://127.0.0.1:8000"):
            href = href.removeprefix("http://127.0.0.1:8000")
        if href.startswith("/") and not href.startswith(("//", "/beheer", "/static")):
            yield href


def crawl(client, start):
    seen, queue, pages = set(start), deque(start), {}
    while queue and len(pages) < MAX_PAGES:
        url = queue.popleft()
        response = client.get(url)
        if response.status_code in (301, 302):
            continue
        body = response.content.decode(errors="replace")
        pages[url] = body
        if "html" in response.get("Content-Type", "") or url.endswith(".xml"):
            for link in _links(body) if "html" in response["Content-Type"] else ():
                if link not in seen:
                    seen.add(link)
                    queue.append(link)
    return pages


def test_no_public_page_shows_a_peers_email_or_phone(client, site):
    sitemap = client.get("/sitemap.xml").content.decode()
    from_sitemap = [urlsplit(u).path for u in re.findall(r"<loc>([^<]+)</loc>", sitemap)]
    assert "/ervaringsdelers/marian/" in from_sitemap
    assert "/ervaringskennis/verhaal/" in from_sitemap
    start = ["/", "/en/", "/ervaringsdelers/", "/en/ervaringsdelers/", "/sitemap.xml"]
    start += ["/ervaringsdelers/?thema=rouw-partner&waar=Heerlen&manier=phone"]
    start += from_sitemap
    pages = crawl(client, list(dict.fromkeys(start)))
    assert "/ervaringsdelers/karin/" in pages and "/en/ervaringsdelers/marian/" in pages
    assert "/ervaringskennis/" in pages
    assert len(pages) > 40
    for peer in site:
        for url, body in pages.items():
            assert peer.email not in body, (peer.email, url)
            assert _digits(peer.phone) not in _digits(body) or not peer.phone, (peer.phone, url)
    for url, body in pages.items():
        for json_ld in re.findall(
            r'<script type="application/ld\+json"[^>]*>(.*?)</script>', body, re.S
        ):
            assert "prive.example" not in json_ld, url
        assert "Nognietklaar" not in body and "Gestoptepeer" not in body, url


def test_peers_not_approved_are_a_404(client, site):
    assert client.get("/ervaringsdelers/nognietklaar/").status_code == 404
    assert client.get("/ervaringsdelers/gestopt/").status_code == 404


def test_question_bodies_are_deleted_14_days_after_delivery(client, peer):
    client.post("/ervaringsdelers/marian/", question_data())
    question = peer.questions.get()
    question.email_to_peer.sent_at = timezone.now()
    question.email_to_peer.status = "sent"
    question.email_to_peer.save()
    with time_machine.travel(timezone.now() + timedelta(days=13)):
        assert purge_questions() == 0
    with time_machine.travel(timezone.now() + timedelta(days=15)):
        assert purge_questions() == 1
    question.refresh_from_db()
    assert question.message == question.first_name == question.reply_email == ""
    assert question.purged_at is not None
    assert question.theme is not None  # the counts keep working
    from outbox.models import OutgoingEmail

    assert not OutgoingEmail.objects.filter(body_text__contains="eerste verjaardag").exists()
    assert not OutgoingEmail.objects.filter(to="sanne@example.org").exists()


def test_an_undelivered_question_is_deleted_14_days_after_it_was_sent(peer):
    with time_machine.travel(timezone.now() - timedelta(days=15)):
        PeerQuestionFactory(peer=peer)
    assert purge_questions() == 1
