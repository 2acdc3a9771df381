"""Residents register interest in a group that does not exist yet; staff see the counts."""

import pytest
from django.core import mail
from django.test import Client

from contactpoints.models import Municipality
from groups.models import Theme
from submissions import services
from submissions.models import Interest
from submissions.protection import new_token
from tests.queued_mail import send_queued_mail
from tests.submissions.test_staff_review import make_submission

pytestmark = pytest.mark.django_db


def interest_data(**overrides):
    data = {
        "started": new_token(),
        "homepage": "",
        "theme_id": str(Theme.objects.get(slug="rouw-partner").pk),
        "where": "Heerlen",
        "email": "",
        "consent": "",
    }
    data.update(overrides)
    return data


def test_the_page_asks_what_and_where_in_one_sentence(client):
    response = client.get("/interesse/")
    html = response.content.decode()
    assert "Ik zoek een groep over" in html and "in de buurt van" in html
    assert "<optgroup" in html
    assert set(response.cookies) <= {"csrftoken"}


def test_a_theme_page_link_fills_in_the_theme(client):
    response = client.get("/interesse/?thema=rouw-partner&plaats=Kerkrade")
    form = response.context["form"]
    assert form.initial["theme_id"] == Theme.objects.get(slug="rouw-partner").pk
    assert form.initial["where"] == "Kerkrade"


def test_a_nonsense_prefill_is_ignored(client):
    response = client.get("/interesse/?thema=%00%00&plaats=" + "x" * 500)
    assert response.status_code == 200
    assert response.context["form"].initial == {}


def test_interest_is_stored_with_its_municipality_and_without_an_address(client):
    response = client.post("/interesse/", interest_data(where="6411"))
    assert response.status_code == 302
    interest = Interest.objects.get()
    assert interest.municipality.name == "Heerlen"
    assert interest.place == "6411 Heerlen"
    assert interest.email == ""


def test_an_unknown_place_suggests_known_ones(client):
    response = client.post("/interesse/", interest_data(where="Heerln"))
    assert "Bedoel je: Heerlen" in response.context["form"].errors["where"][0]


def test_an_email_address_needs_consent_and_consent_needs_an_address(client):
    errors = (
        client.post("/interesse/", interest_data(email="sanne@example.org")).context["form"].errors
    )
    assert "Vink aan" in errors["consent"][0]
    errors = client.post("/interesse/", interest_data(consent="on")).context["form"].errors
    assert "Vul je e-mailadres in" in errors["email"][0]


def test_a_new_group_nearby_is_announced_once_to_those_who_asked(client, parkstad, anja, mourning):
    client.post(
        "/interesse/", interest_data(where="Kerkrade", email="sanne@example.org", consent="on")
    )
    client.post("/interesse/", interest_data(where="Venlo", email="ver@example.org", consent="on"))
    submission = make_submission(parkstad, mourning)
    services.approve(submission.pk, anja)
    send_queued_mail()
    announced = [m for m in mail.outbox if "nieuwe groep" in m.subject]
    assert [m.to for m in announced] == [["sanne@example.org"]]
    nearby = Interest.objects.get(place="Kerkrade")
    assert nearby.notified_at is not None and nearby.email == ""
    assert Interest.objects.get(place="Venlo").email == "ver@example.org"


def test_staff_see_interest_per_theme_and_municipality_of_their_area_only(
    client, otp_client, anja, bram
):
    for place in ["Heerlen", "Heerlen", "6411", "Maastricht"]:
        client.post("/interesse/", interest_data(where=place))
    html = otp_client(anja).get("/beheer/submissions/interest/overzicht/").content.decode()
    assert "<td>Heerlen</td><td>3</td>" in html
    assert "Maastricht" not in html
    html = (
        otp_client(bram, Client()).get("/beheer/submissions/interest/overzicht/").content.decode()
    )
    assert "<td>Maastricht</td><td>1</td>" in html
    assert "Heerlen" not in html
    listing = otp_client(anja).get("/beheer/submissions/interest/").content.decode()
    assert "Overzicht per thema en gemeente" in listing
    assert Municipality.objects.get(name="Maastricht").name not in listing.split("<tbody>")[-1]


def test_the_words_of_an_empty_search_fill_in_anders_namelijk(client):
    response = client.get("/interesse/?plaats=Heerlen&woorden=stotteren")
    form = response.context["form"]
    assert form.initial == {"other_topic": "stotteren", "where": "Heerlen"}
    assert 'value="stotteren"' in response.text


def test_a_topic_outside_the_list_is_accepted_and_shown_to_staff(client, otp_client):
    from django.contrib.auth import get_user_model

    from contactpoints.models import StaffMembership

    response = client.post("/interesse/", interest_data(theme_id="", other_topic=" stotteren "))
    assert response.status_code == 302
    interest = Interest.objects.get()
    assert (interest.theme, interest.other_topic) == (None, "stotteren")
    coordinator = get_user_model().objects.create_user("coo", is_staff=True)
    StaffMembership.objects.create(user=coordinator, is_coordinator=True)
    staff = otp_client(coordinator)
    assert "stotteren" in staff.get("/beheer/submissions/interest/").text
    assert "stotteren" in staff.get("/beheer/submissions/interest/overzicht/").text


def test_a_topic_is_asked_for_when_neither_is_given(client):
    response = client.post("/interesse/", interest_data(theme_id=""))
    assert response.status_code == 200
    assert "Kies waar de groep over moet gaan, of vul het zelf in." in response.text
    assert not Interest.objects.exists()
