"""The /embed/ widget on a partner's page: compact list, Dutch or English, links out of the
frame, no script, no cookie, nothing from elsewhere, framed only by listed partners."""

import re

import pytest

from opendata.models import EmbedPartner

pytestmark = pytest.mark.django_db


@pytest.fixture
def gp_practice(parkstad_cp):
    return EmbedPartner.objects.create(
        contact_point=parkstad_cp,
        name="Huisartsenpraktijk De Maas",
        origin="https://www.huisartsdemaas.example/",
    )


def test_a_gp_page_shows_groups_near_its_place_with_links_out_of_the_frame(client, directory):
    response = client.get("/embed/?waar=6461&afstand=5")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Rouwgroep Parkstad" in html
    assert "Online groep mantelzorgers" not in html  # only what meets nearby
    links = re.findall(r'<a href="([^"]+)" target="(_blank|_top)" rel="noopener">', html)
    assert links and all(href.startswith("http://127.0.0.1:8000/") for href, _t in links)
    assert "<script" not in html
    assert 'rel="stylesheet" href="/static/' in html


def test_a_theme_list_in_english(client, directory):
    theme = directory["old"].themes.first()
    response = client.get(f"/en/embed/?thema={theme.slug}")
    html = response.content.decode()
    assert '<html lang="en">' in html
    assert "Rouwgroep Parkstad" in html
    assert "/en/" in html  # the group links go to the English pages


def test_an_unknown_place_or_theme_says_so_without_an_error(client, directory):
    for query in ["waar=Atlantis", "thema=bestaat-niet", "aantal=500", "waar=%00"]:
        response = client.get("/embed/?" + query)
        assert response.status_code == 200
        assert "Rouwgroep" not in response.content.decode()


def test_only_listed_partners_may_frame_it_and_no_cookie_is_set(client, directory, gp_practice):
    EmbedPartner.objects.create(
        contact_point=gp_practice.contact_point,
        name="Oud",
        origin="https://oud.example",
        active=False,
    )
    response = client.get("/embed/")
    csp = response["Content-Security-Policy"]
    assert "frame-ancestors 'self' https://www.huisartsdemaas.example;" in csp + ";"
    assert "oud.example" not in csp
    assert "X-Frame-Options" not in response
    assert "script-src 'self'" in csp
    assert not response.cookies


def test_every_other_page_still_refuses_frames(client, directory, gp_practice):
    response = client.get("/")
    assert response["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]


@pytest.mark.parametrize(
    "origin", ["https://a.example/pad", "javascript:alert(1)", "a.example", "https://a.example?x=1"]
)
def test_a_partner_origin_is_only_scheme_host_and_port(parkstad_cp, origin):
    from django.core.exceptions import ValidationError

    partner = EmbedPartner(contact_point=parkstad_cp, name="X", origin=origin)
    with pytest.raises(ValidationError):
        partner.full_clean()


def test_a_partner_origin_is_stored_without_slash_in_lower_case(parkstad_cp):
    partner = EmbedPartner.objects.create(
        contact_point=parkstad_cp, name="X", origin="https://WWW.A.example:8443/"
    )
    assert partner.origin == "https://www.a.example:8443"
