from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from opendata.models import EmbedPartner
from staff.scoping import ContactPointScopedAdmin


@admin.register(EmbedPartner)
class EmbedPartnerAdmin(ContactPointScopedAdmin):
    staff_can_delete = True

    # List
    list_display = ["name", "origin", "contact_point", "active"]
    list_filter = ["active", "contact_point"]
    search_fields = ["name", "origin"]

    # Detail
    fieldsets = [
        (_("partnersite"), {"fields": ["name", "origin", "active", "contact_point"]}),
    ]
