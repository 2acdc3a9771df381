"""The public forms of the activities pages: every input bounded, plain Dutch messages."""

from django import forms
from django.core.validators import ProhibitNullCharactersValidator
from django.utils.translation import gettext_lazy as _

from activities.models import MAX_PEOPLE_PER_REGISTRATION, Activity, Registration
from groups.models import Theme
from submissions.forms import validate_phone
from submissions.protection import ProtectionMixin


def _theme_choices():
    return [("", _("Alle thema's"))] + [
        (theme.slug, theme.display_name) for theme in Theme.objects.cached()
    ]


def _place_choices():
    places = (
        Activity.objects.upcoming()
        .exclude(place="")
        .order_by("place")
        .values_list("place", flat=True)
        .distinct()
    )
    return [("", _("Alle plaatsen"))] + [(p, p) for p in places]


class ActivityFilterForm(forms.Form):
    """/activiteiten/?soort=&thema=&plaats=: all optional; an invalid value narrows nothing
    and is shown as an error."""

    soort = forms.ChoiceField(
        label=_("Soort activiteit"),
        required=False,
        choices=[("", _("Alle soorten")), *Activity.Kind.choices],
    )
    thema = forms.ChoiceField(label=_("Thema"), required=False, choices=_theme_choices)
    plaats = forms.ChoiceField(label=_("Plaats"), required=False, choices=_place_choices)

    def filter(self, activities):
        if not self.is_valid():
            return activities
        data = self.cleaned_data
        if data["soort"]:
            activities = activities.of_kind(data["soort"])
        if data["thema"]:
            activities = activities.for_theme_slugs([data["thema"]])
        if data["plaats"]:
            activities = activities.in_place(data["plaats"])
        return activities


class RegistrationForm(ProtectionMixin, forms.ModelForm):
    class Meta:
        model = Registration
        fields = ["name", "email", "phone", "people"]
        labels = {
            "name": _("Je naam"),
            "email": _("Je e-mailadres"),
            "phone": _("Je telefoonnummer"),
            "people": _("Met hoeveel personen kom je?"),
        }
        help_texts = {
            "name": _("Je voornaam is genoeg. Die staat op de lijst bij de deur."),
            "email": _(
                "Vul je e-mailadres of je telefoonnummer in, of allebei. Naar je e-mailadres "
                "sturen we de bevestiging en een herinnering."
            ),
            "phone": _("Bijvoorbeeld: 06 12 34 56 78"),
            "people": _("Jezelf meegeteld. Hooguit %(max)s.")
            % {"max": MAX_PEOPLE_PER_REGISTRATION},
        }
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
            "people": forms.NumberInput(attrs={"class": "input-short", "inputmode": "numeric"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        name = self.fields["name"]
        name.error_messages["required"] = _("Vul je naam in.")
        name.error_messages["max_length"] = _("Je naam is te lang: hooguit 100 tekens.")
        unreadable = _("Er staat een teken in dat we niet kunnen lezen. Typ het nog eens.")
        for field in ("name", "phone"):
            self.fields[field].validators = [
                v
                for v in self.fields[field].validators
                if not isinstance(v, ProhibitNullCharactersValidator)
            ] + [ProhibitNullCharactersValidator(message=unreadable)]
        self.fields["email"].error_messages["invalid"] = _(
            "Vul een e-mailadres in zoals naam@voorbeeld.nl."
        )
        self.fields["phone"].validators.append(validate_phone)
        people = self.fields["people"]
        people.error_messages.update(
            required=_("Vul in met hoeveel personen je komt."),
            invalid=_("Vul een getal in, bijvoorbeeld 1 of 2."),
            min_value=_("Vul minstens 1 in."),
            max_value=_(
                "Je kunt hooguit met %(max)s personen komen. Met meer? Bel het contactpunt."
            )
            % {"max": MAX_PEOPLE_PER_REGISTRATION},
        )

    def clean(self):
        cleaned = super().clean()
        if (
            not cleaned.get("email")
            and not cleaned.get("phone")
            and not self.has_error("email")
            and not self.has_error("phone")
        ):
            self.add_error(
                "email",
                _("Vul je e-mailadres of je telefoonnummer in, zodat we je kunnen bereiken."),
            )
        return cleaned


class ButtonForm(forms.Form):
    """A button with nothing to fill in: the POST itself is the answer."""


class MessageForm(forms.Form):
    """Staff: tell every registrant about a change."""

    subject = forms.CharField(label=_("onderwerp"), max_length=120)
    message = forms.CharField(
        label=_("bericht"),
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Bijvoorbeeld: we beginnen een half uur later, om 20.00 uur."),
    )


class CancelActivityForm(forms.Form):
    """Staff: call the activity off."""

    note = forms.CharField(
        label=_("reden (komt in de e-mail aan wie zich heeft aangemeld)"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
