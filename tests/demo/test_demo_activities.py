"""The demo has at least 15 upcoming activities across the five regions, one full with a
waiting list, one called off, a series of three evenings, online ones without their link
on the page; all fictional (@demo.example)."""

import io

import pytest
from django.core.management import call_command

from activities.models import Activity, Registration

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo():
    call_command("load_demo_data", force=True, stdout=io.StringIO())
    call_command("load_demo_activities", force=True, stdout=io.StringIO())
    call_command("load_demo_activities", force=True, stdout=io.StringIO())  # idempotent


def test_the_demo_has_upcoming_activities_in_every_region(demo, client):
    upcoming = Activity.objects.upcoming()
    assert upcoming.count() >= 15
    assert len(set(upcoming.values_list("contact_point__region__slug", flat=True))) == 5
    assert len(set(upcoming.values_list("kind", flat=True))) == len(Activity.Kind.choices)
    assert upcoming.filter(cancelled_at__isnull=False).count() == 1
    full = Activity.objects.get(slug="themabijeenkomst-schulden-en-schaamte")
    assert full.seats_left() == 0 and full.registrations.waiting().count() == 2
    assert (
        Activity.objects.get(slug="training-voor-groepsleiders-avond-1-van-3").occurrences.count()
        == 2
    )
    assert all(r.email.endswith("@demo.example") for r in Registration.objects.all())
    for activity in upcoming.filter(venue__isnull=True):
        assert activity.online_link
    assert all(a.venue_id for a in upcoming.exclude(kind=Activity.Kind.ONLINE))
    assert client.get("/activiteiten/").status_code == 200
    for activity in upcoming[:16]:
        page = client.get(activity.get_absolute_url()).content.decode()
        assert "meet.demo.example" not in page
