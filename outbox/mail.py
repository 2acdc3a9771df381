"""Queue and deliver email. A web request only queues: the message is stored in the
caller's transaction and nothing talks to the mail server. The scheduler
(`manage.py run_scheduler`) delivers what is due every few seconds, and retries with
back-off whatever fails; `manage.py send_queued_mail` does one such round by hand.

So a slow or hanging mail server never holds up a page: a relay post, a new group or an
approval that queues dozens of mails answers as fast as the database does.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from outbox.models import OutgoingEmail

logger = logging.getLogger(__name__)


def queue(
    to, subject, body_text, body_html="", reply_to="", tag="", *, contact_point
) -> OutgoingEmail:
    """Store one message. contact_point is the one responsible for it (its staff see it in
    their mailbox); pass None explicitly for mail only coordinators may read."""
    # A subject is one line: a newline in it would be header injection.
    subject = " ".join(str(subject).split())[:200]
    return OutgoingEmail.objects.create(
        to=to,
        reply_to=reply_to,
        subject=subject,
        body_text=body_text,
        body_html=body_html,
        tag=tag,
        contact_point=contact_point,
    )


def queue_template(
    template, to, context, *, contact_point, reply_to="", tag="", language=None
) -> OutgoingEmail:
    """Render templates/emails/<template>/{subject.txt,body.txt,body.html} and queue the mail."""
    with translation.override(language or translation.get_language() or settings.LANGUAGE_CODE):
        context = {"SITE_URL": settings.SITE_URL, **context}
        subject = render_to_string(f"emails/{template}/subject.txt", context)
        text = render_to_string(f"emails/{template}/body.txt", context)
        html = render_to_string(f"emails/{template}/body.html", context)
    return queue(
        to, subject, text, html, reply_to=reply_to, tag=tag or template, contact_point=contact_point
    )


def deliver(pk) -> bool:
    """Send one queued message; on failure leave it queued for a retry. Never raises.
    Only the scheduler and management commands call this, never a web request."""
    with transaction.atomic():
        message = (
            OutgoingEmail.objects.select_for_update(skip_locked=True)
            .filter(pk=pk, status="queued")
            .first()
        )
        if message is None:
            return False
        email = EmailMultiAlternatives(
            subject=message.subject,
            body=message.body_text,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[message.to],
            reply_to=[message.reply_to] if message.reply_to else None,
        )
        if message.body_html:
            email.attach_alternative(message.body_html, "text/html")
        try:
            email.send()
        except Exception as exc:  # any SMTP, socket or header problem: keep it and retry
            logger.warning(
                "Email %s not sent (attempt %s): %s",
                message.pk,
                message.attempts + 1,
                type(exc).__name__,
            )
            message.schedule_retry(f"{type(exc).__name__}: {exc}")
            message.save(update_fields=["attempts", "last_error", "next_attempt_at", "status"])
            return False
        message.status = OutgoingEmail.Status.SENT
        message.sent_at = timezone.now()
        message.attempts += 1
        message.last_error = ""
        message.save(update_fields=["status", "sent_at", "attempts", "last_error"])
        return True


def deliver_due(now=None, limit=500) -> tuple[int, int]:
    sent = failed = 0
    for pk in (
        OutgoingEmail.objects.due(now)
        .order_by("next_attempt_at")
        .values_list("pk", flat=True)[:limit]
    ):
        if deliver(pk):
            sent += 1
        else:
            failed += 1
    return sent, failed
