from django.conf import settings
from django.core.cache import cache
from django.db import models
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from contactpoints.geo import Point
from contactpoints.models import ContactPoint
from groups import privacy
from groups.forms import DISTANCES, page_number
from groups.lists import Pages, with_cards
from groups.models import Group, Schedule, Theme
from groups.places import distinct_venues, schema_place
from groups.querysets import card_prefetches
from groups.schedule import (
    RRULE_DAYS,
    calendar_feed,
    excluded_starts,
    group_calendar,
    meeting_months,
    meeting_summary,
    webcal_url,
)
from groups.services import current_exceptions
from peers import hooks as peer_hooks

ALTERNATIVES_SHOWN = 3


def published_theme_counts():
    """{theme id: published groups}; counting every group costs, so it is kept 5 minutes."""
    return cache.get_or_set(
        "groups:theme-counts", lambda: Group.objects.published().count_by_theme(), 300
    )


# Home


@require_safe
def home(request):
    themes = list(Theme.objects.top_level())
    counts = published_theme_counts()
    for theme in themes:
        theme.group_count = counts.get(theme.pk, 0)
    return render(
        request,
        "groups/home.html",
        {
            "themes": themes,
            "contact_points": ContactPoint.objects.all(),
            "distances": DISTANCES,
        },
    )


# A group


def _public_group(slug):
    """Published, paused and archived groups answer; drafts and groups in review do not."""
    group = get_object_or_404(
        Group.objects.filter(status__in=["published", "paused", "archived"])
        .select_related("contact_point")
        .prefetch_related(*card_prefetches(), current_exceptions(to_attr="current_exceptions")),
        slug=slug,
    )
    return privacy.mask([group])[0]


@require_safe
def group_detail(request, slug):
    group = _public_group(slug)
    schedules = list(group.schedules.all())
    venues = list({s.venue_id: s.venue for s in schedules if s.venue_id}.values())
    themes = list(group.themes.all())
    alternatives = []
    if group.status != Group.Status.PUBLISHED:
        alternatives = _alternatives(group, themes, venues)
    if group.status == Group.Status.ARCHIVED:
        return render(
            request,
            "groups/group_archived.html",
            {"group": group, "themes": themes, "alternatives": alternatives},
            status=410,
        )
    exceptions = group.current_exceptions
    summary = meeting_summary(group, schedules, exceptions, timezone.now(), 3)
    venues = distinct_venues(schedules, exceptions)
    return render(
        request,
        "groups/group_detail.html",
        {
            "group": group,
            "themes": themes,
            "venues": venues,
            **summary,
            **calendar_links(reverse("groups:calendar", args=[group.slug])),
            "alternatives": alternatives,
            "json_ld": _json_ld(group, themes, schedules, exceptions, venues, summary["meetings"])
            if group.status == "published"
            else None,
            **peer_hooks.for_group(group, themes),
        },
    )


def _alternatives(group, themes, venues):
    """Published groups on the same themes: nearest to this group's venue, else soonest."""
    others = Group.objects.published().exclude(pk=group.pk).for_themes(t.slug for t in themes)
    if venues:
        venue = venues[0]
        point = Point(venue.latitude, venue.longitude)
        found = list(others.nearest(point, DISTANCES[-1], ALTERNATIVES_SHOWN))
    else:
        found = list(others.remote().soonest_first()[:ALTERNATIVES_SHOWN])
    with_cards(found)
    return found


def _meeting_location(group, venue, venues, url):
    """schema.org location of one meeting: its place (and the video call for a hybrid
    group), else a VirtualLocation; never empty."""
    online = {"@type": "VirtualLocation", "url": url}
    if venue is None and group.meets_in_person and len(venues) == 1:
        venue = venues[0]
    if venue is None:
        return online
    place = schema_place(venue)
    return [place, online] if group.is_hybrid else place


def _json_ld(group, themes, schedules, exceptions, venues, meetings):
    """schema.org: the group as an EventSeries with its schedule, place and organiser."""
    url = settings.SITE_URL + group.get_absolute_url()
    mode = {
        "in_person": "OfflineEventAttendanceMode",
        "online": "OnlineEventAttendanceMode",
        "phone": "OnlineEventAttendanceMode",
        "hybrid": "MixedEventAttendanceMode",
    }[group.format]
    data = {
        "@context": "https://schema.org",
        "@type": "EventSeries",
        "@id": url + "#series",
        "name": group.name,
        "description": group.summary,
        "url": url,
        "inLanguage": group.languages or ["nl"],
        "isAccessibleForFree": group.cost == Group.Cost.FREE,
        "eventAttendanceMode": "https://schema.org/" + mode,
        "eventStatus": "https://schema.org/EventScheduled",
        "about": [{"@type": "DefinedTerm", "name": t.name, "termCode": t.slug} for t in themes],
        "audience": {"@type": "PeopleAudience", "audienceType": group.get_audience_display()},
        "organizer": {
            "@type": "Organization",
            "name": group.organisation or group.contact_point.name,
            **({"url": group.website} if group.website else {}),
        },
    }
    if venues:
        places = [schema_place(v) for v in venues]
        data["location"] = places[0] if len(places) == 1 else places
    else:
        data["location"] = {"@type": "VirtualLocation", "url": url}
    if not group.no_fixed_schedule:
        data["eventSchedule"] = [_schema_schedule(s, exceptions) for s in schedules]
    data["subEvent"] = [
        {
            "@type": "Event",
            "name": group.name,
            "startDate": meeting.start.isoformat(),
            "endDate": meeting.end.isoformat(),
            "eventAttendanceMode": "https://schema.org/" + mode,
            "eventStatus": "https://schema.org/EventScheduled",
            "location": _meeting_location(group, meeting.venue, venues, url),
            "superEvent": {"@id": url + "#series"},
        }
        for meeting in meetings
    ]
    return data


