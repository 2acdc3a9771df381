"""GroupFilterSet: wires the search page's parameters to GroupQuerySet methods, nothing more.
The words and the place are declared here; every other filter comes from the Facet registry
(groups.search.facets)."""

import copy

import django_filters
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from groups.forms import DEFAULT_DISTANCE, BoundedText, SearchForm
from groups.models import Group
from groups.search.facets import FACETS, PARAMS
from groups.search.facets import selected as selected_facts


class _SharedFields(dict):
    """A form's fields that validating never changes: each form gets a shallow copy of each
    (the cost of a dict), not Django's deep copy of every field, widget and choice."""

    def __deepcopy__(self, memo):
        return {name: copy.copy(field) for name, field in self.items()}


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

    # Built for every search: django-filter deep-copies every filter with its form field,
    # makes a new form class and deep-copies its fields again (a few milliseconds a page).
    # The filters and fields hold nothing per request but the filters' parent, so each
    # request gets shallow copies and the form class is made once.

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None):
        if queryset is None:
            queryset = self._meta.model._default_manager.all()
        self.is_bound = data is not None
        self.data = data or QueryDict()
        self.queryset = queryset
        self.request = request
        self.form_prefix = prefix
        self.filters = {name: copy.copy(f) for name, f in self.base_filters.items()}
        for filter_ in self.filters.values():
            filter_.model = queryset.model
            filter_.parent = self
            if filter_.method is not None:
                filter_.method = filter_.method  # its own FilterMethod, bound to the copy

    @classmethod
    def _form_class(cls):
        if "_made_form_class" not in cls.__dict__:
            fields = {name: f.field for name, f in cls.base_filters.items()}
            form_class = type(f"{cls.__name__}Form", (cls._meta.form,), fields)
            form_class.base_fields = _SharedFields(form_class.base_fields)
            cls._made_form_class = form_class
        return cls._made_form_class

    def get_form_class(self):
        return self._form_class()

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
