from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from contactpoints.geo import Point, resolve_place, suggest_places
from contactpoints.models import Municipality
from groups.forms import DEFAULT_DISTANCE, DISTANCES
from groups.models import Theme


def _place_error(text):
    suggestions = suggest_places(text)
    if suggestions:
        return ValidationError(
            _("We kennen deze plaats niet. Bedoelde je: %(names)s?"),
            params={"names": ", ".join(suggestions)},
        )
    return ValidationError(
        _("We kennen deze plaats niet. Vul een gemeente, plaats of postcode in.")
    )


class ReferrerSearchForm(forms.Form):
    """The residents' search's parameter names and defaults (q, thema, waar, afstand), so a
    referrer and a resident who type the same get the same groups."""

    q = forms.CharField(
        label=_("thema, klacht of ICPC-code"),
        help_text=_("Bijvoorbeeld P76, rouw of mantelzorg."),
        max_length=100,
        required=False,
    )
    thema = forms.ModelChoiceField(
        queryset=Theme.objects.all(),
        to_field_name="slug",
        required=False,
        widget=forms.HiddenInput,
    )
    waar = forms.CharField(
        label=_("gemeente, plaats of postcode (niet verplicht)"),
        help_text=_("Dan zie je groepen in en bij die plaats, en groepen online."),
        max_length=60,
        required=False,
    )
    afstand = forms.TypedChoiceField(
        label=_("afstand"),
        choices=[(d, _("%(km)s km") % {"km": d}) for d in DISTANCES],
        coerce=int,
        initial=DEFAULT_DISTANCE,
        required=False,
        empty_value=DEFAULT_DISTANCE,
    )

    def __init__(self, data=None, *args, **kwargs):
        # Links from before the names were shared (plaats, km) still work.
        if data is not None:
            data = data.copy()
            for old, new in (("plaats", "waar"), ("km", "afstand")):
                if old in data and new not in data:
                    data[new] = data[old]
        super().__init__(data, *args, **kwargs)

    def clean_waar(self):
        text = self.cleaned_data["waar"].strip()
        if not text:
            return None
        point = resolve_place(text)
        if point is None:
            raise _place_error(text)
        return point


class OverviewForm(forms.Form):
    gemeente = forms.CharField(
        label=_("gemeente of plaats"),
        help_text=_("Het overzicht toont groepen in en bij deze plaats, en groepen online."),
        max_length=100,
        required=False,
    )

    def clean_gemeente(self):
        text = self.cleaned_data["gemeente"].strip()
        if not text:
            return None
        # The overview link carries the municipality's slug; a typed name works as well.
        municipality = Municipality.objects.filter(slug=text.lower()).first()
        if municipality is not None:
            return Point(
                municipality.latitude, municipality.longitude, municipality.name, municipality.pk
            )
        point = resolve_place(text)
        if point is None:
            raise _place_error(text)
        return point


class ShortLinkForm(forms.Form):
    # The QR code adds ?qr=1, so staff can see whether cards are scanned or typed.
    qr = forms.BooleanField(required=False)
