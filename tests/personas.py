"""Personas for the staff workspace: staff of Parkstad (Heerlen), staff of Maastricht,
a coordinator, and the rows each of them should or should not see."""

import pytest
from django.test import Client

from contactpoints.models import Municipality
from groups.models import Theme
from tests.factories import (
    ContactPointFactory,
    GroupFactory,
    StaffFactory,
    UserFactory,
    VenueFactory,
    heerlen,
)


def a_theme():
    return Theme.objects.order_by("pk").first()


def maastricht():
    return Municipality.objects.get(code="GM0935")


@pytest.fixture
def parkstad():
    return ContactPointFactory(name="Zelfhulpcontactpunt Parkstad", municipalities=[heerlen()])


@pytest.fixture
def maastricht_cp():
    return ContactPointFactory(
        name="Zelfhulpcontactpunt Maastricht", city="Maastricht", municipalities=[maastricht()]
    )


@pytest.fixture
def anja(parkstad):
    """Staff of the Parkstad contact point."""
    return StaffFactory(username="anja", contact_point=parkstad)


@pytest.fixture
def bert(maastricht_cp):
    """Staff of the Maastricht contact point."""
    return StaffFactory(username="bert", contact_point=maastricht_cp)


@pytest.fixture
def carla():
    """A coordinator: sees every contact point."""
    from contactpoints.models import StaffMembership

    user = UserFactory(username="carla", is_staff=True)
    StaffMembership.objects.create(user=user, is_coordinator=True)
    return user


@pytest.fixture
def heerlen_venue():
    return VenueFactory(name="Buurthuis Heerlen")


@pytest.fixture
def maastricht_venue():
    return VenueFactory(
        name="Wijkcentrum Maastricht",
        municipality=maastricht(),
        city="Maastricht",
        postcode="6211 AB",
        latitude=50.85,
        longitude=5.69,
    )


@pytest.fixture
def parkstad_group(parkstad, heerlen_venue):
    return GroupFactory(
        name="Rouwgroep Heerlen", contact_point=parkstad, venue=heerlen_venue, themes=[a_theme()]
    )


@pytest.fixture
def maastricht_group(maastricht_cp, maastricht_venue):
    return GroupFactory(
        name="Mantelzorgcafe Maastricht",
        contact_point=maastricht_cp,
        venue=maastricht_venue,
        themes=[a_theme()],
    )


@pytest.fixture
def as_user(otp_client):
    """as_user(user) -> a fresh test client logged in with password and TOTP."""

    def login(user):
        return otp_client(user, Client())

    return login
