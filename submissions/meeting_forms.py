"""The registration form's meeting part beyond the first pattern: "wisselend / in overleg",
a yearly break, and more fixed meetings (another day, another place), as a bounded
formset that works without JavaScript (its blank rows sit in a <details>)."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from contactpoints.models import normalise_postcode
from groups.models import MONTH_CHOICES, Schedule
from submissions import places
from submissions.models import Submission

# At most this many fixed meetings besides the first: a group that meets in more ways
# than three says so in its description, or staff add them.
MORE_MEETINGS_MAX = 2
VENUE_KEYS = ("venue_name", "venue_street", "venue_postcode", "venue_city")
PATTERN_KEYS = ("pattern", "ordinal", "weekday", "start_time", "end_time", "first_date")


def months_field():
    return forms.TypedMultipleChoiceField(
        label=_("Elk jaar een pauze? (niet verplicht)"),
        help_text=_(
            "Kies de maanden waarin de groep niet samenkomt, bijvoorbeeld juli en augustus."
        ),
        choices=MONTH_CHOICES,
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )


def _no_whole_year(value):
    if len(value) >= 12:
        raise ValidationError(
            _("Een groep die het hele jaar pauzeert, komt niet samen. Kies minder maanden.")
        )


def add_meeting_fields(form):
    """The new fields on ListingForm: no fixed days, and the first pattern's yearly break."""
    if "skip_months" in form.fields:
        form.fields["skip_months"] = months_field()
        form.fields["skip_months"].validators.append(_no_whole_year)
    if "no_fixed_schedule" in form.fields:
        field = form.fields["no_fixed_schedule"]
        field.label = _("Wisselend of in overleg: de groep heeft geen vaste dagen")
        field.help_text = _(
            "Kruis dit aan als de groep de data steeds samen afspreekt. "
            "Dan hoef je hieronder geen dag en tijd in te vullen."
        )


class MeetingForm(forms.Form):
    """One more fixed meeting: its pattern, its yearly break, and its own place (empty:
    the place above)."""

    pattern = forms.ChoiceField(
        label=_("Hoe vaak?"),
        choices=[("", _("Kies hoe vaak")), *Submission.Pattern.choices],
        required=False,
    )
    ordinal = forms.TypedChoiceField(
        label=_("Welke week van de maand?"),
        choices=[("", _("Kies een week")), *Schedule.Ordinal.choices],
        coerce=int,
        empty_value=None,
        required=False,
        help_text=_("Alleen nodig als de groep één keer per maand samenkomt."),
    )
    weekday = forms.TypedChoiceField(
        label=_("Op welke dag?"),
        choices=[("", _("Kies een dag")), *Schedule.Weekday.choices],
        coerce=int,
        empty_value=None,
        required=False,
    )
    start_time = forms.TimeField(label=_("Begintijd"), required=False)
    end_time = forms.TimeField(label=_("Eindtijd"), required=False)
    first_date = forms.DateField(
        label=_("Datum van een bijeenkomst"),
        required=False,
        help_text=_("De eerste of de eerstvolgende keer, bijvoorbeeld 13-01-2026."),
    )
    skip_months = months_field()
    venue_name = forms.CharField(label=_("Naam van het gebouw"), max_length=150, required=False)
    venue_street = forms.CharField(label=_("Straat en huisnummer"), max_length=150, required=False)
    venue_postcode = forms.CharField(label=_("Postcode"), max_length=7, required=False)
    venue_city = forms.CharField(label=_("Plaats"), max_length=100, required=False)

    is_correction = False

    def __init__(self, *args, **kwargs):
        from submissions.forms import DATE_FORMATS, TIME_FORMATS

        super().__init__(*args, **kwargs)
        for name in ("start_time", "end_time"):
            self.fields[name].input_formats = TIME_FORMATS
            self.fields[name].error_messages["invalid"] = _("Vul een tijd in zoals 19:30.")
        self.fields["first_date"].input_formats = DATE_FORMATS
        self.fields["first_date"].error_messages["invalid"] = _(
            "Vul een datum in zoals 13-01-2026."
        )
        self.fields["skip_months"].validators.append(_no_whole_year)

    def clean_venue_postcode(self):
        value = self.cleaned_data.get("venue_postcode", "").strip()
        return normalise_postcode(value) if value else ""

    def clean(self):
        from submissions.forms import ListingForm

        cleaned = super().clean()
        # The same checks as the first pattern (day, week, times, a date on that day).
        ListingForm._clean_schedule(self)
        if any(cleaned.get(k) for k in VENUE_KEYS):
            messages = {
                "venue_name": _("Vul de naam van het gebouw in."),
                "venue_street": _("Vul de straat en het huisnummer in."),
                "venue_postcode": _("Vul de postcode in."),
                "venue_city": _("Vul de plaats in."),
            }
            for key, message in messages.items():
                if not cleaned.get(key) and key not in self.errors:
                    self.add_error(key, message)
            if not (self.has_error("venue_postcode") or self.has_error("venue_city")):
                try:
                    places.check_postcode_and_place(
                        cleaned["venue_postcode"], cleaned["venue_city"]
                    )
                except ValidationError as error:
                    self.add_error("venue_postcode", error)
        return cleaned

    def meeting(self):
        """The stored form of this meeting (Submission.more_meetings), or None if blank."""
        if not self.has_changed() or not self.cleaned_data.get("pattern"):
            return None
        data = {key: self.cleaned_data.get(key) for key in (*PATTERN_KEYS, *VENUE_KEYS)}
        data["skip_months"] = sorted(self.cleaned_data.get("skip_months") or [])
        for key in ("start_time", "end_time"):
            data[key] = data[key].strftime("%H:%M")
        data["first_date"] = data["first_date"].isoformat()
        return data


class BaseMeetingFormSet(forms.BaseFormSet):
    def meetings(self):
        return [m for m in (form.meeting() for form in self.forms) if m]


MoreMeetingsFormSet = forms.formset_factory(
    MeetingForm,
    formset=BaseMeetingFormSet,
    extra=MORE_MEETINGS_MAX,
    max_num=MORE_MEETINGS_MAX,
    absolute_max=MORE_MEETINGS_MAX,
    validate_max=True,
)
MORE_PREFIX = "meer"
