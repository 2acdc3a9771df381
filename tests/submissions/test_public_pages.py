"""The privacy page and the promises every new public page keeps."""

import pytest

pytestmark = pytest.mark.django_db


def test_the_privacy_page_states_what_is_kept_and_for_how_long(client):
    response = client.get("/privacy/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "14 dagen nadat we je bericht hebben doorgestuurd" in html
    assert "90 dagen nadat het contactpunt je aanmelding" in html
    assert "Heeft niemand je aanmelding na 90 dagen behandeld?" in html
    assert "30 dagen nadat een e-mail is verstuurd, verwijderen we de kopie" in html
    assert "Na 12 maanden verwijderen we alles" in html
    assert not response.cookies


def test_every_page_links_to_registering_a_group_and_the_privacy_page(client):
    html = client.get("/privacy/").content.decode()
    assert 'href="/groep-aanmelden/"' in html and 'href="/privacy/"' in html
    assert 'href="/en/privacy/"' in client.get("/en/privacy/").content.decode()


@pytest.mark.parametrize(
    "path",
    [
        "/privacy/",
        "/interesse/verstuurd/",
        "/groepen/rouwgroep-heerlen/contact/verstuurd/",
        "/groepen/rouwgroep-heerlen/wijziging/verstuurd/",
        "/groep-aanmelden/verstuurd/parkstad/",
    ],
)
def test_pages_without_a_form_set_no_cookie(client, group, path):
    response = client.get(path)
    assert response.status_code == 200
    assert not response.cookies


@pytest.mark.parametrize(
    "path",
    ["/groep-aanmelden/", "/groepen/rouwgroep-heerlen/contact/", "/interesse/"],
)
def test_form_pages_set_only_the_csrf_cookie_and_carry_the_token(client, group, path):
    response = client.get(path)
    assert set(response.cookies) == {"csrftoken"}
    assert 'name="csrfmiddlewaretoken"' in response.content.decode()


def test_posting_without_the_csrf_token_is_refused(group):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    assert strict.post("/interesse/", {"where": "Heerlen"}).status_code == 403


XSS = '<img src=x onerror="alert(1)">'


def test_user_text_is_always_escaped_on_pages(client, group, parkstad):
    from tests.submissions.conftest import listing_data

    response = client.post(
        "/groep-aanmelden/", listing_data(name=XSS, venue_city=XSS, submitter_email="nee")
    )
    html = response.content.decode()
    assert XSS not in html
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in html
