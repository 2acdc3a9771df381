from django.contrib import admin

from cspreports.models import CspReport
from staff.scoping import CoordinatorOnlyAdmin


@admin.register(CspReport)
class CspReportAdmin(CoordinatorOnlyAdmin):
    """What browsers blocked under the Content-Security-Policy, per day: a new row after a
    release usually means a page of ours needs a fix; kept 30 days (purge_csp_reports)."""

    # List
    list_display = ["day", "directive", "blocked", "page", "count"]
    list_filter = ["directive"]
    search_fields = ["blocked", "page"]
    date_hierarchy = "day"
    # Detail
    fields = list_display
    readonly_fields = list_display

    def has_add_permission(self, request):
        return False  # only browsers make them

    def has_change_permission(self, request, obj=None):
        return False
