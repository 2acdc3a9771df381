"""Referrers look up groups by theme, by word or by ICPC-2 code (what the GP just coded)."""

import re
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Exists, F, OuterRef, Q
from django.utils.translation import get_language

from contactpoints.text import fold
from groups.forms import DEFAULT_DISTANCE
from groups.models import Group, Theme
from groups.search import text as search

# ICPC-2 codes, also with an NHG subcode (P76.01) or a space (P 76): the theme carries
# the three-character rubric.
ICPC_RE = re.compile(r"^\s*([A-Za-z])\s?([0-9]{2})(?:\.[0-9]{1,2})?\s*$")
_WORD = re.compile(r"[a-z0-9]+")


def icpc_code(text: str) -> str | None:
    match = ICPC_RE.match(text or "")
    return (match.group(1).upper() + match.group(2)) if match else None


def themes_with_code(code: str):
    return Theme.objects.filter(icpc_codes__contains=[code]).select_related("parent")


def themes_matching(text: str):
    """Themes whose name or synonyms contain every typed word; the last one may be the start
    of a word once it has three letters (so "rou" finds rouw, but "a" does not find all)."""
    typed = _WORD.findall(fold(text))[:8]
    ignored = search.STOPWORDS | search.RELATIONS
    typed = [w for w in typed if w not in ignored] or typed
    if not typed:
        return Theme.objects.none()
    *whole, last = typed
    ids = [
        pk
        for pk, _slug, words, _phrases in search.theme_index()
        if all(w in words for w in whole)
        and (last in words or (len(last) >= 3 and any(w.startswith(last) for w in words)))
    ]
    return Theme.objects.filter(pk__in=ids).select_related("parent")


RESULT_LIMIT = 30


@dataclass
class Results:
    themes: list
    code: str | None = None
    nearby: list = field(default_factory=list)
    remote: list = field(default_factory=list)
    elsewhere: list = field(default_factory=list)
    more: bool = False

    @property
    def count(self):
        return len(self.nearby) + len(self.remote) + len(self.elsewhere)


def _first(queryset, limit=RESULT_LIMIT):
    """At most `limit` rows, and whether there were more, without a separate COUNT."""
    rows = list(queryset[: limit + 1])
    return rows[:limit], len(rows) > limit


def _for_code(groups, themes):
    """Groups of the themes that carry a code, then the general groups of their main theme:
    a grief group also welcomes someone who lost a parent (Z23)."""
    links = Group.themes.through.objects.filter(group=OuterRef("pk"))
    specific = Exists(links.filter(Q(theme__in=themes) | Q(theme__parent__in=themes)))
    general = Exists(links.filter(theme__in={t.parent_id for t in themes if t.parent_id}))
    return groups.filter(specific | general).annotate(specific=specific)


def find(text="", theme=None, point=None, km=DEFAULT_DISTANCE):
    """Published groups for a theme, an ICPC code or words, in and near a point if given,
    ordered as the residents' search orders them.

    Words are matched and ranked by the residents' search query (groups.search.text):
    best covered first, then the next meeting. A theme or a code lists the groups most
    useful first (language, newcomers welcome, next meeting), never by name. With a point,
    groups meeting in person are limited to km around it, nearest first, and groups online
    or by phone are listed apart (they are open to everyone); without one, all groups show.
    """
    groups = Group.objects.published()
    code = None
    ranked = False
    language = get_language() or "nl"
    if theme is not None:
        themes = [theme]
        groups = groups.for_themes([theme.slug])
    elif code := icpc_code(text):
        themes = list(themes_with_code(code))
        if not themes:
            return Results(themes=[], code=code)
        groups = _for_code(groups, themes)
    elif text.strip():
        themes = list(themes_matching(text))
        groups = groups.matching(text)
        ranked = search.parse(text) is not None
    else:
        themes = []

    def ordered(queryset):
        if ranked:
            # Best matches first, ranking no more than SEARCH_RANK_CAP candidates (a word
            # in every group would otherwise rank them all).
            return queryset.ranked(text, settings.SEARCH_RANK_CAP)
        useful = queryset.most_useful_first(language)
        if code:
            return useful.order_by("-specific", *useful.query.order_by)
        return useful

    def cards(queryset):
        return queryset.for_cards().select_related("short_link")

    if point is None:
        elsewhere, more = _first(cards(ordered(groups)))
        return Results(themes=themes, code=code, elsewhere=elsewhere, more=more)
    nearby, more_nearby = _first(
        cards(groups.in_person().near(point, km).with_distance(point)).order_by(
            "distance_km", F("next_meeting_at").asc(nulls_last=True), "pk"
        )
    )
    remote, more_remote = _first(cards(ordered(groups.remote())), limit=10)
    return Results(
        themes=themes, code=code, nearby=nearby, remote=remote, more=more_nearby or more_remote
    )
