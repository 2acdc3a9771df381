"""Meeting patterns: iCalendar RRULEs, the next dates, and the pattern in plain words."""

from datetime import date, datetime, time, timedelta
from typing import NamedTuple
from zoneinfo import ZoneInfo

from dateutil.rrule import MONTHLY, WEEKLY, rrule, weekday
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

TZ = ZoneInfo("Europe/Amsterdam")
# Schedule.weekday (0 = Monday, as Python counts) -> the RRULE day; the one table for
# recurrence, iCalendar, schema.org and the demo.
RRULE_DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


def meeting_months(schedule):
    """The months the pattern meets in, or None for all: the complement of its yearly
    break months (Schedule.skip_months)."""
    skip = set(getattr(schedule, "skip_months", None) or ())
    months = [m for m in range(1, 13) if m not in skip]
    return months if skip and months else None


def rrule_string(schedule) -> str:
    """The RFC 5545 RRULE value, e.g. FREQ=MONTHLY;BYDAY=2TU."""
    parts = [f"FREQ={schedule.freq}"]
    if schedule.interval and schedule.interval > 1:
        parts.append(f"INTERVAL={schedule.interval}")
    day = RRULE_DAYS[schedule.weekday]
    parts.append(
        f"BYDAY={schedule.ordinal}{day}"
        if schedule.freq == "MONTHLY" and schedule.ordinal
        else f"BYDAY={day}"
    )
    months = meeting_months(schedule)
    if months:
        # The yearly break as a limit on the months (RFC 5545 3.3.10: BYMONTH limits WEEKLY
        # and MONTHLY rules), so every calendar app leaves the summer out by itself.
        parts.append("BYMONTH=" + ",".join(str(m) for m in months))
    if schedule.until:
        # With a TZID-local DTSTART, UNTIL must be in UTC (RFC 5545 3.3.10).
        end = datetime.combine(schedule.until, schedule.end_time, tzinfo=TZ).astimezone(
            ZoneInfo("UTC")
        )
        parts.append("UNTIL=" + end.strftime("%Y%m%dT%H%M%SZ"))
    return ";".join(parts)


def _rule(schedule):
    start = datetime.combine(schedule.first_date, schedule.start_time)
    byday = (
        weekday(schedule.weekday, schedule.ordinal)
        if schedule.freq == "MONTHLY"
        else weekday(schedule.weekday)
    )
    until = datetime.combine(schedule.until, schedule.start_time) if schedule.until else None
    # Expand in naive wall time, then attach the zone: DST moves the offset, not the clock.
    return rrule(
        MONTHLY if schedule.freq == "MONTHLY" else WEEKLY,
        dtstart=start,
        interval=schedule.interval or 1,
        byweekday=byday,
        bymonth=meeting_months(schedule),
        until=until,
    )


def next_meetings(schedule, after=None, count=3):
    """The next `count` meetings as aware datetimes (start), from `after` (default: now)."""
    after = (after or timezone.now()).astimezone(TZ).replace(tzinfo=None)
    rule = _rule(schedule)
    out = []
    current = after
    while len(out) < count:
        current = rule.after(current)
        if current is None:
            break
        out.append(current.replace(tzinfo=TZ))
    return out


class _MeetingFields(NamedTuple):
    start: datetime
    end: datetime
    schedule: object


class Meeting(_MeetingFields):
    """One meeting: unpacks as (start, end, schedule) (schedule None for an extra meeting);
    .venue is where it is (None: online or by phone), .extra the MeetingException that
    added it (None for a meeting of a pattern)."""

    def __new__(cls, start, end, schedule, venue=None, extra=None):
        self = super().__new__(cls, start, end, schedule)
        self.venue = venue
        self.extra = extra
        return self

    @property
    def is_extra(self):
        return self.extra is not None

    @property
    def note(self):
        return self.extra.note if self.extra is not None else ""


# However long a break, the next dates are looked for this far ahead at most.
HORIZON_DAYS = 800


