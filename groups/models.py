import uuid
from datetime import time

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex, GistIndex
from django.contrib.postgres.search import SearchVectorField
from django.core.serializers.json import DjangoJSONEncoder
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models, transaction
from django.dispatch import receiver
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords
from simple_history.signals import pre_create_historical_record

from contactpoints.models import ContactPoint, Municipality, postcode_validator
from groups.querysets import CANDIDATE_FIELDS, GroupQuerySet

THEMES_CACHE_KEY = "groups:themes-version"
_THEMES = {}
_SLUG_URLS = {}


def _slug_url(name, slug):
    """reverse(name, args=[slug]) from a pattern worked out once per language and prefix:
    result cards ask for 25 group URLs a page, and reverse() is slow."""
    key = (name, get_language(), get_script_prefix(), get_urlconf())
    pattern = _SLUG_URLS.get(key)
    if pattern is None:
        pattern = _SLUG_URLS[key] = reverse(name, args=["slug-placeholder"])
    return pattern.replace("slug-placeholder", slug, 1)


class BoxField(models.Field):
    """PostgreSQL's built-in box type (no extension needed), for Group.facet_area."""

    description = "box"

    def db_type(self, connection):
        return "box"


def themes_version():
    """The themes' version in the shared cache (changed when a theme is saved), read once
    per request (zelfhulp.request_memo): the search page asks it several times."""
    from django.core.cache import cache

    from zelfhulp.request_memo import once_per_request

    def read():
        version = cache.get(THEMES_CACHE_KEY)
        if version is None:
            cache.add(THEMES_CACHE_KEY, uuid.uuid4().hex, None)
            version = cache.get(THEMES_CACHE_KEY)
        return version

    return once_per_request(THEMES_CACHE_KEY, read)


class ThemeQuerySet(models.QuerySet):
    def top_level(self):
        return self.filter(parent__isnull=True)

    def cached(self):
        """Every theme, kept in this process: pages read them on every request, staff change
        them seldom. A saved theme changes the version in the shared cache (see
        groups.search.forget_vocabulary), and every process then reads them again."""
        version = themes_version()
        if _THEMES.get("version") != version or version is None:
            _THEMES.update(version=version, themes=list(self.all()))
        return _THEMES["themes"]


class Theme(models.Model):
    parent = models.ForeignKey(
        "self",
        verbose_name=_("hoofdthema"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    slug = models.SlugField(_("slug"), unique=True)
    name = models.CharField(_("naam"), max_length=100)
    name_en = models.CharField(_("naam (Engels)"), max_length=100, blank=True)
    description = models.TextField(_("beschrijving"), blank=True)
    synonyms = ArrayField(
        models.CharField(max_length=60),
        verbose_name=_("synoniemen"),
        default=list,
        blank=True,
        help_text=_("Woorden die bewoners typen, gescheiden door komma's."),
    )
    icpc_codes = ArrayField(
        models.CharField(max_length=3, validators=[RegexValidator(r"^[A-Z][0-9]{2}$")]),
        verbose_name=_("ICPC-2-codes"),
        default=list,
        blank=True,
    )
    position = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    objects = ThemeQuerySet.as_manager()

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("thema")
        verbose_name_plural = _("thema's")
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(parent=models.F("pk")), name="theme_not_own_parent"
            )
        ]

    def __str__(self):
        return self.display_name

    def get_absolute_url(self):
        return reverse("groups:theme", args=[self.slug])

    @property
    def display_name(self):
        if get_language() == "en" and self.name_en:
            return self.name_en
        return self.name


