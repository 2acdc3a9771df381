import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from contactpoints.text import fold_key

# The one Dutch postcode pattern, "6411 AB": four digits without a leading zero, two letters.
POSTCODE_DIGITS = "[1-9][0-9]{3}"
POSTCODE_LETTERS = "[A-Za-z]{2}"
# What people type ("6411ab", " 6411 AB "); in the search box the four digits alone are a
# place too, so the letters are optional here and required by normalise_postcode().
POSTCODE_RE = re.compile(rf"^\s*({POSTCODE_DIGITS})\s*({POSTCODE_LETTERS})?\s*$")
POSTCODE_MESSAGE = _("Vul een postcode in zoals 6411 AB.")
# A stored address (Venue.postcode); the same pattern, as a field validator.
postcode_validator = RegexValidator(rf"^{POSTCODE_DIGITS} ?{POSTCODE_LETTERS}$", POSTCODE_MESSAGE)


def normalise_postcode(value: str) -> str:
    """'6411ab' -> '6411 AB'; raises ValidationError for anything that is not a postcode."""
    match = POSTCODE_RE.match(value or "")
    if not match or not match.group(2):
        raise ValidationError(POSTCODE_MESSAGE, code="postcode")
    return f"{match.group(1)} {match.group(2).upper()}"


class Region(models.Model):
    name = models.CharField(_("naam"), max_length=100)
    slug = models.SlugField(_("slug"), unique=True)
    province = models.CharField(_("provincie"), max_length=50, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("regio")
        verbose_name_plural = _("regio's")

    def __str__(self):
        return self.name


class Municipality(models.Model):
    code = models.CharField(_("CBS-code"), max_length=6, unique=True, help_text="GM0917")
    name = models.CharField(_("naam"), max_length=100)
    name_key = models.CharField(max_length=100, db_index=True, editable=False)
    slug = models.SlugField(_("slug"), unique=True)
    province = models.CharField(_("provincie"), max_length=50, blank=True)
    region = models.ForeignKey(
        Region,
        verbose_name=_("regio"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="municipalities",
    )
    latitude = models.FloatField(_("breedtegraad"))
    longitude = models.FloatField(_("lengtegraad"))

    class Meta:
        ordering = ["name"]
        verbose_name = _("gemeente")
        verbose_name_plural = _("gemeenten")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.name_key = fold_key(self.name)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("contactpoints:municipality", args=[self.slug])


class PostcodeArea(models.Model):
    """A four-digit postcode (PC4) with its centre, from the GeoNames gazetteer."""

    pc4 = models.CharField(_("postcode (4 cijfers)"), max_length=4, primary_key=True)
    place = models.CharField(_("plaats"), max_length=100)
    place_key = models.CharField(max_length=100, db_index=True, editable=False)
    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("gemeente"),
        on_delete=models.CASCADE,
        related_name="postcode_areas",
    )
    latitude = models.FloatField(_("breedtegraad"))
    longitude = models.FloatField(_("lengtegraad"))

    class Meta:
        ordering = ["pc4"]
        verbose_name = _("postcodegebied")
        verbose_name_plural = _("postcodegebieden")

    def __str__(self):
        return f"{self.pc4} {self.place}"

    def save(self, *args, **kwargs):
        self.place_key = fold_key(self.place)
        super().save(*args, **kwargs)


class Place(models.Model):
    """A town or village from the gazetteer, at the mean of its postcode areas' centres."""

    name = models.CharField(_("naam"), max_length=100)
    name_key = models.CharField(max_length=100, db_index=True, editable=False)
    municipality = models.ForeignKey(
        Municipality, verbose_name=_("gemeente"), on_delete=models.CASCADE, related_name="places"
    )
    latitude = models.FloatField(_("breedtegraad"))
    longitude = models.FloatField(_("lengtegraad"))

    class Meta:
        ordering = ["name"]
        verbose_name = _("plaats")
        verbose_name_plural = _("plaatsen")
        constraints = [
            models.UniqueConstraint(
                fields=["name", "municipality"], name="place_unique_per_municipality"
            )
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.name_key = fold_key(self.name)
        super().save(*args, **kwargs)


class PlaceAlias(models.Model):
    """Another name for a place, with the PC4 it lies in: a common name (Den Bosch), a part
    of a town (Maastricht-Heer) or a village the gazetteer files under another name
    (Ubachsberg, in PC4 6367, which GeoNames calls Voerendaal). Seeded from
    data/place-aliases.csv (facts from the BAG woonplaatsen register); coordinators add more
    in the workspace when residents type a place the search does not know."""

    name = models.CharField(_("naam"), max_length=100)
    name_key = models.CharField(max_length=100, unique=True, editable=False)
    area = models.ForeignKey(
        PostcodeArea,
        verbose_name=_("postcodegebied"),
        on_delete=models.CASCADE,
        related_name="aliases",
        help_text=_("Het postcodegebied (4 cijfers) waarin de plaats ligt."),
    )
    note = models.CharField(_("toelichting"), max_length=200, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("andere plaatsnaam")
        verbose_name_plural = _("andere plaatsnamen")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.name_key = fold_key(self.name)
        super().save(*args, **kwargs)


class ContactPointQuerySet(models.QuerySet):
    def covering(self, municipality):
        return self.filter(municipalities=municipality)


class ContactPoint(models.Model):
    name = models.CharField(_("naam"), max_length=150)
    slug = models.SlugField(_("slug"), unique=True)
    description = models.TextField(_("beschrijving"), blank=True)
    street_address = models.CharField(_("straat en huisnummer"), max_length=150, blank=True)
    postcode = models.CharField(_("postcode"), max_length=7, blank=True)
    city = models.CharField(_("plaats"), max_length=100, blank=True)
    phone = models.CharField(_("telefoon"), max_length=20, blank=True)
    email = models.EmailField(_("e-mailadres"), blank=True)
    website = models.URLField(_("website"), blank=True)
    opening_hours = models.CharField(
        _("openingstijden"),
        max_length=200,
        blank=True,
        help_text=_("Bijvoorbeeld: ma-vr 9.00-17.00 uur"),
    )
    region = models.ForeignKey(
        Region,
        verbose_name=_("regio"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="contact_points",
    )
    municipalities = models.ManyToManyField(
        Municipality, verbose_name=_("gemeenten"), related_name="contact_points", blank=True
    )
    # Group leaders edit their own listing through their standing link (groups.leaders).
    # Off: every change waits for staff. On: simple text edits (summary, description, cost
    # note, website, newcomers) are public at once; schedule, venue and contact still wait.
    leaders_publish_text = models.BooleanField(
        _("groepsleiders passen teksten direct aan"),
        default=False,
        help_text=_(
            "Aan: korte omschrijving, beschrijving, kosten, website en nieuwe deelnemers die "
            "een groepsleider via de beheerlink verandert, staan direct op de kaart. "
            "Tijden, locatie en contactgegevens beoordeelt het contactpunt altijd eerst."
        ),
    )

    objects = ContactPointQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("contactpunt")
        verbose_name_plural = _("contactpunten")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("contactpoints:detail", args=[self.slug])

    def staff_recipients(self) -> list[str]:
        """Who gets mail meant for this contact point's staff: each active staff member
        with an address; when none has one, the contact point's own address. (Staff read
        the general inbox too, so sending to both would reach them twice.)"""
        addresses = list(
            self.staff.filter(user__is_active=True, user__is_staff=True)
            .exclude(user__email="")
            .order_by("user__email")
            .values_list("user__email", flat=True)
            .distinct()
        )
        if not addresses and self.email:
            addresses = [self.email]
        return addresses


class StaffMembership(models.Model):
    """Which contact point a staff member works for. Coordinators see every contact point."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gebruiker"),
        on_delete=models.CASCADE,
        related_name="membership",
    )
    contact_point = models.ForeignKey(
        ContactPoint,
        verbose_name=_("contactpunt"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="staff",
    )
    is_coordinator = models.BooleanField(
        _("coördinator"), default=False, help_text=_("Ziet en bewerkt alle contactpunten.")
    )

    class Meta:
        verbose_name = _("medewerker")
        verbose_name_plural = _("medewerkers")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(is_coordinator=True) | models.Q(contact_point__isnull=False),
                name="staff_has_contact_point_or_is_coordinator",
            )
        ]

    def __str__(self):
        return f"{self.user} ({self.contact_point or _('coördinator')})"
