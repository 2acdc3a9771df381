from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from groups.models import Group, Schedule, Theme, Venue


@admin.register(Theme)
class ThemeAdmin(admin.ModelAdmin):
    list_display = ["name", "parent", "slug", "position"]
    list_filter = [("parent", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["name", "name_en", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    list_select_related = ["parent"]


@admin.register(Venue)
class VenueAdmin(admin.ModelAdmin):
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
    autocomplete_fields = ["municipality"]


class ScheduleInline(admin.StackedInline):
    model = Schedule
    extra = 0
    autocomplete_fields = ["venue"]
    fields = [
        ("freq", "interval"),
        ("ordinal", "weekday"),
        ("start_time", "end_time"),
        ("first_date", "until"),
        "venue",
        "note",
    ]


@admin.register(Group)
class GroupAdmin(admin.ModelAdmin):
    # List
    list_display = ["name", "status", "format", "contact_point", "last_verified"]
    list_filter = ["status", "format", "audience", "newcomers", "contact_point", "themes"]
    search_fields = ["name", "summary", "organisation"]
    list_select_related = ["contact_point"]
    date_hierarchy = "last_verified"
    # Detail
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["themes"]
    inlines = [ScheduleInline]
    readonly_fields = ["external_id", "next_meeting_at", "created_at", "updated_at"]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "name",
                    "slug",
                    "status",
                    "contact_point",
                    "summary",
                    "description",
                    "themes",
                ]
            },
        ),
        (
            _("Voor wie en hoe"),
            {"fields": ["audience", "format", "languages", "support", "organisation"]},
        ),
        (
            _("Meedoen"),
            {"fields": ["cost", "cost_note", "newcomers", "next_start_date", "registration"]},
        ),
        (_("Openbaar contact"), {"fields": ["website", "public_phone"]}),
        (_("Contactpersoon (niet openbaar)"), {"fields": ["contact_name", "contact_email"]}),
        (
            _("Beheer"),
            {
                "fields": [
                    "last_verified",
                    "next_meeting_at",
                    "external_id",
                    "created_at",
                    "updated_at",
                ]
            },
        ),
    ]
