"""One small function per email. Every mail goes through the outbox: stored in the same
transaction as what it is about, sent after the commit, retried until it is delivered."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from outbox.mail import queue_template
from submissions import retention
from zelfhulp import signed_links


def _url(name, *args, language="nl"):
    with translation.override(language):
        return settings.SITE_URL + reverse(name, args=args)


def submission_received(submission):
    return queue_template(
        "submission_received",
        submission.submitter_email,
        {"submission": submission, "contact_point": submission.contact_point},
        reply_to=submission.contact_point.email,
        language=submission.language,
        contact_point=submission.contact_point,
    )


def submission_to_staff(submission):
    for address in submission.contact_point.staff_recipients():
        queue_template(
            "submission_to_staff",
            address,
            {"submission": submission, "url": submission.admin_url()},
            language="nl",
            contact_point=submission.contact_point,
        )


def submission_approved(submission):
    return queue_template(
        "submission_approved",
        submission.submitter_email,
        {
            "submission": submission,
            "group": submission.group,
            "url": _url("groups:detail", submission.group.slug, language=submission.language),
            "contact_point": submission.contact_point,
        },
        reply_to=submission.contact_point.email,
        language=submission.language,
        contact_point=submission.contact_point,
    )


def submission_rejected(submission):
    return queue_template(
        "submission_rejected",
        submission.submitter_email,
        {"submission": submission, "contact_point": submission.contact_point},
        reply_to=submission.contact_point.email,
        language=submission.language,
        contact_point=submission.contact_point,
    )


def submission_question(submission):
    # The submitter answers by replying: the answer goes straight to the contact point.
    return queue_template(
        "submission_question",
        submission.submitter_email,
        {"submission": submission, "contact_point": submission.contact_point},
        reply_to=submission.contact_point.email,
        language=submission.language,
        contact_point=submission.contact_point,
    )


def responded_token(message) -> str:
    return signed_links.RELAY_RESPONDED.make(message.pk)


def relay_to_group(message):
    # Replying to this email reaches the resident directly, when they gave an address.
    return queue_template(
        "relay_to_group",
        message.group.contact_email,
        {
            "message": message,
            "group": message.group,
            "contact_point": message.contact_point,
            "responded_url": _url("submissions:relay_responded", responded_token(message)),
            "days": settings.RELAY_CONFIRM_DAYS,
        },
        reply_to=message.reply_email,
        language="nl",
        contact_point=message.contact_point,
    )


def relay_confirmation(message):
    return queue_template(
        "relay_confirmation",
        message.reply_email,
        {
            "message": message,
            "group": message.group,
            "contact_point": message.contact_point,
            "days": settings.RELAY_CONFIRM_DAYS,
            "keep_days": retention.RELAY_DAYS,
        },
        reply_to=message.contact_point.email,
        language=message.language,
        contact_point=message.contact_point,
    )


def relay_unanswered(message):
    url = settings.SITE_URL + reverse("admin:submissions_relaymessage_change", args=[message.pk])
    for address in message.contact_point.staff_recipients():
        queue_template(
            "relay_unanswered",
            address,
            {"message": message, "group": message.group, "url": url},
            language="nl",
            contact_point=message.contact_point,
        )


def interest_group_started(interest, group):
    return queue_template(
        "interest_group_started",
        interest.email,
        {
            "interest": interest,
            "group": group,
            "url": _url("groups:detail", group.slug, language=interest.language),
        },
        language=interest.language,
        contact_point=group.contact_point,
    )
