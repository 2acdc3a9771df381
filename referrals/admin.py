from datetime import date

from django import forms
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db.models import Sum
from django.db.models.functions import TruncMonth
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from referrals.models import ReferralCount
from staff.scoping import ContactPointScopedAdmin

MONTH_CHOICES = [
    (3, _("3 maanden")),
    (6, _("6 maanden")),
    (12, _("12 maanden")),
    (24, _("24 maanden")),
]


class ReportForm(forms.Form):
    maanden = forms.TypedChoiceField(
        label=_("periode"),
        choices=MONTH_CHOICES,
        coerce=int,
        initial=12,
        required=False,
        empty_value=12,
    )


def months_back(today: date, count: int) -> list[date]:
    """The first days of the last `count` months, oldest first, this month included."""
    firsts = []
    year, month = today.year, today.month
    for _step in range(count):
        firsts.append(date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return firsts[::-1]


def _table(rows, key, label, months):
    """rows of {key, label, month, total} into [(label, [count per month], total)], busiest first."""
    table = {}
    for row in rows:
        entry = table.setdefault(row[key], {"label": row[label], "counts": {}})
        entry["counts"][row["month"]] = row["total"]
    out = [
        (entry["label"], [entry["counts"].get(m, 0) for m in months], sum(entry["counts"].values()))
        for entry in table.values()
    ]
    return sorted(out, key=lambda r: (-r[2], str(r[0])))


@admin.register(ReferralCount)
class ReferralCountAdmin(ContactPointScopedAdmin):
    """Read-only: the counts are written by the short links alone."""

    contact_point_field = "group__contact_point"
    change_list_template = "admin/referrals/referralcount/change_list.html"

    # List
    list_display = ["date", "group", "visits", "qr_visits"]
    list_filter = ["group__contact_point", "group__themes"]
    search_fields = ["group__name"]
    date_hierarchy = "date"
    list_select_related = ["group"]
    # Detail
    fields = ["group", "date", "visits", "qr_visits"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_urls(self):
        report = self.admin_site.admin_view(self.report_view)
        return [
            path("overzicht/", report, name="referrals_referralcount_report"),
            *super().get_urls(),
        ]

    def report_view(self, request):
        """Referrals per theme and per group, per month: is the card used, and for what."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        form = ReportForm(request.GET or None)
        count = form.cleaned_data["maanden"] if form.is_valid() else 12
        months = months_back(timezone.localdate(), count)
        counts = (
            self.get_queryset(request)
            .filter(date__gte=months[0])
            .annotate(month=TruncMonth("date"))
        )
        by_group = counts.values("group_id", "group__name", "month").annotate(total=Sum("visits"))
        by_theme = counts.values("group__themes__id", "group__themes__name", "month").annotate(
            total=Sum("visits")
        )
        totals = counts.aggregate(visits=Sum("visits"), qr=Sum("qr_visits"))
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Verwijzingen per maand"),
            "form": form,
            "months": months,
            "themes": _table(by_theme, "group__themes__id", "group__themes__name", months),
            "groups": _table(by_group, "group_id", "group__name", months),
            "total": totals["visits"] or 0,
            "qr_total": totals["qr"] or 0,
        }
        return TemplateResponse(request, "admin/referrals/report.html", context)
