"""GroupFilterSet: wires the search page's parameters to GroupQuerySet methods, nothing more.
The words and the place are declared here; every other filter comes from the Facet registry
(groups.search.facets)."""

import django_filters
from django.utils.translation import gettext_lazy as _

from groups.forms import DEFAULT_DISTANCE, BoundedText, SearchForm
from groups.models import Group
from groups.search.facets import FACETS, PARAMS
from groups.search.facets import selected as selected_facts


class TextFilter(django_filters.CharFilter):
    field_class = BoundedText


class WordsAndPlace(django_filters.FilterSet):
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
        """The facet filters' engine values ({key: value}, see groups.search.facets)."""
        return selected_facts(self.cleaned)

    def active_facets(self):
        c = self.cleaned
        return [name for name in PARAMS if c.get(name)]


# Each facet's filter, declared once in groups.search.facets.
GroupFilterSet = type(django_filters.FilterSet)(
    "GroupFilterSet",
    (WordsAndPlace,),
    {"__module__": __name__, **{facet.param: facet.make_filter(facet) for facet in FACETS}},
)
