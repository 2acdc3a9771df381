"""The public forms of the peers pages: every input bounded, plain Dutch messages."""

from django import forms
from django.utils.translation import gettext_lazy as _

from contactpoints.geo import resolve_place
from groups.forms import BoundedText
from groups.models import Theme
from groups.search import text as vocabulary
from peers.models import Peer, PeerQuestion
from submissions.forms import validate_phone
from submissions.protection import ProtectionMixin


def _theme_choices():
    return [("", _("Alle thema's"))] + [
        (theme.slug, theme.display_name) for theme in Theme.objects.cached()
    ]


class PeerFilterForm(forms.Form):
    """/ervaringsdelers/?q=&thema=&waar=&manier=: what, where and how, all optional."""

    q = BoundedText(
        label=_("Waar wil je over praten?"),
        required=False,
        max_length=100,
        null_message=_("Je zoekwoorden bevatten een teken dat we niet kunnen lezen."),
        help_text=_("Bijvoorbeeld: rouw, somber, mantelzorg"),
    )
    thema = forms.ChoiceField(label=_("Thema"), required=False, choices=_theme_choices)
    waar = BoundedText(
        label=_("Waar woon je?"),
        required=False,
        max_length=60,
        null_message=_("De plaats bevat een teken dat we niet kunnen lezen."),
        help_text=_("Een plaats, gemeente of postcode"),
    )
    manier = forms.ChoiceField(
        label=_("Hoe wil je praten?"),
        required=False,
        choices=[("", _("Maakt niet uit")), *Peer.Way.choices],
    )

    def clean_waar(self):
        text = self.cleaned_data["waar"].strip()
        self.point = resolve_place(text) if text else None
        if text and (self.point is None or self.point.municipality_id is None):
            raise forms.ValidationError(
                _("We kennen de plaats %(place)s niet. Probeer een postcode of een gemeente."),
                params={"place": text},
            )
        return text

    def filter(self, peers):
        """Narrow a PeerQuerySet with what was asked; an invalid form narrows nothing."""
        if not self.is_valid():
            return peers
        data = self.cleaned_data
        if data["thema"]:
            peers = peers.for_theme_slugs([data["thema"]])
        if data["q"]:
            # The same vocabulary as the group search: "somber" finds the depression theme.
            slugs = vocabulary.themes_for_text(data["q"])
            peers = peers.for_theme_slugs(slugs) if slugs else peers.none()
        if data["waar"]:
            peers = peers.in_municipality(self.point.municipality_id)
        if data["manier"]:
            peers = peers.talks_by(data["manier"])
        return peers


class QuestionForm(ProtectionMixin, forms.ModelForm):
    """ "Stel je vraag of vraag om een gesprek": the resident shares only what they choose."""

    theme = forms.ModelChoiceField(
        label=_("Waar gaat je vraag over?"),
        queryset=Theme.objects.none(),
        required=False,
        empty_label=_("Zeg ik liever niet"),
        help_text=_("Niet verplicht. Zo weet het contactpunt waar vragen over gaan."),
    )
    # Set after the 113 block was shown once: the resident chose to send anyway.
    crisis_seen = forms.BooleanField(required=False, widget=forms.HiddenInput)

    class Meta:
        model = PeerQuestion
        fields = ["first_name", "reply_email", "reply_phone", "theme", "message", "consent"]
        labels = {
            "first_name": _("Je naam"),
            "reply_email": _("Je e-mailadres"),
            "reply_phone": _("Je telefoonnummer"),
            "message": _("Je vraag"),
            "consent": _(
                "Ik geef toestemming om mijn vraag en mijn gegevens naar de ervaringsdeler "
                "te sturen."
            ),
        }
        help_texts = {
            "first_name": _("Je voornaam of een andere naam. Die ziet de ervaringsdeler."),
            "reply_email": _("Vul je e-mailadres of je telefoonnummer in, of allebei."),
            "reply_phone": _("Bijvoorbeeld: 06 12 34 56 78"),
            "message": _(
                "Schrijf kort wat je wilt vragen, of wanneer je graag wilt praten. "
                "Hooguit 2000 tekens."
            ),
        }
        widgets = {
            "first_name": forms.TextInput(attrs={"autocomplete": "given-name"}),
            "reply_email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "reply_phone": forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
            "message": forms.Textarea(attrs={"rows": 6}),
        }

    def __init__(self, *args, peer, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["theme"].queryset = peer.themes.all()
        if peer.themes.count() < 2:
            del self.fields["theme"]
            self.only_theme = peer.themes.first()
        self.fields["first_name"].required = True
        self.fields["first_name"].error_messages["required"] = _("Vul je naam in.")
        self.fields["message"].required = True
        self.fields["message"].error_messages["required"] = _("Schrijf je vraag.")
        self.fields["message"].min_length = 5
        self.fields["consent"].required = True
        self.fields["consent"].error_messages["required"] = _(
            "Geef toestemming, anders kunnen we je vraag niet doorsturen."
        )
        self.fields["reply_email"].error_messages["invalid"] = _(
            "Vul een e-mailadres in zoals naam@voorbeeld.nl."
        )
        self.fields["reply_phone"].validators.append(validate_phone)
        self.shows_crisis = False

    def chosen_theme(self):
        if "theme" in self.fields:
            return self.cleaned_data.get("theme")
        return self.only_theme

    @property
    def has_crisis_words(self) -> bool:
        return vocabulary.suggests_crisis(self.cleaned_data.get("message", ""))

    def clean(self):
        cleaned = super().clean()
        if (
            not cleaned.get("reply_email")
            and not cleaned.get("reply_phone")
            and not self.has_error("reply_email")
            and not self.has_error("reply_phone")
        ):
            self.add_error(
                "reply_email",
                _(
                    "Vul je e-mailadres of je telefoonnummer in, zodat de ervaringsdeler "
                    "je kan bereiken."
                ),
            )
        # Words that may point to a crisis: show the 113 block first, send on the next press.
        if not self.errors and self.has_crisis_words and not cleaned.get("crisis_seen"):
            self.shows_crisis = True
            self.data = self.data.copy()
            self.data[self.add_prefix("crisis_seen")] = "on"
        return cleaned

    def can_send(self) -> bool:
        return self.is_valid() and not self.shows_crisis


class ButtonForm(forms.Form):
    """A button with nothing to fill in: the POST itself is the answer."""


class AvailabilityForm(forms.Form):
    availability = forms.ChoiceField(choices=Peer.Availability.choices, widget=forms.HiddenInput)
    break_until = forms.DateField(
        label=_("Tot wanneer neem je pauze? (niet verplicht)"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date", "class": "input-short"}, format="%Y-%m-%d"),
        input_formats=["%Y-%m-%d", "%d-%m-%Y"],
    )
