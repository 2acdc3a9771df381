"""A group that gives its address only after contact (groups.privacy): every public
representation shows the place and never the street, house number, postcode or venue name,
and distances are measured from the place, not the venue."""

import json
import re

import pytest
from django.core import mail

from contactpoints.geo import Point, haversine_km
from contactpoints.models import PostcodeArea
from groups import privacy
from groups.models import Group, Theme
from opendata import ids
from submissions.protection import new_token
from tests.factories import ContactPointFactory, GroupFactory, VenueFactory
from tests.queued_mail import send_queued_mail

pytestmark = pytest.mark.django_db

VENUE = {
    "name": "Buurthuis De Zonnebloem",
    "street_address": "Kloosterweg 17",
    "postcode": "6411 CK",
    "city": "Heerlen",
    # A few hundred metres off the centre of 6411: far enough to tell the two apart.
    "latitude": 50.89371,
    "longitude": 5.99713,
}
# What must never appear: the venue's name and its parts, the street and house number, the
# postcode in any spelling, the exact coordinates.
SECRETS = [
    "Zonnebloem",
    "Kloosterweg",
    "6411 CK",
    "6411CK",
    "6411&nbsp;CK",
    "6411\\u00a0CK",
    "50.89371",
    "5.99713",
]


@pytest.fixture
def private_group():
    cp = ContactPointFactory(slug="parkstad", name="Zelfhulp Parkstad")
    venue = VenueFactory(**VENUE)
    group = GroupFactory(
        name="Lotgenoten na geweld",
        slug="na-geweld",
        themes=[Theme.objects.get(slug="rouw-partner")],
        venue=venue,
        contact_point=cp,
        address_after_contact=True,
    )
    return group


def _public_urls(group):
    theme = group.themes.get()
    api = "/api/hsds/"
    sal = ids.make(
        ids.SERVICE_AT_LOCATION,
        group.pk,
        privacy.shown_key(group, group.schedules.get().venue),
    )
    urls = [
        "/",
        f"/groepen/{group.slug}/",
        f"/groepen/{group.slug}/agenda.ics",
        f"/groepen/{group.slug}/contact/",
        f"/groepen/{group.slug}/verwijskaart/",
        "/zoeken/?q=rouw&waar=Heerlen",
        "/zoeken/?waar=Heerlen&afstand=5",
        "/zoeken/?q=geweld",
        f"/themas/{theme.slug}/",
        f"/themas/{theme.parent.slug}/",
        f"/themas/{theme.slug}/overzicht/",
        "/gemeenten/heerlen/",
        "/contactpunten/parkstad/",
        "/verwijzers/?q=rouw&waar=Heerlen",
        "/embed/?waar=Heerlen",
        f"/embed/?thema={theme.slug}",
    ]
    urls = urls + ["/en" + url for url in urls]
    urls += [
        "/sitemap.xml",
        f"{api}services",
        f"{api}services?full=1",
        f"{api}services/{group.external_id}",
        f"{api}service_at_locations",
        f"{api}service_at_locations?full=1",
        f"{api}service_at_locations?full=1&postcode=6411&proximity=10000",
        f"{api}service_at_locations/{sal}",
        f"{api}organizations?full=1",
    ]
    return urls


def test_no_public_representation_shows_any_part_of_the_address(client, private_group):
    seen = 0
    for url in _public_urls(private_group):
        response = client.get(url, follow=True)
        assert response.status_code == 200, url
        body = response.content.decode()
        for secret in SECRETS:
            assert secret not in body, (url, secret)
        seen += "Heerlen" in body or "na-geweld" in body
    assert seen >= 20  # the group was on the pages crawled, not missing from them


