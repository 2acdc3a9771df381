"""Forms on the group leader's pages (groups.leaders.views)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from submissions.forms import CorrectionForm
from submissions.protection import ProtectionMixin


class RequestLinkForm(ProtectionMixin, forms.Form):
    """ "Ik beheer deze groep": nothing to fill in but the bot checks and one-time code."""


class LeaderChangesForm(CorrectionForm):
    """The correction form as the group's leader sees it: the listing's fields, the version
    it was opened at, and a note for the contact point that may stay empty."""

    seen_version = forms.IntegerField(widget=forms.HiddenInput, min_value=0)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("name", "stops_meeting", "submitter_name", "submitter_email"):
            del self.fields[name]
        self.fields["seen_version"].initial = self.group.version
        message = self.fields["message"]
        message.required = False
        message.label = _("Toelichting voor het contactpunt (niet verplicht)")
        message.help_text = _("Bijvoorbeeld iets wat hieronder niet past.")

    def clean(self):
        cleaned = super().clean()
        self.sent_again = False
        if not self.errors and not self.proposed() and not cleaned.get("message"):
            if cleaned.get("seen_version") != self.group.version:
                # Opened before the listing moved on and now equal to it: a second click
                # on the same edits, which the first click already made.
                self.sent_again = True
                return cleaned
            self.add_error(
                None, _("U heeft niets veranderd. Pas iets aan, of schrijf wat er anders is.")
            )
        return cleaned


DATE_FORMATS = ["%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y"]
TIME_FORMATS = ["%H:%M", "%H.%M"]


class _MeetingForm(forms.Form):
    """Dates and times as people type them; groups.meetings checks the rest (past dates,
    clashes, how far ahead) and its messages are shown as the form's own."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if isinstance(field, forms.DateField):
                field.input_formats = DATE_FORMATS
                field.error_messages["invalid"] = _("Vul een datum in zoals 13-01-2027.")
                field.widget = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
            if isinstance(field, forms.TimeField):
                field.input_formats = TIME_FORMATS
                field.error_messages["invalid"] = _("Vul een tijd in zoals 19:30.")
                field.widget = forms.TimeInput(
                    attrs={"type": "time", "class": "input-short"}, format="%H:%M"
                )


class CancelForm(forms.Form):
    """The "laat vervallen" button beside one meeting."""

    day = forms.DateField(input_formats=["%Y-%m-%d"])
    schedule = forms.IntegerField(required=False, min_value=1)


class ExtraMeetingForm(_MeetingForm):
    prefix = "extra"

    day = forms.DateField(label=_("Datum"), error_messages={"required": _("Vul de datum in.")})
    start_time = forms.TimeField(
        label=_("Begintijd"), error_messages={"required": _("Vul de begintijd in.")}
    )
    end_time = forms.TimeField(
        label=_("Eindtijd"), error_messages={"required": _("Vul de eindtijd in.")}
    )
    venue = forms.ModelChoiceField(
        label=_("Waar"), queryset=None, required=False, empty_label=_("Kies een locatie")
    )
    note = forms.CharField(
        label=_("Toelichting (niet verplicht)"),
        help_text=_("Bijvoorbeeld: extra avond over de feestdagen."),
        max_length=200,
        required=False,
    )

    def __init__(self, *args, venues, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["venue"].queryset = venues
        if venues.count() < 2:
            del self.fields["venue"]  # one place (or none): the extra meeting is there


class BreakForm(_MeetingForm):
    prefix = "pauze"

    first_day = forms.DateField(
        label=_("Eerste dag zonder bijeenkomst"),
        error_messages={"required": _("Vul de eerste dag in.")},
    )
    last_day = forms.DateField(
        label=_("Laatste dag zonder bijeenkomst"),
        error_messages={"required": _("Vul de laatste dag in.")},
    )
    note = forms.CharField(
        label=_("Toelichting (niet verplicht)"),
        help_text=_("Bijvoorbeeld: zomerstop."),
        max_length=200,
        required=False,
    )
