"""The search page's filters, each declared once.

A Facet says everything about one filter: its parameter and the form field that reads it,
the value the engine works with, the same test in SQL (over a groups_group row or a search
candidate) and with GroupQuerySet methods, the choices that are counted, and how the filter
panel shows them. From this registry come the FilterSet's filters (groups.search.filters),
the engine's predicates and counts (groups.search.engine), the filter panel (panel()), and
the tests that hold the SQL to the ORM (tests/groups/test_search_facets.py).

Adding a filter: one Facet in FACETS (a column in Group's stored facts if it needs one), and
its case in the tests' varied groups.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

from groups.querysets import AUDIENCES as STORED_AUDIENCES
from groups.querysets import REMOTE_FORMATS

# Parameter values are Dutch words, so a bookmarked search reads like what it asks.
FORMATS = {
    "op-locatie": "in_person",
    "online": "online",
    "hybride": "hybrid",
    "telefonisch": "phone",
}
FORMAT_LABELS = {
    "op-locatie": _("op locatie"),
    "online": _("online"),
    "hybride": _("op locatie en online"),
    "telefonisch": _("telefonisch"),
}
AUDIENCES = {"zelf": "self", "naasten": "relatives", "beide": "both"}
AUDIENCE_LABELS = {
    "zelf": _("mensen die het zelf meemaken"),
    "naasten": _("naasten en mantelzorgers"),
    "beide": _("samen met een naaste"),
}
DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


class CheckboxFilter(django_filters.Filter):
    field_class = forms.BooleanField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", forms.CheckboxInput(check_test=lambda v: bool(v)))
        super().__init__(*args, **kwargs)


@dataclass(frozen=True)
class Choice:
    """One choice of a filter: its parameter value, its label and its engine value."""

    param: str
    label: Any
    value: Any


@dataclass(frozen=True)
class Facet:
    """One filter of the search page.

    param: the URL parameter (and form field). key: the engine's name for it (the keys of
    GroupFilterSet.selected() and of the counts). kind: how the panel shows it ("checkbox",
    "radio", "select", or "flag": a single yes, shown with the other flags). sql and
    sql_params: the test over a row's columns for an engine value; orm: the same with
    GroupQuerySet methods. choices(themes): the choices counted and shown. value(cleaned):
    the engine value of the cleaned parameter, or None when the filter is not in use.
    listed: the engine value is a list (ticking a choice selects a list of one)."""

    param: str
    key: str
    legend: Any
    kind: str
    sql: str
    sql_params: Callable[[Any], list]
    orm: Callable[[Any, Any], Any]
    make_filter: Callable[["Facet"], django_filters.Filter]
    choices: Callable[[Any], list[Choice]]
    value: Callable[[Any], Any]
    listed: bool = False
    everyone: Any = None  # the label of "no choice" for a radio or select
    inactive: Any = field(default=None)

    def predicate(self, value):
        """SQL and params that are true for a row passing this filter with this engine value."""
        return self.sql, self.sql_params(value)

    def choice_value(self, choice):
        """The engine value of ticking this one choice."""
        return [choice.value] if self.listed else choice.value

    def checked(self, cleaned, choice):
        given = cleaned.get(self.param)
        if self.kind == "checkbox":
            return choice.param in (given or [])
        if self.kind == "flag":
            return bool(given)
        return given == choice.param

    def filter(self, queryset, name, given):
        value = self.value(given)
        return queryset if value is None else self.orm(queryset, value)


def _flag(param, label):
    return lambda _themes: [Choice(param, label, True)]


def _theme_choices(themes):
    """The themes shown: the top-level ones, and any other the request ticked."""
    return [Choice(theme.slug, theme.display_name, theme.slug) for theme in themes]


def _all_theme_choices():
    from groups.models import Theme

    return [(theme.slug, theme.name) for theme in Theme.objects.cached()]


def _weekday_choices():
    from groups.models import Schedule

    return [(DAYS[value], label) for value, label in Schedule.Weekday.choices]


def _language_choices():
    from groups.models import Group

    return Group.LANGUAGE_CHOICES


FACETS = [
    Facet(
        param="thema",
        key="themes",
        legend=_("Thema"),
        kind="checkbox",
        sql="facet_themes && %s::varchar[]",
        sql_params=lambda slugs: [list(slugs)],
        orm=lambda qs, slugs: qs.for_themes(slugs),
        make_filter=lambda f: django_filters.MultipleChoiceFilter(
            method=f.filter, label=_("thema"), choices=_all_theme_choices
        ),
        choices=_theme_choices,
        value=lambda given: list(given) if given else None,
        listed=True,
        inactive=[],
    ),
    Facet(
        param="vorm",
        key="formats",
        legend=_("Hoe de groep bijeenkomt"),
        kind="checkbox",
        sql="format = ANY(%s)",
        sql_params=lambda formats: [list(formats)],
        orm=lambda qs, formats: qs.with_formats(formats),
        make_filter=lambda f: django_filters.MultipleChoiceFilter(
            method=f.filter,
            label=_("hoe de groep bijeenkomt"),
            choices=list(FORMAT_LABELS.items()),
        ),
        choices=lambda _themes: [
            Choice(param, FORMAT_LABELS[param], value) for param, value in FORMATS.items()
        ],
        value=lambda given: [FORMATS[v] for v in given] if given else None,
        listed=True,
        inactive=[],
    ),
    Facet(
        param="voor",
        key="audience",
        legend=_("Voor wie"),
        kind="radio",
        sql="audience = ANY(%s)",
        sql_params=lambda audience: [STORED_AUDIENCES[audience]],
        orm=lambda qs, audience: qs.for_audience(audience),
        make_filter=lambda f: django_filters.ChoiceFilter(
            method=f.filter, label=_("voor wie"), choices=list(AUDIENCE_LABELS.items())
        ),
        choices=lambda _themes: [
            Choice(param, AUDIENCE_LABELS[param], value) for param, value in AUDIENCES.items()
        ],
        value=lambda given: AUDIENCES.get(given),
        everyone=_("iedereen"),
    ),
    Facet(
        param="dag",
        key="weekday",
        legend=_("Dag"),
        kind="select",
        sql="facet_weekdays @> ARRAY[%s]::smallint[]",
        sql_params=lambda day: [day],
        orm=lambda qs, day: qs.meeting_on(day),
        make_filter=lambda f: django_filters.ChoiceFilter(
            method=f.filter, label=_("dag"), choices=_weekday_choices
        ),
        choices=lambda _themes: [
            Choice(param, label, DAYS.index(param)) for param, label in _weekday_choices()
        ],
        # Monday is weekday 0: "not in use" is None, never a falsy number.
        value=lambda given: DAYS.index(given) if given else None,
        everyone=_("elke dag"),
    ),
    Facet(
        param="gratis",
        key="free",
        legend=_("gratis"),
        kind="flag",
        sql="cost = 'free'",
        sql_params=lambda _value: [],
        orm=lambda qs, _value: qs.free(),
        make_filter=lambda f: CheckboxFilter(method=f.filter, label=_("gratis")),
        choices=_flag("gratis", _("gratis")),
        value=lambda given: True if given else None,
        inactive=False,
    ),
    Facet(
        param="nieuwkomers",
        key="welcoming",
        legend=_("nieuwe deelnemers welkom"),
        kind="flag",
        sql="newcomers = 'welcome'",
        sql_params=lambda _value: [],
        orm=lambda qs, _value: qs.welcoming(),
        make_filter=lambda f: CheckboxFilter(method=f.filter, label=_("nieuwe deelnemers welkom")),
        choices=_flag("nieuwkomers", _("nieuwe deelnemers welkom")),
        value=lambda given: True if given else None,
        inactive=False,
    ),
    Facet(
        param="rolstoel",
        key="wheelchair",
        legend=_("toegankelijk met een rolstoel"),
        kind="flag",
        sql="(format = ANY(%s) OR facet_wheelchair)",
        sql_params=lambda _value: [REMOTE_FORMATS],
        orm=lambda qs, _value: qs.wheelchair_accessible(),
        make_filter=lambda f: CheckboxFilter(
            method=f.filter, label=_("toegankelijk met een rolstoel")
        ),
        choices=_flag("rolstoel", _("toegankelijk met een rolstoel")),
        value=lambda given: True if given else None,
        inactive=False,
    ),
    Facet(
        param="taal",
        key="language",
        legend=_("Taal"),
        kind="select",
        sql="languages @> ARRAY[%s]::varchar[]",
        sql_params=lambda code: [code],
        orm=lambda qs, code: qs.in_language(code),
        make_filter=lambda f: django_filters.ChoiceFilter(
            method=f.filter, label=_("taal"), choices=_language_choices
        ),
        choices=lambda _themes: [Choice(code, label, code) for code, label in _language_choices()],
        value=lambda given: given or None,
        everyone=_("elke taal"),
    ),
]
BY_KEY = {facet.key: facet for facet in FACETS}
BY_PARAM = {facet.param: facet for facet in FACETS}
PARAMS = [facet.param for facet in FACETS]


def selected(cleaned):
    """Every facet's engine value for these cleaned parameters ({key: value}), the ones not
    in use with their empty value ([], None or False)."""
    out = {}
    for facet in FACETS:
        value = facet.value(cleaned.get(facet.param))
        out[facet.key] = facet.inactive if value is None else value
    return out


def counted(themes):
    """What the engine counts: {key: [engine value of each choice]}."""
    return {facet.key: [c.value for c in facet.choices(themes)] for facet in FACETS}


def panel(cleaned, themes, counts):
    """What the filter panel shows: per filter, its choices as (parameter value, label, count,
    ticked); the flags together under "Verder". counts: {key: {value: n}}, or None."""

    def number(facet, choice):
        return counts[facet.key].get(choice.value) if counts is not None else None

    out, flags = [], None
    for facet in FACETS:
        choices = [
            (c.param, c.label, number(facet, c), facet.checked(cleaned, c))
            for c in facet.choices(themes)
        ]
        if facet.kind == "flag":
            if flags is None:
                flags = {"name": "", "legend": _("Verder"), "type": "flags", "choices": []}
                out.append(flags)
            flags["choices"] += choices
            continue
        if facet.everyone is not None:
            choices.insert(0, ("", facet.everyone, None, not cleaned.get(facet.param)))
        out.append(
            {"name": facet.param, "legend": facet.legend, "type": facet.kind, "choices": choices}
        )
    return out
