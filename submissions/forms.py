"""The public forms: every input bounded and checked, with plain Dutch messages."""

import re
from datetime import timedelta

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from contactpoints.models import ContactPoint, normalise_postcode
from groups.models import Group, Schedule, Theme
from groups.schedule import first_date_matching
from submissions import places
from submissions.meeting_forms import add_meeting_fields
from submissions.models import Interest, RelayMessage, Submission
from submissions.protection import ProtectionMixin

PHONE_RE = re.compile(r"^\+?[0-9 ()\-.]{6,20}$")
TIME_FORMATS = ["%H:%M", "%H.%M", "%H:%M:%S"]
DATE_FORMATS = ["%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y"]


def validate_phone(value):
    digits = re.sub(r"\D", "", value)
    if not PHONE_RE.match(value) or not 10 <= len(digits) <= 15:
        raise ValidationError(_("Vul een telefoonnummer in zoals 045 123 45 67."), code="phone")


def validate_readable(value):
    """Bytes that are not valid UTF-8 (a %FF in the post) arrive as U+FFFD. An address with
    it is never anyone's address: it would be stored and then fail to send forever."""
    if "\ufffd" in value:
        raise ValidationError(
            _(
                "In dit e-mailadres staat een teken dat niet goed is overgekomen. "
                "Typ het adres opnieuw."
            ),
            code="unreadable",
        )


def guard_email_fields(form):
    """The same message and checks for every email field of a public form."""
    for field in form.fields.values():
        if isinstance(field, forms.EmailField):
            field.error_messages["invalid"] = _("Vul een e-mailadres in zoals naam@voorbeeld.nl.")
            field.validators.append(validate_readable)


def theme_choices(empty_label):
    """Themes grouped under their main theme, for a <select> with <optgroup>s."""
    themes = list(Theme.objects.select_related("parent").order_by("position", "name"))
    children = {}
    for theme in themes:
        if theme.parent_id:
            children.setdefault(theme.parent_id, []).append(theme)
    choices = [("", empty_label)]
    for top in (t for t in themes if t.parent_id is None):
        options = [(top.pk, _("%(name)s (algemeen)") % {"name": top.display_name})]
        options += [(child.pk, child.display_name) for child in children.get(top.pk, [])]
        choices.append((top.display_name, options))
    return choices


class ThemeField(forms.TypedChoiceField):
    def __init__(self, **kwargs):
        super().__init__(coerce=int, empty_value=None, **kwargs)


# The order of the page, which the error summary follows too.
PAGE_ORDER = [
    "name",
    "summary",
    "description",
    "theme",
    "theme_2",
    "audience",
    "support",
    "organisation",
    "format",
    "venue_name",
    "venue_street",
    "venue_postcode",
    "venue_city",
    "wheelchair_accessible",
    "hearing_loop",
    "ground_floor",
    "transport_note",
    "contact_point_choice",
    "no_fixed_schedule",
    "pattern",
    "ordinal",
    "weekday",
    "start_time",
    "end_time",
    "first_date",
    "skip_months",
    "schedule_note",
    "cost",
    "cost_note",
    "newcomers",
    "registration",
    "languages",
    "website",
    "public_phone",
    "contact_name",
    "contact_email",
    "submitter_name",
    "submitter_email",
    "submitter_phone",
]
# Fields declared on the form rather than taken from the model.
FORM_ONLY_FIELDS = {"theme", "theme_2", "contact_point_choice"}


