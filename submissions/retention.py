"""How long personal details are kept (the /privacy/ page says the same, in words).

Run daily by `manage.py purge_submission_data` (settings.DAILY_JOBS):

- A relay message loses its text and the sender's details RELAY_DAYS (14) days after it was
  delivered (or after it was sent in, if it could never be delivered), and the emails that
  carried them are deleted from the outbox.
- A submission loses the personal details of the submitter and the group's private contact
  SUBMISSION_DAYS (90) days after it was handled, or 90 days after it came in when nobody
  handled it (whatever its state); the listing stays.
- An interest registration is deleted after 12 months.
- Every sent email (escalations to staff included: they name a resident and a group, which
  can tell a health topic) is deleted MAIL_DAYS (30) days after it was sent. Mail that could
  not be delivered stays for the staff's "niet afgeleverd" list, at most
  UNDELIVERED_MAIL_DAYS (90) days.
"""

from datetime import timedelta

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from outbox.models import OutgoingEmail
from submissions.models import Interest, RelayMessage, Submission

RELAY_DAYS = 14
SUBMISSION_DAYS = 90
INTEREST_DAYS = 365
MAIL_DAYS = 30
UNDELIVERED_MAIL_DAYS = 90
SUBMISSION_TAGS = [
    "submission_received",
    "submission_approved",
    "submission_rejected",
    "submission_question",
]
PERSONAL_FIELDS = [
    "submitter_name",
    "submitter_email",
    "submitter_phone",
    "contact_name",
    "contact_email",
    "message",
    "question",
    "rejection_reason",
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
        message.staff_note = ""
        message.purged_at = now
        message.save()
        OutgoingEmail.objects.filter(pk__in=emails).delete()
        count += 1
    return count


def purge_submissions(now) -> int:
    cutoff = now - timedelta(days=SUBMISSION_DAYS)
    handled = Submission.objects.processed().filter(handled_at__lte=cutoff)
    # Nobody handled it in 90 days: the personal details go all the same.
    left = Submission.objects.open().filter(created_at__lte=cutoff)
    due = (handled | left).filter(personal_data_removed_at__isnull=True)
    count = 0
    for submission in due.select_for_update(of=("self",)):
        if submission.submitter_email:
            OutgoingEmail.objects.filter(
                to=submission.submitter_email, tag__in=SUBMISSION_TAGS, created_at__lte=cutoff
            ).delete()
        for field in PERSONAL_FIELDS:
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


def purge_mail(now) -> int:
    count, _ = OutgoingEmail.objects.filter(
        Q(status=OutgoingEmail.Status.SENT, sent_at__lte=now - timedelta(days=MAIL_DAYS))
        | Q(
            status=OutgoingEmail.Status.FAILED,
            created_at__lte=now - timedelta(days=UNDELIVERED_MAIL_DAYS),
        )
    ).delete()
    return count


def purge(now=None) -> dict:
    now = now or timezone.now()
    with transaction.atomic():
        return {
            "relay_messages": purge_relay_messages(now),
            "submissions": purge_submissions(now),
            "interest": purge_interest(now),
            "emails": purge_mail(now),
        }
