"""Staff see who registered, print or export the list for the door, message registrants
about a change, call an activity off; registrants hear about each by email."""

import json
import re

import pytest
from django.urls import reverse

from activities.models import Activity, Registration
from outbox.models import OutgoingEmail
from tests.activities.factories import ActivityFactory, RegistrationFactory
from tests.factories import StaffFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def anja(parkstad):
    return StaffFactory(username="anja", email="anja@parkstad.example", contact_point=parkstad)


@pytest.fixture
def registrants(activity):
    return [
        RegistrationFactory(activity=activity, name="Sanne", email="sanne@example.org", people=2),
        RegistrationFactory(activity=activity, name="Piet", email="", phone="06 11 22 33 44"),
        RegistrationFactory(
            activity=activity, name="Wim", email="wim@example.org", status="waiting"
        ),
        RegistrationFactory(
            activity=activity, name="Weg", email="weg@example.org", status="cancelled"
        ),
    ]


def test_the_door_list_shows_who_comes_and_who_waits(as_user, anja, activity, registrants):
    url = reverse("admin:activities_activity_door", args=[activity.pk])
    page = as_user(anja).get(url).content.decode()
    assert "Aangemeld: 3 personen" in page
    assert "Sanne" in page and "06 11 22 33 44" in page
    assert "Wachtlijst" in page and "Wim" in page
    assert "Weg" not in page


def test_the_door_list_downloads_as_csv_and_xlsx(as_user, anja, activity, registrants):
    client = as_user(anja)
    url = reverse("admin:activities_activity_door", args=[activity.pk])
    csv = client.get(url + "?formaat=csv")
    assert csv["Content-Type"].startswith("text/csv")
    text = csv.content.decode()
    assert "naam,personen,status" in text
    assert "Sanne,2,aangemeld" in text
    assert "weg@example.org" not in text
    xlsx = client.get(url + "?formaat=xlsx")
    assert xlsx.content[:2] == b"PK"


def test_a_message_about_a_change_goes_to_everyone_with_an_email_address(
    as_user, anja, activity, registrants
):
    client = as_user(anja)
    url = reverse("admin:activities_activity_message", args=[activity.pk])
    response = client.post(
        url, {"subject": "Andere zaal", "message": "We zitten in zaal 2, eerste verdieping."}
    )
    assert response.status_code == 302
    mails = OutgoingEmail.objects.filter(tag="activity_message")
    assert sorted(m.to for m in mails) == ["sanne@example.org", "wim@example.org"]
    assert all(m.contact_point == activity.contact_point for m in mails)
    assert "zaal 2" in mails[0].body_text
    assert mails[0].subject == "Rouw in de feestdagen: Andere zaal"
    page = client.get(response["Location"]).content.decode()
    assert "Piet (06 11 22 33 44)" in page  # to call


def test_a_message_needs_a_subject_and_a_text(as_user, anja, activity, registrants):
    url = reverse("admin:activities_activity_message", args=[activity.pk])
    response = as_user(anja).post(url, {"subject": "", "message": "x" * 3001})
    assert response.status_code == 200
    assert not OutgoingEmail.objects.exists()


def test_calling_an_activity_off_tells_registrants_and_the_public_page(
    client, as_user, anja, activity, registrants
):
    url = reverse("admin:activities_activity_cancel", args=[activity.pk])
    response = as_user(anja).post(url, {"note": "De spreker is ziek."})
    assert response.status_code == 302
    activity.refresh_from_db()
    assert activity.is_cancelled
    mails = OutgoingEmail.objects.filter(tag="activity_cancelled")
    assert sorted(m.to for m in mails) == ["sanne@example.org", "wim@example.org"]
    assert "De spreker is ziek." in mails[0].body_text
    page = client.get(activity.get_absolute_url()).content.decode()
    assert "Deze activiteit gaat niet door." in page
    assert 'name="people"' not in page
    data = json.loads(re.search(r"application/ld\+json[^>]*>(.*?)</script>", page, re.S)[1])
    assert data["eventStatus"] == "https://schema.org/EventCancelled"
    assert (
        "STATUS:CANCELLED"
        in client.get(f"{activity.get_absolute_url()}agenda.ics").content.decode()
    )
    # Pressing again sends nothing more.
    as_user(anja).post(url, {"note": ""})
    assert OutgoingEmail.objects.filter(tag="activity_cancelled").count() == 2