class Venue(models.Model):
    name = models.CharField(_("naam"), max_length=150)
    street_address = models.CharField(_("straat en huisnummer"), max_length=150)
    postcode = models.CharField(_("postcode"), max_length=7, validators=[postcode_validator])
    city = models.CharField(_("plaats"), max_length=100)
    municipality = models.ForeignKey(
        Municipality, verbose_name=_("gemeente"), on_delete=models.PROTECT, related_name="venues"
    )
    latitude = models.FloatField(
        _("breedtegraad"), validators=[MinValueValidator(50.7), MaxValueValidator(53.7)]
    )
    longitude = models.FloatField(
        _("lengtegraad"), validators=[MinValueValidator(3.2), MaxValueValidator(7.3)]
    )
    wheelchair_accessible = models.BooleanField(_("rolstoeltoegankelijk"), default=False)
    hearing_loop = models.BooleanField(_("ringleiding"), default=False)
    ground_floor = models.BooleanField(_("op de begane grond"), default=False)
    transport_note = models.CharField(
        _("openbaar vervoer"),
        max_length=200,
        blank=True,
        help_text=_("Bijvoorbeeld: bushalte Markt op 2 minuten lopen"),
    )
    # The centre of the venue's place (its four-digit postcode area): what the public sees
    # of a group that gives its address only after contact (groups.privacy). Derived on
    # save, never edited.
    place_latitude = models.FloatField(_("breedtegraad plaats"), null=True, editable=False)
    place_longitude = models.FloatField(_("lengtegraad plaats"), null=True, editable=False)

    history = HistoricalRecords(verbose_name=_("historie locatie"))

    class Meta:
        ordering = ["city", "name"]
        verbose_name = _("locatie")
        verbose_name_plural = _("locaties")
        indexes = [
            models.Index(fields=["latitude", "longitude"]),
            models.Index(fields=["place_latitude", "place_longitude"], name="venue_place_point"),
        ]

    def __str__(self):
        return f"{self.name}, {self.city}"

    def save(self, *args, **kwargs):
        from groups.privacy import place_point

        self.place_latitude, self.place_longitude = place_point(self)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, "place_latitude", "place_longitude"}
        super().save(*args, **kwargs)

    @property
    def osm_url(self):
        return f"https://www.openstreetmap.org/?mlat={self.latitude:.5f}&mlon={self.longitude:.5f}#map=17/{self.latitude:.5f}/{self.longitude:.5f}"


class GroupVersionHistory(models.Model):
    """Each historical row of a group remembers which version it was, so a refused edit
    can show what changed since the version the staff member opened."""

    group_version = models.PositiveIntegerField(_("versie"), null=True, editable=False)

    class Meta:
        abstract = True


