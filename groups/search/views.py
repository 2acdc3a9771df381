"""The search page and its autocomplete: thin views over SearchPage (groups.search.page)."""

import hashlib
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.views.decorators.http import require_safe

from contactpoints.geo import places_starting
from dashboard.counters import record_search
from groups.forms import SuggestForm
from groups.models import Theme
from groups.search import text as vocabulary
from groups.search.page import SearchPage
from zelfhulp.ratelimit import limit_searches


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
        # "v2": the cached value is (content, what was counted); older entries were bytes.
        key = f"page:v2:{view.__name__}:{get_language()}:{digest}"
        cached = cache.get(key)
        if cached is not None:
            content, counted = cached
            if counted:  # a page from the cache is a search too, for the dashboard
                record_search(*counted)
            return HttpResponse(content)
        response = view(request, *args, **kwargs)
        if response.status_code == 200:
            cache.set(key, (response.content, getattr(response, "counted", None)), seconds)
        return response

    return wrapper


@require_safe
@limit_searches
@cached_for_everyone
def search(request):
    """The search page (groups.search.page.SearchPage)."""
    page = SearchPage(request)
    response = render(request, "groups/search.html", page.context())
    response.counted = page.counted  # what the page cache counts again when it serves it
    return response


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
