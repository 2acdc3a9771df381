"""Queue and deliver email. Callers queue inside their transaction; delivery is tried
right after the commit, and `manage.py send_queued_mail` retries whatever is left."""

import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from outbox.models import OutgoingEmail

logger = logging.getLogger(__name__)


def queue(to, subject, body_text, body_html="", reply_to="", tag="") -> OutgoingEmail:
    # A subject is one line: a newline in it would be header injection.
    subject = " ".join(str(subject).split())[:200]
    message = OutgoingEmail.objects.create(
        to=to, reply_to=reply_to, subject=subject, body_text=body_text, body_html=body_html, tag=tag
    )
    transaction.on_commit(lambda: deliver(message.pk))
    return message


def queue_template(template, to, context, reply_to="", tag="", language=None) -> OutgoingEmail:
    """Render templates/emails/<template>/{subject.txt,body.txt,body.html} and queue the mail."""
    with translation.override(language or translation.get_language() or settings.LANGUAGE_CODE):
        context = {"SITE_URL": settings.SITE_URL, **context}
        subject = render_to_string(f"emails/{template}/subject.txt", context)
        text = render_to_string(f"emails/{template}/body.txt", context)
        html = render_to_string(f"emails/{template}/body.html", context)
    return queue(to, subject, text, html, reply_to=reply_to, tag=tag or template)


def deliver(pk) -> bool:
    """Send one queued message; on failure leave it queued for a retry. Never raises."""
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
