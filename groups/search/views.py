"""The search page: a thin view over the filter set and the engine (groups.search.engine)."""

import hashlib
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse, JsonResponse, QueryDict
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from contactpoints.geo import covered, places_starting
from contactpoints.models import ContactPoint
from dashboard.counters import record_search
from groups.forms import DISTANCES, SuggestForm, TypedForm
from groups.lists import Pages, next_meeting, with_cards
from groups.models import Group, Schedule, Theme
from groups.querysets import REMOTE_FORMATS, themes_with_groups
from groups.search import engine
from groups.search import facets as facet_registry
from groups.search import text as vocabulary
from groups.search.facets import FORMATS, PARAMS
from groups.search.filters import GroupFilterSet
from peers import hooks as peer_hooks
from zelfhulp.ratelimit import limit_searches

REMOTE_SHOWN = 5


def cached_for_everyone(view):
    """Keep the page a while in the shared cache, keyed on language and the full URL.

    The search page is the same for every visitor (no cookies, no user), and popular
    searches repeat; the cache spares the database, not correctness: a group edited in the
    admin shows up within SEARCH_CACHE_SECONDS."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        seconds = settings.SEARCH_CACHE_SECONDS
        if not seconds:
            return view(request, *args, **kwargs)
        digest = hashlib.sha256(request.get_full_path().encode()).hexdigest()
        key = f"page:{view.__name__}:{get_language()}:{digest}"
        content = cache.get(key)
        if content is not None:
            return HttpResponse(content)
        response = view(request, *args, **kwargs)
        if response.status_code == 200:
            cache.set(key, response.content, seconds)
        return response

    return wrapper


@require_safe
@limit_searches
@cached_for_everyone
def search(request):
    """The search page. A near-miss typo of a theme word is searched as the theme word
    (and said so), before searching when it is clearly one, else when the words found
    nothing; `letterlijk` searches the words as typed."""
    typed = TypedForm(request.GET)
    words = typed.cleaned_data["q"] if typed.is_valid() else ""
    literal = typed.is_valid() and typed.cleaned_data["letterlijk"]
    data, corrected_from = request.GET, None
    better = vocabulary.correction(words, vocabulary.SURE) if words and not literal else None
    if better:
        data, corrected_from = _with_words(request.GET, better), words
    context = _page(request, data)
    if context.get("nothing") and words and not literal and not corrected_from:
        better = vocabulary.correction(words, vocabulary.CLOSE)
        if better:
            retry = _page(request, _with_words(request.GET, better))
            if not retry["nothing"]:
                context, corrected_from = retry, words
    if corrected_from:
        context.update({"corrected_from": corrected_from, "suggestion": None})
    if "total" in context:
        # Counted for the dashboard: per month, and the words only when nothing was found.
        found = context["total"] + context["remote_total"]
        place, page = context["place"], context["pages"].number
        record_search(context["text"] or "", found, get_language(), place, page)
    return render(request, "groups/search.html", context)


SUGGESTIONS_SHOWN = 6


@require_safe
def suggestions(request):
    """Themes and places that start like the typed text, for the search fields' autocomplete
    (static/js/autocomplete.js): JSON, read from the cached theme words and place names, so
    a keystroke costs no database query once they are cached. The same for everyone: no
    cookie, cached a while by the browser."""
    form = SuggestForm(request.GET)
    typed = form.cleaned_data["q"] if form.is_valid() else ""
    body = {"themes": [], "places": []}
    if len(typed.strip()) >= 2:
        by_slug = {t.slug: t for t in Theme.objects.cached()}
        body["themes"] = [
            {"label": by_slug[slug].display_name, "value": by_slug[slug].display_name}
            for slug in vocabulary.themes_starting(typed)[:SUGGESTIONS_SHOWN]
            if slug in by_slug
        ]
        body["places"] = [
            {"label": name, "value": name} for name in places_starting(typed, SUGGESTIONS_SHOWN)
        ]
    response = JsonResponse(body)
    response["Cache-Control"] = "public, max-age=300"
    return response


def _with_words(query, words):
    query = query.copy()
    query["q"] = words
    return query


def _page(request, data):
    """What the page shows for these parameters (the request's, or with corrected words)."""
    filterset = GroupFilterSet(data, queryset=Group.objects.published())
    form = filterset.form
    filterset.is_valid()
    cap = settings.SEARCH_RANK_CAP
    text, place = filterset.text, filterset.place
    # Errors in what or where stop the search; an unknown filter value is left out.
    blocking = [name for name in ("q", "waar") if name in form.errors]
    ignored = [name for name in form.errors if name in PARAMS or name in ("afstand", "sorteer")]
    crisis = vocabulary.suggests_crisis(text or str(form.data.get("q", ""))[:200])
    context = {
        "filterset": filterset,
        "form": form,
        "blocking": blocking,
        "ignored_filters": bool(ignored) or "page" in form.errors,
        "crisis": crisis,
        "text": text,
        "place": place,
        "distance": filterset.distance,
        "distances": DISTANCES,
        "searched": bool(request.GET),
        "place_suggestions": form.place_suggestions,
    }
    if blocking:
        if form.has_error("waar", "unknown_place"):
            context["unknown_place"] = form.data.get("waar")
        return context
    if place is not None and not covered(place):
        # Outside the region the site covers: say so, and show the groups online and by
        # phone (the form keeps the place as typed).
        context["out_of_region"] = place
        context["interest_link"] = _interest_link(text, form.data.get("waar"), [])
        data = data.copy()
        data.pop("waar", None)
        data.setlist("vorm", [k for k, v in FORMATS.items() if v in REMOTE_FORMATS])
        filterset = GroupFilterSet(data, queryset=Group.objects.published())
        filterset.is_valid()
        form, place = filterset.form, None
        context["place"] = None
    themes = Theme.objects.cached()

    selected = filterset.selected()
    formats = selected["formats"]
    remote_only = bool(formats) and all(f in REMOTE_FORMATS for f in formats)
    # With a place, the main list is what meets nearby; distance does not matter for online
    # and phone groups, so they get their own section (or the whole list if asked for).
    uses_place = place is not None and not remote_only
    remote_formats = [f for f in formats if f in REMOTE_FORMATS] if formats else REMOTE_FORMATS
    show_remote = uses_place and bool(remote_formats)
    sort = _sort(form.cleaned_data.get("sorteer"), text, uses_place)
    top_slugs = [t.slug for t in themes if t.parent_id is None]
    theme_slugs = list(dict.fromkeys(top_slugs + list(selected["themes"])))

    found = _find(filterset, selected, sort, uses_place, cap, theme_slugs)
    total, remote_total = len(found.ids), len(found.remote_ids)
    pages = Pages(min(total, cap), form.cleaned_data.get("page"))
    # There may be cap + 1 (to tell "more than cap"); pages go no further than the cap.
    groups, remote = _load(
        found.ids[:cap][pages.start : pages.end],
        found.remote_ids[:REMOTE_SHOWN] if show_remote else [],
        place if uses_place else None,
    )
    if not show_remote:
        remote_total = 0

    nothing = total == 0 and remote_total == 0
    extras = _no_results_help(filterset, selected, themes) if nothing else {}
    with_cards(extras.get("online_groups", []))
    few = total + remote_total < 3
    suggestion = vocabulary.suggestion(text) if text and few and not crisis else None
    counts = found.counts
    context.update(
        {
            "groups": groups,
            "total": min(total, cap),
            "capped": total > cap,
            "cap_display": number_format(cap, force_grouping=True),
            "pages": pages,
            "sort": sort,
            "sorts": _sorts(text, uses_place),
            "uses_place": uses_place,
            "remote_only": remote_only,
            "remote": remote,
            "remote_total": min(remote_total, cap),
            "remote_capped": remote_total > cap,
            "remote_link": _remote_link(data, remote_formats),
            "facets": facet_registry.panel(form.cleaned_data, _shown_themes(theme_slugs), counts),
            "facet_counts_shown": counts is not None,
            "active_filters": filterset.active_facets(),
            "clear_filters_link": _without(request.GET, [*PARAMS, "page"]),
            "suggestion": suggestion,
            "nothing": nothing,
            **extras,
            **peer_hooks.for_search(text, selected["themes"]),
        }
    )
    if nothing and "interest_link" not in context:
        slugs = list(selected["themes"]) or vocabulary.themes_for_text(text)
        typed_place = form.data.get("waar") if place else ""
        context["interest_link"] = _interest_link(text, typed_place, slugs)
    return context


def _interest_link(text, place, theme_slugs):
    """The interest form, filled in with what was searched: the theme (when the words name
    one), the place as typed and the words themselves."""
    query = QueryDict(mutable=True)
    if theme_slugs:
        query["thema"] = theme_slugs[0]
    if place:
        query["plaats"] = str(place)[:100]
    if text:
        query["woorden"] = text[:100]
    path = reverse("submissions:interest")
    return f"{path}?{query.urlencode()}" if query else path


def _find(filterset, selected, sort, uses_place, cap, theme_slugs):
    """The ordered ids of the main list and of the online list, and the counts per filter
    choice: one statement over at most cap + 1 candidates of each (groups.search.engine).

    With a place, the candidates are the nearest within the distance, and the online and
    phone groups apart: thousands of online matches nationwide must not crowd out the
    groups around the corner. Above the cap there are no counts, and with filters chosen
    the filters go into the candidates themselves (a second statement), so the page still
    shows the best, nearest or soonest that pass them."""
    text = filterset.text
    base = filterset.filter_queryset(filterset.queryset.all(), skip=[*PARAMS, "waar"])
    near = (filterset.place, filterset.distance) if uses_place else None
    # Which cap + 1 candidates when there are more: nearest with a place, soonest when
    # sorted by date, any when ranked (see GroupQuerySet.ranked).
    order = "datum" if sort == "datum" else None
    remote_order = None if text else "datum"
    remote_sort = "relevantie" if text else "datum"
    remote = base.remote().candidates(cap, text=text, order=remote_order) if uses_place else None
    lean = None
    if not text:
        # The candidates come from an index that holds what sorting needs: count and sort
        # without carrying their facts, read only for the counts (under the cap) or filters.
        lean = (
            base.candidates(cap, near=near, order=order, lean=True),
            base.remote().candidates(cap, order=remote_order, lean=True) if uses_place else None,
        )
    choices = facet_registry.counted(_shown_themes(theme_slugs))
    ranked = sort == "relevantie"
    found = engine.summarize(
        base.candidates(cap, text=text, near=near, order=order, ranked=ranked),
        remote,
        selected,
        sort=sort,
        remote_sort=remote_sort,
        cap=cap,
        choices=choices,
        lean=lean,
    )
    capped, remote_capped = found.n_main > cap, found.n_remote > cap
    if (capped or remote_capped) and filterset.active_facets():
        wanted = [f for f in selected["formats"] if f in REMOTE_FORMATS] or REMOTE_FORMATS
        remote = (
            base.with_formats(wanted).candidates(
                cap, text=text, order=remote_order, facts={**selected, "formats": []}
            )
            if remote_capped
            else None
        )
        # The candidates pass every filter already.
        filtered = engine.summarize(
            base.candidates(cap, text=text, near=near, order=order, facts=selected, ranked=ranked),
            remote,
            {},
            sort=sort,
            remote_sort=remote_sort,
            cap=cap,
        )
        if capped:
            found.ids = filtered.ids
        if remote_capped:
            found.remote_ids = filtered.remote_ids
    return found


def _load(ids, remote_ids, place):
    """The groups of these ids, in their order, ready for their cards: one query (and one
    more only for groups whose stored next meeting has passed); main ones with their
    distance from the place."""
    by_pk = Group.objects.cards(ids + remote_ids, place)
    now = timezone.now()
    stale = [
        group
        for group in by_pk.values()
        if group.meets and not (group.next_meeting_at and group.next_meeting_at >= now)
    ]
    schedules = {group.pk: [] for group in stale}
    if stale:
        for schedule in Schedule.objects.filter(group_id__in=schedules).select_related("venue"):
            schedules[schedule.group_id].append(schedule)
    for group in by_pk.values():
        group.card_schedules = schedules.get(group.pk, [])
        group.next_meeting = next_meeting(group, now)
    remote = [by_pk[pk] for pk in remote_ids]
    for group in remote:
        group.distance_km = None  # distance does not matter online
    return [by_pk[pk] for pk in ids], remote


def _sort(asked, text, uses_place):
    available = [key for key, _label in _sorts(text, uses_place)]
    if asked in available:
        return asked
    return "afstand" if uses_place else "relevantie" if text else "datum"


def _sorts(text, uses_place):
    sorts = []
    if text:
        sorts.append(("relevantie", _("best passend")))
    if uses_place:
        sorts.append(("afstand", _("dichtstbij")))
    sorts.append(("datum", _("eerstvolgende bijeenkomst")))
    return sorts


def _without(query, names):
    """This search's link without these parameters (to clear the filters)."""
    query = query.copy()
    for name in names:
        query.pop(name, None)
    return f"?{query.urlencode()}"


def _remote_link(data, remote_formats):
    query = data.copy()
    for key in ("vorm", "page", "sorteer"):
        query.pop(key, None)
    query.setlist("vorm", [k for k, v in FORMATS.items() if v in remote_formats])
    return f"{reverse('groups:search')}?{query.urlencode()}"


def _shown_themes(theme_slugs):
    by_slug = {t.slug: t for t in Theme.objects.cached()}
    return [by_slug[slug] for slug in theme_slugs if slug in by_slug]


def _no_results_help(filterset, selected, themes):
    """Kind ways on when nothing was found: wider, related themes, online, a person to ask."""
    place, text = filterset.place, filterset.text
    help = {}
    if place and filterset.distance < DISTANCES[-1]:
        wider = filterset.filter_queryset(filterset.queryset.all(), skip=("waar",)).near(
            place, DISTANCES[-1]
        )
        help["wider_total"] = wider.capped_count(settings.SEARCH_RANK_CAP)
        help["wider_distance"] = DISTANCES[-1]
    slugs = list(selected["themes"]) or vocabulary.themes_for_text(text)
    by_slug = {t.slug: t for t in themes}
    matched = [by_slug[s] for s in slugs if s in by_slug]
    family = {t.parent_id or t.pk for t in matched}
    related = [
        t
        for t in themes
        if t not in matched and (t.parent_id in family or t.pk in family) and t.parent_id
    ]
    # Only themes that have a published group now (an EXISTS per theme, not a count).
    having = themes_with_groups([t.pk for t in matched + related]) if matched else set()
    help["matched_themes"] = [t for t in matched if t.pk in having]
    help["related_themes"] = [t for t in related if t.pk in having][:6]
    help["online_groups"] = (
        list(Group.objects.published().remote().for_themes(slugs).soonest_first()[:3])
        if slugs
        else []
    )
    if place and place.municipality_id:
        help["contact_points"] = list(
            ContactPoint.objects.covering(place.municipality_id).order_by("name")[:2]
        )
    else:
        help["contact_points"] = list(ContactPoint.objects.order_by("name")[:6])
    return help
