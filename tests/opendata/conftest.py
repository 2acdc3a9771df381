"""Groups as real data looks: one that started in 2017 and meets in two places with a break
in summer and a waiting list, an online one, a paused one, and some that must not show."""

from datetime import date, time

import pytest
from django.test import Client

from groups.models import Group, Schedule, Theme
from tests.factories import (
    ContactPointFactory,
    GroupFactory,
    ScheduleFactory,
    VenueFactory,
    heerlen,
)


@pytest.fixture
def api():
    return Client()


@pytest.fixture
def parkstad_cp():
    return ContactPointFactory(name="Zelfhulpcontactpunt Parkstad", municipalities=[heerlen()])


@pytest.fixture
def old_group(parkstad_cp):
    grief = Theme.objects.filter(icpc_codes__len__gt=0).order_by("pk").first()
    group = GroupFactory(
        name="Rouwgroep Parkstad",
        contact_point=parkstad_cp,
        contact_name="Geheime Contactpersoon",
        contact_email="geheim@prive.example",
        public_phone="045 123 4567",
        newcomers=Group.Newcomers.WAITING_LIST,
        organisation="Stichting Samen Verder",
        languages=["nl", "li"],
        cost=Group.Cost.CONTRIBUTION,
        cost_note="€2 voor koffie",
        last_verified=date(2025, 3, 1),
        themes=[grief],
    )
    Group.objects.filter(pk=group.pk).update(created_at="2017-09-01T10:00:00+02:00")
    linde = VenueFactory(name="Buurthuis De Linde", hearing_loop=True)
    kerkrade = VenueFactory(
        name="Wijkcentrum Kerkrade",
        city="Kerkrade",
        postcode="6461 AA",
        latitude=50.866,
        longitude=6.0625,
    )
    ScheduleFactory(
        group=group, venue=linde, note="Niet in juli en augustus", first_date=date(2017, 9, 12)
    )
    ScheduleFactory(
        group=group,
        venue=kerkrade,
        freq=Schedule.Frequency.WEEKLY,
        interval=2,
        ordinal=None,
        weekday=Schedule.Weekday.THURSDAY,
        start_time=time(10, 0),
        end_time=time(11, 30),
    )
    return group


@pytest.fixture
def online_group(parkstad_cp):
    group = GroupFactory(
        name="Online groep mantelzorgers",
        contact_point=parkstad_cp,
        format=Group.Format.ONLINE,
        themes=[Theme.objects.filter(icpc_codes=[]).order_by("-pk").first()],
    )
    ScheduleFactory(group=group, venue=None)
    return group


@pytest.fixture
def hidden_groups(parkstad_cp):
    return [
        GroupFactory(
            name="Conceptgroep", contact_point=parkstad_cp, status=Group.Status.DRAFT, venue=True
        ),
        GroupFactory(name="Oude groep", contact_point=parkstad_cp, status=Group.Status.ARCHIVED),
    ]


@pytest.fixture
def paused_group(parkstad_cp):
    return GroupFactory(
        name="Gepauzeerde groep", contact_point=parkstad_cp, status=Group.Status.PAUSED, venue=True
    )


@pytest.fixture
def directory(old_group, online_group, hidden_groups, paused_group):
    return {"old": old_group, "online": online_group, "paused": paused_group}
