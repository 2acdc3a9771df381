"""How long the personal details of starting a group and of room requests are kept.

Run daily by `manage.py purge_starting_data` (settings.DAILY_JOBS). The /privacy/ page says
the same in words.

- A request to start a group loses the resident's name, email, phone and message
  RETENTION_DAYS (90) days after it came in; the topic, place and date stay for the
  contact point's figures.
- A room request (rooms.RoomRequest) does the same after RETENTION_DAYS.
"""

from datetime import timedelta

from django.db import transaction

RETENTION_DAYS = 90


def purge(now) -> int:
    from rooms.models import RoomRequest
    from starting.models import StartRequest

    cutoff = now - timedelta(days=RETENTION_DAYS)
    with transaction.atomic():
        count = StartRequest.objects.filter(purged_at__isnull=True, created_at__lte=cutoff).update(
            name="", email="", phone="", message="", purged_at=now
        )
        count += RoomRequest.objects.filter(purged_at__isnull=True, created_at__lte=cutoff).update(
            name="", email="", phone="", message="", group_name="", purged_at=now
        )
    return count
