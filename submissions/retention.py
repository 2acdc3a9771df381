"""How long personal details are kept (the /privacy/ page says the same, in words).

- A relay message loses its text and the sender's details 30 days after it was delivered
  (or 30 days after it was sent in, if it could never be delivered), and the emails that
  carried them are deleted from the outbox.
- A processed (approved or rejected) submission loses the personal details of the submitter
  and the group's private contact 90 days after it was handled; the listing stays.
- An interest registration is deleted after 12 months.
"""

from datetime import timedelta

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from outbox.models import OutgoingEmail
from submissions.models import Interest, RelayMessage, Submission

RELAY_DAYS = 30
SUBMISSION_DAYS = 90
INTEREST_DAYS = 365
SUBMISSION_TAGS = [
    "submission_received",
    "submission_approved",
    "submission_rejected",
    "submission_question",
]


def purge_relay_messages(now) -> int:
    cutoff = now - timedelta(days=RELAY_DAYS)
    due = RelayMessage.objects.filter(purged_at__isnull=True).filter(
        Q(email_to_group__sent_at__lte=cutoff)
        | Q(email_to_group__sent_at__isnull=True, created_at__lte=cutoff)
    )
    count = 0
    for message in due.select_for_update(of=("self",)):
        emails = [pk for pk in (message.email_to_group_id, message.email_to_sender_id) if pk]
        message.first_name = message.reply_email = message.reply_phone = message.message = ""
        message.purged_at = now
        message.save()
        OutgoingEmail.objects.filter(pk__in=emails).delete()
        count += 1
    return count


def purge_submissions(now) -> int:
    cutoff = now - timedelta(days=SUBMISSION_DAYS)
    due = Submission.objects.processed().filter(
        handled_at__lte=cutoff, personal_data_removed_at__isnull=True
    )
    count = 0
    for submission in due.select_for_update(of=("self",)):
        if submission.submitter_email:
            OutgoingEmail.objects.filter(
                to=submission.submitter_email, tag__in=SUBMISSION_TAGS, created_at__lte=cutoff
            ).delete()
        for field in (
            "submitter_name",
            "submitter_email",
            "submitter_phone",
            "contact_name",
            "contact_email",
            "message",
            "question",
            "rejection_reason",
        ):
            setattr(submission, field, "")
        submission.personal_data_removed_at = now
        submission.save()
        count += 1
    return count


def purge_interest(now) -> int:
    cutoff = now - timedelta(days=INTEREST_DAYS)
    # The "a group has started" emails exist only for interest: they go with it.
    OutgoingEmail.objects.filter(tag="interest_group_started", created_at__lte=cutoff).delete()
    count, _ = Interest.objects.filter(created_at__lte=cutoff).delete()
    return count


def purge(now=None) -> dict:
    now = now or timezone.now()
    with transaction.atomic():
        return {
            "relay_messages": purge_relay_messages(now),
            "submissions": purge_submissions(now),
            "interest": purge_interest(now),
        }
