"""Privacy and security promises of the public pages: no cookies, no other hosts, headers."""

import re

import pytest

from contactpoints.models import ContactPoint
from groups.models import Theme
from tests.factories import ContactPointFactory, GroupFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def public_urls():
    cp = ContactPointFactory(slug="parkstad")
    GroupFactory(
        slug="open", themes=[Theme.objects.get(slug="rouw-partner")], venue=True, contact_point=cp
    )
    GroupFactory(slug="pauze", status="paused", venue=True)
    GroupFactory(slug="oud", status="archived", venue=True)
    urls = [
        "/",
        "/zoeken/",
        "/zoeken/?q=rouw&waar=6411",
        "/zoeken/?q=rouw&waar=Heerln",
        "/zoeken/?q=%00",
        "/groepen/open/",
        "/groepen/pauze/",
        "/groepen/open/agenda.ics",
        "/themas/",
        "/themas/verlies-rouw/",
        "/gemeenten/heerlen/",
        "/contactpunten/parkstad/",
        "/bestaat-niet/",
    ]
    return urls + ["/en" + url for url in urls]


def test_an_anonymous_visitor_gets_no_cookie(client, public_urls):
    for url in public_urls:
        response = client.get(url)
        assert response.status_code in (200, 404), url
        assert "Set-Cookie" not in response.headers, url
        assert response.cookies == {}, url


def test_pages_load_nothing_from_another_host(client, public_urls):
    for url in public_urls:
        html = client.get(url).content.decode()
        sources = re.findall(r'<(?:script|link|img|iframe)[^>]+(?:src|href)="([^"]+)"', html)
        for source in sources:
            if 'rel="canonical"' in source:
                continue
            assert (
                not source.startswith(("http://", "https://", "//")) or "127.0.0.1:8000" in source
            ), (url, source)


def test_every_html_response_has_the_content_security_policy(client, public_urls):
    for url in public_urls + ["/beheer/login/"]:
        response = client.get(url)
        if not response["Content-Type"].startswith("text/html"):
            continue
        policy = response["Content-Security-Policy"]
        for directive in [
            "default-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'",
        ]:
            assert directive in policy, (url, directive)
        assert re.search(r"script-src 'self'( 'nonce-[^']+')?", policy)
        assert "unsafe-inline" not in policy and "unsafe-eval" not in policy


def test_every_response_denies_location_camera_and_microphone(client):
    for url in ["/", "/zoeken/", "/health/live", "/robots.txt"]:
        policy = client.get(url)["Permissions-Policy"]
        for feature in ["geolocation=()", "camera=()", "microphone=()"]:
            assert feature in policy


def test_public_templates_have_no_inline_styles_or_scripts(client, public_urls):
    for url in public_urls:
        html = client.get(url).content.decode()
        assert " style=" not in html, url
        assert not re.search(r"<script(?![^>]*(?:src=|application/ld\+json))", html), url
        assert not re.search(r" on[a-z]+=", html), url


def test_contact_points_exist_for_the_fixture(public_urls):
    assert ContactPoint.objects.filter(slug="parkstad").exists()