def _schema_schedule(schedule, exceptions=()):
    weeks_or_months = "M" if schedule.freq == "MONTHLY" else "W"
    day = RRULE_DAYS[schedule.weekday]
    out = {
        "@type": "Schedule",
        "repeatFrequency": f"P{schedule.interval}{weeks_or_months}",
        "byDay": f"{schedule.ordinal}{day}" if schedule.ordinal else day,
        "startTime": schedule.start_time.strftime("%H:%M"),
        "endTime": schedule.end_time.strftime("%H:%M"),
        "startDate": schedule.first_date.isoformat(),
        "scheduleTimezone": "Europe/Amsterdam",
    }
    if schedule.until:
        out["endDate"] = schedule.until.isoformat()
    months = meeting_months(schedule)
    if months:
        out["byMonth"] = months
    skipped = excluded_starts(schedule, exceptions)
    if skipped:
        out["exceptDate"] = [start.isoformat() for start in skipped]
    return out


FEED_MAX_GROUPS = 300


def calendar_links(path, intro=""):
    """Context for includes/calendar_links.html: the feed to download and to subscribe to."""
    return {
        "feed_url": path,
        "webcal_url": webcal_url(settings.SITE_URL + path),
        "calendar_intro": intro,
    }


def _feed_response(body, filename):
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}.ics"'
    return response


def _feed_entries(groups):
    """(group, schedules, exceptions, url) of published groups, in three queries."""
    groups = list(
        groups.prefetch_related(
            models.Prefetch("schedules", queryset=Schedule.objects.select_related("venue")),
            current_exceptions(),
        )[:FEED_MAX_GROUPS]
    )
    return [
        (
            g,
            list(g.schedules.all()),
            list(g.meeting_exceptions.all()),
            settings.SITE_URL + g.get_absolute_url(),
        )
        for g in groups
    ]


@require_safe
def group_calendar_feed(request, slug):
    group = _public_group(slug)
    if group.status == Group.Status.ARCHIVED:
        return HttpResponse(status=410)
    # A paused group keeps its feed, empty, so a subscribed calendar drops its meetings.
    published = group.status == "published"
    body = group_calendar(
        group,
        list(group.schedules.all()) if published else [],
        settings.SITE_URL + group.get_absolute_url(),
        exceptions=group.current_exceptions if published else [],
    )
    return _feed_response(body, group.slug)


@require_safe
def theme_calendar_feed(request, slug):
    """The meetings of every published group on a theme (or its subthemes)."""
    theme = get_object_or_404(Theme, slug=slug)
    groups = Group.objects.published().for_theme(theme).order_by("name", "pk")
    name = _("Zelfhulpgroepen: %(theme)s") % {"theme": theme.display_name}
    return _feed_response(calendar_feed(_feed_entries(groups), name), f"thema-{theme.slug}")


@require_safe
def contact_point_calendar_feed(request, slug):
    """The meetings of every published group a contact point supports."""
    contact_point = get_object_or_404(ContactPoint, slug=slug)
    groups = contact_point.groups.published().order_by("name", "pk")
    name = _("Zelfhulpgroepen: %(name)s") % {"name": contact_point.name}
    return _feed_response(
        calendar_feed(_feed_entries(groups), name), f"contactpunt-{contact_point.slug}"
    )


# Themes


@require_safe
def theme_list(request):
    themes = list(Theme.objects.all())
    counts = published_theme_counts()
    main = []
    for theme in themes:
        theme.group_count = counts.get(theme.pk, 0)
        theme.subthemes = []
    by_pk = {t.pk: t for t in themes}
    for theme in themes:
        if theme.parent_id:
            by_pk[theme.parent_id].subthemes.append(theme)
        else:
            main.append(theme)
    return render(request, "groups/theme_list.html", {"themes": main})


@require_safe
def theme_detail(request, slug):
    theme = get_object_or_404(Theme.objects.select_related("parent"), slug=slug)
    subthemes = list(theme.children.all())
    groups_qs = Group.objects.published().for_theme(theme)
    number, page_ok = page_number(request)
    total = groups_qs.capped_count(settings.SEARCH_RANK_CAP)
    pages = Pages(min(total, settings.SEARCH_RANK_CAP), number)
    groups = list(groups_qs.most_useful_first(get_language())[pages.start : pages.end])
    with_cards(groups)
    if subthemes:
        counts = published_theme_counts()
        for sub in subthemes:
            sub.group_count = counts.get(sub.pk, 0)
    return render(
        request,
        "groups/theme_detail.html",
        {
            "theme": theme,
            "subthemes": subthemes,
            "groups": groups,
            "total": total,
            "pages": pages,
            "page_message": not page_ok or pages.out_of_range,
            "distances": DISTANCES,
            **calendar_links(
                reverse("groups:theme_calendar", args=[theme.slug]),
                _("Alle bijeenkomsten van de groepen over dit thema in je eigen agenda."),
            ),
            **peer_hooks.for_theme(theme),
        },
    )


@require_safe
def urgent_help(request):
    """Where to go now: a self-help group is no help in a crisis (linked from every page)."""
    return render(request, "groups/urgent_help.html")


@require_safe
def robots_txt(request):
    return render(request, "robots.txt", content_type="text/plain; charset=utf-8")
