"""Experienced peers (ervaringsdelers) and the questions residents send them.

A contact point recruits, screens and supports its peers; only a peer that staff approved
is public. A peer's email address and phone number are private: the question form relays a
resident's message by email (see peers.services), exactly like the group relay.

Retention (see peers.retention and the /privacy/ page): a question loses its text and the
resident's details 14 days after it was delivered to the peer.
"""

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from contactpoints.models import ContactPoint, Municipality
from groups.models import Group, Theme
from outbox.models import OutgoingEmail


class PeerQuerySet(models.QuerySet):
    def public(self):
        """Approved by staff: the only peers anyone outside the workspace sees."""
        return self.filter(status=Peer.Status.APPROVED)

    def open(self):
        """Public and taking new questions."""
        return self.public().filter(availability=Peer.Availability.OPEN)

    def for_themes(self, theme_ids):
        """Peers of these themes, or of a sub-theme of them (asking for 'Verslaving' also
        finds a peer for 'Alcohol')."""
        return self.filter(
            models.Q(themes__in=theme_ids) | models.Q(themes__parent__in=theme_ids)
        ).distinct()

    def for_theme_slugs(self, slugs):
        return self.for_themes(Theme.objects.filter(slug__in=slugs).values("pk"))

    def in_municipality(self, municipality):
        """Peers who cover this municipality, or who talk by phone, video or email (they can
        talk with anyone in their contact point's area)."""
        return self.filter(
            models.Q(municipalities=municipality)
            | models.Q(ways__overlap=Peer.REMOTE_WAYS, contact_point__municipalities=municipality)
        ).distinct()

    def talks_by(self, way):
        return self.filter(ways__contains=[way])


class Peer(models.Model):
    class Status(models.TextChoices):
        INTAKE = "intake", _("in intake")
        APPROVED = "approved", _("goedgekeurd (openbaar)")
        STOPPED = "stopped", _("gestopt")

    class Availability(models.TextChoices):
        OPEN = "open", _("heeft ruimte voor een gesprek")
        FULL = "full", _("zit even vol")
        BREAK = "break", _("neemt een pauze")

    class Way(models.TextChoices):
        PHONE = "phone", _("telefoon")
        VIDEO = "video", _("videobellen")
        WALK = "walk", _("een wandeling")
        EMAIL = "email", _("e-mail")

    REMOTE_WAYS = [Way.PHONE, Way.VIDEO, Way.EMAIL]

    contact_point = models.ForeignKey(
        ContactPoint, verbose_name=_("contactpunt"), on_delete=models.PROTECT, related_name="peers"
    )
    name = models.CharField(
        _("naam"), max_length=60, help_text=_("Een voornaam of een zelfgekozen naam.")
    )
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    themes = models.ManyToManyField(Theme, verbose_name=_("thema's"), related_name="peers")
    story = models.TextField(
        _("mijn ervaring"),
        max_length=2000,
        help_text=_("In de eigen woorden van de ervaringsdeler, in gewone taal."),
    )
    languages = ArrayField(
        models.CharField(max_length=2, choices=Group.LANGUAGE_CHOICES),
        verbose_name=_("talen"),
        default=list,
        blank=True,
    )
    municipalities = models.ManyToManyField(
        Municipality,
        verbose_name=_("gemeenten"),
        related_name="+",
        blank=True,
        help_text=_("Waar de ervaringsdeler mensen wil ontmoeten."),
    )
    ways = ArrayField(
        models.CharField(max_length=10, choices=Way.choices),
        verbose_name=_("manier van praten"),
        default=list,
    )
    availability = models.CharField(
        _("beschikbaarheid"), max_length=10, choices=Availability.choices, default=Availability.OPEN
    )
    break_until = models.DateField(_("pauze tot"), null=True, blank=True)

    # Private: where questions go. Never on a public page.
    email = models.EmailField(_("e-mailadres (niet openbaar)"))
    phone = models.CharField(_("telefoonnummer (niet openbaar)"), max_length=20, blank=True)

    # Screening and support by the contact point.
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.INTAKE
    )
    intake_date = models.DateField(_("datum intakegesprek"), null=True, blank=True)
    training_done = models.CharField(
        _("gevolgde training"),
        max_length=200,
        blank=True,
        help_text=_("Bijvoorbeeld: basistraining ervaringsdelen, maart 2026"),
    )
    agreement_signed_on = models.DateField(
        _("afsprakenformulier getekend op"), null=True, blank=True
    )
    staff_notes = models.TextField(_("notities van het contactpunt"), max_length=2000, blank=True)
    # Raised by staff to make every earlier availability link stop working.
    link_version = models.PositiveSmallIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(_("aangemaakt"), auto_now_add=True)
    updated_at = models.DateTimeField(_("gewijzigd"), auto_now=True)

    objects = PeerQuerySet.as_manager()
    history = HistoricalRecords(excluded_fields=["updated_at"])

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = _("ervaringsdeler")
        verbose_name_plural = _("ervaringsdelers")
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(status="approved")
                | (
                    models.Q(intake_date__isnull=False)
                    & models.Q(agreement_signed_on__isnull=False)
                ),
                name="peer_approved_after_intake_and_agreement",
                violation_error_message=_(
                    "Een ervaringsdeler wordt pas openbaar na de intake en met een getekend "
                    "afsprakenformulier. Vul die twee datums in."
                ),
            )
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("peers:detail", args=[self.slug])

    @property
    def initial(self):
        return (self.name[:1] or "?").upper()

    @property
    def is_public(self):
        return self.status == self.Status.APPROVED

    @property
    def takes_questions(self):
        return self.is_public and self.availability == self.Availability.OPEN

    def way_labels(self):
        names = dict(self.Way.choices)
        return [names[w] for w in self.ways if w in names]

    def language_labels(self):
        names = dict(Group.LANGUAGE_CHOICES)
        return [names[code] for code in self.languages if code in names]


