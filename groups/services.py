from collections.abc import Iterable
from datetime import datetime

from django.utils import timezone

from groups.schedule import next_meetings_for


def update_next_meetings(
    group_ids: Iterable[int] | None = None, now: datetime | None = None
) -> int:
    """Store each group's next meeting so lists can sort on it without expanding RRULEs."""
    from groups.models import Group

    now = now or timezone.now()
    groups = Group.objects.prefetch_related("schedules")
    if group_ids is not None:
        groups = groups.filter(pk__in=list(group_ids))
    changed = []
    for group in groups.only("pk", "next_meeting_at"):
        upcoming = next_meetings_for(group.schedules.all(), after=now, count=1)
        value = upcoming[0][0] if upcoming else None
        if value != group.next_meeting_at:
            group.next_meeting_at = value
            changed.append(group)
    Group.objects.bulk_update(changed, ["next_meeting_at"], batch_size=1000)
    return len(changed)
