"""Where peers exist for a theme, the theme page, the group page and the search results
(also when nothing is found nearby) offer "Praat eerst met iemand die het heeft
meegemaakt"; articles show on theme and group pages and in their own search section."""

import pytest

from groups.models import Theme
from peers.models import Peer
from tests.factories import GroupFactory
from tests.peers.factories import ArticleFactory, PeerFactory

pytestmark = pytest.mark.django_db
TALK = "Praat eerst met iemand die het heeft meegemaakt"


@pytest.fixture
def group(parkstad, grief):
    return GroupFactory(slug="rouwgroep", themes=[grief], venue=True, contact_point=parkstad)


def test_the_theme_page_offers_peers_of_the_theme_and_its_sub_themes(client, peer):
    page = client.get("/themas/rouw-partner/").content.decode()
    assert TALK in page
    assert 'href="/ervaringsdelers/?thema=rouw-partner"' in page
    main = client.get("/themas/verlies-rouw/").content.decode()
    assert TALK in main and "1 ervaringsdeler weet" in main
    assert TALK not in client.get("/themas/diabetes/").content.decode()


def test_the_group_page_offers_peers_and_articles(client, group, peer, grief):
    ArticleFactory(title="Het eerste jaar", slug="eerste-jaar", themes=[grief])
    page = client.get("/groepen/rouwgroep/").content.decode()
    assert TALK in page
    assert 'href="/ervaringskennis/eerste-jaar/"' in page
    english = client.get("/en/groepen/rouwgroep/").content.decode()
    assert "First talk to someone who has been through it" in english


def test_a_peer_who_is_not_approved_offers_nothing(client, group, peer):
    peer.status = Peer.Status.STOPPED
    peer.save()
    assert TALK not in client.get("/groepen/rouwgroep/").content.decode()


def test_search_results_offer_peers_also_when_nothing_is_found_nearby(client, peer):
    page = client.get("/zoeken/?q=rouw&waar=Venlo").content.decode()
    assert "We hebben geen groep gevonden die past" in page
    assert TALK in page
    assert TALK in client.get("/zoeken/?thema=verlies-rouw").content.decode()
    assert TALK not in client.get("/zoeken/?q=diabetes").content.decode()


def test_articles_are_found_by_search_in_their_own_section(client, grief):
    ArticleFactory(
        title="Geld na een scheiding", slug="geld", themes=[Theme.objects.get(slug="scheiding")]
    )
    page = client.get("/zoeken/?q=geld+scheiding").content.decode()
    assert 'id="related-articles-title"' in page
    assert 'href="/ervaringskennis/geld/"' in page


def test_a_new_peer_shows_at_once(client, parkstad):
    assert TALK not in client.get("/themas/diabetes/").content.decode()
    PeerFactory(contact_point=parkstad, themes=[Theme.objects.get(slug="diabetes")])
    assert TALK in client.get("/themas/diabetes/").content.decode()
