from django.conf import settings
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from contactpoints.geo import Point
from contactpoints.models import ContactPoint, Municipality
from groups.forms import page_number
from groups.lists import Pages, with_cards
from groups.models import Group
from groups.views import calendar_links

NEARBY_KM = 15
IN_MUNICIPALITY_SHOWN = 60
NEARBY_SHOWN = 20


@require_safe
def municipality_detail(request, slug):
    municipality = get_object_or_404(Municipality.objects.select_related("region"), slug=slug)
    centre = Point(
        municipality.latitude, municipality.longitude, municipality.name, municipality.pk
    )
    published = Group.objects.published()
    inside_qs = published.in_municipality(municipality)
    inside = list(
        inside_qs.with_distance(centre).most_useful_first(get_language())[:IN_MUNICIPALITY_SHOWN]
    )
    nearby = list(
        published.exclude(pk__in=inside_qs.values("pk")).nearest(centre, NEARBY_KM, NEARBY_SHOWN)
    )
    with_cards(inside, nearby)
    return render(
        request,
        "contactpoints/municipality_detail.html",
        {
            "municipality": municipality,
            "inside": inside,
            "nearby": nearby,
            "nearby_km": NEARBY_KM,
            "contact_points": list(ContactPoint.objects.covering(municipality)),
        },
    )


@require_safe
def contact_point_detail(request, slug):
    contact_point = get_object_or_404(ContactPoint.objects.select_related("region"), slug=slug)
    municipalities = list(contact_point.municipalities.order_by("name"))
    groups_qs = contact_point.groups.published()
    number, page_ok = page_number(request)
    total = groups_qs.capped_count(settings.SEARCH_RANK_CAP)
    pages = Pages(min(total, settings.SEARCH_RANK_CAP), number)
    groups = list(groups_qs.most_useful_first(get_language())[pages.start : pages.end])
    with_cards(groups)
    return render(
        request,
        "contactpoints/contact_point_detail.html",
        {
            "contact_point": contact_point,
            "municipalities": municipalities,
            "groups": groups,
            "total": total,
            "pages": pages,
            "page_message": not page_ok or pages.out_of_range,
            **calendar_links(
                reverse("contactpoints:calendar", args=[contact_point.slug]),
                _("Alle bijeenkomsten van de groepen die wij steunen in je eigen agenda."),
            ),
        },
    )
