from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from contactpoints.models import Municipality
from groups.models import Theme
from starting.models import StartRequest
from submissions import places
from submissions.forms import (
    ThemeField,
    guard_email_fields,
    theme_choices,
    validate_phone,
    validate_readable,
)
from submissions.protection import ProtectionMixin


class StartRequestForm(ProtectionMixin, forms.ModelForm):
    theme_id = ThemeField(label=_("Waar gaat de groep over?"), required=False)
    topic = forms.CharField(
        label=_("Of in je eigen woorden"),
        help_text=_("Staat het onderwerp niet in de lijst? Schrijf het hier kort op."),
        max_length=150,
        required=False,
    )
    where = forms.CharField(
        label=_("In welke plaats wil je de groep starten?"),
        help_text=_("Een plaats of een postcode, bijvoorbeeld Venlo of 5911."),
        max_length=100,
        error_messages={"required": _("Vul een plaats of een postcode in.")},
    )
    help_wanted = forms.MultipleChoiceField(
        label=_("Waar wil je hulp bij? (niet verplicht)"),
        choices=StartRequest.Help.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    class Meta:
        model = StartRequest
        fields = ["message", "name", "email", "phone"]
        labels = {
            "message": _("Wil je nog iets vertellen? (niet verplicht)"),
            "name": _("Je naam"),
            "email": _("Je e-mailadres"),
            "phone": _("Je telefoonnummer"),
        }
        help_texts = {
            "message": _("Bijvoorbeeld wat je zelf hebt meegemaakt, of wanneer je tijd hebt."),
            "email": _("Vul je e-mailadres of je telefoonnummer in, of allebei."),
            "phone": _("Bijvoorbeeld: 06 12 34 56 78"),
        }
        widgets = {
            "message": forms.Textarea(attrs={"rows": 5, "maxlength": 2000}),
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
        }

    field_order = ["theme_id", "topic", "where", "help_wanted", "message", "name", "email", "phone"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.point = None
        self.contact_point = None
        self.fields["theme_id"].choices = theme_choices(_("Kies een onderwerp"))
        self.fields["name"].error_messages["required"] = _("Vul je naam in.")
        guard_email_fields(self)
        self.fields["phone"].validators.append(validate_phone)
        for name in ("topic", "message", "name"):
            self.fields[name].validators.append(validate_readable)

    def clean_theme_id(self):
        pk = self.cleaned_data.get("theme_id")
        if not pk:
            return None
        theme = Theme.objects.filter(pk=pk).first()
        if theme is None:
            raise ValidationError(_("Kies een onderwerp uit de lijst."))
        return theme

    def clean_topic(self):
        return " ".join(self.cleaned_data["topic"].split())

    def clean_name(self):
        return " ".join(self.cleaned_data["name"].split())

    def clean_where(self):
        text = " ".join(self.cleaned_data["where"].split())
        self.point = places.resolve_or_explain(text)
        municipality = Municipality.objects.get(pk=self.point.municipality_id)
        self.contact_point = places.responsible_contact_point(municipality)
        if self.contact_point is None:
            raise ValidationError(
                _("Voor %(place)s hebben we (nog) geen zelfhulpcontactpunt.") % {"place": text}
            )
        return text

    def clean(self):
        cleaned = super().clean()
        if not self.has_error("theme_id") and not (cleaned.get("theme_id") or cleaned.get("topic")):
            self.add_error("theme_id", _("Kies waar de groep over gaat, of schrijf het zelf op."))
        if (
            not cleaned.get("email")
            and not cleaned.get("phone")
            and not self.has_error("email")
            and not self.has_error("phone")
        ):
            self.add_error(
                "email",
                _(
                    "Vul je e-mailadres of je telefoonnummer in, zodat het contactpunt je kan bereiken."
                ),
            )
        return cleaned

    def save(self, commit=True):
        request = self.instance
        request.theme = self.cleaned_data["theme_id"]
        request.topic = self.cleaned_data["topic"]
        request.help_wanted = list(self.cleaned_data["help_wanted"])
        request.place = self.point.label[:100]
        request.municipality_id = self.point.municipality_id
        request.contact_point = self.contact_point
        request.form_nonce = self.nonce
        return super().save(commit)