def _skips(exceptions):
    """(schedule_id or None, first day, last day) for the cancellations and breaks."""
    return [
        (ex.schedule_id, ex.day, ex.last_day or ex.day)
        for ex in exceptions
        if ex.kind in ("cancelled", "break")
    ]


def is_skipped(schedule, day, skips) -> bool:
    """Whether the pattern's meeting on `day` is cancelled or falls in a break."""
    return any(
        (sid is None or sid == schedule.pk) and first <= day <= last for sid, first, last in skips
    )


def _venue_of(schedule):
    # Not schedule.venue when the id is empty: that would be a query per pattern.
    return schedule.venue if getattr(schedule, "venue_id", None) else None


def next_meetings_for(schedules, after=None, count=3, exceptions=()):
    """The next meetings over all of a group's schedules, earliest first, leaving out the
    cancelled ones and the breaks and adding the extra meetings (`exceptions`: the group's
    MeetingExceptions). Each a Meeting: unpacks as (start, end, schedule)."""
    after = after or timezone.now()
    local_after = after.astimezone(TZ).replace(tzinfo=None)
    horizon = local_after + timedelta(days=HORIZON_DAYS)
    skips = _skips(exceptions)
    found = []
    for schedule in schedules:
        taken = 0
        for start in _rule(schedule).xafter(local_after):
            if start > horizon or taken >= count:
                break
            if is_skipped(schedule, start.date(), skips):
                continue
            end = datetime.combine(start.date(), schedule.end_time, tzinfo=TZ)
            found.append(Meeting(start.replace(tzinfo=TZ), end, schedule, _venue_of(schedule)))
            taken += 1
    for ex in exceptions:
        if ex.kind != "extra":
            continue
        start = datetime.combine(ex.day, ex.start_time, tzinfo=TZ)
        if start > after:
            end = datetime.combine(ex.day, ex.end_time, tzinfo=TZ)
            venue = ex.venue if ex.venue_id else None
            found.append(Meeting(start, end, None, venue, ex))
    found.sort(key=lambda item: item[0])
    return found[:count]


def occurrences_on(schedule, day):
    """The pattern's meetings on `day` (naive local datetimes), exceptions not applied."""
    rule = _rule(schedule)
    return rule.between(datetime.combine(day, time.min), datetime.combine(day, time.max), inc=True)


def occurrences_between(schedule, first_day, last_day):
    rule = _rule(schedule)
    return rule.between(
        datetime.combine(first_day, time.min), datetime.combine(last_day, time.max), inc=True
    )


def _ordinal_word(ordinal):
    return {
        1: pgettext("ordinal", "eerste"),
        2: pgettext("ordinal", "tweede"),
        3: pgettext("ordinal", "derde"),
        4: pgettext("ordinal", "vierde"),
        -1: pgettext("ordinal", "laatste"),
    }[ordinal]


def _day_word(day):
    return [
        _("maandag"),
        _("dinsdag"),
        _("woensdag"),
        _("donderdag"),
        _("vrijdag"),
        _("zaterdag"),
        _("zondag"),
    ][day]


def format_time(value):
    return f"{value.hour:02d}.{value.minute:02d}"


def describe(schedule) -> str:
    """The pattern in plain words: "Elke tweede dinsdag van de maand, 19.30–21.30 uur"."""
    day = _day_word(schedule.weekday)
    if schedule.freq == "MONTHLY":
        if schedule.interval > 1:
            pattern = _("Om de %(n)s maanden op de %(ordinal)s %(day)s") % {
                "n": schedule.interval,
                "ordinal": _ordinal_word(schedule.ordinal),
                "day": day,
            }
        else:
            pattern = _("Elke %(ordinal)s %(day)s van de maand") % {
                "ordinal": _ordinal_word(schedule.ordinal),
                "day": day,
            }
    elif schedule.interval == 2:
        pattern = _("Om de week op %(day)s") % {"day": day}
    elif schedule.interval > 2:
        pattern = _("Elke %(n)s weken op %(day)s") % {"n": schedule.interval, "day": day}
    else:
        pattern = _("Elke %(day)s") % {"day": day}
    times = _("%(start)s–%(end)s uur") % {
        "start": format_time(schedule.start_time),
        "end": format_time(schedule.end_time),
    }
    return f"{pattern}, {times}"


