"""Search configuration: what goes into a group's vector, how typed text becomes a query,
did-you-mean suggestions and crisis words.

The vector is a stored column (Group.search_vector, GIN-indexed). Accents are folded here
in Python because the embedded PostgreSQL has no unaccent extension.
"""

import difflib
import re

from django.contrib.postgres.search import SearchQuery
from django.core.cache import cache
from django.db import connection

from contactpoints.text import fold

CONFIG = "dutch"
MAX_WORDS = 8
MAX_WORD_LENGTH = 40
_WORD = re.compile(r"[a-z0-9]+")

# Weight A: name, theme names and synonyms. B: parent themes, summary, ICPC codes.
# C: description. D: places. ts_rank's default weights {0.1, 0.2, 0.4, 1.0} make a hit in
# the name or a theme count ten times a hit in the place and 2.5 times the description.
# The facts the search page filters on (groups.facets) are stored in the same update.
_UPDATE_SQL = """
UPDATE groups_group SET search_vector =
    setweight(to_tsvector('dutch', %s), 'A') ||
    setweight(to_tsvector('dutch', %s), 'B') ||
    setweight(to_tsvector('dutch', %s), 'C') ||
    setweight(to_tsvector('dutch', %s), 'D'),
    facet_themes = %s::varchar[], facet_weekdays = %s::smallint[], facet_wheelchair = %s,
    facet_area = %s::box
WHERE id = %s
"""


def words(text: str) -> list[str]:
    return [w[:MAX_WORD_LENGTH] for w in _WORD.findall(fold(text))][:MAX_WORDS]


def _vector_texts(group):
    themes = list(group.themes.all())
    parents = {t.parent for t in themes if t.parent_id}
    a = (
        [group.name]
        + [t.name for t in themes]
        + [t.name_en for t in themes]
        + [s for t in themes for s in t.synonyms]
    )
    b = [group.summary, group.organisation]
    b += [p.name for p in parents] + [p.name_en for p in parents]
    b += [s for p in parents for s in p.synonyms]
    b += [code for t in themes for code in t.icpc_codes]
    c = [group.description]
    d = set()
    for schedule in group.schedules.all():
        if schedule.venue_id:
            d.update([schedule.venue.city, schedule.venue.municipality.name])
    return [fold(" ".join(part)) for part in (a, b, c, sorted(d))]


def update_search_vectors(group_ids) -> None:
    from groups.facets import stored_facts
    from groups.models import Group

    groups = Group.objects.filter(pk__in=list(group_ids)).prefetch_related(
        "themes__parent", "schedules__venue__municipality"
    )
    rows = []
    for group in groups:
        facts = stored_facts(group)
        rows.append(
            (
                *_vector_texts(group),
                facts["facet_themes"],
                facts["facet_weekdays"],
                facts["facet_wheelchair"],
                facts["facet_area"],
                group.pk,
            )
        )
    if rows:
        with connection.cursor() as cursor:
            cursor.executemany(_UPDATE_SQL, rows)


def _variants(word: str, last: bool) -> str:
    """One word as a tsquery term. Long words also match by a shortened prefix, so that
    `depressieve` (stem depressiev) finds `depressie`; the last word matches as a prefix."""
    terms = [f"{word}:*" if last else word]
    if len(word) >= 7:
        terms.append(f"{word[:-2]}:*")
    return "(" + " | ".join(terms) + ")"


def raw_query(text: str) -> str | None:
    """The text as a raw tsquery (for to_tsquery), or None when it has no words."""
    found = words(text)
    if not found:
        return None
    return " & ".join(_variants(w, i == len(found) - 1) for i, w in enumerate(found))


def build_query(text: str) -> SearchQuery | None:
    raw = raw_query(text)
    return None if raw is None else SearchQuery(raw, search_type="raw", config=CONFIG)


def _vocabulary() -> dict[str, str]:
    """Folded word -> how to show it, from theme names and synonyms."""
    vocab = cache.get("search:vocabulary")
    if vocab is None:
        from groups.models import Theme

        vocab = {}
        for name, synonyms in Theme.objects.values_list("name", "synonyms"):
            for term in [name, *synonyms]:
                for w in _WORD.findall(fold(term)):
                    if len(w) >= 4:
                        vocab.setdefault(w, w)
                key = fold(term)
                if len(key) >= 4:
                    vocab.setdefault(key, term.lower())
        cache.set("search:vocabulary", vocab, 600)
    return vocab


def forget_vocabulary():
    from groups.models import THEMES_CACHE_KEY

    cache.delete_many(["search:vocabulary", "search:theme-words", THEMES_CACHE_KEY])


def suggestion(text: str) -> str | None:
    """A did-you-mean for a near-miss typo, or None when every word is known."""
    vocab = _vocabulary()
    found = words(text)
    if not found:
        return None
    fixed, changed = [], False
    for w in found:
        if w in vocab or len(w) < 4:
            fixed.append(w)
            continue
        close = difflib.get_close_matches(w, vocab.keys(), n=1, cutoff=0.8)
        if close:
            fixed.append(vocab[close[0]])
            changed = True
        else:
            fixed.append(w)
    return " ".join(fixed) if changed else None


CRISIS_PATTERNS = [
    r"su[iï]cid",
    r"zelfmoord",
    r"zelfdoding",
    r"dood\s*(te\s*)?willen",
    r"wil\s*dood",
    r"niet\s*meer\s*(willen\s*)?leven",
    r"er\s*een\s*einde\s*aan",
    r"zelfbeschadig",
    r"zelfverwond",
    r"automutil",
    r"mezelf\s*(pijn|snijden|iets\s*aan)",
    r"kill\s*myself",
    r"self[\s-]*harm",
    r"want\s*to\s*die",
]
_CRISIS = re.compile("|".join(CRISIS_PATTERNS))


def suggests_crisis(text: str) -> bool:
    return bool(text) and bool(_CRISIS.search(fold(text)))


def _theme_words() -> list[tuple[str, set[str]]]:
    """(theme slug, the folded words of its names and synonyms), cached with the vocabulary."""
    found = cache.get("search:theme-words")
    if found is None:
        from groups.models import Theme

        found = []
        for slug, name, name_en, synonyms in Theme.objects.values_list(
            "slug", "name", "name_en", "synonyms"
        ):
            terms = " ".join([name, name_en, *synonyms])
            found.append((slug, {w for w in _WORD.findall(fold(terms)) if len(w) >= 3}))
        cache.set("search:theme-words", found, 600)
    return found


def themes_for_text(text: str) -> list[str]:
    """Slugs of the themes the typed words point to (`somber` -> depressie), for pointing a
    resident who found nothing to related themes."""
    typed = [w for w in words(text) if len(w) >= 3]
    if not typed:
        return []
    slugs = []
    for slug, theme_words in _theme_words():
        for w in typed:
            if any(
                t == w or (len(w) >= 4 and t.startswith(w)) or (len(t) >= 5 and w.startswith(t))
                for t in theme_words
            ):
                slugs.append(slug)
                break
    return slugs
