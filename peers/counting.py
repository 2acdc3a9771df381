"""Counts for the contact points: questions per theme and month, how many the peer
confirmed within PEER_ANSWER_HOURS, how many reached the contact point. Only numbers: no
name, address or text of a resident is read."""

from datetime import timedelta

from django.conf import settings
from django.db.models import Count, F, Q
from django.db.models.functions import TruncMonth

from peers.models import PeerQuestion


def monthly_counts(questions=None):
    """Rows of {month, theme, questions, answered_in_time, escalated}, newest month first."""
    questions = PeerQuestion.objects.all() if questions is None else questions
    in_time = timedelta(hours=settings.PEER_ANSWER_HOURS)
    rows = (
        questions.annotate(month=TruncMonth("created_at"))
        .values("month", "theme__name")
        .annotate(
            questions=Count("pk"),
            answered_in_time=Count("pk", filter=Q(confirmed_at__lte=F("created_at") + in_time)),
            escalated=Count("pk", filter=Q(escalated_at__isnull=False)),
        )
        .order_by("-month", "theme__name")
    )
    return [
        {
            "month": row["month"],
            "theme": row["theme__name"] or "",
            "questions": row["questions"],
            "answered_in_time": row["answered_in_time"],
            "escalated": row["escalated"],
        }
        for row in rows
    ]
