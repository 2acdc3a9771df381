"""The referral counter: one row per group per day, incremented with a single upsert.

INSERT ... ON CONFLICT is atomic in PostgreSQL, so two patients scanning the same card at
the same moment both count, without a lock or a retry loop.
"""

from django.db import connection
from django.utils import timezone

_UPSERT = """
INSERT INTO referrals_referralcount (group_id, date, visits, qr_visits)
VALUES (%s, %s, 1, %s)
ON CONFLICT (group_id, date) DO UPDATE SET
    visits = referrals_referralcount.visits + 1,
    qr_visits = referrals_referralcount.qr_visits + EXCLUDED.qr_visits
"""


def count_visit(group_id: int, via_qr: bool = False, day=None) -> None:
    day = day or timezone.localdate()
    with connection.cursor() as cursor:
        cursor.execute(_UPSERT, [group_id, day, 1 if via_qr else 0])
