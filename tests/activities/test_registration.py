"""A resident registers for an activity, gets the confirmation, cancels; the waiting list
moves up; the reminder comes the day before. Every input bounded, never a 500."""

from datetime import timedelta

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone

from activities import services
from activities.models import Activity, Registration
from outbox.models import OutgoingEmail
from tests.activities.conftest import registration_data
from tests.activities.factories import ActivityFactory, RegistrationFactory
from tests.queued_mail import send_queued_mail

pytestmark = pytest.mark.django_db


def register(client, activity, **overrides):
    return client.post(activity.get_absolute_url(), registration_data(**overrides))


def cancel_link(mail):
    line = next(w for w in mail.body_text.split() if "/activiteiten/afmelden/" in w)
    return line.split("127.0.0.1:8000", 1)[-1] if "127.0.0.1" in line else line


def test_a_resident_registers_and_gets_a_confirmation_with_a_cancel_link(client, activity):
    response = register(client, activity, people="2")
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()
    assert "Je bent aangemeld" in page
    assert "sanne@example.org" in page
    registration = Registration.objects.get()
    assert registration.status == Registration.Status.CONFIRMED
    assert registration.people == 2
    mail = OutgoingEmail.objects.get(tag="activity_confirmation")
    assert mail.to == "sanne@example.org"
    assert mail.contact_point == activity.contact_point
    assert mail.reply_to == "info@parkstad.example"
    assert "Kerkstraat 12" in mail.body_text
    assert "/activiteiten/afmelden/" in mail.body_text
    sent = send_queued_mail()
    assert sent[-1].subject == "Je bent aangemeld: Rouw in de feestdagen"


def test_a_phone_number_alone_is_enough(client, activity):
    response = register(client, activity, email="", phone="06 12 34 56 78")
    assert response.status_code == 302
    assert Registration.objects.get().phone == "06 12 34 56 78"
    assert not OutgoingEmail.objects.exists()
    page = client.get(response["Location"]).content.decode()
    assert "Het contactpunt belt je" in page


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"email": "", "phone": ""}, "Vul je e-mailadres of je telefoonnummer in"),
        ({"name": ""}, "Vul je naam in."),
        ({"people": "0"}, "Vul minstens 1 in."),
        ({"people": "7"}, "Je kunt hooguit met 6 personen komen"),
        ({"people": "twee"}, "Vul een getal in"),
        ({"people": "99999999999999999999"}, "Je kunt hooguit met 6 personen komen"),
        ({"email": "sanne@"}, "Vul een e-mailadres in zoals naam@voorbeeld.nl."),
        ({"phone": "bel me"}, "Vul een telefoonnummer in"),
        ({"name": "x" * 101}, "hooguit 100"),
        ({"name": "San\x00ne"}, "teken in dat we niet kunnen lezen"),
    ],
)
def test_bad_input_gets_a_clear_message_and_is_not_stored(client, activity, overrides, message):
    response = register(client, activity, **overrides)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Kijk dit nog even na" in page
    assert message.lower() in page.lower()
    assert not Registration.objects.exists()


def test_a_double_click_registers_once(client, activity):
    data = registration_data()
    first = client.post(activity.get_absolute_url(), data)
    second = client.post(activity.get_absolute_url(), data)
    assert first["Location"] == second["Location"]
    assert Registration.objects.count() == 1
    assert OutgoingEmail.objects.count() == 1


def test_a_bot_that_fills_the_hidden_field_is_not_registered(client, activity):
    response = register(client, activity, homepage="http://spam.example")
    assert response.status_code == 302
    assert not Registration.objects.exists()
    assert "Je bent aangemeld" in client.get(response["Location"]).content.decode()


def test_registrations_from_one_address_are_limited(client, activity):
    activity.capacity = None
    activity.save()
    for _ in range(10):
        assert register(client, activity).status_code == 302
    response = register(client, activity)
    assert response.status_code == 429
    assert Registration.objects.count() == 10


def test_when_full_the_next_one_goes_on_the_waiting_list(client, activity):
    register(client, activity, people="3", email="eerst@example.org")
    page = client.get(activity.get_absolute_url()).content.decode()
    assert "Zet je op de wachtlijst" in page
    response = register(client, activity, email="wacht@example.org")
    assert "Je staat op de wachtlijst" in client.get(response["Location"]).content.decode()
    waiting = Registration.objects.get(email="wacht@example.org")
    assert waiting.status == Registration.Status.WAITING
    mail = OutgoingEmail.objects.get(tag="activity_waiting_list")
    assert mail.to == "wacht@example.org"


