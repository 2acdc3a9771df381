from datetime import date, datetime, time
from types import SimpleNamespace
from zoneinfo import ZoneInfo

from django.utils import translation

from groups.schedule import describe, next_meetings, rrule_string

TZ = ZoneInfo("Europe/Amsterdam")


def schedule(**kwargs):
    values = dict(
        freq="MONTHLY",
        interval=1,
        weekday=1,
        ordinal=2,
        start_time=time(19, 30),
        end_time=time(21, 30),
        first_date=date(2026, 1, 13),
        until=None,
    )
    values.update(kwargs)
    return SimpleNamespace(**values)


def test_second_tuesday_in_dutch_words():
    with translation.override("nl"):
        assert describe(schedule()) == "Elke tweede dinsdag van de maand, 19.30–21.30 uur"


def test_patterns_in_words():
    with translation.override("nl"):
        assert describe(schedule(ordinal=-1, weekday=4)).startswith(
            "Elke laatste vrijdag van de maand"
        )
        assert describe(schedule(freq="WEEKLY", ordinal=None, interval=2, weekday=3)).startswith(
            "Om de week op donderdag"
        )
        assert describe(schedule(freq="WEEKLY", ordinal=None, weekday=0)).startswith("Elke maandag")


def test_rrule_strings():
    assert rrule_string(schedule()) == "FREQ=MONTHLY;BYDAY=2TU"
    assert rrule_string(schedule(ordinal=-1, weekday=4)) == "FREQ=MONTHLY;BYDAY=-1FR"
    assert (
        rrule_string(schedule(freq="WEEKLY", ordinal=None, interval=2, weekday=3))
        == "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH"
    )


def test_wall_time_holds_across_daylight_saving():
    after = datetime(2026, 3, 1, tzinfo=TZ)
    dates = next_meetings(schedule(), after=after, count=3)
    assert [d.date() for d in dates] == [date(2026, 3, 10), date(2026, 4, 14), date(2026, 5, 12)]
    assert all(d.hour == 19 and d.minute == 30 for d in dates)
    assert [d.utcoffset().total_seconds() / 3600 for d in dates] == [1, 2, 2]


def test_fortnightly_keeps_its_phase():
    s = schedule(freq="WEEKLY", ordinal=None, interval=2, weekday=3, first_date=date(2026, 1, 1))
    dates = next_meetings(s, after=datetime(2026, 1, 2, tzinfo=TZ), count=2)
    assert [d.date() for d in dates] == [date(2026, 1, 15), date(2026, 1, 29)]


def test_until_ends_the_series():
    s = schedule(until=date(2026, 2, 28))
    assert [d.date() for d in next_meetings(s, after=datetime(2026, 1, 1, tzinfo=TZ), count=5)] == [
        date(2026, 1, 13),
        date(2026, 2, 10),
    ]
