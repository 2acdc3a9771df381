import pytest

from groups.models import Theme
from submissions.protection import new_token
from tests.factories import ContactPointFactory, StaffFactory, heerlen
from tests.peers.factories import PeerFactory


@pytest.fixture(autouse=True)
def _no_minimum_fill_time(settings):
    """Most tests post at once; the minimum fill-in time has its own test."""
    settings.FORM_MIN_SECONDS = 0


@pytest.fixture
def parkstad(db):
    return ContactPointFactory(
        name="Zelfhulpcontactpunt Parkstad",
        slug="parkstad",
        phone="045 560 00 00",
        email="info@parkstad.example",
        opening_hours="ma-vr 9.00-17.00 uur",
        municipalities=[heerlen()],
    )


@pytest.fixture
def staff(parkstad):
    return StaffFactory(username="anja", email="anja@parkstad.example", contact_point=parkstad)


@pytest.fixture
def grief():
    return Theme.objects.get(slug="rouw-partner")


@pytest.fixture
def peer(parkstad, grief):
    return PeerFactory(
        name="Marian",
        slug="marian",
        email="marian@prive.example",
        phone="06 11 22 33 44",
        contact_point=parkstad,
        themes=[grief],
        municipalities=[heerlen()],
    )


def question_data(**overrides):
    data = {
        "started": new_token(),
        "homepage": "",
        "first_name": "Sanne",
        "reply_email": "sanne@example.org",
        "reply_phone": "",
        "message": "Hoe ging jij om met de eerste verjaardag zonder hem?",
        "consent": "on",
    }
    data.update(overrides)
    return data
