"""The demand & impact figures: each function takes a Scope and returns a Figure (a title,
column headings and rows), which the dashboard draws as a chart, shows as a table and
exports as CSV or XLSX. Only counts leave this module; nothing identifies a person.

A figure about answering questions reads every source in settings.DASHBOARD_RESPONSE_SOURCES:
dotted paths to functions(scope) -> (label, [(asked_at, answered_at or None), ...]). The
relay is one; peer questions (peers app) add their own line to that setting.
"""

import statistics
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from importlib import import_module

from django.conf import settings
from django.db.models import Count, Q, Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from contactpoints.geo import Point
from contactpoints.models import ContactPoint, Municipality
from dashboard.counters import SHOW_FROM, flush_search_counts
from dashboard.models import SearchMonth, ZeroResultWords
from groups.models import Group, Schedule, Theme
from referrals.models import ReferralCount
from submissions.models import Interest, RelayMessage

WHITE_SPOT_KM = 15
MONTH_NAMES = [
    "jan",
    "feb",
    "mrt",
    "apr",
    "mei",
    "jun",
    "jul",
    "aug",
    "sep",
    "okt",
    "nov",
    "dec",
]


@dataclass
class Scope:
    """Whose figures (one contact point, or None for all) over which days."""

    contact_point: ContactPoint | None
    start: date
    end: date

    @property
    def since(self):
        return timezone.make_aware(datetime.combine(self.start, time.min))

    @property
    def until(self):
        return timezone.make_aware(datetime.combine(self.end + timedelta(days=1), time.min))

    def groups(self):
        groups = Group.objects.all()
        if self.contact_point:
            groups = groups.filter(contact_point=self.contact_point)
        return groups

    def municipalities(self):
        if self.contact_point:
            return self.contact_point.municipalities.all()
        return Municipality.objects.all()


@dataclass
class Figure:
    slug: str
    title: str
    headings: list
    rows: list = field(default_factory=list)
    note: str = ""
    chart: str = "bar"  # "bar": first column label, last column value; "" = table only

    def chart_rows(self):
        return [(str(row[0]), row[-1] or 0) for row in self.rows]


def month_label(d):
    return f"{MONTH_NAMES[d.month - 1]} {d.year}"


def searches_per_month(scope):
    flush_search_counts()  # the searches counted in Redis since the last flush, too
    rows = SearchMonth.objects.filter(month__gte=scope.start.replace(day=1), month__lte=scope.end)
    if scope.contact_point:
        rows = rows.filter(municipality__in=scope.municipalities())
    by_month = (
        rows.values("month")
        .annotate(searches=Sum("searches"), nothing=Sum("zero_results"))
        .order_by("month")
    )
    note = (
        _("Zoekopdrachten met een plaats in het werkgebied van dit contactpunt.")
        if scope.contact_point
        else _("Alle zoekopdrachten, met en zonder plaats.")
    )
    return Figure(
        "zoekopdrachten",
        _("Zoekopdrachten per maand"),
        [_("Maand"), _("Zonder resultaat"), _("Zoekopdrachten")],
        [(month_label(r["month"]), r["nothing"], r["searches"]) for r in by_month],
        note,
    )


def zero_result_words(scope):
    flush_search_counts()
    rows = (
        ZeroResultWords.objects.filter(
            month__gte=scope.start.replace(day=1), month__lte=scope.end, count__gte=SHOW_FROM
        )
        .order_by("-month", "-count", "words")
        .values_list("month", "words", "count")
    )
    return Figure(
        "zoekwoorden",
        _("Zoekwoorden zonder resultaat"),
        [_("Maand"), _("Woorden"), _("Aantal keer")],
        [(month_label(m), w, c) for m, w, c in rows],
        _(
            "Alleen woorden waarop minstens %(n)s keer in een maand is gezocht. "
            "De woorden worden na 30 dagen verwijderd. Voor het hele land."
        )
        % {"n": SHOW_FROM},
        chart="",
    )


def interest_by_theme_and_municipality(scope):
    rows = (
        Interest.objects.filter(
            created_at__gte=scope.since,
            created_at__lt=scope.until,
            municipality__in=scope.municipalities(),
        )
        .values("theme__name", "municipality__name")
        .annotate(n=Count("pk"))
        .order_by("-n", "theme__name", "municipality__name")
    )
    return Figure(
        "interesse",
        _("Interesse per thema en gemeente"),
        [_("Thema en gemeente"), _("Thema"), _("Gemeente"), _("Aanmeldingen")],
        [
            (
                f"{r['theme__name']} – {r['municipality__name']}",
                r["theme__name"],
                r["municipality__name"],
                r["n"],
            )
            for r in rows
        ],
        _("Mensen die via 'Ik zoek een groep' lieten weten dat ze een groep zoeken."),
    )


def referrals_by_theme(scope):
    rows = (
        ReferralCount.objects.filter(
            date__gte=scope.start, date__lte=scope.end, group__in=scope.groups()
        )
        .values("group__themes__name")
        .annotate(visits=Sum("visits"), qr=Sum("qr_visits"))
        .order_by("-visits", "group__themes__name")
    )
    return Figure(
        "verwijzingen",
        _("Verwijskaarten en korte links per thema"),
        [_("Thema"), _("Via QR-code"), _("Bezoeken")],
        [(r["group__themes__name"] or _("(zonder thema)"), r["qr"], r["visits"]) for r in rows],
        _(
            "Bezoeken via de korte link of QR-code van een verwijskaart. Een groep met meer "
            "thema's telt bij elk thema mee."
        ),
    )


