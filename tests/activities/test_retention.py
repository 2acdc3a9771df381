"""Registrants' names and contact details are erased 30 days after the activity (daily job),
with the mails that carried them; the counts stay. The privacy page says so."""

from datetime import timedelta

import pytest
import time_machine
from django.conf import settings
from django.core.management import call_command

from activities.models import Registration
from outbox.models import OutgoingEmail
from tests.activities.conftest import registration_data

pytestmark = pytest.mark.django_db


def purge():
    call_command("purge_activity_registrations", stdout=open("/dev/null", "w"))  # noqa: SIM115


def test_registrants_data_is_erased_30_days_after_the_activity(client, activity):
    client.post(activity.get_absolute_url(), registration_data(phone="06 12 34 56 78"))
    assert OutgoingEmail.objects.filter(to="sanne@example.org").exists()
    with time_machine.travel(activity.ends_at + timedelta(days=29)):
        purge()
    assert Registration.objects.get().name == "Sanne"
    with time_machine.travel(activity.ends_at + timedelta(days=30, minutes=1)):
        purge()
    registration = Registration.objects.get()
    assert (registration.name, registration.email, registration.phone) == ("", "", "")
    assert registration.erased_at is not None
    assert registration.people == 1  # the count stays
    assert not OutgoingEmail.objects.filter(to="sanne@example.org").exists()


def test_the_purge_runs_daily_and_the_reminder_hourly():
    assert "purge_activity_registrations" in settings.DAILY_JOBS
    assert "send_activity_reminders" in settings.HOURLY_JOBS


def test_the_privacy_page_states_the_period(client):
    page = client.get("/privacy/").content.decode()
    assert "Als je je aanmeldt voor een activiteit" in page
    assert "30 dagen na de activiteit verwijderen we je naam" in page


def test_an_erased_registrations_cancel_link_no_longer_works(client, activity):
    client.post(activity.get_absolute_url(), registration_data())
    mail = OutgoingEmail.objects.get()
    link = next(w for w in mail.body_text.split() if "/activiteiten/afmelden/" in w)
    path = link.split("8000", 1)[-1]
    with time_machine.travel(activity.ends_at + timedelta(days=31)):
        purge()
    assert client.get(path).status_code == 404
