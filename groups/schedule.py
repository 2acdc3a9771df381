"""Meeting patterns: iCalendar RRULEs, the next dates, and the pattern in plain words."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from dateutil.rrule import MONTHLY, WEEKLY, rrule, weekday
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

TZ = ZoneInfo("Europe/Amsterdam")
# Schedule.weekday (0 = Monday, as Python counts) -> the RRULE day; the one table for
# recurrence, iCalendar, schema.org and the demo.
RRULE_DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


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


def next_meetings_for(schedules, after=None, count=3):
    """The next meetings over all of a group's schedules: (start, end, schedule), earliest first."""
    found = []
    for schedule in schedules:
        for start in next_meetings(schedule, after, count):
            end = datetime.combine(start.date(), schedule.end_time, tzinfo=TZ)
            found.append((start, end, schedule))
    found.sort(key=lambda item: item[0])
    return found[:count]


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
            if getattr(v, "address_after_contact", False):  # groups.privacy
                location = v.city
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
