"""groups.meetings: cancel one meeting, add an extra one, announce a break."""

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
import time_machine

from groups.meetings import add_extra_meeting, announce_break, cancel_meeting
from groups.models import Group, MeetingException
from tests.factories import GroupFactory, ScheduleFactory, VenueFactory

pytestmark = pytest.mark.django_db
TZ = ZoneInfo("Europe/Amsterdam")
# A Monday; the group meets on the second Tuesday of the month (9 March, 13 April, 11 May).
NOW = datetime(2027, 3, 1, 10, 0, tzinfo=TZ)


@pytest.fixture(autouse=True)
def _travel():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def group():
    return GroupFactory(venue=True)


def stored(group):
    return Group.objects.get(pk=group.pk)


def test_cancelling_a_meeting_moves_the_next_meeting_and_raises_the_version(group):
    assert stored(group).next_meeting_at.date() == date(2027, 3, 9)
    version = stored(group).version

    exception = cancel_meeting(group, date(2027, 3, 9), note="Zaal is bezet")

    assert exception.kind == MeetingException.Kind.CANCELLED and exception.note == "Zaal is bezet"
    assert stored(group).next_meeting_at == datetime(2027, 4, 13, 19, 30, tzinfo=TZ)
    assert stored(group).version == version + 1
    assert group.version == version + 1  # the caller's copy follows
    latest = Group.history.filter(id=group.pk).order_by("-history_id").first()
    assert latest.history_change_reason == "Bijeenkomst op dinsdag 9 maart 2027 vervalt"
    assert exception.history.count() == 1


@pytest.mark.parametrize(
    ("day", "message"),
    [
        (date(2027, 3, 10), "Op woensdag 10 maart 2027 is er geen bijeenkomst van deze groep."),
        (date(2027, 2, 9), "De datum kan niet in het verleden liggen."),
        (date(2030, 3, 12), "De datum mag hoogstens 2 jaar vooruit liggen."),
        ("2027-03-09", "Geef een geldige datum op."),
    ],
)
def test_cancelling_refuses_days_without_a_meeting(group, day, message):
    with pytest.raises(ValueError, match=message):
        cancel_meeting(group, day)
    assert not MeetingException.objects.exists()


def test_cancelling_twice_says_so(group):
    cancel_meeting(group, date(2027, 3, 9))
    with pytest.raises(ValueError, match="al afgezegd"):
        cancel_meeting(group, date(2027, 3, 9))


def test_cancelling_one_of_two_patterns(group):
    other = ScheduleFactory(group=group, venue=VenueFactory(city="Sittard"), weekday=1, ordinal=4)
    first = group.schedules.exclude(pk=other.pk).get()
    cancel_meeting(group, date(2027, 3, 9), schedule=first)
    assert stored(group).next_meeting_at.date() == date(2027, 3, 23)
    with pytest.raises(ValueError, match="hoort niet bij deze groep"):
        cancel_meeting(group, date(2027, 3, 23), schedule=ScheduleFactory())


def test_an_extra_meeting_comes_first_and_can_be_cancelled_again(group):
    extra = add_extra_meeting(group, date(2027, 3, 4), time(14, 0), time(16, 0), note="Uitje")
    assert extra.venue == group.schedules.get().venue  # one place: that place
    assert stored(group).next_meeting_at == datetime(2027, 3, 4, 14, 0, tzinfo=TZ)
    assert cancel_meeting(group, date(2027, 3, 4)) is None
    assert not MeetingException.objects.exists()
    assert stored(group).next_meeting_at.date() == date(2027, 3, 9)


def test_an_extra_meeting_needs_a_place_when_there_are_two(group):
    ScheduleFactory(group=group, venue=VenueFactory(city="Sittard"), ordinal=4)
    with pytest.raises(ValueError, match="Kies op welke locatie"):
        add_extra_meeting(group, date(2027, 3, 4), time(14, 0), time(16, 0))
    venue = VenueFactory(city="Geleen")
    assert (
        add_extra_meeting(group, date(2027, 3, 4), time(14), time(16), venue=venue).venue == venue
    )


@pytest.mark.parametrize(
    ("day", "start", "end", "message"),
    [
        (date(2027, 3, 4), time(16), time(14), "De eindtijd moet na de begintijd liggen."),
        (date(2027, 3, 1), time(9), time(11), "Deze begintijd is vandaag al voorbij."),
        (date(2027, 3, 9), time(20), time(22), "Op dinsdag 9 maart 2027 is er al een bijeenkomst"),
        (date(2028, 3, 9), time(20), time(22), "hoogstens 1 jaar vooruit"),
        (date(2027, 3, 4), "14:00", time(16), "Geef een geldige begintijd op."),
    ],
)
def test_extra_meeting_refuses(group, day, start, end, message):
    with pytest.raises(ValueError, match=message):
        add_extra_meeting(group, day, start, end)
    assert not MeetingException.objects.exists()


def test_an_online_group_meets_online_on_its_extra_date():
    group = GroupFactory(format=Group.Format.ONLINE)
    ScheduleFactory(group=group, venue=None)
    assert add_extra_meeting(group, date(2027, 3, 4), time(20), time(21)).venue is None


def test_a_break_skips_every_meeting_in_it(group):
    announce_break(group, date(2027, 3, 1), date(2027, 4, 30), note="Verbouwing")
    assert stored(group).next_meeting_at.date() == date(2027, 5, 11)
    with pytest.raises(ValueError, match="al bekend"):
        announce_break(group, date(2027, 3, 5), date(2027, 4, 1))
    with pytest.raises(ValueError, match="al afgezegd"):
        cancel_meeting(group, date(2027, 4, 13))


@pytest.mark.parametrize(
    ("first", "last", "message"),
    [
        (date(2027, 5, 1), date(2027, 4, 1), "moet na de eerste dag liggen"),
        (date(2027, 4, 1), date(2028, 4, 1), "hoogstens een jaar"),
        (date(2027, 2, 1), date(2027, 4, 1), "De pauze kan niet in het verleden liggen."),
    ],
)
def test_a_break_refuses(group, first, last, message):
    with pytest.raises(ValueError, match=message):
        announce_break(group, first, last)


def test_a_note_is_bounded(group):
    with pytest.raises(ValueError, match="hoogstens 200 tekens"):
        cancel_meeting(group, date(2027, 3, 9), note="x" * 201)


def test_yearly_break_months_leave_the_summer_out(group):
    schedule = group.schedules.get()
    schedule.skip_months = [3, 4]
    schedule.save()
    assert stored(group).next_meeting_at.date() == date(2027, 5, 11)
