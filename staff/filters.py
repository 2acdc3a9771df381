from django.contrib import admin
from django.utils.translation import gettext_lazy as _


class YesFilter(admin.SimpleListFilter):
    """A one-choice list filter ('ja') that the staff home page links to; a subclass says
    what 'ja' keeps in queryset()."""

    def lookups(self, request, model_admin):
        return [("ja", _("ja"))]
