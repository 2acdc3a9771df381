"""Municipality and contact point pages."""

import pytest

from contactpoints.models import Municipality
from groups.models import Theme
from tests.factories import ContactPointFactory, GroupFactory, VenueFactory, heerlen

pytestmark = pytest.mark.django_db


def landgraaf_venue():
    landgraaf = Municipality.objects.get(code="GM0882")
    return VenueFactory(
        city="Landgraaf", municipality=landgraaf, latitude=50.9014, longitude=6.0158
    )


def test_a_municipality_page_shows_groups_in_it_and_nearby(client):
    GroupFactory(name="In Heerlen", venue=VenueFactory())
    GroupFactory(name="In Landgraaf", venue=landgraaf_venue())
    amsterdam = Municipality.objects.get(code="GM0363")
    GroupFactory(
        name="In Amsterdam",
        venue=VenueFactory(latitude=52.36, longitude=4.9, city="Amsterdam", municipality=amsterdam),
    )
    GroupFactory(name="Concept", status="draft", venue=VenueFactory())
    ContactPointFactory(name="Zelfhulp Parkstad", municipalities=[heerlen()])
    response = client.get("/gemeenten/heerlen/")
    assert response.status_code == 200
    assert [g.name for g in response.context["inside"]] == ["In Heerlen"]
    assert [g.name for g in response.context["nearby"]] == ["In Landgraaf"]
    assert "Zelfhulpgroepen in en rond Heerlen" in response.text
    assert "Zelfhulp Parkstad" in response.text
    assert "hiervandaan" in response.text


def test_an_unknown_municipality_is_a_404(client):
    assert client.get("/gemeenten/atlantis/").status_code == 404


def test_a_contact_point_page_shows_how_to_reach_it_its_area_and_its_groups(client):
    cp = ContactPointFactory(
        name="Zelfhulp Parkstad",
        slug="parkstad",
        phone="045 111 22 33",
        email="info@parkstad.example",
        opening_hours="ma-vr 9.00-17.00 uur",
        municipalities=[heerlen()],
    )
    GroupFactory(name="Rouwcafé", contact_point=cp, themes=[Theme.objects.get(slug="rouw-partner")])
    GroupFactory(name="Van een ander contactpunt")
    response = client.get("/contactpunten/parkstad/")
    assert response.status_code == 200
    html = response.text
    for text in [
        "Zelfhulp Parkstad",
        "045 111 22 33",
        "info@parkstad.example",
        "ma-vr 9.00-17.00 uur",
        'href="/gemeenten/heerlen/"',
        "Rouwcafé",
    ]:
        assert text in html
    assert "Van een ander contactpunt" not in html


def test_these_pages_use_a_fixed_number_of_queries(client, django_assert_max_num_queries):
    cp = ContactPointFactory(slug="parkstad", municipalities=[heerlen()])
    for n in range(25):
        GroupFactory(name=f"Groep {n:02d}", contact_point=cp, venue=VenueFactory())
        GroupFactory(name=f"Buren {n:02d}", contact_point=cp, venue=landgraaf_venue())
    # Municipality, its groups, nearby groups, their themes and meetings, contact points.
    with django_assert_max_num_queries(6):
        assert client.get("/gemeenten/heerlen/").status_code == 200
    # Contact point, its municipalities, count, page, themes and meetings, and the upcoming
    # activities (cached for five minutes).
    with django_assert_max_num_queries(7):
        assert client.get("/contactpunten/parkstad/").status_code == 200


def test_both_pages_exist_in_english(client):
    ContactPointFactory(slug="parkstad")
    for url in ["/en/gemeenten/heerlen/", "/en/contactpunten/parkstad/"]:
        response = client.get(url)
        assert response.status_code == 200
        assert '<html lang="en">' in response.text
