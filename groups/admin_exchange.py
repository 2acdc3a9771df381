"""Import and export in the workspace: groups, meetings and venues, each from its own list
(see groups/resources.py for what a file holds and when a row counts as unchanged)."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from import_export.admin import ImportExportMixin
from import_export.formats.base_formats import CSV, XLSX

from groups.models import Schedule
from groups.resources import ScheduleResource, StaffExportForm
from staff.scoping import ContactPointScopedAdmin, is_staff_member


class StaffImportExportMixin(ImportExportMixin):
    """CSV and XLSX; the resource knows who asks, to keep to their scope."""

    formats = [CSV, XLSX]
    export_form_class = StaffExportForm

    def get_import_resource_kwargs(self, request, **kwargs):
        return {**super().get_import_resource_kwargs(request, **kwargs), "user": request.user}

    def get_export_resource_kwargs(self, request, **kwargs):
        return {**super().get_export_resource_kwargs(request, **kwargs), "user": request.user}

    def has_import_permission(self, request):
        return is_staff_member(request.user)

    def has_export_permission(self, request):
        return is_staff_member(request.user)


@admin.register(Schedule)
class ScheduleAdmin(StaffImportExportMixin, ContactPointScopedAdmin):
    """All meetings of the region in one list, to export and read back in; a meeting is
    edited on its group's page."""

    contact_point_field = "group__contact_point"
    resource_classes = [ScheduleResource]
    # List
    list_display = ["group", "when", "venue", "first_date", "until"]
    list_select_related = ["group", "venue"]
    list_filter = ["freq", "weekday", "group__contact_point"]
    search_fields = ["group__name", "venue__name", "note"]
    show_full_result_count = False

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False  # on the group's page, where the version check guards the listing

    @admin.display(description=_("wanneer"))
    def when(self, schedule):
        return str(schedule)
