"""The /embed/ widget: a compact list of groups for a partner's page, in a frame.

Only sites staff listed (opendata.models.EmbedPartner) may frame it: their origins go into
this page's CSP frame-ancestors, and X-Frame-Options is left off for it alone. No script,
no cookie, nothing from elsewhere; links open the full group page on Zelfhulpkaart in a new
tab (or the whole window), never inside the partner's frame.
"""

from django.shortcuts import render
from django.views.decorators.http import require_safe

from contactpoints.geo import resolve_place
from groups.models import Group
from opendata.forms import EmbedForm
from opendata.models import EmbedPartner

DEFAULT_SHOWN = 5


def frame_ancestors():
    return ["'self'", *EmbedPartner.objects.origins()]


@require_safe
def embed(request):
    form = EmbedForm(request.GET)
    groups, place, unknown_place = [], None, False
    theme = None
    if form.is_valid():
        data = form.cleaned_data
        theme = data.get("thema")
        shown = data.get("aantal") or DEFAULT_SHOWN
        found = Group.objects.published()
        if theme:
            found = found.for_theme(theme)
        if data.get("waar"):
            place = resolve_place(data["waar"])
            unknown_place = place is None
        if unknown_place:
            found = found.none()
        elif place:
            found = found.nearest(place, data["afstand"], shown)
        else:
            found = found.order_by("name", "pk")
        groups = list(found.prefetch_related("themes")[:shown])
    response = render(
        request,
        "opendata/embed.html",
        {
            "form": form,
            "groups": groups,
            "theme": theme,
            "place": place,
            "unknown_place": unknown_place,
        },
    )
    response._csp_replace = {"frame-ancestors": frame_ancestors()}
    response.xframe_options_exempt = True
    return response
