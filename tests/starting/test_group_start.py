"""/groep-starten/: a resident who wants to start a group reads what the contact point
offers and sends a request that reaches the region's contact point."""

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from groups.models import Theme
from outbox.models import OutgoingEmail
from starting.models import StartRequest
from submissions.protection import new_token
from tests.factories import ContactPointFactory, StaffFactory, heerlen
from tests.queued_mail import send_queued_mail
from tests.starting.factories import StartRequestFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_minimum_fill_time(settings):
    settings.FORM_MIN_SECONDS = 0


@pytest.fixture
def parkstad():
    cp = ContactPointFactory(
        name="Zelfhulpcontactpunt Parkstad",
        municipalities=[heerlen()],
        email="info@parkstad.example",
    )
    StaffFactory(username="anja", contact_point=cp, email="anja@parkstad.example")
    return cp


def form_data(**overrides):
    data = {
        "started": new_token(),
        "homepage": "",
        "theme_id": str(Theme.objects.get(slug="rouw-partner").pk),
        "topic": "",
        "where": "Heerlen",
        "help_wanted": ["room", "announcement"],
        "message": "Mijn man is vorig jaar overleden. Ik wil graag een groep voor jonge weduwen.",
        "name": "Marieke de Vries",
        "email": "marieke@prive.example",
        "phone": "",
    }
    data.update(overrides)
    return data


def test_the_page_explains_what_the_contact_point_offers(client):
    html = client.get("/groep-starten/").content.decode()
    for offer in (
        "Een ruimte.",
        "Een eerste oproep.",
        "Een training.",
        "Een plek op de Zelfhulpkaart.",
    ):
        assert offer in html
    assert 'href="/ruimtes/"' in html
    assert client.get("/en/groep-starten/").status_code == 200
    assert "Set-Cookie" not in client.get("/groep-starten/").headers


def test_the_request_reaches_the_contact_point_and_the_resident_gets_a_confirmation(
    client, parkstad
):
    response = client.post("/groep-starten/", form_data())
    assert response.status_code == 302
    assert response["Location"] == "/groep-starten/verstuurd/"
    request = StartRequest.objects.get()
    assert request.contact_point == parkstad
    assert request.help_wanted == ["room", "announcement"]
    assert mail.outbox == []  # only queued: the scheduler sends it
    send_queued_mail()
    to_staff = next(m for m in mail.outbox if m.to == ["anja@parkstad.example"])
    assert "jonge weduwen" in to_staff.body
    assert "een ruimte om bij elkaar te komen" in to_staff.body
    assert to_staff.reply_to == ["marieke@prive.example"]
    confirmation = next(m for m in mail.outbox if m.to == ["marieke@prive.example"])
    assert "Zelfhulpcontactpunt Parkstad" in confirmation.body


def test_the_workspace_shows_the_request_to_its_contact_point_only(client, parkstad, otp_client):
    client.post("/groep-starten/", form_data())
    anja = parkstad.staff.get().user
    html = otp_client(anja).get("/beheer/starting/startrequest/").content.decode()
    assert "Marieke de Vries" in html
    bert = StaffFactory(username="bert", contact_point=ContactPointFactory(name="Elders"))
    html = otp_client(bert).get("/beheer/starting/startrequest/").content.decode()
    assert "Marieke de Vries" not in html


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"theme_id": "", "topic": ""}, "Kies waar de groep over gaat"),
        ({"where": "Atlantis"}, "We kennen “Atlantis” niet"),
        ({"email": "", "phone": ""}, "Vul je e-mailadres of je telefoonnummer in"),
        ({"email": "marieke@"}, "Vul een e-mailadres in zoals naam@voorbeeld.nl"),
        ({"phone": "bel me"}, "Vul een telefoonnummer in"),
        ({"name": ""}, "Vul je naam in"),
        ({"theme_id": "999999"}, "Selecteer een geldige keuze"),
        ({"help_wanted": ["castle"]}, "Selecteer een geldige keuze"),
        ({"message": "x" * 2001}, "2000"),
    ],
)
def test_bad_input_gets_a_clear_message_and_nothing_is_sent(client, parkstad, overrides, message):
    response = client.post("/groep-starten/", form_data(**overrides))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not StartRequest.objects.exists()
    assert not OutgoingEmail.objects.exists()


def test_a_double_click_is_stored_and_mailed_once(client, parkstad):
    data = form_data()
    client.post("/groep-starten/", data)
    client.post("/groep-starten/", data)
    assert StartRequest.objects.count() == 1


def test_a_bot_filling_the_honeypot_is_thanked_and_ignored(client, parkstad):
    response = client.post("/groep-starten/", form_data(homepage="http://spam.example"))
    assert response.status_code == 302
    assert not StartRequest.objects.exists()


def test_too_many_requests_from_one_address_get_a_429(client, parkstad):
    for _ in range(5):
        client.post("/groep-starten/", form_data())
    response = client.post("/groep-starten/", form_data())
    assert response.status_code == 429
    assert StartRequest.objects.count() == 5


def test_personal_details_are_deleted_after_90_days(parkstad):
    old = StartRequestFactory(contact_point=parkstad, message="Persoonlijk verhaal")
    with time_machine.travel(timezone.now() + timezone.timedelta(days=91)):
        recent = StartRequestFactory(contact_point=parkstad)
        call_command("purge_starting_data")
    old.refresh_from_db()
    recent.refresh_from_db()
    assert (old.name, old.email, old.message) == ("", "", "")
    assert old.place == "Heerlen"  # the figures keep topic and place
    assert recent.name == "Marieke de Vries"
