from datetime import date

import pytest
from django.contrib.auth.models import Permission

from contactpoints.models import Municipality
from groups.models import Theme
from submissions.protection import new_token
from tests.factories import (
    ContactPointFactory,
    GroupFactory,
    StaffFactory,
    VenueFactory,
    heerlen,
)


@pytest.fixture(autouse=True)
def _no_minimum_fill_time(settings):
    """Most tests post at once; the minimum fill-in time has its own tests."""
    settings.FORM_MIN_SECONDS = 0


@pytest.fixture
def parkstad(db):
    """The contact point responsible for Heerlen."""
    return ContactPointFactory(
        name="Zelfhulpcontactpunt Parkstad",
        slug="parkstad",
        phone="045 560 00 00",
        email="info@parkstad.example",
        municipalities=[heerlen()],
    )


@pytest.fixture
def maastricht_point(db):
    return ContactPointFactory(
        name="Zelfhulpcontactpunt Maastricht-Heuvelland",
        slug="maastricht-heuvelland",
        email="info@maastricht.example",
        municipalities=[Municipality.objects.get(name="Maastricht")],
    )


@pytest.fixture
def mourning():
    return Theme.objects.get(slug="rouw-partner")


@pytest.fixture
def anja(parkstad):
    """Staff member of Parkstad."""
    return StaffFactory(username="anja", email="anja@parkstad.example", contact_point=parkstad)


@pytest.fixture
def bram(maastricht_point):
    """Staff member of another contact point."""
    return StaffFactory(
        username="bram", email="bram@maastricht.example", contact_point=maastricht_point
    )


@pytest.fixture
def group(parkstad, mourning):
    return GroupFactory(
        name="Rouwgroep Heerlen",
        slug="rouwgroep-heerlen",
        contact_point=parkstad,
        contact_email="geheim-rouwgroep@prive.example",
        themes=[mourning],
        venue=VenueFactory(name="Buurthuis De Linde"),
    )


def grant(user, *codenames):
    user.user_permissions.add(*Permission.objects.filter(codename__in=codenames))


def token():
    return new_token()


def listing_data(**overrides):
    """A complete, valid new-group form for a monthly group in Heerlen."""
    mourning = Theme.objects.get(slug="rouw-partner")
    data = {
        "started": new_token(),
        "homepage": "",
        "name": "Praatgroep na verlies",
        "summary": "Praten met mensen die hun partner hebben verloren.",
        "description": "We drinken koffie en praten over hoe het gaat.",
        "theme": str(mourning.pk),
        "theme_2": "",
        "audience": "self",
        "support": "peer",
        "organisation": "",
        "format": "in_person",
        "venue_name": "Wijkcentrum Het Anker",
        "venue_street": "Akerstraat 10",
        "venue_postcode": "6411ab",
        "venue_city": "Heerlen",
        "wheelchair_accessible": "on",
        "transport_note": "",
        "pattern": "monthly",
        "ordinal": "2",
        "weekday": "1",
        "start_time": "19:30",
        "end_time": "21:30",
        "first_date": date(2026, 3, 10).isoformat(),  # the second Tuesday of March 2026
        "schedule_note": "",
        "cost": "free",
        "cost_note": "",
        "newcomers": "welcome",
        "registration": "walk_in",
        "languages": ["nl"],
        "website": "",
        "public_phone": "",
        "contact_name": "Mieke",
        "contact_email": "mieke@prive.example",
        "submitter_name": "Jan Janssen",
        "submitter_email": "jan@example.org",
        "submitter_phone": "",
        "message": "",
    }
    data.update(overrides)
    return data
