"""/cijfers/ shows activities held and people registered per region per year (issue 15)."""

from datetime import timedelta

import pytest
import time_machine
from django.core.management import call_command

from contactpoints.models import Region
from tests.activities.factories import ActivityFactory, RegistrationFactory, in_days
from tests.factories import ContactPointFactory

pytestmark = pytest.mark.django_db


@time_machine.travel("2026-06-15 12:00 +02:00")
def test_activities_held_and_people_registered_per_region(client):
    region = Region.objects.order_by("name").first()
    cp = ContactPointFactory(region=region)
    held = ActivityFactory(contact_point=cp, starts_at=in_days(-40))
    RegistrationFactory(activity=held, people=2)
    RegistrationFactory(activity=held, people=1, status="waiting")  # not counted
    RegistrationFactory(activity=held, people=3, status="cancelled")  # not counted
    ActivityFactory(contact_point=cp, starts_at=in_days(10))  # not yet held
    called_off = ActivityFactory(contact_point=cp, starts_at=in_days(-20))
    called_off.cancelled_at = called_off.starts_at - timedelta(days=1)
    called_off.save()
    year = held.starts_at.year
    # Names erased after 30 days: the counts stay.
    call_command("purge_activity_registrations", stdout=open("/dev/null", "w"))  # noqa: SIM115
    response = client.get(f"/cijfers/?jaar={year}")
    page = response.content.decode()
    assert "Activiteiten gehouden" in page
    row = page.split(f'<th scope="row">{region.name}</th>')[-1].split("</tr>")[0]
    assert "<td>1</td><td>2</td>" in row


def test_a_year_without_activities_shows_zeros(client):
    with time_machine.travel("2026-06-01 12:00 +02:00"):
        page = client.get("/cijfers/?jaar=2021").content.decode()
    assert "Activiteiten van de contactpunten in 2021" in page
