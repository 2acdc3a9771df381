from django import forms
from django.utils.translation import gettext_lazy as _

from contactpoints.models import Municipality
from rooms.models import Room, RoomRequest
from submissions.forms import guard_email_fields, validate_phone, validate_readable
from submissions.protection import ProtectionMixin


class RoomFilterForm(forms.Form):
    gemeente = forms.ModelChoiceField(
        label=_("Gemeente"),
        queryset=Municipality.objects.filter(region__isnull=False),
        to_field_name="slug",
        empty_label=_("Alle gemeenten"),
        required=False,
    )
    mensen = forms.IntegerField(
        label=_("Voor hoeveel mensen?"), min_value=2, max_value=500, required=False
    )
    rolstoel = forms.BooleanField(label=_("Toegankelijk met een rolstoel"), required=False)
    gratis = forms.BooleanField(label=_("Gratis"), required=False)

    def rooms(self):
        rooms = Room.objects.published().select_related("municipality")
        if not self.is_valid():
            return rooms
        data = self.cleaned_data
        if data.get("gemeente"):
            rooms = rooms.in_municipality(data["gemeente"])
        if data.get("mensen"):
            rooms = rooms.filter(capacity__gte=data["mensen"])
        if data.get("rolstoel"):
            rooms = rooms.filter(wheelchair_accessible=True)
        if data.get("gratis"):
            rooms = rooms.filter(cost=Room.Cost.FREE)
        return rooms


class RoomRequestForm(ProtectionMixin, forms.ModelForm):
    class Meta:
        model = RoomRequest
        fields = ["group_name", "people", "when", "message", "name", "email", "phone"]
        labels = {
            "group_name": _("Naam of onderwerp van je groep"),
            "people": _("Met hoeveel mensen komen jullie ongeveer?"),
            "when": _("Wanneer wil je de ruimte gebruiken?"),
            "message": _("Wil je nog iets vertellen? (niet verplicht)"),
            "name": _("Je naam"),
            "email": _("Je e-mailadres"),
            "phone": _("Je telefoonnummer (niet verplicht)"),
        }
        help_texts = {
            "when": _("Bijvoorbeeld: elke tweede dinsdag van de maand, 19.30 tot 21.30 uur"),
            "phone": _("Bijvoorbeeld: 06 12 34 56 78"),
        }
        widgets = {
            "message": forms.Textarea(attrs={"rows": 4, "maxlength": 2000}),
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["group_name"].error_messages["required"] = _("Vul de naam van je groep in.")
        self.fields["people"].error_messages["required"] = _("Vul een aantal in.")
        self.fields["people"].error_messages["invalid"] = _("Vul een getal in, bijvoorbeeld 8.")
        self.fields["when"].error_messages["required"] = _(
            "Schrijf wanneer jullie bij elkaar komen."
        )
        self.fields["name"].error_messages["required"] = _("Vul je naam in.")
        self.fields["email"].error_messages["required"] = _("Vul je e-mailadres in.")
        guard_email_fields(self)
        self.fields["phone"].validators.append(validate_phone)
        for name in ("group_name", "when", "message", "name"):
            self.fields[name].validators.append(validate_readable)

    def clean(self):
        cleaned = super().clean()
        room = self.instance.room if self.instance.room_id else None
        people = cleaned.get("people")
        if room and people and people > room.capacity:
            self.add_error(
                "people",
                _(
                    "In deze ruimte passen %(n)s mensen. Kies een grotere ruimte, of vraag het contactpunt."
                )
                % {"n": room.capacity},
            )
        return cleaned
