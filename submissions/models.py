"""What residents and group leaders send in: listings to check, messages to pass on, interest.

Every row that holds personal details has a retention rule (see submissions.retention and
the /privacy/ page): relay messages lose their text and reply details 14 days after
delivery, submissions lose their personal details after 90 days (handled or not) and
interest registrations are deleted after 12 months.
"""

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from contactpoints.models import ContactPoint, Municipality
from groups.models import MONTH_CHOICES, Group, Schedule, Theme
from outbox.models import OutgoingEmail


class SubmissionQuerySet(models.QuerySet):
    def open(self):
        """Waiting for the contact point: new, or a question was asked."""
        return self.filter(status__in=[Submission.Status.PENDING, Submission.Status.QUESTION])

    def processed(self):
        return self.filter(status__in=[Submission.Status.APPROVED, Submission.Status.REJECTED])


class Submission(models.Model):
    """A proposed listing: a new group, or a correction of a published one.

    The listing fields mirror Group, one Venue and one Schedule, so staff can edit the
    proposal in place and approving it is a plain copy (see submissions.services.approve).
    """

    class Kind(models.TextChoices):
        NEW = "new", _("nieuwe groep")
        CORRECTION = "correction", _("wijziging")

    class Status(models.TextChoices):
        PENDING = "pending", _("wacht op beoordeling")
        QUESTION = "question", _("vraag gesteld")
        APPROVED = "approved", _("goedgekeurd")
        REJECTED = "rejected", _("afgewezen")

    class Pattern(models.TextChoices):
        WEEKLY = "weekly", _("elke week")
        BIWEEKLY = "biweekly", _("om de week")
        MONTHLY = "monthly", _("één keer per maand")

    kind = models.CharField(_("soort"), max_length=20, choices=Kind.choices, default=Kind.NEW)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING
    )
    contact_point = models.ForeignKey(
        ContactPoint,
        verbose_name=_("contactpunt"),
        on_delete=models.PROTECT,
        related_name="submissions",
    )
    group = models.ForeignKey(
        Group,
        verbose_name=_("groep"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="submissions",
        help_text=_("Bij een wijziging: de groep die het betreft. Na goedkeuring: de groep."),
    )
    message = models.TextField(_("toelichting"), max_length=2000, blank=True)
    stops_meeting = models.BooleanField(_("de groep komt niet meer samen"), default=False)

    # The listing
    name = models.CharField(_("naam van de groep"), max_length=150)
    summary = models.CharField(_("korte samenvatting"), max_length=240)
    description = models.TextField(_("beschrijving"), max_length=5000)
    themes = models.ManyToManyField(Theme, verbose_name=_("thema's"), related_name="+")
    audience = models.CharField(
        _("voor wie"), max_length=20, choices=Group.Audience.choices, default=Group.Audience.SELF
    )
    format = models.CharField(
        _("vorm"), max_length=20, choices=Group.Format.choices, default=Group.Format.IN_PERSON
    )
    languages = ArrayField(
        models.CharField(max_length=2, choices=Group.LANGUAGE_CHOICES),
        verbose_name=_("talen"),
        default=list,
        blank=True,
    )
    cost = models.CharField(
        _("kosten"), max_length=20, choices=Group.Cost.choices, default=Group.Cost.FREE
    )
    cost_note = models.CharField(_("toelichting kosten"), max_length=200, blank=True)
    newcomers = models.CharField(
        _("nieuwe deelnemers"),
        max_length=20,
        choices=Group.Newcomers.choices,
        default=Group.Newcomers.WELCOME,
    )
    registration = models.CharField(
        _("aanmelden"),
        max_length=20,
        choices=Group.Registration.choices,
        default=Group.Registration.REQUIRED,
    )
    support = models.CharField(
        _("begeleiding"), max_length=20, choices=Group.Support.choices, default=Group.Support.PEER
    )
    organisation = models.CharField(_("organisatie"), max_length=150, blank=True)
    website = models.URLField(_("website"), blank=True)
    public_phone = models.CharField(_("openbaar telefoonnummer"), max_length=20, blank=True)

    # Where (empty for online and phone groups)
    venue_name = models.CharField(_("naam van de locatie"), max_length=150, blank=True)
    venue_street = models.CharField(_("straat en huisnummer"), max_length=150, blank=True)
    venue_postcode = models.CharField(_("postcode"), max_length=7, blank=True)
    venue_city = models.CharField(_("plaats"), max_length=100, blank=True)
    wheelchair_accessible = models.BooleanField(_("rolstoeltoegankelijk"), default=False)
    hearing_loop = models.BooleanField(_("ringleiding"), default=False)
    ground_floor = models.BooleanField(_("op de begane grond"), default=False)
    transport_note = models.CharField(_("openbaar vervoer"), max_length=200, blank=True)

    # When
    pattern = models.CharField(_("hoe vaak"), max_length=10, choices=Pattern.choices, blank=True)
    ordinal = models.SmallIntegerField(
        _("welke week van de maand"), choices=Schedule.Ordinal.choices, null=True, blank=True
    )
    weekday = models.PositiveSmallIntegerField(
        _("dag"), choices=Schedule.Weekday.choices, null=True, blank=True
    )
    start_time = models.TimeField(_("begintijd"), null=True, blank=True)
    end_time = models.TimeField(_("eindtijd"), null=True, blank=True)
    first_date = models.DateField(_("datum van een bijeenkomst"), null=True, blank=True)
    schedule_note = models.CharField(_("opmerking over de tijden"), max_length=200, blank=True)
    skip_months = ArrayField(
        models.PositiveSmallIntegerField(choices=MONTH_CHOICES),
        verbose_name=_("elk jaar niet in"),
        default=list,
        blank=True,
        size=11,
    )
    no_fixed_schedule = models.BooleanField(_("wisselend / in overleg"), default=False)
    # More fixed meetings (a new group only): at most MORE_MEETINGS_MAX dicts with the
    # pattern keys above, skip_months, and a venue (venue_* keys) or none for "the same
    # place". Checked by submissions.meeting_forms; copied by services on approval.
    more_meetings = models.JSONField(
        _("meer vaste bijeenkomsten"), default=list, blank=True, encoder=DjangoJSONEncoder
    )

    # The group's private contact: where relayed messages go. Never shown publicly.
    contact_name = models.CharField(_("naam contactpersoon"), max_length=100, blank=True)
    contact_email = models.EmailField(_("e-mailadres contactpersoon"), blank=True)

    # Who sent it in
    submitter_name = models.CharField(_("naam indiener"), max_length=100, blank=True)
    submitter_email = models.EmailField(_("e-mailadres indiener"), blank=True)
    submitter_phone = models.CharField(_("telefoon indiener"), max_length=20, blank=True)
    language = models.CharField(_("taal"), max_length=8, default="nl", editable=False)

    # A correction remembers the listing as the reporter saw it, so approving applies only
    # what the report changes and never undoes an edit staff made in the meantime.
    original = models.JSONField(_("oorspronkelijke gegevens"), default=dict, blank=True)

    rejection_reason = models.TextField(_("reden van afwijzen"), max_length=2000, blank=True)
    question = models.TextField(_("gestelde vraag"), max_length=2000, blank=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("behandeld door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    handled_at = models.DateTimeField(_("behandeld op"), null=True, blank=True)
    personal_data_removed_at = models.DateTimeField(
        _("persoonsgegevens verwijderd op"), null=True, blank=True
    )
    created_at = models.DateTimeField(_("ontvangen op"), default=timezone.now)
    # The one-time token of the form this came from: a double click stores one row.
    form_nonce = models.CharField(max_length=40, unique=True, null=True, editable=False)  # noqa: DJ001 (NULL: rows made without a form)

    objects = SubmissionQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("aanmelding of wijziging")
        verbose_name_plural = _("aanmeldingen en wijzigingen")
        indexes = [models.Index(fields=["status", "contact_point"], name="submission_queue")]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(kind="correction")
                | models.Q(group__isnull=False)
                # A correction may lose its group only when that group is deleted later.
                | models.Q(status__in=["approved", "rejected"]),
                name="submission_correction_has_group",
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.name}"

    @property
    def is_correction(self):
        return self.kind == self.Kind.CORRECTION

    @property
    def is_open(self):
        return self.status in (self.Status.PENDING, self.Status.QUESTION)

    @property
    def meets_in_person(self):
        return self.format in (Group.Format.IN_PERSON, Group.Format.HYBRID)

    def admin_url(self):
        return settings.SITE_URL + reverse("admin:submissions_submission_change", args=[self.pk])


class RelayMessageQuerySet(models.QuerySet):
    def unanswered(self):
        return self.filter(responded_at__isnull=True, handled_at__isnull=True)

    def escalated(self):
        """The contact point was told and nobody has picked it up yet."""
        return self.unanswered().filter(escalated_at__isnull=False)


class RelayMessage(models.Model):
    """A resident's message to a group, passed on by email without showing either address."""

    group = models.ForeignKey(
        Group, verbose_name=_("groep"), on_delete=models.CASCADE, related_name="relay_messages"
    )
    contact_point = models.ForeignKey(
        ContactPoint,
        verbose_name=_("contactpunt"),
        on_delete=models.PROTECT,
        related_name="relay_messages",
    )
    first_name = models.CharField(_("voornaam"), max_length=50, blank=True)
    reply_email = models.EmailField(_("e-mailadres"), blank=True)
    reply_phone = models.CharField(_("telefoonnummer"), max_length=20, blank=True)
    message = models.TextField(_("bericht"), max_length=2000, blank=True)
    consent = models.BooleanField(_("toestemming om door te sturen"), default=False)
    language = models.CharField(_("taal"), max_length=8, default="nl", editable=False)
    email_to_group = models.ForeignKey(
        OutgoingEmail,
        verbose_name=_("e-mail aan de groep"),
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
    responded_at = models.DateTimeField(_("groep heeft gereageerd op"), null=True, blank=True)
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
    purged_at = models.DateTimeField(_("bericht verwijderd op"), null=True, blank=True)
    form_nonce = models.CharField(max_length=40, unique=True, null=True, editable=False)  # noqa: DJ001 (NULL: rows made without a form)

    objects = RelayMessageQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("bericht aan een groep")
        verbose_name_plural = _("berichten aan groepen")
        indexes = [
            models.Index(fields=["contact_point", "responded_at"], name="relay_open"),
        ]

    def __str__(self):
        name = self.first_name or _("(verwijderd)")
        return f"{name} → {self.group}"


class Interest(models.Model):
    """Someone looks for a group that does not exist yet: 'a group about X near Y'."""

    theme = models.ForeignKey(
        Theme,
        verbose_name=_("thema"),
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        blank=True,
    )
    # A topic outside the list ("anders, namelijk"), shown to staff as typed.
    other_topic = models.CharField(_("anders, namelijk"), max_length=100, blank=True)
    place = models.CharField(_("plaats"), max_length=100)
    municipality = models.ForeignKey(
        Municipality, verbose_name=_("gemeente"), on_delete=models.PROTECT, related_name="+"
    )
    latitude = models.FloatField(_("breedtegraad"))
    longitude = models.FloatField(_("lengtegraad"))
    email = models.EmailField(_("e-mailadres"), blank=True)
    consent = models.BooleanField(_("wil bericht als er een groep start"), default=False)
    # Issue 14 (starting.clusters, starting.connections): what else the resident agreed to.
    may_invite = models.BooleanField(
        _("mag uitgenodigd worden voor een kennismaking"), default=False
    )
    peer_contact = models.BooleanField(_("lotgenoten mogen contact opnemen"), default=False)
    peer_name = models.CharField(_("naam voor de lotgenoot"), max_length=60, blank=True)
    peer_contact_detail = models.CharField(
        _("e-mailadres of telefoonnummer voor de lotgenoot"), max_length=150, blank=True
    )
    invited_at = models.DateTimeField(_("uitgenodigd op"), null=True, blank=True)
    language = models.CharField(_("taal"), max_length=8, default="nl", editable=False)
    notified_at = models.DateTimeField(_("bericht gestuurd op"), null=True, blank=True)
    created_at = models.DateTimeField(_("geregistreerd op"), default=timezone.now)
    form_nonce = models.CharField(max_length=40, unique=True, null=True, editable=False)  # noqa: DJ001 (NULL: rows made without a form)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("interesse")
        verbose_name_plural = _("interesse voor nieuwe groepen")
        indexes = [models.Index(fields=["theme", "municipality"], name="interest_theme_place")]

    def __str__(self):
        return f"{self.theme or self.other_topic} – {self.place}"
