"""Rare conditions (NAKOS's model): the interest form asks whether fellow sufferers may get
in touch; staff connect two people only when both said yes, each gets the other's chosen
detail by mail, and the connection is logged."""

import pytest
from django.core import mail

from groups.models import Theme
from starting.models import PeerConnection
from submissions.models import Interest
from submissions.protection import new_token
from tests.factories import ContactPointFactory, StaffFactory, heerlen
from tests.queued_mail import send_queued_mail
from tests.starting.factories import InterestFactory

pytestmark = pytest.mark.django_db
CHANGELIST = "/beheer/submissions/interest/"


@pytest.fixture
def theme():
    return Theme.objects.get(slug="rouw-partner")


@pytest.fixture
def anja():
    cp = ContactPointFactory(name="Zelfhulpcontactpunt Parkstad", municipalities=[heerlen()])
    return StaffFactory(username="anja", contact_point=cp)


def consenting(theme, name, detail):
    return InterestFactory(
        theme=theme,
        email=f"{name.lower()}@prive.example",
        peer_contact=True,
        peer_name=name,
        peer_contact_detail=detail,
    )


def connect(client, *interests):
    return client.post(
        CHANGELIST,
        {"action": "connect_peers", "_selected_action": [i.pk for i in interests]},
        follow=True,
    )


def test_two_consenting_people_each_get_the_others_detail(otp_client, anja, theme):
    ella = consenting(theme, "Ella", "06 11 22 33 44")
    joris = consenting(theme, "Joris", "joris.contact@prive.example")
    response = connect(otp_client(anja), ella, joris)
    assert "Gekoppeld" in response.content.decode()
    send_queued_mail()
    to_ella = next(m for m in mail.outbox if m.to == ["ella@prive.example"])
    to_joris = next(m for m in mail.outbox if m.to == ["joris@prive.example"])
    assert "Joris" in to_ella.body and "joris.contact@prive.example" in to_ella.body
    assert "Ella" in to_joris.body and "06 11 22 33 44" in to_joris.body
    assert "06 11 22 33 44" not in to_ella.body  # your own detail is not news
    log = PeerConnection.objects.get()
    assert {log.first, log.second} == {ella, joris} and log.connected_by == anja


def test_nobody_is_connected_unless_both_consented(otp_client, anja, theme):
    ella = consenting(theme, "Ella", "06 11 22 33 44")
    piet = InterestFactory(theme=theme, email="piet@prive.example", consent=True)
    response = connect(otp_client(anja), ella, piet)
    assert "allebei moeten ze toestemming hebben gegeven" in response.content.decode()
    send_queued_mail()
    assert mail.outbox == []
    assert not PeerConnection.objects.exists()


def test_the_interest_form_asks_whether_fellow_sufferers_may_get_in_touch(client, settings, theme):
    settings.FORM_MIN_SECONDS = 0
    html = client.get("/interesse/").content.decode()
    assert "Mogen lotgenoten contact met je opnemen?" in html
    data = {
        "started": new_token(),
        "homepage": "",
        "theme_id": str(theme.pk),
        "where": "Heerlen",
        "email": "ella@prive.example",
        "peer_contact": "on",
        "peer_name": "",
        "peer_contact_detail": "",
    }
    response = client.post("/interesse/", data)
    assert "Vul een naam in" in response.content.decode()
    data["peer_name"] = "Ella"
    data["started"] = new_token()
    assert client.post("/interesse/", data).status_code == 302
    interest = Interest.objects.get()
    assert interest.peer_contact and interest.peer_contact_detail == "ella@prive.example"
