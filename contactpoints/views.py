from django.shortcuts import get_object_or_404, render

from contactpoints.models import ContactPoint, Municipality
from groups.models import Group


def municipality_detail(request, slug):
    municipality = get_object_or_404(Municipality, slug=slug)
    groups = Group.objects.published().in_municipality(municipality).for_cards().order_by("name")
    return render(
        request,
        "contactpoints/municipality_detail.html",
        {"municipality": municipality, "groups": groups},
    )


def contact_point_detail(request, slug):
    contact_point = get_object_or_404(ContactPoint, slug=slug)
    groups = contact_point.groups.published().for_cards().order_by("name")
    return render(
        request,
        "contactpoints/contact_point_detail.html",
        {"contact_point": contact_point, "groups": groups},
    )
