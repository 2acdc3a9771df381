from datetime import timedelta

from django.conf import settings
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from contactpoints.models import ContactPoint
from groups import privacy
from groups.models import Group, MeetingException, Theme
from groups.places import distinct_venues
from groups.schedule import meeting_summary, pattern_lines
from referrals import lookup
from referrals.codes import normalise, short_url, typeable
from referrals.counting import count_visit
from referrals.forms import OverviewForm, ReferrerSearchForm, ShortLinkForm
from referrals.models import ShortLink
from referrals.qr import qr_svg
from zelfhulp.ratelimit import limit_searches

# A waiting-room overview must fit one printed page: the nearest groups, then a pointer
# to the site for the rest.
OVERVIEW_KM = 15
OVERVIEW_IN_PERSON = 6
OVERVIEW_REMOTE = 2
# Above this much text the printed card steps down a font size to stay on one A5 page.
DENSE_CARD_CHARS = 800
DENSE_OVERVIEW_CHARS = 1200


def _note(group, code):
    return _("Gewezen op zelfhulpgroep %(name)s — %(link)s") % {
        "name": group.name,
        "link": short_url(code),
    }


def _decorate(groups):
    """Add what a compact result shows: places, meeting patterns, short link and note.
    Uses only the prefetched schedules and short links: it adds no queries, and writes
    nothing (a published group got its short link when it was published)."""
    for group in groups:
        schedules = list(group.schedules.all())
        group.places = sorted({s.venue.city for s in schedules if s.venue_id})
        group.patterns = pattern_lines(group, schedules)
        group.code = group.short_link.code
        group.typeable_link = typeable(group.code)
        group.note = _note(group, group.code)
    return groups


@require_safe
@limit_searches
def referrers(request):
    form = ReferrerSearchForm(request.GET or None)
    results = None
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        if data["q"].strip() or data["thema"] or data["waar"]:
            results = lookup.find(
                text=data["q"], theme=data["thema"], point=data["waar"], km=data["afstand"]
            )
            _decorate(results.nearby + results.remote + results.elsewhere)
    return render(
        request,
        "referrals/referrers.html",
        {
            "form": form,
            "results": results,
            "all_themes": Theme.objects.exclude(icpc_codes=[]).select_related("parent"),
        },
    )


@require_safe
def referral_card(request, slug):
    group = get_object_or_404(
        Group.objects.published().for_cards().select_related("short_link"), slug=slug
    )
    privacy.mask([group])
    code = group.short_link.code
    schedules = [] if group.no_fixed_schedule else list(group.schedules.all())
    exceptions = list(
        MeetingException.objects.filter(
            group=group, day__gte=timezone.localdate() - timedelta(days=400)
        ).select_related("venue")
    )
    summary = meeting_summary(group, schedules, exceptions, timezone.now(), 3)
    venues = distinct_venues(schedules, exceptions)
    text = [group.name, group.summary, group.cost_note, group.contact_point.opening_hours]
    text += [s.note for s in schedules] + [n["text"] for n in summary["notices"]]
    text += [f"{v.name} {v.street_address} {v.city}" for v in venues]
    return render(
        request,
        "referrals/card.html",
        {
            "group": group,
            "schedules": schedules,
            "venues": venues,
            "next_meetings": summary["meetings"],
            "patterns": summary["patterns"],
            "notices": summary["notices"],
            "code": code,
            "short_url": short_url(code),
            "typeable_link": typeable(code),
            "qr": qr_svg(
                short_url(code) + "?qr=1",
                _("QR-code met de link naar %(name)s") % {"name": group.name},
            ),
            "note": _note(group, code),
            "dense": sum(len(t) for t in text) > DENSE_CARD_CHARS,
        },
    )


@never_cache
@require_safe
def follow_short_link(request, code):
    """The short link on a referral card: count the visit for today, then go to the group.

    Only the group and the date are stored. Nothing about the visitor is read: no cookie is
    set, and the address and browser are not looked at, so a count never points to a person.
    """
    link = ShortLink.objects.select_related("group").filter(code=normalise(code)).first()
    if link is None:
        raise Http404
    group = link.group
    if not group.is_public:
        return render(
            request,
            "referrals/gone.html",
            {"group": group, "themes": group.themes.all()},
            status=404,
        )
    # A HEAD request (a link checker, a preview) is not a patient.
    if request.method == "GET":
        form = ShortLinkForm(request.GET)
        count_visit(group.pk, via_qr=form.is_valid() and form.cleaned_data["qr"])
    return redirect(group)


@require_safe
def theme_overview(request, slug):
    theme = get_object_or_404(Theme.objects.select_related("parent"), slug=slug)
    form = OverviewForm(request.GET or None)
    point = form.cleaned_data["gemeente"] if form.is_bound and form.is_valid() else None
    groups = Group.objects.published().for_theme(theme).for_cards().select_related("short_link")
    remote = list(groups.remote().order_by("name")[:OVERVIEW_REMOTE])
    in_person = groups.in_person()
    if point is not None:
        in_person = (
            in_person.near(point, OVERVIEW_KM).with_distance(point).order_by("distance_km", "name")
        )
    else:
        in_person = in_person.order_by("name")
    in_person = list(in_person[: OVERVIEW_IN_PERSON + 1])
    more = len(in_person) > OVERVIEW_IN_PERSON
    in_person = _decorate(in_person[:OVERVIEW_IN_PERSON])
    _decorate(remote)
    theme_url = settings.SITE_URL + theme.get_absolute_url()
    listed = in_person + remote
    text = sum(len(g.name) + sum(len(p) for p in g.patterns) for g in listed)
    return render(
        request,
        "referrals/overview.html",
        {
            "theme": theme,
            "form": form,
            "point": point,
            "in_person": in_person,
            "remote": remote,
            "more": more,
            "km": OVERVIEW_KM,
            "theme_url": theme_url,
            "qr": qr_svg(
                theme_url, _("QR-code met de link naar %(theme)s") % {"theme": theme.display_name}
            ),
            "contact_points": _contact_points(point, listed),
            "dense": text > DENSE_OVERVIEW_CHARS,
        },
    )


def _contact_points(point, groups, limit=2):
    """Who to call about the overview: the contact point(s) covering the municipality, else
    those of the listed groups. At most two, so the footer always fits the page."""
    found = []
    if point is not None and point.municipality_id:
        found = list(ContactPoint.objects.filter(municipalities=point.municipality_id)[:limit])
    if not found:
        found = list({g.contact_point_id: g.contact_point for g in groups}.values())
    return [cp for cp in found if cp.phone][:limit]
