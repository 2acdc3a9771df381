import pytest

from submissions.protection import new_token
from tests.activities.factories import ActivityFactory
from tests.factories import ContactPointFactory, VenueFactory, heerlen


@pytest.fixture(autouse=True)
def _no_minimum_fill_time(settings):
    """Most tests post at once; the minimum fill-in time is tested with the relay."""
    settings.FORM_MIN_SECONDS = 0


@pytest.fixture
def parkstad(db):
    return ContactPointFactory(
        name="Zelfhulpcontactpunt Parkstad",
        slug="parkstad",
        phone="045 560 00 00",
        email="info@parkstad.example",
        municipalities=[heerlen()],
    )


@pytest.fixture
def venue(db):
    return VenueFactory(
        name="Buurthuis De Pijp",
        street_address="Kerkstraat 12",
        postcode="6411 AB",
        city="Heerlen",
    )


@pytest.fixture
def activity(parkstad, venue):
    """A themabijeenkomst on grief in a week, with 3 seats."""
    return ActivityFactory(
        contact_point=parkstad,
        venue=venue,
        title="Rouw in de feestdagen",
        slug="rouw-in-de-feestdagen",
        capacity=3,
    )


def registration_data(**overrides):
    data = {
        "name": "Sanne",
        "email": "sanne@example.org",
        "phone": "",
        "people": "1",
        "started": new_token(),
        "homepage": "",
    }
    data.update(overrides)
    return data
