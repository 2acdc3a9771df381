from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from contactpoints.geo import Point, resolve_place, suggest_places
from contactpoints.models import Municipality
from groups.models import Theme

DISTANCE_CHOICES = [(5, _("5 km")), (10, _("10 km")), (15, _("15 km")), (25, _("25 km"))]
DEFAULT_KM = 15


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
    plaats = forms.CharField(
        label=_("gemeente, plaats of postcode (niet verplicht)"),
        help_text=_("Dan zie je groepen in en bij die plaats, en groepen online."),
        max_length=100,
        required=False,
    )
    km = forms.TypedChoiceField(
        label=_("afstand"),
        choices=DISTANCE_CHOICES,
        coerce=int,
        initial=DEFAULT_KM,
        required=False,
        empty_value=DEFAULT_KM,
    )

    def clean_plaats(self):
        text = self.cleaned_data["plaats"].strip()
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
