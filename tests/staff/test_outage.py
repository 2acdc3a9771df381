"""With the database down every page, the staff login included, answers the site's 503
page with Retry-After, whichever layer (view, middleware, session save) meets the outage."""

from unittest import mock

import pytest
from django.db import OperationalError
from django.test import Client

DOWN = mock.patch(
    "django.db.backends.utils.CursorWrapper.execute", side_effect=OperationalError("down")
)


def assert_outage_page(response):
    assert response.status_code == 503
    assert response["Retry-After"] == "60"
    assert "Even niet beschikbaar" in response.content.decode()


@pytest.mark.django_db
def test_an_anonymous_visitor_gets_the_outage_page():
    client = Client(raise_request_exception=False)
    with DOWN:
        response = client.get("/themas/", follow=True)
    assert_outage_page(response)


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/beheer/", "/beheer/inloggen/"])
def test_the_staff_login_page_is_never_a_500_when_the_database_is_down(path):
    client = Client(raise_request_exception=False)
    with DOWN:
        response = client.get(path, follow=True)
    # The login form needs no database to show (then the POST below answers 503); if
    # showing it touches the database, it is the outage page.
    if response.status_code == 200:
        assert 'name="auth-username"' in response.content.decode()
    else:
        assert_outage_page(response)


@pytest.mark.django_db
def test_a_staff_login_post_gets_the_outage_page():
    client = Client(raise_request_exception=False)
    client.get("/beheer/inloggen/")
    with DOWN:
        response = client.post(
            "/beheer/inloggen/",
            {
                "login_view-current_step": "auth",
                "auth-username": "medewerker",
                "auth-password": "een-lang-wachtwoord",
            },
        )
    assert_outage_page(response)


@pytest.mark.django_db
def test_a_logged_in_staff_member_gets_the_outage_page(otp_client, anja):
    client = otp_client(anja, Client(raise_request_exception=False))
    with DOWN:
        response = client.get("/beheer/groups/group/")
    assert_outage_page(response)
