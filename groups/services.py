from collections.abc import Iterable
from datetime import datetime, timedelta

from django.db.models import Prefetch, Q
from django.utils import timezone

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
    for group in groups.only("pk", "next_meeting_at", "no_fixed_schedule"):
        upcoming = next_meetings_for(
            [] if group.no_fixed_schedule else group.schedules.all(),
            after=now,
            count=1,
            exceptions=group.meeting_exceptions.all(),
        )
        value = upcoming[0][0] if upcoming else None
        if value != group.next_meeting_at:
            group.next_meeting_at = value
            changed.append(group)
    Group.objects.bulk_update(changed, ["next_meeting_at"], batch_size=1000)
    return len(changed)