def test_the_crawl_reaches_the_group_everywhere_it_should(client, private_group):
    """The crawl above proves something only if the group is on those pages."""
    assert "Lotgenoten na geweld" in client.get("/zoeken/?q=rouw&waar=Heerlen").content.decode()
    assert "Lotgenoten na geweld" in client.get("/embed/?waar=Heerlen").content.decode()
    api = client.get("/api/hsds/service_at_locations?full=1").json()
    assert [row["service_id"] for row in api["contents"]] == [str(private_group.external_id)]
    location = api["contents"][0]["location"]
    assert location["addresses"][0]["city"] == "Heerlen"
    # HSDS requires both fields: present, and empty.
    assert location["addresses"][0]["address_1"] == ""
    assert location["addresses"][0]["postal_code"] == ""


def test_the_page_shows_the_place_and_explains_how_to_get_the_address(client, private_group):
    html = client.get("/groepen/na-geweld/").content.decode()
    assert "Het adres krijg je als je contact opneemt" in html
    assert "Heerlen" in html
    assert "openstreetmap" not in html.lower()
    english = client.get("/en/groepen/na-geweld/").content.decode()
    assert "You get the address when you get in touch" in english


def test_the_json_ld_has_the_place_only(client, private_group):
    html = client.get("/groepen/na-geweld/").content.decode()
    data = json.loads(re.search(r'application/ld\+json"[^>]*>(.*?)</script>', html, re.S).group(1))
    address = data["location"]["address"]
    assert address == {
        "@type": "PostalAddress",
        "addressLocality": "Heerlen",
        "addressCountry": "NL",
    }
    assert data["location"]["name"] == "Heerlen"


def test_the_calendar_feed_says_the_place_only(client, private_group):
    ics = client.get("/groepen/na-geweld/agenda.ics").content.decode()
    assert "LOCATION:Heerlen\r\n" in ics


def test_distances_are_measured_from_the_place_not_the_venue(private_group):
    centre = PostcodeArea.objects.get(pc4="6411")
    at_the_venue = Point(VENUE["latitude"], VENUE["longitude"])
    found = Group.objects.published().nearest(at_the_venue, 10, 5).get()
    expected = haversine_km(at_the_venue, Point(centre.latitude, centre.longitude))
    assert found.distance_km == pytest.approx(expected, abs=0.01)
    assert found.distance_km > 0.5
    card = Group.objects.cards([private_group.pk], at_the_venue)[private_group.pk]
    assert card.distance_km == pytest.approx(expected, abs=0.01)


def test_a_group_with_a_public_address_keeps_its_distance_from_the_venue():
    venue = VenueFactory(**{**VENUE, "name": "Open huis"})
    GroupFactory(venue=venue)
    at_the_venue = Point(VENUE["latitude"], VENUE["longitude"])
    found = Group.objects.published().nearest(at_the_venue, 10, 5).get()
    assert found.distance_km == pytest.approx(0, abs=0.01)


def test_a_venue_shared_with_a_public_group_is_not_linked_to_it_in_open_data(client, private_group):
    venue = private_group.schedules.get().venue
    GroupFactory(name="Open groep", venue=venue)
    rows = client.get("/api/hsds/service_at_locations").json()["contents"]
    location_ids = {row["location_id"] for row in rows}
    assert len(location_ids) == 2
    assert ids.make(ids.LOCATION, venue.pk) in location_ids  # the public group's


def test_the_relay_confirmation_says_the_group_will_send_the_address(
    client, private_group, settings
):
    settings.FORM_MIN_SECONDS = 0
    response = client.post(
        "/groepen/na-geweld/contact/",
        {
            "started": new_token(),
            "homepage": "",
            "first_name": "Sanne",
            "reply_email": "sanne@voorbeeld.example",
            "reply_phone": "",
            "message": "Mag ik een keer komen kijken?",
            "consent": "on",
        },
        follow=True,
    )
    assert "De groep stuurt je het adres als ze contact met je opneemt" in (
        response.content.decode()
    )
    send_queued_mail()
    confirmation = next(m for m in mail.outbox if m.to == ["sanne@voorbeeld.example"])
    assert "De groep stuurt je het adres als ze contact met je opneemt" in confirmation.body
    for secret in SECRETS:
        assert secret not in confirmation.body
