"""Activities a contact point organises (kennismaking, themabijeenkomst, open dag, trainings,
online meetings) and the residents who register for them.

A series is a set of dated activities that point to their first one (``series``): each
occurrence has its own date, capacity and registrations, so nothing about recurrence has to
be computed. The online link of an activity is private: it only goes out in the
confirmation mail (see activities.emails).

Registration (see activities.services): a registration is confirmed while seats are left,
otherwise it goes on the waiting list; a cancellation moves the waiting list up.

Retention (see activities.retention and the /privacy/ page): 30 days after an activity the
registrants' names, email addresses and phone numbers are erased; the counts stay.
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q, Sum
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from contactpoints.models import ContactPoint
from groups.models import Theme, Venue

MAX_PEOPLE_PER_REGISTRATION = 6


class ActivityQuerySet(models.QuerySet):
    def published(self):
        return self.filter(published=True)

    def upcoming(self, now=None):
        """Published and not yet over (cancelled ones stay visible, marked as cancelled)."""
        return (
            self.published().filter(ends_at__gte=now or timezone.now()).order_by("starts_at", "pk")
        )

    def of_kind(self, kind):
        return self.filter(kind=kind)

    def for_theme_slugs(self, slugs):
        return self.filter(Q(themes__slug__in=slugs) | Q(themes__parent__slug__in=slugs)).distinct()

    def in_place(self, place):
        return self.filter(place__iexact=place)


class Activity(models.Model):
    class Kind(models.TextChoices):
        KENNISMAKING = "kennismaking", _("kennismakingsbijeenkomst")
        THEMA = "themabijeenkomst", _("themabijeenkomst")
        OPEN_DAG = "open-dag", _("open dag")
        TRAINING_LEIDERS = "training-groepsleiders", _("training voor groepsleiders")
        TRAINING_ERVARINGSDELERS = "training-ervaringsdelers", _("training voor ervaringsdelers")
        ONLINE = "online", _("online bijeenkomst")

    class Registration(models.TextChoices):
        REQUIRED = "required", _("aanmelden nodig")
        WALK_IN = "walk-in", _("vrije inloop, aanmelden niet nodig")

    contact_point = models.ForeignKey(
        ContactPoint,
        verbose_name=_("contactpunt"),
        on_delete=models.PROTECT,
        related_name="activities",
    )
    kind = models.CharField(_("soort"), max_length=30, choices=Kind.choices)
    title = models.CharField(_("titel"), max_length=150)
    slug = models.SlugField(_("slug"), max_length=170, unique=True)
    description = models.TextField(
        _("beschrijving"), max_length=4000, help_text=_("In gewone taal: wat gebeurt er?")
    )
    themes = models.ManyToManyField(
        Theme, verbose_name=_("thema's"), related_name="activities", blank=True
    )
    starts_at = models.DateTimeField(_("begint om"))
    ends_at = models.DateTimeField(_("eindigt om"))
    series = models.ForeignKey(
        "self",
        verbose_name=_("onderdeel van de reeks"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="occurrences",
        help_text=_(
            "Voor een reeks: maak elke bijeenkomst apart aan en kies hier de eerste van de reeks."
        ),
    )
    venue = models.ForeignKey(
        Venue,
        verbose_name=_("locatie"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="activities",
    )
    online_link = models.URLField(
        _("link voor online deelname (niet openbaar)"),
        max_length=300,
        blank=True,
        help_text=_("Alleen in de bevestigingsmail aan wie zich aanmeldt."),
    )
    place = models.CharField(
        _("plaats"),
        max_length=100,
        blank=True,
        help_text=_("De plaats op de kaart en in het filter; leeg bij een online bijeenkomst."),
    )
    capacity = models.PositiveSmallIntegerField(
        _("aantal plaatsen"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(1000)],
        help_text=_("Leeg: geen maximum."),
    )
    audience = models.CharField(
        _("voor wie"),
        max_length=200,
        blank=True,
        help_text=_("Bijvoorbeeld: mensen met kanker en hun naasten"),
    )
    cost = models.DecimalField(
        _("kosten in euro"),
        max_digits=6,
        decimal_places=2,
        default=0,
        validators=[MinValueValidator(0)],
        help_text=_("0 is gratis."),
    )
    registration = models.CharField(
        _("aanmelden"), max_length=10, choices=Registration.choices, default=Registration.REQUIRED
    )
    published = models.BooleanField(_("gepubliceerd"), default=False)
    cancelled_at = models.DateTimeField(_("afgelast op"), null=True, blank=True, editable=False)
    cancellation_note = models.TextField(
        _("reden van afgelasten"), max_length=1000, blank=True, editable=False
    )
    created_at = models.DateTimeField(_("aangemaakt"), auto_now_add=True)
    updated_at = models.DateTimeField(_("gewijzigd"), auto_now=True)

    objects = ActivityQuerySet.as_manager()
    history = HistoricalRecords(excluded_fields=["updated_at"])

    class Meta:
        ordering = ["starts_at", "pk"]
        verbose_name = _("activiteit")
        verbose_name_plural = _("activiteiten")
        indexes = [models.Index(fields=["published", "ends_at"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")),
                name="activity_ends_after_it_starts",
                violation_error_message=_("Het einde moet na het begin liggen."),
            ),
        ]

    def __str__(self):
        return f"{self.title} ({timezone.localtime(self.starts_at):%d-%m-%Y})"

    def get_absolute_url(self):
        return reverse("activities:detail", args=[self.slug])

    @property
    def is_cancelled(self):
        return self.cancelled_at is not None

    @property
    def is_online(self):
        return self.venue_id is None

    @property
    def needs_registration(self):
        return self.registration == self.Registration.REQUIRED

    @property
    def is_free(self):
        return not self.cost

    def seats_taken(self):
        return (
            self.registrations.filter(status=Registration.Status.CONFIRMED).aggregate(
                n=Sum("people")
            )["n"]
            or 0
        )

    def seats_left(self):
        """None when there is no maximum."""
        if self.capacity is None:
            return None
        return max(self.capacity - self.seats_taken(), 0)


class RegistrationQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(status=Registration.Status.CONFIRMED)

    def waiting(self):
        return self.filter(status=Registration.Status.WAITING).order_by("created_at", "pk")

    def active(self):
        return self.exclude(status=Registration.Status.CANCELLED)


class Registration(models.Model):
    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("aangemeld")
        WAITING = "waiting", _("op de wachtlijst")
        CANCELLED = "cancelled", _("afgemeld")

    activity = models.ForeignKey(
        Activity,
        verbose_name=_("activiteit"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    name = models.CharField(_("naam"), max_length=100)
    email = models.EmailField(_("e-mailadres"), max_length=200, blank=True)
    phone = models.CharField(_("telefoonnummer"), max_length=20, blank=True)
    people = models.PositiveSmallIntegerField(
        _("aantal personen"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_PEOPLE_PER_REGISTRATION)],
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.CONFIRMED
    )
    created_at = models.DateTimeField(_("aangemeld op"), auto_now_add=True)
    moved_up_at = models.DateTimeField(_("van de wachtlijst op"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("afgemeld op"), null=True, blank=True)
    reminded_at = models.DateTimeField(_("herinnering gestuurd"), null=True, blank=True)
    # Set when the personal data was erased (30 days after the activity); the row stays
    # for the counts on /cijfers/.
    erased_at = models.DateTimeField(_("gegevens gewist op"), null=True, blank=True)
    language = models.CharField(max_length=8, default="nl", editable=False)
    # A double click or a reload registers once (submissions.protection.sent_once).
    form_nonce = models.CharField(max_length=40, unique=True, null=True, editable=False)  # noqa: DJ001 (NULL: rows made without a form)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("aanmelding")
        verbose_name_plural = _("aanmeldingen")
        constraints = [
            models.CheckConstraint(
                condition=Q(people__gte=1) & Q(people__lte=MAX_PEOPLE_PER_REGISTRATION),
                name="registration_people_in_range",
            ),
        ]

    def __str__(self):
        return self.name or str(_("(gewist)"))