class PeerQuestionQuerySet(models.QuerySet):
    def unconfirmed(self):
        return self.filter(confirmed_at__isnull=True, handled_at__isnull=True)

    def escalated(self):
        """The contact point was told and nobody has picked it up yet."""
        return self.unconfirmed().filter(escalated_at__isnull=False)

    def flagged(self):
        return self.filter(crisis=True, handled_at__isnull=True)


class PeerQuestion(models.Model):
    """A resident's question to a peer, passed on by email without showing either address."""

    peer = models.ForeignKey(
        Peer, verbose_name=_("ervaringsdeler"), on_delete=models.PROTECT, related_name="questions"
    )
    contact_point = models.ForeignKey(
        ContactPoint,
        verbose_name=_("contactpunt"),
        on_delete=models.PROTECT,
        related_name="peer_questions",
    )
    # For the counts per theme; kept when the text is deleted.
    theme = models.ForeignKey(
        Theme,
        verbose_name=_("thema"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    first_name = models.CharField(_("naam"), max_length=50, blank=True)
    reply_email = models.EmailField(_("e-mailadres"), blank=True)
    reply_phone = models.CharField(_("telefoonnummer"), max_length=20, blank=True)
    message = models.TextField(_("vraag"), max_length=2000, blank=True)
    consent = models.BooleanField(_("toestemming om door te sturen"), default=False)
    crisis = models.BooleanField(
        _("crisiswoorden"),
        default=False,
        help_text=_("De vraag bevat woorden die op een crisis kunnen wijzen."),
    )
    language = models.CharField(_("taal"), max_length=8, default="nl", editable=False)
    email_to_peer = models.ForeignKey(
        OutgoingEmail,
        verbose_name=_("e-mail aan de ervaringsdeler"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    email_to_sender = models.ForeignKey(
        OutgoingEmail,
        verbose_name=_("bevestiging aan de afzender"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("verstuurd op"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("ervaringsdeler had contact op"), null=True, blank=True)
    escalated_at = models.DateTimeField(_("contactpunt ingelicht op"), null=True, blank=True)
    handled_at = models.DateTimeField(_("opgepakt door contactpunt op"), null=True, blank=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("opgepakt door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    staff_note = models.TextField(
        _("interne notitie"),
        max_length=2000,
        blank=True,
        help_text=_(
            "Alleen voor medewerkers, nooit openbaar: wat is gedaan, wie is gebeld. "
            "Wordt met het bericht verwijderd."
        ),
    )
    purged_at = models.DateTimeField(_("vraag verwijderd op"), null=True, blank=True)
    form_nonce = models.CharField(max_length=40, unique=True, null=True, editable=False)  # noqa: DJ001 (NULL: rows made without a form)

    objects = PeerQuestionQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("vraag aan een ervaringsdeler")
        verbose_name_plural = _("vragen aan ervaringsdelers")
        indexes = [models.Index(fields=["contact_point", "confirmed_at"], name="peerquestion_open")]

    def __str__(self):
        name = self.first_name or _("(verwijderd)")
        return f"{name} → {self.peer}"
