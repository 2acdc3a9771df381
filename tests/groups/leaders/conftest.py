from datetime import date

import pytest

from groups.models import Group, Schedule
from tests.factories import GroupFactory, ScheduleFactory, VenueFactory


@pytest.fixture(autouse=True)
def _no_minimum_fill_time(settings):
    settings.FORM_MIN_SECONDS = 0


@pytest.fixture
def group(parkstad, anja):
    """A long-running group: meets since 2017 on the second Tuesday, a waiting list, a
    private address, last checked well over a year ago."""
    group = GroupFactory(
        name="Lotgenotengroep Parkinson Heerlen",
        slug="parkinson-heerlen",
        contact_point=parkstad,
        contact_name="Mieke",
        contact_email="parkinson-geheim@prive.example",
        summary="Praten met mensen die leven met parkinson.",
        public_phone="045-5712345 (na 18u)",
        newcomers=Group.Newcomers.WAITING_LIST,
        last_verified=date(2024, 11, 5),
    )
    ScheduleFactory(
        group=group,
        venue=VenueFactory(name="Wijkcentrum De Nobel"),
        weekday=Schedule.Weekday.TUESDAY,
        ordinal=2,
        first_date=date(2017, 3, 14),
    )
    return group