class Group(models.Model):
    class Audience(models.TextChoices):
        SELF = "self", _("mensen die het zelf meemaken")
        RELATIVES = "relatives", _("naasten en mantelzorgers")
        BOTH = "both", _("mensen die het zelf meemaken en hun naasten")

    class Format(models.TextChoices):
        IN_PERSON = "in_person", _("op locatie")
        ONLINE = "online", _("online")
        HYBRID = "hybrid", _("op locatie en online")
        PHONE = "phone", _("telefonisch")

    class Cost(models.TextChoices):
        FREE = "free", _("gratis")
        CONTRIBUTION = "contribution", _("kleine bijdrage")

    class Newcomers(models.TextChoices):
        WELCOME = "welcome", _("nieuwe deelnemers welkom")
        WAITING_LIST = "waiting_list", _("wachtlijst")
        CLOSED = "closed", _("groep is vol")

    class Registration(models.TextChoices):
        REQUIRED = "required", _("eerst aanmelden")
        WALK_IN = "walk_in", _("vrije inloop")

    class Support(models.TextChoices):
        PEER = "peer", _("geleid door ervaringsdeskundigen")
        PEER_PROFESSIONAL = (
            "peer_professional",
            _("geleid door ervaringsdeskundigen, met steun van een professional"),
        )

    class Status(models.TextChoices):
        DRAFT = "draft", _("concept")
        IN_REVIEW = "in_review", _("ter beoordeling")
        PUBLISHED = "published", _("gepubliceerd")
        PAUSED = "paused", _("gepauzeerd")
        ARCHIVED = "archived", _("gearchiveerd")

    LANGUAGE_CHOICES = [
        ("nl", _("Nederlands")),
        ("en", _("Engels")),
        ("de", _("Duits")),
        ("li", _("Limburgs")),
        ("ar", _("Arabisch")),
        ("tr", _("Turks")),
        ("pl", _("Pools")),
        ("uk", _("Oekraïens")),
    ]

    external_id = models.UUIDField(_("extern id"), default=uuid.uuid4, unique=True, editable=False)
    name = models.CharField(_("naam"), max_length=150)
    slug = models.SlugField(_("slug"), max_length=160, unique=True)
    summary = models.CharField(_("korte samenvatting"), max_length=240)
    description = models.TextField(_("beschrijving"), max_length=5000)
    themes = models.ManyToManyField(Theme, verbose_name=_("thema's"), related_name="groups")
    audience = models.CharField(
        _("voor wie"), max_length=20, choices=Audience.choices, default=Audience.SELF
    )
    format = models.CharField(
        _("vorm"), max_length=20, choices=Format.choices, default=Format.IN_PERSON
    )
    languages = ArrayField(
        models.CharField(max_length=2, choices=LANGUAGE_CHOICES),
        verbose_name=_("talen"),
        default=list,
        blank=True,
    )
    cost = models.CharField(_("kosten"), max_length=20, choices=Cost.choices, default=Cost.FREE)
    cost_note = models.CharField(_("toelichting kosten"), max_length=200, blank=True)
    newcomers = models.CharField(
        _("nieuwe deelnemers"), max_length=20, choices=Newcomers.choices, default=Newcomers.WELCOME
    )
    next_start_date = models.DateField(_("volgende startdatum"), null=True, blank=True)
    # "Wisselend / in overleg": the group has no fixed meeting pattern (its meetings are
    # agreed among the members, or only its extra dates are known). Pages say so and show
    # no invented dates; extra meetings (MeetingException) still show.
    no_fixed_schedule = models.BooleanField(
        _("wisselend / in overleg"),
        default=False,
        help_text=_("De groep heeft geen vaste dagen: de data worden in overleg afgesproken."),
    )
    registration = models.CharField(
        _("aanmelden"), max_length=20, choices=Registration.choices, default=Registration.REQUIRED
    )
    support = models.CharField(
        _("begeleiding"), max_length=20, choices=Support.choices, default=Support.PEER
    )
    organisation = models.CharField(_("organisatie"), max_length=150, blank=True)
    website = models.URLField(_("website"), blank=True)
    public_phone = models.CharField(_("openbaar telefoonnummer"), max_length=20, blank=True)
    contact_name = models.CharField(
        _("naam contactpersoon"), max_length=100, help_text=_("Niet openbaar.")
    )
    contact_email = models.EmailField(
        _("e-mailadres contactpersoon"), help_text=_("Niet openbaar.")
    )
    contact_point = models.ForeignKey(
        ContactPoint, verbose_name=_("contactpunt"), on_delete=models.PROTECT, related_name="groups"
    )
    address_after_contact = models.BooleanField(
        _("adres pas na contact"),
        default=False,
        help_text=_(
            "De website toont alleen de plaats, nooit straat, huisnummer, postcode of naam van "
            "de locatie. Nieuwe deelnemers krijgen het adres van de groep als ze contact opnemen."
        ),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT
    )
    last_verified = models.DateField(_("laatst gecontroleerd"), null=True, blank=True)
    auto_paused_on = models.DateField(
        _("automatisch gepauzeerd op"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("Gepauzeerd omdat niemand de gegevens op tijd bevestigde."),
    )
    # Optimistic locking: every save adds one, and the admin refuses a form that was opened
    # at an older version, so two staff editing at once never overwrite each other.
    version = models.PositiveIntegerField(_("versie"), default=1, editable=False)
    next_meeting_at = models.DateTimeField(
        _("volgende bijeenkomst"), null=True, blank=True, editable=False
    )
    # Where that next meeting is (groups.places.place_label, short), stored beside it only
    # when the group meets in more than one place, so a card can name it without a query.
    next_meeting_place = models.CharField(
        _("plaats volgende bijeenkomst"), max_length=100, blank=True, editable=False
    )
    created_at = models.DateTimeField(_("aangemaakt"), auto_now_add=True)
    updated_at = models.DateTimeField(_("gewijzigd"), auto_now=True)
    # Not a GeneratedField: the vector holds theme names, synonyms and places from other
    # tables, which a generated column cannot read. groups.search keeps it current.
    search_vector = SearchVectorField(null=True, editable=False)
    # What the search page filters and counts on, stored beside the vector and kept current
    # with it (groups.search.update_search_vectors): one row per group answers every filter,
    # without joining themes, meetings and venues for each of a thousand candidates.
    # The themes are the group's own and their main themes (what a theme filter finds).
    facet_themes = ArrayField(models.CharField(max_length=50), default=list, editable=False)
    facet_weekdays = ArrayField(models.PositiveSmallIntegerField(), default=list, editable=False)
    facet_wheelchair = models.BooleanField(default=False, editable=False)
    # The box around the group's venues in a flat plane (longitude scaled, see
    # groups.querysets.AREA_X_SCALE), GiST-indexed: the nearest groups come straight from the
    # index, and a radius combines with the text index. None: no venue.
    facet_area = BoxField(null=True, editable=False)

    objects = GroupQuerySet.as_manager()
    # Who changed what, when: every listing change, restorable in the admin. The version
    # and the derived fields are left out (restoring must not roll the version back).
    history = HistoricalRecords(
        verbose_name=_("historie groep"),
        excluded_fields=[
            "version",
            "search_vector",
            "next_meeting_at",
            "next_meeting_place",
            "updated_at",
            "facet_themes",
            "facet_weekdays",
            "facet_wheelchair",
            "facet_area",
        ],
        m2m_fields=[themes],
        bases=[GroupVersionHistory],
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("groep")
        verbose_name_plural = _("groepen")
        indexes = [
            GinIndex(fields=["search_vector"], name="group_search_vector_gin"),
            GinIndex(fields=["facet_themes"], name="group_facet_themes_gin"),
            # The nearest published groups with what sorting and filtering them needs, from
            # the index alone: an index-only scan reads no table rows (groups.facets).
            GistIndex(
                fields=["facet_area"],
                include=CANDIDATE_FIELDS,
                condition=models.Q(status="published"),
                name="group_published_area_gist",
            ),
            # Words among the online and phone groups only: the online section of a search
            # with a place needs no bitmap of every group's match.
            GinIndex(
                fields=["search_vector"],
                condition=models.Q(status="published", format__in=["online", "phone"]),
                name="group_remote_search_gin",
            ),
            # The soonest online and phone groups, from the index alone.
            models.Index(
                fields=["next_meeting_at", "name", "id"],
                include=[f for f in CANDIDATE_FIELDS if f not in ("next_meeting_at", "name", "id")],
                condition=models.Q(status="published", format__in=["online", "phone"]),
                name="group_remote_soonest",
            ),
            models.Index(fields=["status", "format"], name="group_status_format"),
            models.Index(fields=["next_meeting_at"], name="group_next_meeting"),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if self.status != self.Status.PAUSED:
            self.auto_paused_on = None
        with transaction.atomic():
            if not self._state.adding:
                # Count on from the stored version under a row lock, so that a stale copy
                # of this group can never save under a number someone else already used.
                stored = (
                    Group.objects.select_for_update()
                    .filter(pk=self.pk)
                    .values_list("version", flat=True)
                    .first()
                )
                self.version = (stored or 0) + 1
                update_fields = kwargs.get("update_fields")
                if update_fields is not None:
                    kwargs["update_fields"] = {*update_fields, "version", "auto_paused_on"}
            super().save(*args, **kwargs)

    def get_absolute_url(self):
        return _slug_url("groups:detail", self.slug)

    @property
    def is_public(self):
        return self.status in (self.Status.PUBLISHED, self.Status.PAUSED)

    @property
    def is_published(self):
        return self.status == self.Status.PUBLISHED

    @property
    def is_paused(self):
        return self.status == self.Status.PAUSED

    @property
    def is_free(self):
        return self.cost == self.Cost.FREE

    @property
    def welcomes_newcomers(self):
        return self.newcomers == self.Newcomers.WELCOME

    @property
    def has_waiting_list(self):
        return self.newcomers == self.Newcomers.WAITING_LIST

    @property
    def is_walk_in(self):
        return self.registration == self.Registration.WALK_IN

    @property
    def meets_in_person(self):
        return self.format in (self.Format.IN_PERSON, self.Format.HYBRID)

    @property
    def meets_online(self):
        return self.format in (self.Format.ONLINE, self.Format.HYBRID)

    @property
    def is_hybrid(self):
        return self.format == self.Format.HYBRID

    @property
    def meets_by_phone(self):
        return self.format == self.Format.PHONE


MONTH_CHOICES = [
    (1, _("januari")),
    (2, _("februari")),
    (3, _("maart")),
    (4, _("april")),
    (5, _("mei")),
    (6, _("juni")),
    (7, _("juli")),
    (8, _("augustus")),
    (9, _("september")),
    (10, _("oktober")),
    (11, _("november")),
    (12, _("december")),
]


class Schedule(models.Model):
    """One meeting pattern, modelled on an iCalendar RRULE as HSDS 3.0 does.

    Times are Europe/Amsterdam wall time; the UTC offset is worked out per meeting, so a
    19.30 meeting stays at 19.30 across daylight saving.
    """

    class Frequency(models.TextChoices):
        WEEKLY = "WEEKLY", _("wekelijks")
        MONTHLY = "MONTHLY", _("maandelijks")

    class Weekday(models.IntegerChoices):
        MONDAY = 0, _("maandag")
        TUESDAY = 1, _("dinsdag")
        WEDNESDAY = 2, _("woensdag")
        THURSDAY = 3, _("donderdag")
        FRIDAY = 4, _("vrijdag")
        SATURDAY = 5, _("zaterdag")
        SUNDAY = 6, _("zondag")

    class Ordinal(models.IntegerChoices):
        FIRST = 1, _("eerste")
        SECOND = 2, _("tweede")
        THIRD = 3, _("derde")
        FOURTH = 4, _("vierde")
        LAST = -1, _("laatste")

    group = models.ForeignKey(
        Group, verbose_name=_("groep"), on_delete=models.CASCADE, related_name="schedules"
    )
    venue = models.ForeignKey(
        Venue,
        verbose_name=_("locatie"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="schedules",
        help_text=_("Leeg voor online of telefonische bijeenkomsten."),
    )
    freq = models.CharField(
        _("herhaling"), max_length=10, choices=Frequency.choices, default=Frequency.MONTHLY
    )
    interval = models.PositiveSmallIntegerField(
        _("interval"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(12)],
        help_text=_("2 = om de week of om de maand"),
    )
    weekday = models.PositiveSmallIntegerField(_("weekdag"), choices=Weekday.choices)
    ordinal = models.SmallIntegerField(
        _("welke in de maand"),
        choices=Ordinal.choices,
        null=True,
        blank=True,
        help_text=_("Alleen bij maandelijks: bijvoorbeeld de tweede dinsdag."),
    )
    start_time = models.TimeField(_("begintijd"), default=time(19, 30))
    end_time = models.TimeField(_("eindtijd"), default=time(21, 30))
    first_date = models.DateField(_("eerste datum"), default=timezone.localdate)
    until = models.DateField(_("tot en met"), null=True, blank=True)
    # Months without meetings every year (the summer break: [7, 8]). Structured, not free
    # text, so the next dates, the pages and the calendar feed (RRULE BYMONTH with the other
    # months) all leave them out. One-off breaks are MeetingExceptions.
    skip_months = ArrayField(
        models.PositiveSmallIntegerField(
            choices=MONTH_CHOICES, validators=[MinValueValidator(1), MaxValueValidator(12)]
        ),
        verbose_name=_("elk jaar niet in"),
        default=list,
        blank=True,
        size=11,
        help_text=_("Maanden waarin de groep elk jaar niet bijeenkomt, zoals juli en augustus."),
    )
    note = models.CharField(
        _("opmerking"),
        max_length=200,
        blank=True,
        help_text=_("Bijvoorbeeld: eerst even bellen"),
    )

    history = HistoricalRecords(verbose_name=_("historie bijeenkomst"))

    class Meta:
        ordering = ["group", "weekday", "start_time"]
        verbose_name = _("bijeenkomst")
        verbose_name_plural = _("bijeenkomsten")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(freq="WEEKLY", ordinal__isnull=True)
                | models.Q(freq="MONTHLY", ordinal__isnull=False),
                name="schedule_ordinal_only_monthly",
            ),
            models.CheckConstraint(
                condition=models.Q(end_time__gt=models.F("start_time")),
                name="schedule_ends_after_start",
            ),
        ]

    def __str__(self):
        from groups.schedule import describe

        return describe(self)


class MeetingException(models.Model):
    """An exception to a group's meeting patterns: one meeting cancelled, a break over a
    period (both EXDATEs in the calendar feed), or an extra meeting (its own VEVENT).

    Change these through groups.meetings (cancel_meeting, add_extra_meeting,
    announce_break): it checks the input, and raises the group's version so that pages,
    the next meeting and calendar subscribers (SEQUENCE) see the change."""

    class Kind(models.TextChoices):
        CANCELLED = "cancelled", _("vervalt")
        BREAK = "break", _("pauze")
        EXTRA = "extra", _("extra bijeenkomst")

    group = models.ForeignKey(
        Group,
        verbose_name=_("groep"),
        on_delete=models.CASCADE,
        related_name="meeting_exceptions",
    )
    schedule = models.ForeignKey(
        Schedule,
        verbose_name=_("bijeenkomst"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="exceptions",
        help_text=_("Leeg: geldt voor alle vaste bijeenkomsten van de groep."),
    )
    kind = models.CharField(_("soort"), max_length=10, choices=Kind.choices)
    day = models.DateField(_("datum"), help_text=_("Bij een pauze: de eerste dag."))
    last_day = models.DateField(
        _("laatste dag"), null=True, blank=True, help_text=_("Alleen bij een pauze.")
    )
    start_time = models.TimeField(_("begintijd"), null=True, blank=True)
    end_time = models.TimeField(_("eindtijd"), null=True, blank=True)
    venue = models.ForeignKey(
        Venue,
        verbose_name=_("locatie"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="meeting_exceptions",
        help_text=_("Alleen bij een extra bijeenkomst; leeg voor online of telefonisch."),
    )
    note = models.CharField(_("toelichting"), max_length=200, blank=True)
    created_at = models.DateTimeField(_("aangemaakt"), auto_now_add=True)

    history = HistoricalRecords(verbose_name=_("historie uitzondering"))

    class Meta:
        ordering = ["day", "start_time"]
        verbose_name = _("uitzondering op de bijeenkomsten")
        verbose_name_plural = _("uitzonderingen op de bijeenkomsten")
        indexes = [models.Index(fields=["group", "day"], name="meetingexception_group_day")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(kind="break", last_day__gte=models.F("day"))
                | (~models.Q(kind="break") & models.Q(last_day__isnull=True)),
                name="meetingexception_break_has_last_day",
                violation_error_message=_(
                    "Een pauze heeft een laatste dag op of na de eerste dag; "
                    "een afgezegde of extra bijeenkomst heeft geen laatste dag."
                ),
            ),
            models.CheckConstraint(
                condition=models.Q(
                    kind="extra",
                    start_time__isnull=False,
                    end_time__gt=models.F("start_time"),
                    schedule__isnull=True,
                )
                | (
                    ~models.Q(kind="extra")
                    & models.Q(start_time__isnull=True, end_time__isnull=True, venue__isnull=True)
                ),
                name="meetingexception_extra_has_times",
                violation_error_message=_(
                    "Een extra bijeenkomst heeft een begintijd en een latere eindtijd (en geen "
                    "vaste bijeenkomst); bij afzeggen of pauze blijven tijden en locatie leeg."
                ),
            ),
        ]

    def __str__(self):
        from groups.schedule import describe_exception

        return describe_exception(self)

    @property
    def is_cancelled(self):
        return self.kind == self.Kind.CANCELLED

    @property
    def is_break(self):
        return self.kind == self.Kind.BREAK

    @property
    def is_extra(self):
        return self.kind == self.Kind.EXTRA

    @property
    def end_day(self):
        return self.last_day or self.day


@receiver(pre_create_historical_record)
def remember_group_version(sender, instance, history_instance, **kwargs):
    if isinstance(instance, Group):
        history_instance.group_version = instance.version


class VerificationRequestQuerySet(models.QuerySet):
    def unanswered(self):
        """Sent, not answered, and the group not confirmed some other way since."""
        return self.filter(answer="").filter(
            models.Q(group__last_verified__isnull=True)
            | models.Q(group__last_verified__lt=models.F("created_at__date"))
        )

    def sent_before(self, moment):
        return self.filter(created_at__lte=moment)

    def awaiting_review(self):
        return self.filter(review=VerificationRequest.Review.PENDING)


class VerificationRequest(models.Model):
    """One "Klopt de informatie over uw groep nog?" email to a group's private contact,
    and the answer given through its signed link (no account needed)."""

    class Answer(models.TextChoices):
        CONFIRMED = "confirmed", _("klopt nog")
        CHANGED = "changed", _("er is iets veranderd")
        STOPPED = "stopped", _("de groep stopt")

    class Review(models.TextChoices):
        PENDING = "pending", _("wacht op beoordeling")
        APPROVED = "approved", _("overgenomen")
        REJECTED = "rejected", _("niet overgenomen")

    group = models.ForeignKey(
        Group,
        verbose_name=_("groep"),
        on_delete=models.CASCADE,
        related_name="verification_requests",
    )
    sent_to = models.EmailField(_("verstuurd naar"))
    created_at = models.DateTimeField(_("verstuurd op"), default=timezone.now, db_index=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("verstuurd door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Leeg: verstuurd door de dagelijkse controle."),
    )
    reminded_at = models.DateTimeField(_("herinnering verstuurd op"), null=True, blank=True)
    # The reminder as queued: a group is paused only when this mail was really delivered
    # (a mail outage must not count as "reminded without answer").
    reminder_email = models.ForeignKey(
        "outbox.OutgoingEmail",
        verbose_name=_("e-mail met de herinnering"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    answer = models.CharField(_("antwoord"), max_length=20, choices=Answer.choices, blank=True)
    answered_at = models.DateTimeField(_("beantwoord op"), null=True, blank=True)
    proposed_changes = models.JSONField(
        _("voorgestelde wijzigingen"), default=dict, blank=True, encoder=DjangoJSONEncoder
    )
    message = models.TextField(_("toelichting van de groep"), max_length=2000, blank=True)
    review = models.CharField(
        _("beoordeling"), max_length=20, choices=Review.choices, blank=True, db_index=True
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("beoordeeld door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(_("beoordeeld op"), null=True, blank=True)

    objects = VerificationRequestQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("controlevraag")
        verbose_name_plural = _("controlevragen")

    def __str__(self):
        return f"{self.group} ({timezone.localdate(self.created_at):%d-%m-%Y})"

    @property
    def is_answered(self):
        return bool(self.answer)

    @property
    def is_confirmed(self):
        return self.answer == self.Answer.CONFIRMED

    @property
    def has_changes(self):
        return self.answer == self.Answer.CHANGED

    @property
    def is_stopping(self):
        return self.answer == self.Answer.STOPPED


class LeaderLinkQuerySet(models.QuerySet):
    def active(self):
        return self.filter(revoked_at__isnull=True)


class LeaderLink(models.Model):
    """A group leader's own standing link (groups.leaders), mailed to the group's private
    address. It stays valid until it is revoked: a new request or a staff member sends a
    new one and the old one stops working. No account, no expiry date."""

    group = models.ForeignKey(
        Group, verbose_name=_("groep"), on_delete=models.CASCADE, related_name="leader_links"
    )
    sent_to = models.EmailField(_("verstuurd naar"))
    created_at = models.DateTimeField(_("verstuurd op"), default=timezone.now)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("verstuurd door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Leeg: aangevraagd op de pagina van de groep."),
    )
    revoked_at = models.DateTimeField(_("ingetrokken op"), null=True, blank=True)
    last_used_at = models.DateTimeField(_("laatst gebruikt op"), null=True, blank=True)
    form_nonce = models.CharField(max_length=40, unique=True, null=True, editable=False)  # noqa: DJ001 (NULL: links sent by staff)

    objects = LeaderLinkQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("beheerlink")
        verbose_name_plural = _("beheerlinks")
        constraints = [
            models.UniqueConstraint(
                fields=["group"],
                condition=models.Q(revoked_at__isnull=True),
                name="one_active_leader_link_per_group",
            )
        ]

    def __str__(self):
        return f"{self.group} ({timezone.localdate(self.created_at):%d-%m-%Y})"

    @property
    def is_active(self):
        return self.revoked_at is None