def relay_response_times(scope):
    """The relay: asked = sent, answered = the group said it responded (or staff took it up)."""
    messages = RelayMessage.objects.filter(created_at__gte=scope.since, created_at__lt=scope.until)
    if scope.contact_point:
        messages = messages.filter(contact_point=scope.contact_point)
    rows = []
    for created, responded, handled in messages.values_list(
        "created_at", "responded_at", "handled_at"
    ):
        answered = min([t for t in (responded, handled) if t], default=None)
        rows.append((created, answered))
    return _("Berichten aan groepen"), rows


def response_rates(scope):
    in_time = timedelta(days=settings.RELAY_CONFIRM_DAYS)
    rows = []
    for dotted in settings.DASHBOARD_RESPONSE_SOURCES:
        module_name, _dot, func_name = dotted.rpartition(".")
        label, pairs = getattr(import_module(module_name), func_name)(scope)
        asked = len(pairs)
        waits = [answered - created for created, answered in pairs if answered]
        on_time = sum(1 for w in waits if w <= in_time)
        share = round(100 * on_time / asked) if asked else 0
        median = statistics.median(waits) if waits else None
        rows.append(
            (
                label,
                asked,
                len(waits),
                f"{median.total_seconds() / 86400:.1f}".replace(".", ",") if median else "–",
                share,
            )
        )
    return Figure(
        "antwoorden",
        _("Op tijd beantwoord"),
        [
            _("Soort vraag"),
            _("Gesteld"),
            _("Beantwoord"),
            _("Mediaan dagen tot antwoord"),
            _("% op tijd"),
        ],
        rows,
        _("Op tijd: beantwoord binnen %(days)s dagen.") % {"days": settings.RELAY_CONFIRM_DAYS},
    )


def listings_checked(scope):
    year_ago = timezone.localdate() - timedelta(days=365)
    counts = (
        scope.groups()
        .filter(status=Group.Status.PUBLISHED)
        .aggregate(total=Count("pk"), checked=Count("pk", filter=Q(last_verified__gte=year_ago)))
    )
    total, checked = counts["total"], counts["checked"]
    share = round(100 * checked / total) if total else 0
    return Figure(
        "gecontroleerd",
        _("Vermeldingen gecontroleerd in de laatste 12 maanden"),
        [
            _("Vermeldingen"),
            _("Gepubliceerde groepen"),
            _("Gecontroleerd"),
            _("Deel gecontroleerd (%)"),
        ],
        [(_("Gecontroleerd"), total, checked, share)],
        _("Gecontroleerd: de groep of het contactpunt bevestigde de gegevens."),
        chart="",
    )


def groups_by_theme_and_municipality(scope):
    links = (
        Schedule.objects.filter(
            group__status=Group.Status.PUBLISHED,
            group__in=scope.groups(),
            venue__municipality__in=scope.municipalities(),
        )
        .values("group__themes__name", "venue__municipality__name")
        .annotate(n=Count("group", distinct=True))
        .order_by("venue__municipality__name", "group__themes__name")
    )
    rows = [
        (
            f"{r['group__themes__name']} – {r['venue__municipality__name']}",
            r["group__themes__name"],
            r["venue__municipality__name"],
            r["n"],
        )
        for r in links
        if r["group__themes__name"]
    ]
    return Figure(
        "groepen",
        _("Groepen per thema per gemeente"),
        [_("Thema en gemeente"), _("Thema"), _("Gemeente"), _("Groepen")],
        rows,
        _("Groepen die op locatie bijeenkomen, per gemeente van de locatie."),
        chart="",
    )


def white_spots(scope):
    """Themes with demand (interest, in the date range) and no published group meeting
    within 15 km of the municipality's centre."""
    demand = (
        Interest.objects.filter(
            created_at__gte=scope.since,
            created_at__lt=scope.until,
            municipality__in=scope.municipalities(),
        )
        .values("theme_id", "municipality_id")
        .annotate(n=Count("pk"))
        .order_by("-n")[:200]
    )
    themes = {t.pk: t for t in Theme.objects.all()}
    municipalities = {
        m.pk: m for m in Municipality.objects.filter(pk__in={d["municipality_id"] for d in demand})
    }
    rows = []
    published = Group.objects.published()
    for d in demand:
        theme, municipality = themes[d["theme_id"]], municipalities[d["municipality_id"]]
        centre = Point(municipality.latitude, municipality.longitude)
        if not published.for_theme(theme).near(centre, WHITE_SPOT_KM).exists():
            rows.append(
                (f"{theme.name} – {municipality.name}", theme.name, municipality.name, d["n"])
            )
    return Figure(
        "witte-vlekken",
        _("Witte vlekken: vraag zonder groep"),
        [_("Thema en gemeente"), _("Thema"), _("Gemeente"), _("Aanmeldingen van interesse")],
        rows,
        _("Thema's met vraag en geen groep binnen %(km)s km van de gemeente.")
        % {"km": WHITE_SPOT_KM},
    )


# In the order the dashboard shows them, by the slug of their export URL.
FIGURES = {
    "zoekopdrachten": searches_per_month,
    "zoekwoorden": zero_result_words,
    "interesse": interest_by_theme_and_municipality,
    "witte-vlekken": white_spots,
    "verwijzingen": referrals_by_theme,
    "antwoorden": response_rates,
    "gecontroleerd": listings_checked,
    "groepen": groups_by_theme_and_municipality,
}
