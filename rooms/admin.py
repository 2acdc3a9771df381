from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from rooms.models import Room, RoomRequest
from staff.scoping import ContactPointScopedAdmin


class RoomAdminForm(forms.ModelForm):
    # The version this form was opened at; clean() refuses the save if it has moved on.
    seen_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["seen_version"].initial = self.instance.version

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk:
            stored = (
                Room.objects.select_for_update()
                .filter(pk=self.instance.pk)
                .values_list("version", flat=True)
                .first()
            )
            if stored is not None and cleaned.get("seen_version") != stored:
                raise ValidationError(
                    gettext(
                        "Deze ruimte is gewijzigd door iemand anders sinds je hem opende. "
                        "Je wijzigingen zijn niet opgeslagen. Open de ruimte opnieuw."
                    ),
                    code="version_conflict",
                )
        return cleaned


@admin.register(Room)
class RoomAdmin(ContactPointScopedAdmin, SimpleHistoryAdmin):
    form = RoomAdminForm
    # List
    list_display = ["name", "place", "kind", "capacity", "cost", "published"]
    list_filter = ["kind", "cost", "published", ("municipality", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["name", "place"]
    list_select_related = ["municipality"]
    prepopulated_fields = {"slug": ["name"]}
    # Detail
    fieldsets = [
        (None, {"fields": ["name", "slug", "kind", "contact_point", "published", "description"]}),
        (_("Waar"), {"fields": ["street_address", "place", "municipality"]}),
        (
            _("De ruimte"),
            {
                "fields": [
                    "capacity",
                    "wheelchair_accessible",
                    "hearing_loop",
                    "ground_floor",
                    "availability",
                    "cost",
                    "cost_note",
                    "how_to_ask",
                ]
            },
        ),
        (_("Contactpersoon (niet openbaar)"), {"fields": ["contact_name", "contact_email"]}),
        (_("Beheer"), {"fields": ["version", "seen_version"]}),
    ]
    readonly_fields = ["version"]


@admin.register(RoomRequest)
class RoomRequestAdmin(ContactPointScopedAdmin):
    contact_point_field = "room__contact_point"
    list_display = ["group_name", "room", "people", "created_at"]
    list_select_related = ["room"]
    search_fields = ["group_name", "room__name"]
    fields = [
        "room",
        "group_name",
        "people",
        "when",
        "message",
        "name",
        "email",
        "phone",
        "created_at",
        "purged_at",
    ]
    readonly_fields = fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
