"""/ruimtes/: group leaders find a room for their group and ask for it; the request reaches
the room's contact (never shown) and the contact point."""

import pytest
from django.core import mail

from rooms.models import Room, RoomRequest
from submissions.protection import new_token
from tests.factories import ContactPointFactory, StaffFactory, heerlen
from tests.queued_mail import send_queued_mail
from tests.starting.factories import RoomFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_minimum_fill_time(settings):
    settings.FORM_MIN_SECONDS = 0


@pytest.fixture
def room():
    cp = ContactPointFactory(name="Zelfhulpcontactpunt Parkstad", municipalities=[heerlen()])
    StaffFactory(username="anja", contact_point=cp, email="anja@parkstad.example")
    return RoomFactory(
        contact_point=cp,
        name="Wijkcentrum De Linde",
        slug="wijkcentrum-de-linde",
        contact_email="beheer@linde-geheim.example",
        contact_name="Harrie Geheim",
    )


def request_data(**overrides):
    data = {
        "started": new_token(),
        "homepage": "",
        "group_name": "Rouwgroep jonge weduwen",
        "people": "8",
        "when": "Elke tweede dinsdag, 19.30 tot 21.30 uur",
        "message": "",
        "name": "Marieke de Vries",
        "email": "marieke@prive.example",
        "phone": "",
    }
    data.update(overrides)
    return data


def test_group_leaders_find_rooms_and_the_contact_is_never_shown(client, room):
    RoomFactory(name="Verborgen zaal", published=False)
    html = client.get("/ruimtes/").content.decode()
    assert "Wijkcentrum De Linde" in html and "Verborgen zaal" not in html
    for url in ("/ruimtes/", "/ruimtes/wijkcentrum-de-linde/", "/en/ruimtes/wijkcentrum-de-linde/"):
        html = client.get(url).content.decode()
        assert "linde-geheim" not in html and "Harrie" not in html


def test_filters_narrow_the_list(client, room):
    RoomFactory(name="Grote zaal Maastricht", capacity=40, wheelchair_accessible=False)
    assert "Grote zaal" not in client.get("/ruimtes/?rolstoel=on").content.decode()
    html = client.get("/ruimtes/?mensen=30").content.decode()
    assert "Grote zaal" in html and "Wijkcentrum De Linde" not in html
    assert client.get("/ruimtes/?mensen=veel&gemeente=%00").status_code == 200


def test_rooms_are_not_in_the_residents_search_or_sitemap(client, room):
    assert "Wijkcentrum De Linde" not in client.get("/zoeken/?q=wijkcentrum").content.decode()
    assert "/ruimtes/" not in client.get("/sitemap.xml").content.decode()


def test_a_request_reaches_the_rooms_contact_and_the_contact_point(client, room):
    response = client.post("/ruimtes/wijkcentrum-de-linde/", request_data())
    assert response.status_code == 302
    assert RoomRequest.objects.get().room == room
    send_queued_mail()
    recipients = sorted(m.to[0] for m in mail.outbox)
    assert recipients == [
        "anja@parkstad.example",
        "beheer@linde-geheim.example",
        "marieke@prive.example",
    ]
    to_venue = next(m for m in mail.outbox if m.to == ["beheer@linde-geheim.example"])
    assert "Rouwgroep jonge weduwen" in to_venue.body
    assert to_venue.reply_to == ["marieke@prive.example"]
    confirmation = next(m for m in mail.outbox if m.to == ["marieke@prive.example"])
    assert "linde-geheim" not in confirmation.body


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"people": "50"}, "In deze ruimte passen 12 mensen"),
        ({"people": "acht"}, "Vul een getal in"),
        ({"email": ""}, "Vul je e-mailadres in"),
        ({"when": ""}, "Schrijf wanneer jullie bij elkaar komen"),
        ({"group_name": "x" * 151}, "150"),
    ],
)
def test_bad_input_gets_a_clear_message(client, room, overrides, message):
    response = client.post("/ruimtes/wijkcentrum-de-linde/", request_data(**overrides))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not RoomRequest.objects.exists()


def test_too_many_requests_get_a_429(client, room):
    for _ in range(5):
        client.post("/ruimtes/wijkcentrum-de-linde/", request_data())
    assert client.post("/ruimtes/wijkcentrum-de-linde/", request_data()).status_code == 429


def test_staff_edit_with_a_version_check(otp_client, room):
    anja = room.contact_point.staff.get().user
    client = otp_client(anja)
    url = f"/beheer/rooms/room/{room.pk}/change/"
    form = client.get(url).context["adminform"].form
    data = {**form.initial, "seen_version": room.version, "capacity": 14}
    data = {k: v for k, v in data.items() if v is not None}
    data["contact_point"] = room.contact_point_id
    data["municipality"] = room.municipality_id
    Room.objects.get(pk=room.pk).save()  # someone else saved in between
    response = client.post(url, data)
    assert "gewijzigd door iemand anders" in response.content.decode()
    assert Room.objects.get(pk=room.pk).capacity == 12
