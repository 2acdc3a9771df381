"""What the staff home page shows from this app (settings.STAFF_ATTENTION_PROVIDERS)."""

from django.urls import reverse
from django.utils.translation import gettext as _

from contactpoints.permissions import scope_to_contact_point
from submissions.models import RelayMessage, Submission


def staff_attention(user):
    waiting = scope_to_contact_point(Submission.objects.open(), user).count()
    unanswered = scope_to_contact_point(RelayMessage.objects.escalated(), user).count()
    return [
        (
            _("aanmeldingen en wijzigingen wachten op beoordeling"),
            waiting,
            reverse("admin:submissions_submission_changelist") + "?open=ja",
        ),
        (
            _("berichten aan groepen zijn niet beantwoord"),
            unanswered,
            reverse("admin:submissions_relaymessage_changelist") + "?onbeantwoord=ja",
        ),
    ]
