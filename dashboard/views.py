"""The demand & impact dashboard in the staff workspace (/beheer/cijfers/), its exports, and
the public yearly figures (/cijfers/).

Staff see their own contact point; coordinators choose one or all. Another contact point's
figures are a 404. Staff pages are Dutch only.
"""

import csv
import io
from datetime import date, timedelta

import tablib
from django import forms
from django.contrib import admin
from django.db.models import Count, Q, Sum
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from contactpoints.models import ContactPoint, Region
from contactpoints.permissions import contact_points_for, is_coordinator, membership
from dashboard.activities import activity_figures
from dashboard.charts import bar_chart
from dashboard.figures import FIGURES, Scope
from groups.models import Group, Schedule
from referrals.models import ReferralCount
from staff.scoping import is_staff_member
from submissions.models import Interest

EARLIEST = date(2015, 1, 1)
MAX_DAYS = 5 * 366


class RangeForm(forms.Form):
    van = forms.DateField(
        label=_("van"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    tot = forms.DateField(
        label=_("tot en met"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    contactpunt = forms.ModelChoiceField(
        label=_("contactpunt"),
        queryset=ContactPoint.objects.none(),
        required=False,
        empty_label=_("alle contactpunten"),
        to_field_name="slug",
    )

    def __init__(self, data, user):
        super().__init__(data)
        self.user = user
        if is_coordinator(user):
            self.fields["contactpunt"].queryset = ContactPoint.objects.all()
        else:
            del self.fields["contactpunt"]

    def clean(self):
        data = super().clean()
        today = timezone.localdate()
        end = data.get("tot") or today
        start = data.get("van") or (end - timedelta(days=365))
        if start < EARLIEST or end > today + timedelta(days=1):
            raise forms.ValidationError(_("Kies data tussen 2015 en vandaag."))
        if start > end:
            raise forms.ValidationError(_("De begindatum ligt na de einddatum."))
        if (end - start).days > MAX_DAYS:
            raise forms.ValidationError(_("Kies een periode van hoogstens vijf jaar."))
        data["van"], data["tot"] = start, end
        return data

    def scope(self):
        if is_coordinator(self.user):
            contact_point = self.cleaned_data.get("contactpunt")
        else:
            m = membership(self.user)
            contact_point = contact_points_for(self.user).get(pk=m.contact_point_id)
        return Scope(contact_point, self.cleaned_data["van"], self.cleaned_data["tot"])


def _scope_or_404(request):
    if not is_staff_member(request.user):
        raise Http404
    form = RangeForm(request.GET, request.user)
    if request.GET.get("contactpunt") and "contactpunt" not in form.fields:
        raise Http404  # staff of one contact point asking for another's figures
    if (
        request.GET.get("contactpunt")
        and not ContactPoint.objects.filter(slug=request.GET["contactpunt"]).exists()
    ):
        raise Http404
    return form


def dashboard(request):
    form = _scope_or_404(request)
    figures = []
    scope = None
    if form.is_valid():
        scope = form.scope()
        for slug, make in FIGURES.items():
            figure = make(scope)
            figures.append(
                {
                    "figure": figure,
                    "slug": slug,
                    "chart": bar_chart(figure.chart_rows(), figure.title, slug)
                    if figure.chart
                    else "",
                }
            )
    context = {
        **admin.site.each_context(request),
        "title": _("Cijfers: vraag en bereik"),
        "form": form,
        "scope": scope,
        "figures": figures,
        "query": request.GET.urlencode(),
    }
    return TemplateResponse(request, "dashboard/dashboard.html", context)


def export(request, slug, kind):
    form = _scope_or_404(request)
    make = FIGURES.get(slug)
    if make is None or kind not in ("csv", "xlsx") or not form.is_valid():
        raise Http404
    scope = form.scope()
    figure = make(scope)
    headings = [str(h) or "Label" for h in figure.headings]
    name = f"zelfhulpkaart-{slug}-{scope.start:%Y%m%d}-{scope.end:%Y%m%d}"
    if kind == "csv":
        out = io.StringIO()
        writer = csv.writer(out, delimiter=";")
        writer.writerow(headings)
        writer.writerows(figure.rows)
        response = HttpResponse("\ufeff" + out.getvalue(), content_type="text/csv; charset=utf-8")
    else:
        data = tablib.Dataset(*[tuple(r) for r in figure.rows], headers=headings)
        data.title = slug[:31]
        response = HttpResponse(
            data.export("xlsx"),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
    response["Content-Disposition"] = f'attachment; filename="{name}.{kind}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


# Public


class YearForm(forms.Form):
    jaar = forms.IntegerField(label=_("jaar"), min_value=2015, max_value=2100, required=False)


def yearly_figures(year):
    """Per region, for one calendar year: groups and themes (the listings as they are now,
    started before the year ended), referral visits and interest registrations."""
    start, end = date(year, 1, 1), date(year, 12, 31)
    rows = []
    for region in Region.objects.order_by("name"):
        municipalities = region.municipalities.all()
        groups = Group.objects.published().filter(
            Q(contact_point__region=region)
            | Q(
                pk__in=Schedule.objects.filter(venue__municipality__in=municipalities).values(
                    "group_id"
                )
            ),
            created_at__date__lte=end,
        )
        counts = groups.aggregate(
            groups=Count("pk", distinct=True), themes=Count("themes", distinct=True)
        )
        referrals = ReferralCount.objects.filter(
            group__in=groups.values("pk"), date__gte=start, date__lte=end
        ).aggregate(n=Sum("visits"))["n"]
        interest = Interest.objects.filter(
            municipality__in=municipalities, created_at__year=year
        ).count()
        rows.append(
            {
                "region": region,
                "groups": counts["groups"],
                "themes": counts["themes"],
                "referrals": referrals or 0,
                "interest": interest,
            }
        )
    return rows


@require_safe
def public_figures(request):
    form = YearForm(request.GET)
    this_year = timezone.localdate().year
    year = (form.cleaned_data.get("jaar") if form.is_valid() else None) or this_year
    year = min(year, this_year)
    rows = yearly_figures(year)
    totals = {key: sum(r[key] for r in rows) for key in ("groups", "referrals", "interest")}
    return render(
        request,
        "dashboard/public_figures.html",
        {
            "form": form,
            "year": year,
            "years": list(range(this_year, max(2015, this_year - 5) - 1, -1)),
            "rows": rows,
            "totals": totals,
            "activity_rows": activity_figures(year),
        },
    )
