"""A question to a peer loses its text and the resident's details 14 days after it was
delivered to the peer (or 14 days after it was sent in, if it could never be delivered),
and the emails that carried them are deleted from the outbox. What stays is what the counts
need: the peer, the theme, the dates."""

from datetime import timedelta

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from outbox.models import OutgoingEmail
from peers.models import PeerQuestion

QUESTION_DAYS = 14
TAGS = [
    "peer_question",
    "peer_question_confirmation",
    "peer_question_flagged",
    "peer_question_unconfirmed",
    "peer_question_followup",
]


def purge_questions(now=None) -> int:
    now = now or timezone.now()
    cutoff = now - timedelta(days=QUESTION_DAYS)
    count = 0
    with transaction.atomic():
        due = PeerQuestion.objects.filter(purged_at__isnull=True).filter(
            Q(email_to_peer__sent_at__lte=cutoff)
            | Q(email_to_peer__sent_at__isnull=True, created_at__lte=cutoff)
        )
        for question in due.select_for_update(of=("self",)):
            addresses = [a for a in (question.reply_email, question.peer.email) if a]
            carried = [pk for pk in (question.email_to_peer_id, question.email_to_sender_id) if pk]
            question.first_name = question.reply_email = question.reply_phone = ""
            question.message = question.staff_note = ""
            question.email_to_peer = question.email_to_sender = None
            question.purged_at = now
            question.save()
            OutgoingEmail.objects.filter(
                Q(pk__in=carried) | Q(to__in=addresses, tag__in=TAGS, created_at__lte=cutoff)
            ).delete()
            count += 1
    return count
