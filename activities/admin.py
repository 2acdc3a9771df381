"""Activities and their registrations in the staff workspace, scoped per contact point."""

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from activities.models import Activity, Registration
from staff.scoping import ContactPointScopedAdmin

FIELDSETS = [
    (
        _("Wat en wanneer"),
        {
            "fields": [
                "contact_point",
                "kind",
                "title",
                "slug",
                "description",
                "themes",
                "audience",
                "starts_at",
                "ends_at",
                "series",
            ]
        },
    ),
    (_("Waar"), {"fields": ["venue", "place", "online_link"]}),
    (_("Aanmelden"), {"fields": ["registration", "capacity", "cost", "published"]}),
]


class ActivityAdminForm(forms.ModelForm):
    class Meta:
        model = Activity
        fields = [field for _, options in FIELDSETS for field in options["fields"]]

    def clean(self):
        data = super().clean()
        venue, link = data.get("venue"), data.get("online_link")
        if not venue and not link:
            raise ValidationError(_("Kies een locatie of vul een link voor online deelname in."))
        if venue and not data.get("place"):
            data["place"] = venue.city
        return data


class RegistrationInline(admin.TabularInline):
    model = Registration
    extra = 0
    can_delete = False
    fields = ["name", "email", "phone", "people", "status", "created_at"]
    readonly_fields = fields
    show_change_link = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_view_permission(self, request, obj=None):
        return True


@admin.register(Activity)
class ActivityAdmin(ContactPointScopedAdmin, SimpleHistoryAdmin):
    form = ActivityAdminForm
    # List
    list_display = ["title", "kind", "starts_at", "place", "capacity", "published", "contact_point"]
    list_filter = ["kind", "published", "contact_point"]
    search_fields = ["title", "slug", "place"]
    list_select_related = ["contact_point"]
    date_hierarchy = "starts_at"
    # Detail
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["themes"]
    fieldsets = FIELDSETS
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    inlines = [RegistrationInline]


@admin.register(Registration)
class RegistrationAdmin(ContactPointScopedAdmin):
    contact_point_field = "activity__contact_point"
    # List
    list_display = ["name", "activity", "people", "status", "created_at"]
    list_filter = ["status"]
    search_fields = ["name", "email", "activity__title"]
    list_select_related = ["activity"]
    # Detail
    fields = ["activity", "name", "email", "phone", "people", "status", "created_at"]
    readonly_fields = ["activity", "created_at", "status"]

    def has_add_permission(self, request):
        return False  # residents register through the public form
