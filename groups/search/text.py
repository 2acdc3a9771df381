"""Query text and vocabulary: how typed text becomes a query, the theme words, did-you-mean
suggestions and crisis words. What goes into a group's vector is groups.search.index."""

import difflib
import re

from django.contrib.postgres.search import SearchQuery
from django.core.cache import cache

from contactpoints.text import fold

CONFIG = "dutch"
MAX_WORDS = 8
MAX_WORD_LENGTH = 40
_WORD = re.compile(r"[a-z0-9]+")


def words(text: str) -> list[str]:
    return [w[:MAX_WORD_LENGTH] for w in _WORD.findall(fold(text))][:MAX_WORDS]


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


def theme_words() -> list[tuple[int, str, set[str]]]:
    """(theme id, slug, the folded words of its names and synonyms): the one theme-word index,
    read by the search page and the referrers' page, kept and forgotten with the vocabulary."""
    found = cache.get("search:theme-words")
    if found is None:
        from groups.models import Theme

        found = []
        for pk, slug, name, name_en, synonyms in Theme.objects.values_list(
            "pk", "slug", "name", "name_en", "synonyms"
        ):
            terms = " ".join([name, name_en, *synonyms])
            found.append((pk, slug, set(_WORD.findall(fold(terms)))))
        cache.set("search:theme-words", found, 600)
    return found


def themes_for_text(text: str) -> list[str]:
    """Slugs of the themes the typed words point to (`somber` -> depressie), for pointing a
    resident who found nothing to related themes."""
    typed = [w for w in words(text) if len(w) >= 3]
    if not typed:
        return []
    slugs = []
    for _pk, slug, known in theme_words():
        known = {t for t in known if len(t) >= 3}
        for w in typed:
            if any(
                t == w or (len(w) >= 4 and t.startswith(w)) or (len(t) >= 5 and w.startswith(t))
                for t in known
            ):
                slugs.append(slug)
                break
    return slugs
