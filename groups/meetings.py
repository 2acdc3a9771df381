"""Exceptions to a group's meeting patterns: cancel one meeting, add an extra one, announce
a break. The one way to change them (the leader's page, the staff workspace), so each
change is checked the same way and raises the group's version: its page, its stored next
meeting and the calendar feeds (SEQUENCE) follow at once.

Each function raises ValueError with a Dutch message a leader can act on, and returns the
MeetingException it saved (cancel_meeting returns None when it removed an extra meeting).
"""

from datetime import date, datetime, time, timedelta

from django.db import transaction
from django.utils import timezone, translation

from groups.models import Group, MeetingException, Schedule, Venue
from groups.schedule import format_day as _format_day
from groups.schedule import format_time, is_skipped, occurrences_between

# How far ahead a change may reach: a leader plans a season, not a decade.
CANCEL_AHEAD_DAYS = 2 * 366
EXTRA_AHEAD_DAYS = 366
BREAK_AHEAD_DAYS = 2 * 366
BREAK_LONGEST_DAYS = 366
NOTE_MAX = MeetingException._meta.get_field("note").max_length


def format_day(day):
    # Messages and history reasons are Dutch, whatever language the request is in.
    with translation.override("nl"):
        return _format_day(day)


def _day(value, label):
    if isinstance(value, datetime) or not isinstance(value, date):
        raise ValueError(f"Geef een geldige {label} op.")
    return value


def _time(value, label):
    if not isinstance(value, time):
        raise ValueError(f"Geef een geldige {label} op.")
    return value


def _note(note):
    note = (note or "").strip()
    if len(note) > NOTE_MAX:
        raise ValueError(f"De toelichting mag hoogstens {NOTE_MAX} tekens zijn.")
    return note


def _within(day, ahead_days, what):
    today = timezone.localdate()
    if day < today:
        raise ValueError(f"{what} kan niet in het verleden liggen.")
    if day > today + timedelta(days=ahead_days):
        raise ValueError(f"{what} mag hoogstens {ahead_days // 366 or 1} jaar vooruit liggen.")


def _change(group, reason, make):
    """Run `make(locked_group)` and save the group in one transaction under its row lock:
    the version goes up, its history gets `reason`, and the signals store its next meeting."""
    if not isinstance(group, Group) or group.pk is None:
        raise ValueError("Onbekende groep.")
    with transaction.atomic():
        locked = Group.objects.select_for_update().get(pk=group.pk)
        result = make(locked)
        locked._change_reason = reason
        locked.save()
    group.refresh_from_db(fields=["version", "next_meeting_at", "updated_at"])
    return result


def _schedules(group, schedule=None):
    schedules = list(Schedule.objects.filter(group=group).select_related("venue"))
    if schedule is not None:
        if not isinstance(schedule, Schedule) or schedule.pk not in {s.pk for s in schedules}:
            raise ValueError("Deze bijeenkomst hoort niet bij deze groep.")
        schedules = [s for s in schedules if s.pk == schedule.pk]
    return schedules


def _skips(group, exclude_pk=None):
    rows = MeetingException.objects.filter(
        group=group, kind__in=[MeetingException.Kind.CANCELLED, MeetingException.Kind.BREAK]
    )
    if exclude_pk:
        rows = rows.exclude(pk=exclude_pk)
    return [(ex.schedule_id, ex.day, ex.last_day or ex.day) for ex in rows]


def cancel_meeting(group, day, *, schedule=None, note=""):
    """One meeting does not take place: an EXDATE in the feed. `schedule` None: every
    pattern that meets that day. An extra meeting on that day is removed instead."""
    day = _day(day, "datum")
    note = _note(note)
    _within(day, CANCEL_AHEAD_DAYS, "De datum")

    def make(locked):
        extras = MeetingException.objects.filter(
            group=locked, kind=MeetingException.Kind.EXTRA, day=day
        )
        if schedule is None and extras.exists():
            for extra in extras:
                extra._change_reason = "Extra bijeenkomst vervalt"
                extra.delete()
            return None
        if locked.no_fixed_schedule and not locked.schedules.exists():
            raise ValueError(
                "Deze groep heeft geen vaste bijeenkomsten; er is op die dag niets af te zeggen."
            )
        patterns = _schedules(locked, schedule)
        meeting = [s for s in patterns if occurrences_between(s, day, day)]
        if not meeting:
            raise ValueError(f"Op {format_day(day)} is er geen bijeenkomst van deze groep.")
        skips = _skips(locked)
        open_ = [s for s in meeting if not is_skipped(s, day, skips)]
        if not open_:
            raise ValueError(f"De bijeenkomst op {format_day(day)} is al afgezegd.")
        return MeetingException.objects.create(
            group=locked,
            schedule=schedule,
            kind=MeetingException.Kind.CANCELLED,
            day=day,
            note=note,
        )

    return _change(group, f"Bijeenkomst op {format_day(day)} vervalt", make)


