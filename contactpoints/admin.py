from django.contrib import admin
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

from contactpoints.models import (
    ContactPoint,
    Municipality,
    PlaceAlias,
    PostcodeArea,
    Region,
    StaffMembership,
)
from contactpoints.permissions import is_coordinator, municipalities_for
from staff.scoping import CoordinatorEditedAdmin, CoordinatorOnlyAdmin, ReferenceTableAdmin


@admin.register(Region)
class RegionAdmin(ReferenceTableAdmin):
    list_display = ["name", "province"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Municipality)
class MunicipalityAdmin(ReferenceTableAdmin):
    list_display = ["name", "code", "region", "province"]
    list_filter = ["region", "province"]
    search_fields = ["name", "code"]
    list_select_related = ["region"]

    def get_search_results(self, request, queryset, search_term):
        # Picking a venue's municipality: staff are offered only those they cover.
        if request.path.endswith("/autocomplete/") and not is_coordinator(request.user):
            queryset = queryset.filter(pk__in=municipalities_for(request.user))
        return super().get_search_results(request, queryset, search_term)


@admin.register(PostcodeArea)
class PostcodeAreaAdmin(ReferenceTableAdmin):
    list_display = ["pc4", "place", "municipality", "latitude", "longitude"]
    list_filter = ["municipality__province"]
    search_fields = ["pc4", "place", "municipality__name"]
    list_select_related = ["municipality"]
    raw_id_fields = ["municipality"]


@admin.register(PlaceAlias)
class PlaceAliasAdmin(ReferenceTableAdmin):
    # List
    list_display = ["name", "area", "note"]
    search_fields = ["name", "area__pc4", "area__place"]
    list_select_related = ["area"]
    # Detail
    raw_id_fields = ["area"]
    fields = ["name", "area", "note"]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        cache.delete("geo:place-names")


@admin.register(ContactPoint)
class ContactPointAdmin(CoordinatorEditedAdmin):
    # List
    list_display = ["name", "region", "city", "phone", "email"]
    list_filter = ["region"]
    search_fields = ["name", "city"]
    list_select_related = ["region"]
    # Detail
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["municipalities"]
    fieldsets = [
        (None, {"fields": ["name", "slug", "region", "description"]}),
        (
            _("Bereikbaarheid"),
            {
                "fields": [
                    "street_address",
                    "postcode",
                    "city",
                    "phone",
                    "email",
                    "website",
                    "opening_hours",
                ]
            },
        ),
        (_("Werkgebied"), {"fields": ["municipalities"]}),
        (_("Groepsleiders"), {"fields": ["leaders_publish_text"]}),
    ]


@admin.register(StaffMembership)
class StaffMembershipAdmin(CoordinatorOnlyAdmin):
    list_display = ["user", "contact_point", "is_coordinator"]
    list_filter = ["contact_point", "is_coordinator"]
    search_fields = ["user__username", "user__email"]
    list_select_related = ["user", "contact_point"]
    raw_id_fields = ["user"]