def format_day(day) -> str:
    """ "dinsdag 12 mei 2026" in the active language."""
    from django.utils.formats import date_format

    return date_format(day, "l j F Y")


def describe_exception(exception) -> str:
    """An exception in plain words: "Vervalt: dinsdag 12 mei 2026"."""
    if exception.kind == "break":
        return _("Pauze van %(first)s tot en met %(last)s") % {
            "first": format_day(exception.day),
            "last": format_day(exception.last_day or exception.day),
        }
    if exception.kind == "extra":
        return _("Extra bijeenkomst: %(day)s, %(start)s–%(end)s uur") % {
            "day": format_day(exception.day),
            "start": format_time(exception.start_time),
            "end": format_time(exception.end_time),
        }
    return _("Vervalt: %(day)s") % {"day": format_day(exception.day)}


def describe_skip_months(schedule) -> str:
    """ "Niet in juli en augustus", or "" when the pattern meets all year."""
    from django.utils.text import get_text_list

    from groups.models import MONTH_CHOICES

    names = dict(MONTH_CHOICES)
    months = sorted(getattr(schedule, "skip_months", None) or ())
    if not months:
        return ""
    return _("Niet in %(months)s") % {
        "months": get_text_list([str(names[m]) for m in months], _("en"))
    }


def ical_escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\n", "\\n")
        .replace("\r", "")
    )


def _fold(line: str) -> str:
    """RFC 5545 line folding at 75 octets."""
    data = line.encode()
    if len(data) <= 75:
        return line
    parts, current = [], b""
    for char in line:
        encoded = char.encode()
        if len(current) + len(encoded) > (75 if not parts else 74):
            parts.append(current.decode())
            current = b""
        current += encoded
    parts.append(current.decode())
    return "\r\n ".join(parts)


VTIMEZONE = """BEGIN:VTIMEZONE
TZID:Europe/Amsterdam
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""


def group_calendar(group, schedules, url: str, stamp=None) -> str:
    """An iCalendar file with one recurring VEVENT per schedule, in Europe/Amsterdam time."""
    stamp = (stamp or timezone.now()).astimezone(ZoneInfo("UTC")).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Zelfhulpkaart//NL",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    lines += VTIMEZONE.splitlines()
    for schedule in schedules:
        first = _first_occurrence(schedule)
        if first is None:
            continue
        location = ""
        if schedule.venue:
            v = schedule.venue
            location = f"{v.name}, {v.street_address}, {v.postcode} {v.city}"
        elif group.format == "phone":
            location = _("telefonisch")
        else:
            location = _("online")
        lines += [
            "BEGIN:VEVENT",
            f"UID:{group.external_id}-{schedule.pk}@zelfhulpkaart.nl",
            f"DTSTAMP:{stamp}",
            f"DTSTART;TZID=Europe/Amsterdam:{first.strftime('%Y%m%dT%H%M%S')}",
            f"DTEND;TZID=Europe/Amsterdam:{datetime.combine(first.date(), schedule.end_time).strftime('%Y%m%dT%H%M%S')}",
            f"RRULE:{rrule_string(schedule)}",
            f"SUMMARY:{ical_escape(group.name)}",
            f"DESCRIPTION:{ical_escape(group.summary + (' ' + schedule.note if schedule.note else ''))}",
            f"LOCATION:{ical_escape(location)}",
            f"URL:{url}",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"


def _first_occurrence(schedule):
    rule = _rule(schedule)
    return rule.after(
        datetime.combine(schedule.first_date - timedelta(days=1), schedule.start_time), inc=True
    )


def first_date_matching(d: date, weekday_index: int, ordinal=None) -> date:
    """The first date on or after d that falls on the weekday (and ordinal in its month)."""
    rule = rrule(
        MONTHLY if ordinal else WEEKLY,
        dtstart=datetime.combine(d, datetime.min.time()),
        byweekday=weekday(weekday_index, ordinal) if ordinal else weekday(weekday_index),
    )
    return rule[0].date()
