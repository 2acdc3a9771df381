from django import forms
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

from groups.models import Theme


class BooleanParam(forms.Field):
    """'true' / 'false' (any case) or absent; anything else is an error, not a guess."""

    def to_python(self, value):
        if value in (None, ""):
            return None
        text = str(value).lower()
        if text in ("true", "1"):
            return True
        if text in ("false", "0"):
            return False
        raise forms.ValidationError("true or false", code="invalid")


class ApiListForm(forms.Form):
    """The query parameters of the HSDS list endpoints, with the bounds the served OpenAPI
    document states (opendata.schemas._BOUNDS)."""

    search = forms.CharField(required=False, max_length=100, strip=True)
    page = forms.IntegerField(required=False, min_value=1, max_value=10000)
    per_page = forms.IntegerField(required=False, min_value=1, max_value=100)
    format = forms.ChoiceField(required=False, choices=[("json", "json")])
    minimal = BooleanParam(required=False)
    full = BooleanParam(required=False)
    full_service = BooleanParam(required=False)
    top_only = BooleanParam(required=False)
    modified_after = forms.DateTimeField(required=False)
    taxonomy_term_id = forms.UUIDField(required=False)
    taxonomy_id = forms.UUIDField(required=False)
    organization_id = forms.UUIDField(required=False)
    parent_id = forms.UUIDField(required=False)
    postcode = forms.CharField(
        required=False,
        max_length=7,
        validators=[RegexValidator(r"^[1-9][0-9]{3} ?([A-Za-z]{2})?$")],
    )
    proximity = forms.IntegerField(required=False, min_value=1, max_value=200000)

    def clean_search(self):
        text = self.cleaned_data["search"]
        if "\x00" in text:
            raise forms.ValidationError("invalid character", code="invalid")
        return text


class EmbedForm(forms.Form):
    """What a partner site asks the widget for: a theme and/or a place, and how many."""

    thema = forms.ModelChoiceField(
        label=_("thema"),
        queryset=Theme.objects.all(),
        to_field_name="slug",
        required=False,
    )
    waar = forms.CharField(
        label=_("plaats of postcode"),
        max_length=60,
        required=False,
        help_text=_("Een postcode, plaats of gemeente."),
    )
    afstand = forms.TypedChoiceField(
        label=_("afstand"),
        choices=[(5, "5 km"), (10, "10 km"), (15, "15 km"), (25, "25 km")],
        coerce=int,
        required=False,
        empty_value=15,
    )
    aantal = forms.IntegerField(label=_("aantal"), min_value=1, max_value=20, required=False)

    def clean_waar(self):
        text = self.cleaned_data["waar"]
        if "\x00" in text:
            raise forms.ValidationError(_("Deze plaats kennen we niet."), code="invalid")
        return text.strip()
