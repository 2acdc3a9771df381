"""Rooms for groups (/ruimtes/): community centres, libraries and municipal buildings that
offer a room free or cheaply to self-help groups. For group leaders, not part of residents'
search. Staff of the contact point keep them (scoped, with history and a version check); a
group leader's request reaches the room's contact (never shown) and the contact point
through the outbox. Request details are deleted after 90 days (starting.retention)."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from contactpoints.models import ContactPoint, Municipality


class RoomQuerySet(models.QuerySet):
    def published(self):
        return self.filter(published=True)

    def in_municipality(self, municipality):
        return self.filter(municipality=municipality)


class Room(models.Model):
    class Kind(models.TextChoices):
        COMMUNITY = "community", _("buurthuis of gemeenschapshuis")
        LIBRARY = "library", _("bibliotheek")
        MUNICIPAL = "municipal", _("gemeentelijk gebouw")
        CARE = "care", _("zorg- of welzijnsorganisatie")
        OTHER = "other", _("anders")

    class Cost(models.TextChoices):
        FREE = "free", _("gratis")
        LOW = "low", _("kleine vergoeding")

    contact_point = models.ForeignKey(
        ContactPoint, verbose_name=_("contactpunt"), on_delete=models.PROTECT, related_name="rooms"
    )
    name = models.CharField(_("naam"), max_length=150)
    slug = models.SlugField(_("slug"), max_length=160, unique=True)
    kind = models.CharField(_("soort"), max_length=20, choices=Kind.choices)
    description = models.TextField(_("beschrijving"), max_length=2000, blank=True)
    street_address = models.CharField(_("straat en huisnummer"), max_length=150)
    place = models.CharField(_("plaats"), max_length=100)
    municipality = models.ForeignKey(
        Municipality, verbose_name=_("gemeente"), on_delete=models.PROTECT, related_name="+"
    )
    capacity = models.PositiveSmallIntegerField(
        _("aantal mensen"),
        validators=[MinValueValidator(2), MaxValueValidator(500)],
        help_text=_("Hoeveel mensen er in de ruimte passen."),
    )
    wheelchair_accessible = models.BooleanField(_("rolstoeltoegankelijk"), default=False)
    hearing_loop = models.BooleanField(_("ringleiding"), default=False)
    ground_floor = models.BooleanField(_("op de begane grond"), default=False)
    availability = models.CharField(
        _("wanneer beschikbaar"),
        max_length=200,
        help_text=_("Bijvoorbeeld: maandag- tot donderdagavond, niet in de zomervakantie"),
    )
    cost = models.CharField(_("kosten"), max_length=10, choices=Cost.choices, default=Cost.FREE)
    cost_note = models.CharField(_("toelichting kosten"), max_length=200, blank=True)
    how_to_ask = models.TextField(
        _("zo vraag je de ruimte aan"),
        max_length=1000,
        help_text=_("Wat de beheerder wil weten, hoe ver vooruit, en wat er daarna gebeurt."),
    )
    contact_name = models.CharField(
        _("naam contactpersoon"), max_length=100, help_text=_("Niet openbaar.")
    )
    contact_email = models.EmailField(
        _("e-mailadres contactpersoon"),
        help_text=_("Niet openbaar. Hier komen de aanvragen van groepsleiders binnen."),
    )
    published = models.BooleanField(_("gepubliceerd"), default=True)
    # Optimistic locking, as on groups: the admin refuses a form opened at an older version.
    version = models.PositiveIntegerField(_("versie"), default=1, editable=False)
    updated_at = models.DateTimeField(_("gewijzigd"), auto_now=True)

    objects = RoomQuerySet.as_manager()
    history = HistoricalRecords(
        verbose_name=_("historie ruimte"), excluded_fields=["version", "updated_at"]
    )

    class Meta:
        ordering = ["place", "name"]
        verbose_name = _("ruimte")
        verbose_name_plural = _("ruimtes")

    def __str__(self):
        return f"{self.name}, {self.place}"

    def save(self, *args, **kwargs):
        with transaction.atomic():
            if not self._state.adding:
                stored = (
                    Room.objects.select_for_update()
                    .filter(pk=self.pk)
                    .values_list("version", flat=True)
                    .first()
                )
                self.version = (stored or 0) + 1
            super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("rooms:detail", args=[self.slug])

    @property
    def is_free(self):
        return self.cost == self.Cost.FREE


class RoomRequest(models.Model):
    room = models.ForeignKey(
        Room, verbose_name=_("ruimte"), on_delete=models.CASCADE, related_name="requests"
    )
    group_name = models.CharField(_("groep"), max_length=150)
    people = models.PositiveSmallIntegerField(
        _("aantal mensen"), validators=[MinValueValidator(1), MaxValueValidator(500)]
    )
    when = models.CharField(_("wanneer"), max_length=200)
    message = models.TextField(_("bericht"), max_length=2000, blank=True)
    name = models.CharField(_("naam"), max_length=100)
    email = models.EmailField(_("e-mailadres"))
    phone = models.CharField(_("telefoonnummer"), max_length=20, blank=True)
    created_at = models.DateTimeField(_("verstuurd op"), default=timezone.now)
    purged_at = models.DateTimeField(_("gegevens verwijderd op"), null=True, editable=False)
    form_nonce = models.CharField(max_length=40, unique=True, null=True, editable=False)  # noqa: DJ001 (NULL: rows made without a form)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("aanvraag voor een ruimte")
        verbose_name_plural = _("aanvragen voor ruimtes")

    def __str__(self):
        return f"{self.group_name} – {self.room}"