class ListingForm(ProtectionMixin, forms.ModelForm):
    """A new group, or a correction of a published one (kind="correction")."""

    theme = ThemeField(
        label=_("Waar gaat de groep over?"),
        error_messages={"required": _("Kies waar de groep over gaat.")},
    )
    theme_2 = ThemeField(
        label=_("Nog een onderwerp (niet verplicht)"),
        required=False,
    )
    website = forms.URLField(
        label=_("Website (niet verplicht)"), required=False, max_length=200, assume_scheme="https"
    )
    contact_point_choice = forms.ModelChoiceField(
        label=_("Welk contactpunt hoort bij jullie groep?"),
        help_text=_(
            "Alleen nodig voor groepen die online of telefonisch samenkomen. "
            "Voor groepen op locatie kiezen wij het contactpunt van de gemeente."
        ),
        queryset=ContactPoint.objects.order_by("name"),
        required=False,
        empty_label=_("Kies een contactpunt"),
    )

    class Meta:
        model = Submission
        fields = [
            *(name for name in PAGE_ORDER if name not in FORM_ONLY_FIELDS),
            "stops_meeting",
            "message",
        ]
        labels = {
            "name": _("Naam van de groep"),
            "summary": _("Korte omschrijving in één zin"),
            "description": _("Meer over de groep"),
            "audience": _("Voor wie is de groep?"),
            "support": _("Wie leidt de groep?"),
            "organisation": _("Organisatie (niet verplicht)"),
            "format": _("Hoe komt de groep samen?"),
            "venue_name": _("Naam van het gebouw"),
            "venue_street": _("Straat en huisnummer"),
            "venue_postcode": _("Postcode"),
            "venue_city": _("Plaats"),
            "wheelchair_accessible": _("Toegankelijk met een rolstoel"),
            "hearing_loop": _("Er is een ringleiding"),
            "ground_floor": _("De ruimte is op de begane grond"),
            "transport_note": _("Openbaar vervoer en parkeren (niet verplicht)"),
            "pattern": _("Hoe vaak komt de groep samen?"),
            "ordinal": _("Welke week van de maand?"),
            "weekday": _("Op welke dag?"),
            "start_time": _("Begintijd"),
            "end_time": _("Eindtijd"),
            "first_date": _("Datum van een bijeenkomst"),
            "schedule_note": _("Opmerking over de tijden (niet verplicht)"),
            "cost": _("Kost meedoen geld?"),
            "cost_note": _("Uitleg over de kosten (niet verplicht)"),
            "newcomers": _("Kunnen nieuwe mensen meedoen?"),
            "registration": _("Moeten mensen zich eerst aanmelden?"),
            "languages": _("In welke talen praat de groep?"),
            "website": _("Website (niet verplicht)"),
            "public_phone": _("Telefoonnummer voor iedereen (niet verplicht)"),
            "contact_name": _("Naam"),
            "contact_email": _("E-mailadres"),
            "submitter_name": _("Je naam"),
            "submitter_email": _("Je e-mailadres"),
            "submitter_phone": _("Je telefoonnummer (niet verplicht)"),
            "stops_meeting": _("De groep komt niet meer samen"),
            "message": _("Wil je nog iets kwijt? (niet verplicht)"),
        }
        help_texts = {
            "name": _("Bijvoorbeeld: Praatgroep rouw Heerlen"),
            "summary": _("Deze zin staat in de zoekresultaten. Hooguit 240 tekens."),
            "description": _(
                "Wat doen jullie in de groep, en wat mag iemand verwachten bij de eerste keer?"
            ),
            "venue_postcode": _("Bijvoorbeeld: 6411 AB"),
            "ordinal": _("Alleen nodig als de groep één keer per maand samenkomt."),
            "first_date": _("De eerste of de eerstvolgende keer, bijvoorbeeld 13-01-2026."),
            "schedule_note": _("Bijvoorbeeld: eerst even bellen als je de eerste keer komt"),
            "start_time": _("Bijvoorbeeld: 19:30"),
            "end_time": _("Bijvoorbeeld: 21:30"),
            "cost_note": _("Bijvoorbeeld: 2 euro voor koffie en thee"),
            "public_phone": _("Dit nummer staat op de website."),
            "contact_name": _("Niet openbaar. Laat leeg als jij het zelf bent."),
            "contact_email": _(
                "Niet openbaar. Berichten van bewoners sturen wij naar dit adres door. "
                "Laat leeg als het jouw e-mailadres is."
            ),
            "submitter_email": _("Hier sturen we een bevestiging naartoe."),
            "submitter_phone": _("Zodat het contactpunt je kan bellen met een vraag."),
        }
        widgets = {
            "audience": forms.RadioSelect,
            "support": forms.RadioSelect,
            "format": forms.RadioSelect,
            "pattern": forms.RadioSelect,
            "cost": forms.RadioSelect,
            "newcomers": forms.RadioSelect,
            "registration": forms.RadioSelect,
            "summary": forms.Textarea(attrs={"rows": 2}),
            "description": forms.Textarea(attrs={"rows": 6}),
            "message": forms.Textarea(attrs={"rows": 4}),
            "start_time": forms.TimeInput(
                attrs={"type": "time", "class": "input-short"}, format="%H:%M"
            ),
            "end_time": forms.TimeInput(
                attrs={"type": "time", "class": "input-short"}, format="%H:%M"
            ),
            "first_date": forms.DateInput(
                attrs={"type": "date", "class": "input-short"}, format="%Y-%m-%d"
            ),
            "contact_email": forms.EmailInput(attrs={"autocomplete": "off"}),
            "submitter_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "submitter_email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "submitter_phone": forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
            "public_phone": forms.TextInput(attrs={"type": "tel"}),
            "venue_postcode": forms.TextInput(
                attrs={"autocomplete": "off", "class": "input-short"}
            ),
        }

    def __init__(self, *args, kind=Submission.Kind.NEW, group=None, **kwargs):
        self.kind = kind
        self.group = group
        self.contact_point = None
        super().__init__(*args, **kwargs)
        self.is_correction = kind == Submission.Kind.CORRECTION
        choices = theme_choices(_("Kies een onderwerp"))
        self.fields["theme"].choices = choices
        self.fields["theme_2"].choices = [("", _("Geen ander onderwerp")), *choices[1:]]
        self.fields["languages"] = forms.MultipleChoiceField(
            label=self.Meta.labels["languages"],
            choices=Group.LANGUAGE_CHOICES,
            widget=forms.CheckboxSelectMultiple,
            required=False,
            initial=["nl"],
        )
        self.fields["pattern"].choices = [
            (Submission.Pattern.WEEKLY, _("Elke week, bijvoorbeeld elke dinsdag")),
            (Submission.Pattern.BIWEEKLY, _("Om de week, bijvoorbeeld om de week op dinsdag")),
            (
                Submission.Pattern.MONTHLY,
                _("Eén keer per maand, bijvoorbeeld elke tweede dinsdag van de maand"),
            ),
        ]
        self.fields["ordinal"].choices = [("", _("Kies een week")), *Schedule.Ordinal.choices]
        self.fields["weekday"].choices = [("", _("Kies een dag")), *Schedule.Weekday.choices]
        for name in ("start_time", "end_time"):
            self.fields[name].input_formats = TIME_FORMATS
        self.fields["first_date"].input_formats = DATE_FORMATS
        add_meeting_fields(self)
        for name in ("public_phone", "submitter_phone"):
            self.fields[name].validators.append(validate_phone)
        # Radio buttons need no empty "---------" choice.
        for name in ("audience", "support", "format", "cost", "newcomers", "registration"):
            self.fields[name].choices = [c for c in self.fields[name].choices if c[0]]
        # The error summary lists problems in the order of the page.
        order = PAGE_ORDER
        self.order_fields(["stops_meeting", "message", *order] if self.is_correction else order)
        if self.is_correction:
            del self.fields["contact_point_choice"]
            for name in ("skip_months", "no_fixed_schedule"):  # a new group's questions
                del self.fields[name]
            self.fields["message"].label = _("Wat klopt er niet?")
            self.fields["message"].help_text = _(
                "Bijvoorbeeld: de groep komt nu op woensdag samen. "
                "Je kunt ook hieronder de gegevens aanpassen."
            )
            self.fields["contact_name"].help_text = _(
                "Niet openbaar. Alleen invullen als het verandert."
            )
            self.fields["contact_email"].help_text = _(
                "Niet openbaar. Alleen invullen als berichten naar een ander adres moeten."
            )
            self.fields["submitter_name"].label = _("Je naam (niet verplicht)")
            self.fields["submitter_email"].label = _("Je e-mailadres (niet verplicht)")
            self.fields["submitter_email"].help_text = _(
                "Dan laten we je weten wat we met je melding doen."
            )
        else:
            del self.fields["stops_meeting"]
            for name in ("submitter_name", "submitter_email"):
                self.fields[name].required = True
        self.fields["submitter_name"].error_messages["required"] = _("Vul je naam in.")
        self.fields["submitter_email"].error_messages["required"] = _("Vul je e-mailadres in.")
        self.fields["name"].error_messages["required"] = _("Vul de naam van de groep in.")
        self.fields["summary"].error_messages["required"] = _(
            "Vul in één zin in waar de groep over gaat."
        )
        self.fields["description"].error_messages["required"] = _("Vertel iets meer over de groep.")
        guard_email_fields(self)
        for field in self.fields.values():
            if isinstance(field, forms.TimeField):
                field.error_messages["invalid"] = _("Vul een tijd in zoals 19:30.")
            if isinstance(field, forms.DateField):
                field.error_messages["invalid"] = _("Vul een datum in zoals 13-01-2026.")
            if isinstance(field, forms.URLField):
                field.error_messages["invalid"] = _(
                    "Vul een webadres in zoals https://www.voorbeeld.nl."
                )

    # Themes: two selects in the form, a set on the submission.
    def _selected_themes(self):
        return [t for t in (self.cleaned_data.get("theme"), self.cleaned_data.get("theme_2")) if t]

    def chosen_themes(self, original_ids=None):
        selected = list(dict.fromkeys(self._selected_themes()))
        # A group with more themes than the form shows keeps them all when none was changed.
        if original_ids and [self.initial.get("theme"), self.initial.get("theme_2")] == [
            self.cleaned_data.get("theme"),
            self.cleaned_data.get("theme_2"),
        ]:
            return Theme.objects.filter(pk__in=original_ids)
        return Theme.objects.filter(pk__in=selected)

    def clean_theme(self):
        return self._check_theme(self.cleaned_data.get("theme"))

    def clean_theme_2(self):
        return self._check_theme(self.cleaned_data.get("theme_2"))

    def _check_theme(self, pk):
        if pk is not None and not Theme.objects.filter(pk=pk).exists():
            raise ValidationError(_("Kies een onderwerp uit de lijst."))
        return pk

    def clean_venue_postcode(self):
        value = self.cleaned_data.get("venue_postcode", "").strip()
        return normalise_postcode(value) if value else ""

    def clean(self):
        cleaned = super().clean()
        if self.cleaned_data.get("format") in (Group.Format.IN_PERSON, Group.Format.HYBRID):
            self._clean_venue()
        else:
            for key in ("venue_name", "venue_street", "venue_postcode", "venue_city"):
                cleaned[key] = ""
            if not self.is_correction:
                self.contact_point = cleaned.get("contact_point_choice")
                if self.contact_point is None and "contact_point_choice" not in self.errors:
                    self.add_error(
                        "contact_point_choice",
                        _("Kies het contactpunt dat bij jullie groep hoort."),
                    )
        if self.is_correction:
            self.contact_point = self.group.contact_point
        self._clean_schedule()
        if not cleaned.get("languages"):
            cleaned["languages"] = ["nl"]
        if self.is_correction and not self.errors:
            self._check_something_changed()
        return cleaned

    def _clean_venue(self):
        cleaned = self.cleaned_data
        missing = {
            "venue_name": _("Vul de naam van het gebouw in."),
            "venue_street": _("Vul de straat en het huisnummer in."),
            "venue_postcode": _("Vul de postcode in."),
            "venue_city": _("Vul de plaats in."),
        }
        for key, message in missing.items():
            if not cleaned.get(key) and key not in self.errors:
                self.add_error(key, message)
        if self.has_error("venue_postcode") or self.has_error("venue_city"):
            return
        try:
            area = places.check_postcode_and_place(cleaned["venue_postcode"], cleaned["venue_city"])
        except ValidationError as error:
            self.add_error(None, error)
            return
        if not self.is_correction:
            self.contact_point = places.responsible_contact_point(area.municipality)
            if self.contact_point is None:
                self.contact_point = cleaned.get("contact_point_choice")
            if self.contact_point is None:
                self.add_error(
                    "contact_point_choice",
                    _(
                        "Voor de gemeente %(municipality)s kennen we nog geen contactpunt. "
                        "Kies het contactpunt dat het dichtst bij is."
                    )
                    % {"municipality": area.municipality.name},
                )

    def _clean_schedule(self):
        cleaned = self.cleaned_data
        keys = ("pattern", "weekday", "start_time", "end_time", "first_date")
        given = any(cleaned.get(k) not in (None, "") for k in keys)
        if self.is_correction and (cleaned.get("stops_meeting") or not given):
            return
        if cleaned.get("no_fixed_schedule"):  # "wisselend / in overleg": no pattern
            for key in (*keys, "ordinal"):
                cleaned[key] = None if key != "pattern" else ""
                self.errors.pop(key, None)
            cleaned["skip_months"] = []
            return
        messages = {
            "pattern": _("Kies hoe vaak de groep samenkomt."),
            "weekday": _("Kies op welke dag de groep samenkomt."),
            "start_time": _("Vul de begintijd in."),
            "end_time": _("Vul de eindtijd in."),
            "first_date": _("Vul de datum van een bijeenkomst in."),
        }
        for key, message in messages.items():
            if cleaned.get(key) in (None, "") and key not in self.errors:
                self.add_error(key, message)
        pattern = cleaned.get("pattern")
        if pattern == Submission.Pattern.MONTHLY:
            if cleaned.get("ordinal") is None and "ordinal" not in self.errors:
                self.add_error("ordinal", _("Kies welke week van de maand de groep samenkomt."))
        else:
            cleaned["ordinal"] = None
        start, end = cleaned.get("start_time"), cleaned.get("end_time")
        if start and end and end <= start:
            self.add_error("end_time", _("De eindtijd moet later zijn dan de begintijd."))
        first = cleaned.get("first_date")
        weekday = cleaned.get("weekday")
        if first is None or weekday is None or self.has_error("first_date"):
            return
        today = timezone.localdate()
        if not today - timedelta(days=5 * 366) <= first <= today + timedelta(days=366):
            self.add_error(
                "first_date",
                _("Kies een datum van de afgelopen vijf jaar of het komende jaar."),
            )
            return
        day_names = dict(Schedule.Weekday.choices)
        if first.weekday() != weekday:
            self.add_error(
                "first_date",
                _("%(date)s is geen %(day)s. Kies een datum die op een %(day)s valt.")
                % {"date": first.strftime("%d-%m-%Y"), "day": day_names[weekday]},
            )
            return
        ordinal = cleaned.get("ordinal")
        if pattern == Submission.Pattern.MONTHLY and ordinal is not None:
            month_start = first.replace(day=1)
            matching = first_date_matching(month_start, weekday, ordinal)
            if matching != first:
                self.add_error(
                    "first_date",
                    _(
                        "%(date)s is niet de %(ordinal)s %(day)s van de maand. "
                        "In die maand is dat %(matching)s."
                    )
                    % {
                        "date": first.strftime("%d-%m-%Y"),
                        "ordinal": dict(Schedule.Ordinal.choices)[ordinal],
                        "day": day_names[weekday],
                        "matching": matching.strftime("%d-%m-%Y"),
                    },
                )

    def _check_something_changed(self):
        if self.cleaned_data.get("stops_meeting") or self.cleaned_data.get("message"):
            return
        if self.cleaned_data.get("contact_email") or self.has_changed_listing():
            return
        self.add_error(
            "message",
            _("Je hebt nog niets veranderd. Pas aan wat niet klopt, of schrijf het hier op."),
        )

    def meets_in_person(self):
        return self.cleaned_data.get("format") in (Group.Format.IN_PERSON, Group.Format.HYBRID)

    def has_changed_listing(self):
        ignore = {"started", "homepage", "submitter_name", "submitter_email", "submitter_phone"}
        return any(name not in ignore for name in self.changed_data)


