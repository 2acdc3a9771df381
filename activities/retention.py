"""Registrants' names, email addresses and phone numbers are erased 30 days after the
activity (daily job purge_activity_registrations), and the mails that carried them are
deleted from the outbox. The rows stay, empty, for the counts on /cijfers/ (people
registered per region per year)."""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from activities.models import Registration
from outbox.models import OutgoingEmail

REGISTRATION_DAYS = 30
TAGS = [
    "activity_confirmation",
    "activity_waiting_list",
    "activity_moved_up",
    "activity_reminder",
    "activity_registration_cancelled",
    "activity_message",
    "activity_cancelled",
]


def purge_registrations(now=None) -> int:
    now = now or timezone.now()
    cutoff = now - timedelta(days=REGISTRATION_DAYS)
    count = 0
    with transaction.atomic():
        due = Registration.objects.filter(erased_at__isnull=True, activity__ends_at__lte=cutoff)
        for registration in due.select_for_update(of=("self",)):
            if registration.email:
                OutgoingEmail.objects.filter(to=registration.email, tag__in=TAGS).delete()
            registration.name = registration.email = registration.phone = ""
            registration.erased_at = now
            registration.save(update_fields=["name", "email", "phone", "erased_at"])
            count += 1
    return count
