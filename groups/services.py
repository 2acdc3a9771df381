from collections.abc import Iterable
from datetime import datetime, timedelta

from django.db.models import Prefetch, Q
from django.utils import timezone

from groups.places import distinct_venues, place_label
from groups.schedule import next_meetings_for


def current_exceptions(now=None, to_attr=None):
    """Prefetch of the group's exceptions that still matter (not over before yesterday)."""
    from groups.models import MeetingException

    since = timezone.localdate(now or timezone.now()) - timedelta(days=1)
    return Prefetch(
        "meeting_exceptions",
        queryset=MeetingException.objects.filter(Q(day__gte=since) | Q(last_day__gte=since))
        .select_related("venue")
        .order_by("day", "start_time"),
        to_attr=to_attr,
    )


def update_next_meetings(
    group_ids: Iterable[int] | None = None, now: datetime | None = None
) -> int:
    """Store each group's next meeting so lists can sort on it without expanding RRULEs."""
    from groups.models import Group

    now = now or timezone.now()
    groups = Group.objects.prefetch_related("schedules", current_exceptions(now))
    if group_ids is not None:
        groups = groups.filter(pk__in=list(group_ids))
    changed = []
    for group in groups.only("pk", "next_meeting_at", "next_meeting_place", "no_fixed_schedule"):
        value, place = next_meeting_and_place(
            group, group.schedules.all(), group.meeting_exceptions.all(), now
        )
        if value != group.next_meeting_at or place != group.next_meeting_place:
            group.next_meeting_at = value
            group.next_meeting_place = place
            changed.append(group)
    Group.objects.bulk_update(changed, ["next_meeting_at", "next_meeting_place"], batch_size=1000)
    return len(changed)


def next_meeting_and_place(group, schedules, exceptions, now):
    """The next meeting's start (None: none known) and, when the group meets in more than
    one place, the short name of the place it is at ("" otherwise)."""
    schedules = [] if group.no_fixed_schedule else list(schedules)
    upcoming = next_meetings_for(schedules, after=now, count=1, exceptions=exceptions)
    if not upcoming:
        return None, ""
    several = len(distinct_venues(schedules, exceptions)) > 1
    return upcoming[0].start, place_label(upcoming[0].venue, short=True) if several else ""
