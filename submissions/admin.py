from types import SimpleNamespace

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count, Q
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from contactpoints.models import normalise_postcode
from groups.models import Group, Schedule
from groups.schedule import describe, describe_skip_months
from groups.verification.admin import FreshnessColumnsMixin
from staff.filters import YesFilter
from staff.relayed import RelayedMessageAdmin
from staff.scoping import ContactPointScopedAdmin
from submissions import places, services
from submissions.forms import ListingForm
from submissions.meeting_forms import VENUE_KEYS, months_field
from submissions.models import Interest, RelayMessage, Submission

ACTIONS = {"_approve", "_reject", "_ask"}


class OpenFilter(YesFilter):
    title = _("nog te doen")
    parameter_name = "open"

    def queryset(self, request, queryset):
        return queryset.open() if self.value() == "ja" else queryset


class UnansweredFilter(YesFilter):
    title = _("onbeantwoord en doorgegeven aan het contactpunt")
    parameter_name = "onbeantwoord"

    def queryset(self, request, queryset):
        return queryset.escalated() if self.value() == "ja" else queryset


class SubmissionAdminForm(forms.ModelForm):
    staff_message = forms.CharField(
        label=_("Reden of vraag voor de indiener"),
        help_text=_(
            "Nodig bij 'Afwijzen' en 'Vraag stellen'. Wordt gemaild naar de indiener; "
            "een antwoord komt bij het e-mailadres van het contactpunt binnen."
        ),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    website = forms.URLField(
        label=_("website"), required=False, max_length=200, assume_scheme="https"
    )
    languages = forms.MultipleChoiceField(
        label=_("talen"),
        choices=Group.LANGUAGE_CHOICES,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    skip_months = months_field()

    class Meta:
        model = Submission
        # What the public form asks, plus what staff decide: the contact point and themes.
        fields = [*ListingForm.Meta.fields, "themes", "contact_point"]

    def clean(self):
        cleaned = super().clean()
        action = next((a for a in ACTIONS if a in self.data), None)
        if action in ("_reject", "_ask") and not cleaned.get("staff_message"):
            self.add_error("staff_message", _("Schrijf de reden of de vraag voor de indiener."))
        if cleaned.get("format") in (Group.Format.IN_PERSON, Group.Format.HYBRID):
            for key in ("venue_name", "venue_street", "venue_postcode", "venue_city"):
                if not cleaned.get(key):
                    self.add_error(key, _("Nodig voor een groep die op locatie samenkomt."))
            if cleaned.get("venue_postcode") and cleaned.get("venue_city"):
                try:
                    cleaned["venue_postcode"] = normalise_postcode(cleaned["venue_postcode"])
                    places.check_postcode_and_place(
                        cleaned["venue_postcode"], cleaned["venue_city"]
                    )
                except ValidationError as error:
                    if hasattr(error, "error_dict"):
                        self.add_error(None, error)
                    else:
                        self.add_error("venue_postcode", error)
        if cleaned.get("pattern"):
            for key in ("weekday", "start_time", "end_time", "first_date"):
                if cleaned.get(key) in (None, ""):
                    self.add_error(key, _("Nodig als de groep regelmatig samenkomt."))
            if cleaned["pattern"] == Submission.Pattern.MONTHLY and cleaned.get("ordinal") is None:
                self.add_error("ordinal", _("Kies welke week van de maand."))
        start, end = cleaned.get("start_time"), cleaned.get("end_time")
        if start and end and end <= start:
            self.add_error("end_time", _("De eindtijd moet later zijn dan de begintijd."))
        return cleaned


@admin.register(Submission)
class SubmissionAdmin(ContactPointScopedAdmin):
    # List
    list_display = ["name", "kind", "status", "contact_point", "created_at"]
    list_filter = [OpenFilter, "status", "kind", "contact_point"]
    search_fields = ["name", "venue_city"]
    list_select_related = ["contact_point"]
    date_hierarchy = "created_at"
    # Detail
    form = SubmissionAdminForm
    change_form_template = "admin/submissions/submission/change_form.html"
    filter_horizontal = ["themes"]
    readonly_fields = [
        "kind",
        "status",
        "group_link",
        "differences",
        "schedule_in_words",
        "more_meetings_in_words",
        "rejection_reason",
        "question",
        "handled_by",
        "handled_at",
        "created_at",
        "personal_data_removed_at",
    ]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    ("kind", "status"),
                    "contact_point",
                    "group_link",
                    "differences",
                    "stops_meeting",
                    "message",
                ]
            },
        ),
        (
            _("Over de groep"),
            {
                "fields": [
                    "name",
                    "summary",
                    "description",
                    "themes",
                    "audience",
                    "support",
                    "organisation",
                ]
            },
        ),
        (
            _("Waar"),
            {
                "fields": [
                    "format",
                    "venue_name",
                    "venue_street",
                    ("venue_postcode", "venue_city"),
                    ("wheelchair_accessible", "hearing_loop", "ground_floor"),
                    "transport_note",
                ]
            },
        ),
        (
            _("Wanneer"),
            {
                "fields": [
                    "no_fixed_schedule",
                    "schedule_in_words",
                    "pattern",
                    ("ordinal", "weekday"),
                    ("start_time", "end_time"),
                    "first_date",
                    "skip_months",
                    "schedule_note",
                    "more_meetings_in_words",
                ]
            },
        ),
        (
            _("Meedoen"),
            {"fields": ["cost", "cost_note", "newcomers", "registration", "languages"]},
        ),
        (_("Openbaar contact"), {"fields": ["website", "public_phone"]}),
        (
            _("Contactpersoon van de groep (niet openbaar)"),
            {"fields": ["contact_name", "contact_email"]},
        ),
        (
            _("Indiener"),
            {"fields": ["submitter_name", "submitter_email", "submitter_phone", "created_at"]},
        ),
        (
            _("Beoordeling"),
            {
                "fields": [
                    "staff_message",
                    "question",
                    "rejection_reason",
                    "handled_by",
                    "handled_at",
                    "personal_data_removed_at",
                ]
            },
        ),
    ]

    def has_add_permission(self, request):
        return False  # submissions come in through the public form

    def has_change_permission(self, request, obj=None):
        # A handled submission is a record: it can be read, not edited again.
        if obj is not None and not obj.is_open:
            return False
        return super().has_change_permission(request, obj)

    @admin.display(description=_("groep"))
    def group_link(self, obj):
        if obj.group_id is None:
            return "–"
        url = reverse("admin:groups_group_change", args=[obj.group_id])
        return format_html('<a href="{}">{}</a>', url, obj.group)

    @admin.display(description=_("wat deze melding verandert"))
    def differences(self, obj):
        if obj.kind != Submission.Kind.CORRECTION or obj.pk is None:
            return _("Een nieuwe groep: alles hieronder is nieuw.")
        rows = services.differences(obj)
        if not rows:
            return _("Geen wijzigingen in de gegevens; lees de toelichting.")
        body = format_html_join("", '<tr><th scope="row">{}</th><td>{}</td><td>{}</td></tr>', rows)
        return format_html(
            '<table class="submission-diff"><thead><tr><th scope="col">{}</th>'
            '<th scope="col">{}</th><th scope="col">{}</th></tr></thead><tbody>{}</tbody></table>',
            _("gegeven"),
            _("nu op de kaart"),
            _("voorgesteld"),
            body,
        )

    @admin.display(description=_("in woorden"))
    def schedule_in_words(self, obj):
        if not obj.pattern or obj.weekday is None or not obj.start_time or not obj.end_time:
            return "–"
        values = services.schedule_values(obj)
        return describe(Schedule(**values))

    @admin.display(description=_("meer vaste bijeenkomsten"))
    def more_meetings_in_words(self, obj):
        lines = []
        for meeting in obj.more_meetings or []:
            more = SimpleNamespace(**meeting)
            text = describe(Schedule(**services.schedule_values(more)))
            skip = describe_skip_months(more)
            place = ", ".join(filter(None, [meeting.get(k) for k in VENUE_KEYS]))
            lines.append(" · ".join(filter(None, [text, skip, place or gettext("zelfde locatie")])))
        return format_html_join(mark_safe("<br>"), "{}", ((line,) for line in lines)) or "–"

    def save_model(self, request, obj, form, change):
        # Lock the row and save only what the form changed: a stale page never turns an
        # approved submission back into a pending one.
        with transaction.atomic():
            current = Submission.objects.select_for_update().get(pk=obj.pk)
            if not current.is_open:
                return
            fields = [f for f in form.changed_data if f in {f.name for f in obj._meta.fields}]
            if fields:
                obj.save(update_fields=fields)

    def save_related(self, request, form, formsets, change):
        if Submission.objects.open().filter(pk=form.instance.pk).exists():
            super().save_related(request, form, formsets, change)

    def response_change(self, request, obj):
        action = next((a for a in ACTIONS if a in request.POST), None)
        if action is None:
            return super().response_change(request, obj)
        message = request.POST.get("staff_message", "")[:2000]
        try:
            if action == "_approve":
                group = services.approve(obj.pk, request.user)
                self.message_user(
                    request,
                    format_html(
                        gettext('Goedgekeurd en gepubliceerd: <a href="{}">{}</a>.'),
                        group.get_absolute_url(),
                        group.name,
                    ),
                    messages.SUCCESS,
                )
            elif action == "_reject":
                services.reject(obj.pk, request.user, message)
                self.message_user(request, _("Afgewezen; de indiener krijgt een e-mail."))
            else:
                services.ask(obj.pk, request.user, message)
                self.message_user(request, _("Je vraag is gemaild naar de indiener."))
        except services.NotAllowed as error:
            self.message_user(request, str(error), messages.ERROR)
            return HttpResponseRedirect(request.path)
        return HttpResponseRedirect(reverse("admin:submissions_submission_changelist"))


