from django import forms
from django.core.validators import ProhibitNullCharactersValidator
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from contactpoints.geo import resolve_place, suggest_places

DISTANCES = [5, 10, 25, 50]
DEFAULT_DISTANCE = 25
SORTS = [
    ("relevantie", _("best passend")),
    ("afstand", _("dichtstbij")),
    ("datum", _("eerstvolgende bijeenkomst")),
]
MAX_PAGE = 10_000


def _no_null(message):
    return ProhibitNullCharactersValidator(message=message)


class BoundedText(forms.CharField):
    """Free text from the address bar: bounded, and a NUL byte is a normal form error."""

    def __init__(self, *args, null_message, **kwargs):
        super().__init__(*args, **kwargs)
        self.validators = [
            v for v in self.validators if not isinstance(v, ProhibitNullCharactersValidator)
        ] + [_no_null(null_message)]


class SearchForm(forms.Form):
    """The base form of GroupFilterSet: the fields that are not filters, and the place."""

    afstand = forms.TypedChoiceField(
        label=_("afstand"),
        choices=[(d, _("%(km)s km") % {"km": d}) for d in DISTANCES],
        coerce=int,
        empty_value=DEFAULT_DISTANCE,
        required=False,
    )
    sorteer = forms.ChoiceField(label=_("sorteren op"), choices=SORTS, required=False)
    page = forms.IntegerField(min_value=1, max_value=MAX_PAGE, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.place_suggestions = []

    def clean_waar(self):
        text = self.cleaned_data.get("waar") or ""
        if not text:
            return None
        point = resolve_place(text)
        if point is None:
            self.place_suggestions = suggest_places(text)
            raise forms.ValidationError(
                _("We kennen de plaats of postcode ‘%(place)s’ niet."),
                code="unknown_place",
                params={"place": text},
            )
        return point


class TypedForm(forms.Form):
    """The words as typed, before the search corrects a typo; letterlijk keeps them."""

    q = forms.CharField(max_length=100, required=False)
    letterlijk = forms.BooleanField(required=False)


class SuggestForm(forms.Form):
    q = forms.CharField(max_length=60, required=False)


class PageForm(forms.Form):
    page = forms.IntegerField(min_value=1, max_value=MAX_PAGE, required=False)


def page_number(request: HttpRequest) -> tuple[int | None, bool]:
    """The ?page= of a list page, through PageForm: (the number or None, whether it was valid)."""
    form = PageForm(request.GET)
    return form.cleaned_data.get("page") if form.is_valid() else None, form.is_valid()
