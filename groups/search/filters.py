"""GroupFilterSet: wires the search page's parameters to GroupQuerySet methods, nothing more."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

from groups.forms import DEFAULT_DISTANCE, BoundedText, SearchForm
from groups.models import Group, Schedule, Theme

# Parameter values are Dutch words, so a bookmarked search reads like what it asks.
FORMATS = {
    "op-locatie": Group.Format.IN_PERSON,
    "online": Group.Format.ONLINE,
    "hybride": Group.Format.HYBRID,
    "telefonisch": Group.Format.PHONE,
}
AUDIENCES = {"zelf": "self", "naasten": "relatives", "beide": "both"}
AUDIENCE_LABELS = {
    "zelf": _("mensen die het zelf meemaken"),
    "naasten": _("naasten en mantelzorgers"),
    "beide": _("samen met een naaste"),
}
DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
# The facets: filters counted per choice. q and waar narrow what the facets count over.
FACETS = ["thema", "vorm", "voor", "dag", "gratis", "nieuwkomers", "rolstoel", "taal"]


def _theme_choices():
    return [(theme.slug, theme.name) for theme in Theme.objects.cached()]


class CheckboxFilter(django_filters.Filter):
    field_class = forms.BooleanField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", forms.CheckboxInput(check_test=lambda v: bool(v)))
        super().__init__(*args, **kwargs)


class TextFilter(django_filters.CharFilter):
    field_class = BoundedText


class GroupFilterSet(django_filters.FilterSet):
    q = TextFilter(
        method="filter_text",
        label=_("Waar zoek je een groep voor?"),
        max_length=100,
        null_message=_("Je zoekwoorden bevatten een teken dat we niet kunnen lezen."),
        error_messages={"max_length": _("Gebruik hoogstens %(limit_value)d tekens.")},
    )
    waar = TextFilter(
        method="filter_place",
        label=_("Waar woon je?"),
        max_length=60,
        null_message=_("De plaats bevat een teken dat we niet kunnen lezen."),
        error_messages={"max_length": _("Gebruik hoogstens %(limit_value)d tekens.")},
    )
    thema = django_filters.MultipleChoiceFilter(
        method="filter_themes", label=_("thema"), choices=_theme_choices
    )
    vorm = django_filters.MultipleChoiceFilter(
        method="filter_formats",
        label=_("hoe de groep bijeenkomt"),
        choices=[
            ("op-locatie", _("op locatie")),
            ("online", _("online")),
            ("hybride", _("op locatie en online")),
            ("telefonisch", _("telefonisch")),
        ],
    )
    voor = django_filters.ChoiceFilter(
        method="filter_audience", label=_("voor wie"), choices=list(AUDIENCE_LABELS.items())
    )
    dag = django_filters.ChoiceFilter(
        method="filter_weekday",
        label=_("dag"),
        choices=[(DAYS[value], label) for value, label in Schedule.Weekday.choices],
    )
    gratis = CheckboxFilter(method="filter_free", label=_("gratis"))
    nieuwkomers = CheckboxFilter(method="filter_welcoming", label=_("nieuwe deelnemers welkom"))
    rolstoel = CheckboxFilter(method="filter_wheelchair", label=_("toegankelijk met een rolstoel"))
    taal = django_filters.ChoiceFilter(
        method="filter_language", label=_("taal"), choices=Group.LANGUAGE_CHOICES
    )

    class Meta:
        model = Group
        fields = []
        form = SearchForm

    def filter_queryset(self, queryset, skip=()):
        """Apply every valid filter except those in `skip`; invalid ones are left out."""
        for name, value in self.form.cleaned_data.items():
            if name in self.filters and name not in skip:
                queryset = self.filters[name].filter(queryset, value)
        return queryset

    def filter_text(self, queryset, name, value):
        return queryset.matching(value)

    def filter_place(self, queryset, name, point):
        return queryset.near(point, self.distance)

    def filter_themes(self, queryset, name, slugs):
        return queryset.for_themes(slugs) if slugs else queryset

    def filter_formats(self, queryset, name, values):
        return queryset.with_formats(FORMATS[v] for v in values) if values else queryset

    def filter_audience(self, queryset, name, value):
        return queryset.for_audience(AUDIENCES[value])

    def filter_weekday(self, queryset, name, value):
        return queryset.meeting_on(DAYS.index(value))

    def filter_free(self, queryset, name, value):
        return queryset.free() if value else queryset

    def filter_welcoming(self, queryset, name, value):
        return queryset.welcoming() if value else queryset

    def filter_wheelchair(self, queryset, name, value):
        return queryset.wheelchair_accessible() if value else queryset

    def filter_language(self, queryset, name, value):
        return queryset.in_language(value)

    # What the view needs to know about the request, from the cleaned form only.

    @property
    def cleaned(self):
        return self.form.cleaned_data if self.is_bound else {}

    @property
    def text(self):
        return self.cleaned.get("q") or ""

    @property
    def place(self):
        return self.cleaned.get("waar")

    @property
    def distance(self):
        return self.cleaned.get("afstand") or DEFAULT_DISTANCE

    def selected(self):
        """The active facet filters, in the queryset's words (for facet_counts)."""
        c = self.cleaned
        return {
            "themes": c.get("thema") or [],
            "formats": [FORMATS[v] for v in c.get("vorm") or []],
            "audience": AUDIENCES.get(c.get("voor")),
            "weekday": DAYS.index(c["dag"]) if c.get("dag") else None,
            "free": bool(c.get("gratis")),
            "welcoming": bool(c.get("nieuwkomers")),
            "wheelchair": bool(c.get("rolstoel")),
            "language": c.get("taal") or None,
        }

    def active_facets(self):
        c = self.cleaned
        return [name for name in FACETS if c.get(name)]