def add_extra_meeting(group, day, start_time, end_time, *, venue=None, note=""):
    """An extra meeting on `day` (its own VEVENT in the feed). Without `venue`, a group that
    meets in one place meets there; a group with several places must say which."""
    day = _day(day, "datum")
    start_time = _time(start_time, "begintijd")
    end_time = _time(end_time, "eindtijd")
    note = _note(note)
    _within(day, EXTRA_AHEAD_DAYS, "De extra bijeenkomst")
    if end_time <= start_time:
        raise ValueError("De eindtijd moet na de begintijd liggen.")
    if venue is not None and (not isinstance(venue, Venue) or venue.pk is None):
        raise ValueError("Onbekende locatie.")

    def make(locked):
        local_now = timezone.localtime()
        if day == local_now.date() and start_time <= local_now.time():
            raise ValueError("Deze begintijd is vandaag al voorbij.")
        patterns = list(Schedule.objects.filter(group=locked).select_related("venue"))
        place = venue
        if place is None and locked.meets_in_person:
            places = {s.venue_id: s.venue for s in patterns if s.venue_id}
            if len(places) > 1:
                raise ValueError("Kies op welke locatie de extra bijeenkomst is.")
            if len(places) == 1:
                place = next(iter(places.values()))
            elif locked.format == Group.Format.IN_PERSON:
                raise ValueError("Kies op welke locatie de extra bijeenkomst is.")
        skips = _skips(locked)
        for s in patterns:
            for start in occurrences_between(s, day, day):
                if (
                    not is_skipped(s, day, skips)
                    and start.time() < end_time
                    and start_time < s.end_time
                ):
                    raise ValueError(
                        f"Op {format_day(day)} is er al een bijeenkomst om "
                        f"{format_time(s.start_time)} uur."
                    )
        clash = MeetingException.objects.filter(
            group=locked,
            kind=MeetingException.Kind.EXTRA,
            day=day,
            start_time__lt=end_time,
            end_time__gt=start_time,
        )
        if clash.exists():
            raise ValueError(f"Op {format_day(day)} staat al een extra bijeenkomst.")
        return MeetingException.objects.create(
            group=locked,
            kind=MeetingException.Kind.EXTRA,
            day=day,
            start_time=start_time,
            end_time=end_time,
            venue=place,
            note=note,
        )

    return _change(group, f"Extra bijeenkomst op {format_day(day)}", make)


def announce_break(group, first_day, last_day, *, note=""):
    """No meetings from `first_day` to `last_day` inclusive (EXDATEs in the feed)."""
    first_day = _day(first_day, "eerste dag")
    last_day = _day(last_day, "laatste dag")
    note = _note(note)
    _within(first_day, BREAK_AHEAD_DAYS, "De pauze")
    if last_day < first_day:
        raise ValueError("De laatste dag van de pauze moet na de eerste dag liggen.")
    if (last_day - first_day).days >= BREAK_LONGEST_DAYS:
        raise ValueError(
            "Een pauze duurt hoogstens een jaar. Stopt de groep langer? Zet de groep dan op pauze."
        )

    def make(locked):
        if MeetingException.objects.filter(
            group=locked,
            kind=MeetingException.Kind.BREAK,
            schedule__isnull=True,
            day__lte=first_day,
            last_day__gte=last_day,
        ).exists():
            raise ValueError("Deze pauze is al bekend.")
        return MeetingException.objects.create(
            group=locked,
            kind=MeetingException.Kind.BREAK,
            day=first_day,
            last_day=last_day,
            note=note,
        )

    return _change(
        group, f"Pauze van {format_day(first_day)} tot en met {format_day(last_day)}", make
    )