class RelayForm(ProtectionMixin, forms.ModelForm):
    class Meta:
        model = RelayMessage
        fields = ["first_name", "reply_email", "reply_phone", "message", "consent"]
        labels = {
            "first_name": _("Je voornaam"),
            "reply_email": _("Je e-mailadres"),
            "reply_phone": _("Je telefoonnummer"),
            "message": _("Je bericht"),
            "consent": _(
                "Ik geef toestemming om mijn bericht en mijn gegevens naar de groep te sturen."
            ),
        }
        help_texts = {
            "reply_email": _("Vul je e-mailadres of je telefoonnummer in, of allebei."),
            "reply_phone": _("Bijvoorbeeld: 06 12 34 56 78"),
            "message": _("Schrijf kort wat je wilt vragen. Hooguit 2000 tekens."),
        }
        widgets = {
            "first_name": forms.TextInput(attrs={"autocomplete": "given-name"}),
            "reply_email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "reply_phone": forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
            "message": forms.Textarea(attrs={"rows": 6}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["first_name"].required = True
        self.fields["first_name"].error_messages["required"] = _("Vul je voornaam in.")
        self.fields["message"].required = True
        self.fields["message"].error_messages["required"] = _("Schrijf een bericht.")
        self.fields["message"].min_length = 5
        self.fields["consent"].required = True
        self.fields["consent"].error_messages["required"] = _(
            "Geef toestemming, anders kunnen we je bericht niet doorsturen."
        )
        guard_email_fields(self)
        self.fields["reply_phone"].validators.append(validate_phone)

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
                _("Vul je e-mailadres of je telefoonnummer in, zodat de groep je kan bereiken."),
            )
        return cleaned


class InterestForm(ProtectionMixin, forms.ModelForm):
    theme_id = ThemeField(label=_("Ik zoek een groep over"), required=False)
    other_topic = forms.CharField(
        label=_("Anders, namelijk"),
        help_text=_("Staat je onderwerp niet in de lijst? Schrijf het hier in een paar woorden."),
        max_length=100,
        required=False,
    )
    where = forms.CharField(
        label=_("in de buurt van"),
        help_text=_("Een plaats of een postcode, bijvoorbeeld Heerlen of 6411."),
        max_length=100,
        error_messages={"required": _("Vul een plaats of een postcode in.")},
    )

    class Meta:
        model = Interest
        fields = [
            "email",
            "consent",
            "may_invite",
            "peer_contact",
            "peer_name",
            "peer_contact_detail",
        ]
        labels = {
            "email": _("Je e-mailadres (niet verplicht)"),
            "consent": _("Stuur mij één keer een e-mail als zo’n groep start."),
            "may_invite": _(
                "Nodig mij uit als het contactpunt een kennismaking organiseert met anderen "
                "die zo’n groep zoeken."
            ),
            "peer_contact": _("Ja, iemand die hetzelfde meemaakt mag contact met mij opnemen."),
            "peer_name": _("Hoe mag die persoon je noemen?"),
            "peer_contact_detail": _("Hoe mag die persoon je bereiken?"),
        }
        help_texts = {
            "email": _("Alleen als je bericht wilt, of een uitnodiging."),
            "peer_contact": _(
                "Handig bij een zeldzame aandoening: dan zijn er weinig mensen in de buurt. "
                "Het contactpunt brengt jullie alleen met elkaar in contact als jullie "
                "allebei ja zeggen."
            ),
            "peer_name": _("Bijvoorbeeld je voornaam."),
            "peer_contact_detail": _(
                "Een e-mailadres of telefoonnummer. Leeg: je e-mailadres hierboven."
            ),
        }
        widgets = {"email": forms.EmailInput(attrs={"autocomplete": "email"})}

    field_order = [
        "theme_id",
        "other_topic",
        "where",
        "email",
        "consent",
        "may_invite",
        "peer_contact",
        "peer_name",
        "peer_contact_detail",
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.point = None
        self.fields["theme_id"].choices = theme_choices(_("Kies een onderwerp"))
        guard_email_fields(self)
        for name in ("peer_name", "peer_contact_detail"):
            self.fields[name].validators.append(validate_readable)

    def clean_theme_id(self):
        pk = self.cleaned_data.get("theme_id")
        if not pk:
            return None
        theme = Theme.objects.filter(pk=pk).first()
        if theme is None:
            raise ValidationError(_("Kies een onderwerp uit de lijst."))
        return theme

    def clean_other_topic(self):
        return " ".join(self.cleaned_data["other_topic"].split())

    def clean_where(self):
        text = " ".join(self.cleaned_data["where"].split())
        self.point = places.resolve_or_explain(text)
        return text

    def clean(self):
        cleaned = super().clean()
        if not self.has_error("theme_id") and not (
            cleaned.get("theme_id") or cleaned.get("other_topic")
        ):
            self.add_error("theme_id", _("Kies waar de groep over moet gaan, of vul het zelf in."))
        wants_mail = (
            cleaned.get("consent") or cleaned.get("may_invite") or cleaned.get("peer_contact")
        )
        if cleaned.get("email") and not wants_mail:
            self.add_error(
                "consent",
                _("Vink aan dat we je één keer mogen mailen, of laat je e-mailadres leeg."),
            )
        if wants_mail and not cleaned.get("email") and not self.has_error("email"):
            self.add_error("email", _("Vul je e-mailadres in, dan kunnen we je mailen."))
        if cleaned.get("peer_contact") and not cleaned.get("peer_name"):
            self.add_error("peer_name", _("Vul een naam in, bijvoorbeeld je voornaam."))
        if cleaned.get("peer_contact") and not cleaned.get("peer_contact_detail"):
            cleaned["peer_contact_detail"] = cleaned.get("email", "")
        return cleaned

    def clean_peer_name(self):
        return " ".join(self.cleaned_data["peer_name"].split())

    def clean_peer_contact_detail(self):
        return " ".join(self.cleaned_data["peer_contact_detail"].split())

    def save(self, commit=True):
        self.instance.theme = self.cleaned_data["theme_id"]
        self.instance.other_topic = self.cleaned_data["other_topic"]
        return super().save(commit)


class InterestPrefillForm(forms.Form):
    """?thema=<slug>&plaats=<text>&woorden=<text> from links on theme pages and empty search
    results; the words fill in "anders, namelijk" when they name no theme."""

    thema = forms.SlugField(required=False, max_length=50)
    plaats = forms.CharField(required=False, max_length=100)
    woorden = forms.CharField(required=False, max_length=100)

    def prefill(self):
        if not self.is_valid():
            return {}
        data = {}
        theme = Theme.objects.filter(slug=self.cleaned_data["thema"]).first()
        if theme:
            data["theme_id"] = theme.pk
        elif self.cleaned_data["woorden"]:
            data["other_topic"] = self.cleaned_data["woorden"]
        if self.cleaned_data["plaats"]:
            data["where"] = self.cleaned_data["plaats"]
        return data


class AnswerForm(forms.Form):
    """The 'Ik heb gereageerd' button: nothing to fill in, the POST itself is the answer."""


# The correction form: short. "Wat klopt er niet?" in the reporter's own words, then the
# listing's fields pre-filled and optional. Only a field the reporter changed is proposed and
# checked; a pre-filled value is never refused (a group that started in 2017 keeps its first
# date, a phone number written the old way stays as it is).
CORRECTION_GROUP_FIELDS = ["name", "summary", "description"]
CORRECTION_WHERE_FIELDS = [
    "format",
    "venue_name",
    "venue_street",
    "venue_postcode",
    "venue_city",
    "wheelchair_accessible",
    "hearing_loop",
    "ground_floor",
    "transport_note",
]
CORRECTION_WHEN_FIELDS = [
    "pattern",
    "ordinal",
    "weekday",
    "start_time",
    "end_time",
    "schedule_note",
]
CORRECTION_TAKING_PART_FIELDS = ["cost", "cost_note", "newcomers", "registration"]
CORRECTION_CONTACT_FIELDS = ["website", "public_phone", "contact_name", "contact_email"]
# The fields that can be proposed, in the order of the page.
PROPOSABLE_FIELDS = [
    *CORRECTION_GROUP_FIELDS,
    *CORRECTION_WHERE_FIELDS,
    *CORRECTION_WHEN_FIELDS,
    *CORRECTION_TAKING_PART_FIELDS,
    *CORRECTION_CONTACT_FIELDS,
]
VENUE_KEYS = ["venue_name", "venue_street", "venue_postcode", "venue_city"]
SCHEDULE_KEYS = ["pattern", "ordinal", "weekday", "start_time", "end_time"]


class CorrectionForm(ProtectionMixin, forms.ModelForm):
    """A correction of a published group: what is wrong, plus the fields that changed.

    ``initial`` is the group's listing (submissions.services.listing_initial). A field left
    as it was is not proposed and not checked; proposed() names the fields that are."""

    class Meta:
        model = Submission
        fields = [
            "message",
            "stops_meeting",
            *(name for name in PROPOSABLE_FIELDS if name != "languages"),
            "submitter_name",
            "submitter_email",
        ]
        labels = {
            **ListingForm.Meta.labels,
            "message": _("Wat klopt er niet?"),
            "submitter_name": _("Je naam (niet verplicht)"),
            "submitter_email": _("Je e-mailadres (niet verplicht)"),
        }
        help_texts = {
            **ListingForm.Meta.help_texts,
            "message": _(
                "Schrijf het in je eigen woorden, bijvoorbeeld: de groep komt nu op woensdag "
                "samen. Dat is genoeg."
            ),
            "contact_name": _("Niet openbaar. Alleen invullen als het verandert."),
            "contact_email": _(
                "Niet openbaar. Alleen invullen als berichten naar een ander adres moeten."
            ),
            "submitter_email": _("Dan laten we je weten wat we met je melding doen."),
            "schedule_note": _("Bijvoorbeeld: niet in juli en augustus"),
        }
        widgets = {
            **{k: v for k, v in ListingForm.Meta.widgets.items() if k != "message"},
            "message": forms.Textarea(attrs={"rows": 4}),
        }

    website = forms.URLField(
        label=_("Website (niet verplicht)"), required=False, max_length=200, assume_scheme="https"
    )
    # The page's own order: what is wrong first, who sent it last.
    field_order = ["message", "stops_meeting", *PROPOSABLE_FIELDS]

    def __init__(self, *args, group, **kwargs):
        self.group = group
        self.contact_point = group.contact_point
        super().__init__(*args, **kwargs)
        self.fields["message"].required = True
        self.fields["message"].error_messages["required"] = _(
            "Schrijf in een paar woorden wat er niet klopt."
        )
        self.fields["message"].min_length = 3
        # The form shows one meeting pattern; a group with several (or none) says it in words.
        self.single_schedule = group.schedules.count() == 1
        if not self.single_schedule:
            for name in CORRECTION_WHEN_FIELDS:
                del self.fields[name]
        else:
            self.fields["pattern"].choices = [
                (Submission.Pattern.WEEKLY, _("Elke week")),
                (Submission.Pattern.BIWEEKLY, _("Om de week")),
                (Submission.Pattern.MONTHLY, _("Eén keer per maand")),
            ]
            self.fields["ordinal"].choices = [("", _("Kies een week")), *Schedule.Ordinal.choices]
            self.fields["weekday"].choices = [("", _("Kies een dag")), *Schedule.Weekday.choices]
            for name in ("start_time", "end_time"):
                self.fields[name].input_formats = TIME_FORMATS
        for name in ("format", "cost", "newcomers", "registration"):
            self.fields[name].choices = [c for c in self.fields[name].choices if c[0]]
        for name in PROPOSABLE_FIELDS:
            if name in self.fields:
                self.fields[name].required = False
        self.fields["public_phone"].validators.append(validate_phone)
        guard_email_fields(self)
        for field in self.fields.values():
            if isinstance(field, forms.TimeField):
                field.error_messages["invalid"] = _("Vul een tijd in zoals 19:30.")
            if isinstance(field, forms.URLField):
                field.error_messages["invalid"] = _(
                    "Vul een webadres in zoals https://www.voorbeeld.nl."
                )

    def _is_proposed(self, name):
        return name in self.fields and name in self.changed_data

    def proposed(self) -> list[str]:
        """The listing's fields this form changes, in the order of the page."""
        names = [n for n in PROPOSABLE_FIELDS if self._is_proposed(n)]
        if self._schedule_changed():
            # A changed pattern is proposed whole, starting at its next date.
            names += [n for n in (*SCHEDULE_KEYS, "first_date") if n not in names]
        return names

    def _clean_fields(self):
        super()._clean_fields()
        for name in PROPOSABLE_FIELDS:
            if name in self.fields and not self._is_proposed(name):
                # Left as it was: it is not proposed, so it is never refused either.
                self._errors.pop(name, None)
                self.cleaned_data[name] = self.get_initial_for_field(self.fields[name], name)

    def clean_venue_postcode(self):
        value = self.cleaned_data.get("venue_postcode", "").strip()
        return normalise_postcode(value) if value else ""

    def clean(self):
        cleaned = super().clean()
        in_person = cleaned.get("format") in (Group.Format.IN_PERSON, Group.Format.HYBRID)
        if in_person and any(self._is_proposed(n) for n in ("format", *VENUE_KEYS)):
            self._clean_venue()
        if self._schedule_changed():
            self._clean_schedule()
        return cleaned

    def _schedule_changed(self):
        return self.single_schedule and any(self._is_proposed(n) for n in SCHEDULE_KEYS)

    def _clean_venue(self):
        cleaned = self.cleaned_data
        missing = {
            "venue_name": _("Vul de naam van het gebouw in."),
            "venue_street": _("Vul de straat en het huisnummer in."),
            "venue_postcode": _("Vul de postcode in."),
            "venue_city": _("Vul de plaats in."),
        }
        for key, message in missing.items():
            if not cleaned.get(key) and not self.has_error(key):
                self.add_error(key, message)
        if self.has_error("venue_postcode") or self.has_error("venue_city"):
            return
        try:
            places.check_postcode_and_place(cleaned["venue_postcode"], cleaned["venue_city"])
        except ValidationError as error:
            self.add_error(None, error)

    def _clean_schedule(self):
        """A changed meeting pattern must be whole; it starts at its next date from today."""
        cleaned = self.cleaned_data
        messages = {
            "pattern": _("Kies hoe vaak de groep samenkomt."),
            "weekday": _("Kies op welke dag de groep samenkomt."),
            "start_time": _("Vul de begintijd in."),
            "end_time": _("Vul de eindtijd in."),
        }
        for key, message in messages.items():
            if cleaned.get(key) in (None, "") and not self.has_error(key):
                self.add_error(key, message)
        pattern, weekday = cleaned.get("pattern"), cleaned.get("weekday")
        if pattern == Submission.Pattern.MONTHLY:
            if cleaned.get("ordinal") is None and not self.has_error("ordinal"):
                self.add_error("ordinal", _("Kies welke week van de maand de groep samenkomt."))
        else:
            cleaned["ordinal"] = None
        start, end = cleaned.get("start_time"), cleaned.get("end_time")
        if start and end and end <= start:
            self.add_error("end_time", _("De eindtijd moet later zijn dan de begintijd."))
        if pattern and weekday is not None and not self.errors:
            cleaned["first_date"] = first_date_matching(
                timezone.localdate(), weekday, cleaned.get("ordinal")
            )