def test_more_seats_move_the_waiting_list_up(as_user, anja, activity):
    RegistrationFactory(activity=activity, people=3)
    waiting = RegistrationFactory(activity=activity, email="w@example.org", status="waiting")
    client = as_user(anja)
    url = reverse("admin:activities_activity_change", args=[activity.pk])
    page = client.get(url)
    form = page.context["adminform"].form
    data = {k: v for k, v in form.initial.items() if v is not None}
    data.update(
        {
            "starts_at_0": activity.starts_at.astimezone().strftime("%d-%m-%Y"),
            "starts_at_1": activity.starts_at.astimezone().strftime("%H:%M"),
            "ends_at_0": activity.ends_at.astimezone().strftime("%d-%m-%Y"),
            "ends_at_1": activity.ends_at.astimezone().strftime("%H:%M"),
            "contact_point": activity.contact_point_id,
            "venue": activity.venue_id,
            "themes": [],
            "capacity": 5,
            "cost": "0",
            "published": "on",
            "registrations-TOTAL_FORMS": 2,
            "registrations-INITIAL_FORMS": 2,
            "registrations-MIN_NUM_FORMS": 0,
            "registrations-MAX_NUM_FORMS": 1000,
        }
    )
    data.pop("series", None)
    data["registrations-0-id"] = activity.registrations.order_by("pk")[0].pk
    data["registrations-0-activity"] = activity.pk
    data["registrations-1-id"] = waiting.pk
    data["registrations-1-activity"] = activity.pk
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    waiting.refresh_from_db()
    assert waiting.status == Registration.Status.CONFIRMED
    assert OutgoingEmail.objects.filter(tag="activity_moved_up", to="w@example.org").exists()


def test_staff_of_another_contact_point_see_nothing_of_it(as_user, activity, registrants):
    from tests.factories import ContactPointFactory

    other = StaffFactory(username="bert", contact_point=ContactPointFactory(name="Ander"))
    client = as_user(other)
    for name in ("door", "message", "cancel", "change"):
        url = reverse(f"admin:activities_activity_{name}", args=[activity.pk])
        assert client.get(url).status_code == 404
    assert (
        client.post(
            reverse("admin:activities_activity_cancel", args=[activity.pk]), {"note": ""}
        ).status_code
        == 404
    )
    assert not Activity.objects.get().is_cancelled
    page = client.get(reverse("admin:activities_registration_changelist")).content.decode()
    assert "sanne@example.org" not in page


def test_staff_must_give_a_venue_or_an_online_link(as_user, anja):
    client = as_user(anja)
    page = client.get(reverse("admin:activities_activity_add"))
    assert page.status_code == 200
    response = client.post(
        reverse("admin:activities_activity_add"),
        {
            "contact_point": anja.membership.contact_point_id,
            "kind": "kennismaking",
            "title": "Kennismaking",
            "slug": "kennismaking",
            "description": "Kom kennismaken.",
            "starts_at_0": "10-01-2027",
            "starts_at_1": "19:30",
            "ends_at_0": "10-01-2027",
            "ends_at_1": "21:00",
            "registration": "required",
            "cost": "0",
            "registrations-TOTAL_FORMS": 0,
            "registrations-INITIAL_FORMS": 0,
        },
    )
    assert response.status_code == 200
    assert "Kies een locatie of vul een link voor online deelname in." in response.content.decode()
    assert not ActivityFactory._meta.model.objects.exists()
