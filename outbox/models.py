from datetime import timedelta

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

MAX_ATTEMPTS = 8


class OutgoingEmailQuerySet(models.QuerySet):
    def due(self, now=None):
        now = now or timezone.now()
        return self.filter(status=OutgoingEmail.Status.QUEUED, next_attempt_at__lte=now)

    def undelivered(self):
        return self.filter(status=OutgoingEmail.Status.FAILED)

    def for_user(self, user):
        """The mail of the user's contact point; coordinators see all."""
        from contactpoints.permissions import scope_to_contact_point

        return scope_to_contact_point(self, user)


class OutgoingEmail(models.Model):
    """Every email is stored before it is sent, and retried until it is delivered, so a
    failing mail server never loses a message. Staff see what could not be delivered."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("wacht op verzending")
        SENT = "sent", _("verzonden")
        FAILED = "failed", _("niet afgeleverd")

    to = models.EmailField(_("aan"))
    reply_to = models.EmailField(_("antwoord naar"), blank=True)
    subject = models.CharField(_("onderwerp"), max_length=200)
    body_text = models.TextField(_("tekst"))
    body_html = models.TextField(_("html"), blank=True)
    tag = models.CharField(_("soort"), max_length=50, blank=True, db_index=True)
    # Who is responsible for this mail: its staff see it in their mailbox. Set when the mail
    # is queued, never derived from the address (an address can be anyone's). Without a
    # contact point only coordinators see it.
    contact_point = models.ForeignKey(
        "contactpoints.ContactPoint",
        verbose_name=_("contactpunt"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.QUEUED
    )
    attempts = models.PositiveSmallIntegerField(_("pogingen"), default=0)
    last_error = models.CharField(_("laatste fout"), max_length=500, blank=True)
    next_attempt_at = models.DateTimeField(_("volgende poging"), default=timezone.now)
    created_at = models.DateTimeField(_("aangemaakt"), auto_now_add=True)
    sent_at = models.DateTimeField(_("verzonden op"), null=True, blank=True)

    objects = OutgoingEmailQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("uitgaande e-mail")
        verbose_name_plural = _("uitgaande e-mails")
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="outbox_due")]

    def __str__(self):
        return f"{self.subject} → {self.to}"

    def schedule_retry(self, error: str, now=None):
        now = now or timezone.now()
        self.attempts += 1
        self.last_error = error[:500]
        if self.attempts >= MAX_ATTEMPTS:
            self.status = self.Status.FAILED
        else:
            # 1, 2, 4, 8 ... minutes, at most 4 hours apart.
            self.next_attempt_at = now + timedelta(minutes=min(2 ** (self.attempts - 1), 240))