@admin.register(RelayMessage)
class RelayMessageAdmin(RelayedMessageAdmin):
    # List
    list_display = [
        "group",
        "first_name",
        "created_at",
        "delivery",
        "responded_at",
        "escalated_at",
        "handled_at",
        "group_phone",
    ]
    list_filter = [UnansweredFilter, "contact_point"]
    search_fields = ["group__name"]
    list_select_related = ["group", "email_to_group"]
    # Detail
    fields = [
        "group",
        "contact_point",
        "first_name",
        "reply_email",
        "reply_phone",
        "message",
        "created_at",
        "delivery",
        "responded_at",
        "escalated_at",
        "handled_at",
        "handled_by",
        "purged_at",
    ]
    readonly_fields = fields

    @admin.display(description=_("groep bellen"))
    def group_phone(self, obj):
        group = obj.group
        return FreshnessColumnsMixin.phone_to_call(self, group)

    @admin.display(description=_("afgeleverd"))
    def delivery(self, obj):
        email = obj.email_to_group
        if email is None:
            return "–"
        return email.get_status_display()


@admin.register(Interest)
class InterestAdmin(ContactPointScopedAdmin):
    municipality_field = "municipality"
    # List
    list_display = [
        "theme",
        "other_topic",
        "place",
        "municipality",
        "wants_email",
        "may_invite",
        "peer_contact",
        "created_at",
        "notified_at",
    ]
    list_filter = [
        ("theme", admin.RelatedOnlyFieldListFilter),
        ("municipality", admin.RelatedOnlyFieldListFilter),
        "peer_contact",
    ]
    # Issue 14: put two consenting fellow sufferers in touch (starting.services).
    actions = ["connect_peers"]
    list_select_related = ["theme", "municipality"]
    search_fields = ["theme__name", "other_topic", "place", "municipality__name"]
    change_list_template = "admin/submissions/interest/change_list.html"
    # Detail: the email address is left out on purpose; only the notification uses it.
    fields = [
        "theme",
        "other_topic",
        "place",
        "municipality",
        "wants_email",
        "may_invite",
        "invited_at",
        "peer_contact",
        "created_at",
        "notified_at",
    ]
    readonly_fields = fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description=_("wil bericht"), boolean=True)
    def wants_email(self, obj):
        return bool(obj.consent and obj.email)

    @admin.action(description=_("Breng deze twee lotgenoten met elkaar in contact"))
    def connect_peers(self, request, queryset):
        from starting.services import NotConsenting, connect_peers

        chosen = list(queryset.select_related("municipality"))
        if len(chosen) != 2:
            self.message_user(request, _("Kies precies twee aanmeldingen."), messages.ERROR)
            return
        contact_point = places.responsible_contact_point(chosen[0].municipality)
        try:
            connect_peers(chosen[0], chosen[1], contact_point, request.user)
        except NotConsenting:
            self.message_user(
                request,
                _("Niet gekoppeld: allebei moeten ze toestemming hebben gegeven."),
                messages.ERROR,
            )
            return
        self.message_user(
            request, _("Gekoppeld: beiden krijgen een e-mail met de gegevens van de ander.")
        )

    def get_urls(self):
        report = path(
            "overzicht/",
            self.admin_site.admin_view(self.report_view),
            name="submissions_interest_report",
        )
        return [report, *super().get_urls()]

    def report_view(self, request):
        """Interest per theme and municipality, most asked first: where to start a group."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        rows = (
            self.get_queryset(request)
            .values("theme__name", "other_topic", "municipality__name")
            .annotate(
                total=Count("pk"),
                waiting=Count(
                    "pk", filter=Q(consent=True, notified_at__isnull=True) & ~Q(email="")
                ),
            )
            .order_by("-total", "theme__name", "other_topic", "municipality__name")
        )
        context = {
            **self.admin_site.each_context(request),
            "title": _("Interesse per thema en gemeente"),
            "rows": rows,
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/submissions/interest/report.html", context)
