from datetime import timedelta

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from contactpoints.permissions import is_coordinator
from groups import listing
from groups.admin_exchange import StaffImportExportMixin
from groups.history import RESTORED, meetings_of, restore_meetings
from groups.leaders import admin as leader_admin
from groups.listing import in_words
from groups.models import MONTH_CHOICES, Group, MeetingException, Schedule, Theme, Venue
from groups.resources import GroupResource, VenueResource
from groups.verification import freshness

# Also registers the verification review with the admin.
from groups.verification.admin import FreshnessColumnsMixin
from staff.scoping import (
    ContactPointScopedAdmin,
    CoordinatorEditedAdmin,
    ScopedInlineMixin,
)


@admin.register(Theme)
class ThemeAdmin(CoordinatorEditedAdmin):
    list_display = ["name", "parent", "slug", "position"]
    list_filter = [("parent", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["name", "name_en", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    list_select_related = ["parent"]


@admin.register(Venue)
class VenueAdmin(ContactPointScopedAdmin, StaffImportExportMixin, SimpleHistoryAdmin):
    """Venues belong to a place: staff see those in the municipalities they cover."""

    municipality_field = "municipality"
    resource_classes = [VenueResource]
    # List
    list_display = [
        "name",
        "street_address",
        "postcode",
        "city",
        "municipality",
        "wheelchair_accessible",
    ]
    list_filter = ["wheelchair_accessible", "hearing_loop", "municipality__region"]
    search_fields = ["name", "street_address", "postcode", "city"]
    list_select_related = ["municipality"]
    # Detail
    autocomplete_fields = ["municipality"]


class ScheduleInlineForm(forms.ModelForm):
    skip_months = forms.TypedMultipleChoiceField(
        label=_("elk jaar niet in"),
        choices=MONTH_CHOICES,
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Maanden waarin de groep elk jaar niet bijeenkomt, zoals juli en augustus."),
    )

    def clean_skip_months(self):
        months = sorted(set(self.cleaned_data.get("skip_months") or []))
        if len(months) >= 12:
            raise forms.ValidationError(_("Laat minstens één maand open."))
        return months


class ScheduleInline(ScopedInlineMixin, admin.StackedInline):
    model = Schedule
    form = ScheduleInlineForm
    extra = 0
    autocomplete_fields = ["venue"]
    fields = [
        ("freq", "interval"),
        ("ordinal", "weekday"),
        ("start_time", "end_time"),
        ("first_date", "until"),
        "venue",
        "skip_months",
        "note",
    ]


class MeetingExceptionInline(ScopedInlineMixin, admin.TabularInline):
    """Cancelled meetings, breaks and extra meetings (leaders use groups.meetings)."""

    model = MeetingException
    extra = 0
    autocomplete_fields = ["venue"]
    fields = ["kind", "schedule", "day", "last_day", "start_time", "end_time", "venue", "note"]

    def get_queryset(self, request):
        # Only what still matters; past exceptions stay in the history.
        since = timezone.localdate() - timedelta(days=31)
        return (
            super()
            .get_queryset(request)
            .filter(models.Q(day__gte=since) | models.Q(last_day__gte=since))
        )

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        if db_field.name == "schedule":
            group_id = request.resolver_match.kwargs.get("object_id")
            field.queryset = (
                field.queryset.filter(group_id=group_id) if group_id else field.queryset.none()
            )
            field.empty_label = _("alle vaste bijeenkomsten")
        return field


# Concurrent edits


def changes_since(group_pk, seen_version):
    """Who changed what on a group since the version someone opened, for the refusal."""
    history = Group.history.filter(id=group_pk)
    seen = history.filter(group_version=seen_version).order_by("-history_date").first()
    latest = history.order_by("-history_date").first()
    lines = []
    if seen and latest and latest.pk != seen.pk:
        delta = latest.diff_against(seen, foreign_keys_are_objs=True)
        for change in delta.changes:
            field = Group._meta.get_field(change.field)
            if field.many_to_many:
                # simple-history gives m2m values as rows of the through table.
                old = ", ".join(sorted(str(row["theme"]) for row in change.old)) or "—"
                new = ", ".join(sorted(str(row["theme"]) for row in change.new)) or "—"
            else:
                old, new = in_words(field, change.old, 80), in_words(field, change.new, 80)
            lines.append(
                gettext("%(field)s: „%(old)s” → „%(new)s”")
                % {"field": field.verbose_name, "old": old, "new": new}
            )
        editors = {
            str(r.history_user)
            for r in history.filter(group_version__gt=seen_version).select_related("history_user")
            if r.history_user
        }
        if editors:
            lines.append(gettext("Gewijzigd door: %s") % ", ".join(sorted(editors)))
    return lines


class GroupAdminForm(forms.ModelForm):
    # The version this form was opened at; clean() refuses the save if it has moved on.
    seen_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    # No Meta: the admin builds it from GroupAdmin.fieldsets.

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["seen_version"].initial = self.instance.version

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk:
            # Locked until the admin's transaction ends, so a second save waits for the
            # first and then sees its new version: nothing is silently overwritten.
            stored = (
                Group.objects.select_for_update()
                .filter(pk=self.instance.pk)
                .values_list("version", flat=True)
                .first()
            )
            seen = cleaned.get("seen_version")
            if stored is not None and seen != stored:
                raise ValidationError(
                    [
                        gettext(
                            "Deze groep is gewijzigd door iemand anders sinds je hem opende. "
                            "Je wijzigingen zijn niet opgeslagen."
                        ),
                        *changes_since(self.instance.pk, seen),
                        gettext(
                            "Open de groep opnieuw om de nieuwste versie te zien en breng je "
                            "wijzigingen daarna opnieuw aan."
                        ),
                    ],
                    code="version_conflict",
                )
        return cleaned


# List filters for the staff home's links


class FreshnessFilter(admin.SimpleListFilter):
    title = _("controle")
    parameter_name = "controle"

    def lookups(self, request, model_admin):
        return [
            ("due", _("te lang niet gecontroleerd")),
            ("unconfirmed", _("geen antwoord na 6 weken")),
            ("to_pause", _("gevraagd en herinnerd, geen antwoord: wordt gepauzeerd")),
            ("auto_paused", _("automatisch gepauzeerd")),
            ("stopping", _("groep meldt dat ze stopt")),
        ]

    def queryset(self, request, queryset):
        select = {
            "due": freshness.due,
            "unconfirmed": freshness.unconfirmed,
            "to_pause": freshness.to_pause,
            "auto_paused": freshness.auto_paused,
            "stopping": freshness.stopping,
        }.get(self.value())
        return select(queryset) if select else queryset


class MissingFilter(admin.SimpleListFilter):
    title = _("ontbreekt")
    parameter_name = "ontbreekt"

    def lookups(self, request, model_admin):
        return [("schedule", _("geen bijeenkomsten")), ("venue", _("geen locatie"))]

    def queryset(self, request, queryset):
        if self.value() == "schedule":
            return freshness.without_schedule(queryset)
        if self.value() == "venue":
            return freshness.without_venue(queryset)
        return queryset


@admin.register(Group)
class GroupAdmin(
    FreshnessColumnsMixin, ContactPointScopedAdmin, StaffImportExportMixin, SimpleHistoryAdmin
):
    form = GroupAdminForm
    resource_classes = [GroupResource]
    # List
    list_display = ["name", "status", "format", "contact_point", "freshness_state", "phone_to_call"]
    list_filter = [
        FreshnessFilter,
        MissingFilter,
        "status",
        "format",
        "audience",
        "newcomers",
        "contact_point",
        ("themes", admin.RelatedOnlyFieldListFilter),
    ]
    search_fields = ["name", "summary", "organisation"]
    list_select_related = ["contact_point"]
    show_full_result_count = False  # one COUNT fewer; the filters say what is shown
    actions = [
        "mark_verified",
        "pause",
        "archive",
        "send_verification_request",
        leader_admin.send_leader_link,
        leader_admin.revoke_leader_link,
    ]
    # Detail
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["themes"]
    inlines = [ScheduleInline, MeetingExceptionInline]
    readonly_fields = [
        "external_id",
        "next_meeting_at",
        "auto_paused_on",
        "version",
        "created_at",
        "updated_at",
        "leader_link",
    ]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "name",
                    "slug",
                    "status",
                    "contact_point",
                    *listing.ABOUT[1:],
                    "themes",
                ]
            },
        ),
        (
            _("Voor wie en hoe"),
            {"fields": listing.WHO_AND_HOW},
        ),
        (
            _("Meedoen"),
            {"fields": [*listing.TAKING_PART, "address_after_contact"]},
        ),
        (_("Openbaar contact"), {"fields": listing.PUBLIC_CONTACT}),
        (
            _("Contactpersoon (niet openbaar)"),
            {"fields": [*listing.CONTACT_PERSON, "leader_link"]},
        ),
        (_("Bijeenkomsten"), {"fields": ["no_fixed_schedule"]}),
        (
            _("Beheer"),
            {
                "fields": [
                    "last_verified",
                    "auto_paused_on",
                    "next_meeting_at",
                    "external_id",
                    "version",
                    "seen_version",
                    "created_at",
                    "updated_at",
                ]
            },
        ),
    ]

    @admin.display(description=_("beheerlink van de groep"))
    def leader_link(self, obj):
        return leader_admin.link_status(obj)

    def get_list_display(self, request):
        display = super().get_list_display(request)
        if is_coordinator(request.user):
            return display
        return [f for f in display if f != "contact_point"]  # staff have only their own

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        membership = getattr(request.user, "membership", None)
        if membership and membership.contact_point_id:
            initial.setdefault("contact_point", membership.contact_point_id)
        return initial

    # History: the group's own changes plus those of its meetings.

    def history_view(self, request, object_id, extra_context=None):
        group = self.get_object(request, object_id)
        records = list(
            Schedule.history.filter(group_id=group.pk)
            .select_related("history_user")
            .order_by("id", "history_date")
        )
        previous_by_schedule = {}
        schedule_changes = []
        for record in records:
            before = previous_by_schedule.get(record.id)
            delta = record.diff_against(before).changes if before else []
            schedule_changes.append(
                (
                    record,
                    [
                        {
                            "field": Schedule._meta.get_field(c.field).verbose_name,
                            "old": in_words(Schedule._meta.get_field(c.field), c.old, 80),
                            "new": in_words(Schedule._meta.get_field(c.field), c.new, 80),
                        }
                        for c in delta
                    ],
                )
            )
            previous_by_schedule[record.id] = record
        schedule_changes.sort(key=lambda item: item[0].history_date, reverse=True)
        context = {"schedule_changes": schedule_changes, **(extra_context or {})}
        return super().history_view(request, object_id, context)

    # Restoring a version: the group, its meetings and their venues together, in one
    # transaction. django-simple-history's view opens none (the admin's change view does),
    # and GroupAdminForm's version check locks the row, which needs one.

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        record = get_object_or_404(Group.history, id=unquote(object_id), history_id=version_id)
        context = {"meetings_then": meetings_of(record), **(extra_context or {})}
        if request.method != "POST":
            return super().history_form_view(request, object_id, version_id, context)
        request.restoring_version = True
        with transaction.atomic():
            response = super().history_form_view(request, object_id, version_id, context)
            if response.status_code != 302:  # refused (e.g. changed meanwhile): shown again
                return response
            left = restore_meetings(Group.objects.get(pk=record.id), record, request.user)
        if left:
            self.message_user(
                request,
                gettext(
                    "Deze locaties zijn niet teruggezet, omdat ook andere groepen er "
                    "bijeenkomen: %s. Pas ze zo nodig zelf aan."
                )
                % "; ".join(left),
                messages.WARNING,
            )
        return response

    def save_model(self, request, obj, form, change):
        if getattr(request, "restoring_version", False):
            obj._change_reason = RESTORED
        super().save_model(request, obj, form, change)

    # Bulk actions: each group is saved on its own, so each change is in its history.

    def _each(self, request, queryset, change, reason):
        done = 0
        for group in queryset.select_related("contact_point"):
            with transaction.atomic():
                change(group)
                group._change_reason = reason
                group.save()
            done += 1
        return done

    @admin.action(description=_("Markeren als gecontroleerd (vandaag)"))
    def mark_verified(self, request, queryset):
        n = 0
        for group in queryset:
            freshness.mark_verified(group, "Gecontroleerd door een medewerker")
            n += 1
        self.message_user(
            request, gettext("%(n)s groep(en) gecontroleerd.") % {"n": n}, messages.SUCCESS
        )

    @admin.action(description=_("Pauzeren"))
    def pause(self, request, queryset):
        n = 0
        for group in queryset:
            freshness.pause(group, "Gepauzeerd door een medewerker")
            n += 1
        self.message_user(
            request, gettext("%(n)s groep(en) gepauzeerd.") % {"n": n}, messages.SUCCESS
        )

    @admin.action(description=_("Archiveren"))
    def archive(self, request, queryset):
        def to_archive(group):
            group.status = Group.Status.ARCHIVED

        n = self._each(request, queryset, to_archive, "Gearchiveerd door een medewerker")
        self.message_user(
            request, gettext("%(n)s groep(en) gearchiveerd.") % {"n": n}, messages.SUCCESS
        )

    @admin.action(description=_("Nu een controlevraag sturen"))
    def send_verification_request(self, request, queryset):
        n = 0
        for group in queryset.select_related("contact_point"):
            with transaction.atomic():
                freshness.send_request(group, requested_by=request.user)
            n += 1
        self.message_user(
            request,
            gettext("Controlevraag verstuurd naar %(n)s groep(en).") % {"n": n},
            messages.SUCCESS,
        )