def test_cancelling_moves_the_first_on_the_waiting_list_up_and_mails_them(client, activity):
    register(client, activity, people="3", email="eerst@example.org")
    register(client, activity, email="wacht1@example.org")
    register(client, activity, email="wacht2@example.org")
    confirmation = OutgoingEmail.objects.get(tag="activity_confirmation")
    link = cancel_link(confirmation)
    # Opening the link (a mail scanner does) changes nothing.
    page = client.get(link).content.decode()
    assert "Wil je je afmelden?" in page
    assert Registration.objects.get(email="eerst@example.org").status == "confirmed"
    page = client.post(link).content.decode()
    assert "Je bent afgemeld" in page
    assert Registration.objects.get(email="eerst@example.org").status == "cancelled"
    # Three seats came free: both on the waiting list move up, in order, and are told.
    moved = OutgoingEmail.objects.filter(tag="activity_moved_up").order_by("pk")
    assert [m.to for m in moved] == ["wacht1@example.org", "wacht2@example.org"]
    assert "Er is een plaats voor je" in moved[0].subject
    assert set(Registration.objects.confirmed().values_list("email", flat=True)) == {
        "wacht1@example.org",
        "wacht2@example.org",
    }
    # Cancelling twice is harmless.
    client.post(link)
    assert OutgoingEmail.objects.filter(tag="activity_moved_up").count() == 2


def test_a_party_that_does_not_fit_does_not_block_a_single_person_behind_it(activity):
    first = RegistrationFactory(activity=activity, people=1)
    RegistrationFactory(activity=activity, people=2)
    big = RegistrationFactory(activity=activity, people=3, status="waiting")
    single = RegistrationFactory(activity=activity, people=1, status="waiting")
    services.cancel(first)
    big.refresh_from_db()
    single.refresh_from_db()
    assert big.status == "waiting"
    assert single.status == "confirmed"
    assert activity.seats_taken() == 3


def test_a_forged_or_garbled_cancel_link_says_it_does_not_work(client):
    response = client.get("/activiteiten/afmelden/abc/")
    assert response.status_code == 404
    assert "Deze link werkt niet" in response.content.decode()


def test_a_walk_in_activity_has_no_form(client, parkstad):
    activity = ActivityFactory(contact_point=parkstad, registration=Activity.Registration.WALK_IN)
    page = client.get(activity.get_absolute_url()).content.decode()
    assert "loop gewoon binnen" in page
    assert '<form method="post"' not in page
    assert register(client, activity).status_code == 200
    assert not Registration.objects.exists()


def test_registration_closes_when_the_activity_began(client, activity):
    with time_machine.travel(activity.starts_at + timedelta(minutes=5)):
        page = client.get(activity.get_absolute_url()).content.decode()
        assert "Aanmelden kan niet meer" in page
        register(client, activity)
    assert not Registration.objects.exists()


def test_the_reminder_goes_out_the_day_before_once_and_only_to_those_with_a_seat(activity):
    seat = RegistrationFactory(activity=activity, email="plaats@example.org")
    RegistrationFactory(activity=activity, email="wacht@example.org", status="waiting")
    RegistrationFactory(activity=activity, email="weg@example.org", status="cancelled")
    day_before = timezone.localtime(activity.starts_at) - timedelta(days=1)
    with time_machine.travel(day_before.replace(hour=7)):
        call_command("send_activity_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115
        assert not OutgoingEmail.objects.filter(tag="activity_reminder").exists()
    with time_machine.travel(day_before.replace(hour=10)):
        call_command("send_activity_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115
        call_command("send_activity_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115
    reminders = OutgoingEmail.objects.filter(tag="activity_reminder")
    assert [m.to for m in reminders] == ["plaats@example.org"]
    assert reminders[0].subject == "Morgen: Rouw in de feestdagen"
    seat.refresh_from_db()
    assert seat.reminded_at is not None


def test_the_online_link_is_only_in_the_mail_to_someone_with_a_seat(client, parkstad):
    online = ActivityFactory(
        contact_point=parkstad,
        kind=Activity.Kind.ONLINE,
        venue=None,
        place="",
        online_link="https://meet.example/geheim-123",
        capacity=1,
    )
    page = client.get(online.get_absolute_url()).content.decode()
    assert "geheim-123" not in page
    assert "geheim-123" not in client.get(f"{online.get_absolute_url()}agenda.ics").content.decode()
    register(client, online, email="een@example.org")
    register(client, online, email="twee@example.org")
    assert "geheim-123" in OutgoingEmail.objects.get(tag="activity_confirmation").body_text
    assert "geheim-123" not in OutgoingEmail.objects.get(tag="activity_waiting_list").body_text


def test_the_registration_page_and_mail_are_in_english_under_en(client, activity):
    response = client.post(f"/en{activity.get_absolute_url()}", registration_data())
    assert response["Location"].startswith("/en/activiteiten/aangemeld/")
    mail = OutgoingEmail.objects.get()
    assert "/en/activiteiten/afmelden/" in mail.body_text
