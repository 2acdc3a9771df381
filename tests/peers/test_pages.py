"""The public peers pages: find a peer by theme, place and way of talking; their story."""

from datetime import date, timedelta

import pytest
import time_machine
from django.utils import timezone

from contactpoints.models import Municipality
from groups.models import Theme
from peers import emails
from peers.counting import monthly_counts
from peers.models import Peer
from tests.factories import ContactPointFactory
from tests.peers.factories import PeerFactory, PeerQuestionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def peers(parkstad, grief, peer):
    maastricht = ContactPointFactory(
        slug="mh", municipalities=[Municipality.objects.get(name="Maastricht")]
    )
    walker = PeerFactory(
        name="Hub",
        slug="hub",
        contact_point=maastricht,
        themes=[Theme.objects.get(slug="alcohol")],
        ways=[Peer.Way.WALK],
        municipalities=[Municipality.objects.get(name="Maastricht")],
    )
    caller = PeerFactory(
        name="Yasmina",
        slug="yasmina",
        contact_point=parkstad,
        themes=[Theme.objects.get(slug="depressie")],
        ways=[Peer.Way.PHONE, Peer.Way.VIDEO],
        languages=["nl", "ar"],
    )
    return {"marian": peer, "hub": walker, "yasmina": caller}


def names(response):
    return sorted(p.name for p in response.context["peers"])


def test_the_list_shows_approved_peers_with_an_initial_and_no_photo(client, peers):
    response = client.get("/ervaringsdelers/")
    assert names(response) == ["Hub", "Marian", "Yasmina"]
    page = response.content.decode()
    assert 'class="avatar" aria-hidden="true">M</span>' in page
    assert "<img" not in page.split("<main", 1)[1]
    assert response.cookies == {}


def test_filter_by_theme_includes_sub_themes(client, peers):
    assert names(client.get("/ervaringsdelers/?thema=verslaving")) == ["Hub"]
    assert names(client.get("/ervaringsdelers/?thema=rouw-partner")) == ["Marian"]


def test_typed_words_use_the_group_search_vocabulary(client, peers):
    assert names(client.get("/ervaringsdelers/?q=somber")) == ["Yasmina"]
    assert names(client.get("/ervaringsdelers/?q=xyzzy")) == []


def test_filter_by_place_and_way(client, peers):
    # Heerlen: Marian meets there; Yasmina talks by phone within Parkstad's area.
    assert names(client.get("/ervaringsdelers/?waar=Heerlen")) == ["Marian", "Yasmina"]
    assert names(client.get("/ervaringsdelers/?waar=Maastricht")) == ["Hub"]
    assert names(client.get("/ervaringsdelers/?manier=walk")) == ["Hub", "Marian"]


def test_bad_input_is_a_form_error_not_a_crash(client, peers):
    for query in ("?q=%00", "?waar=Nergenshuizen", "?thema=bestaat-niet", "?q=" + "a" * 300):
        response = client.get("/ervaringsdelers/" + query)
        assert response.status_code == 200
        assert response.context["form"].errors
        assert "Fout:" in response.content.decode()


def test_the_list_needs_few_queries(client, peers, django_assert_max_num_queries):
    # The peers, their themes; the theme list for the filter is cached.
    client.get("/ervaringsdelers/")
    with django_assert_max_num_queries(3):
        client.get("/ervaringsdelers/")


def test_the_peer_page_tells_their_story_and_how_they_talk(client, peers):
    page = client.get("/ervaringsdelers/yasmina/").content.decode()
    assert "Mijn ervaring" in page and "Mijn man overleed" in page
    assert "telefoon, videobellen" in page
    assert "Arabisch" in page
    assert "Stel je vraag of vraag om een gesprek" in page
    assert client.get("/en/ervaringsdelers/yasmina/").status_code == 200


def test_the_peer_manages_availability_with_the_standing_link(client, peer):
    url = f"/beschikbaarheid/{emails.availability_token(peer)}/"
    page = client.get(url).content.decode()
    assert "Ik neem pauze" in page
    peer.refresh_from_db()
    assert peer.availability == Peer.Availability.OPEN  # a GET changes nothing
    client.post(url, {"availability": "break", "break_until": "2027-01-31"})
    peer.refresh_from_db()
    assert peer.availability == "break" and peer.break_until == date(2027, 1, 31)
    assert "Neemt pauze tot 31 januari" in client.get("/ervaringsdelers/marian/").content.decode()
    client.post(url, {"availability": "open"})
    peer.refresh_from_db()
    assert peer.availability == "open" and peer.break_until is None


def test_a_revoked_availability_link_stops_working(client, peer):
    url = f"/beschikbaarheid/{emails.availability_token(peer)}/"
    peer.link_version += 1
    peer.save()
    assert client.get(url).status_code == 404
    assert client.post(url, {"availability": "full"}).status_code == 404
    assert client.get("/beschikbaarheid/kapot/").status_code == 404


def test_counts_per_theme_and_month_identify_no_one(peer, grief):
    now = timezone.now()
    with time_machine.travel(now - timedelta(hours=30)):
        fast = PeerQuestionFactory(peer=peer, theme=grief)
        slow = PeerQuestionFactory(peer=peer, theme=grief)
        PeerQuestionFactory(peer=peer, theme=grief, escalated_at=now)
    fast.confirmed_at = fast.created_at + timedelta(hours=3)
    fast.save()
    slow.confirmed_at = slow.created_at + timedelta(hours=26)
    slow.save()
    rows = monthly_counts()
    assert len(rows) == 1
    row = rows[0]
    assert (row["questions"], row["answered_in_time"], row["escalated"]) == (3, 1, 1)
    assert set(row) == {"month", "theme", "questions", "answered_in_time", "escalated"}
