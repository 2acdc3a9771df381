"""Query text and vocabulary: how typed text becomes a query, the theme words, did-you-mean
suggestions and crisis words. What goes into a group's vector is groups.search.index."""

import difflib
import re
from dataclasses import dataclass, field

from django.contrib.postgres.search import SearchQuery
from django.core.cache import cache

from contactpoints.text import fold

CONFIG = "dutch"
MAX_WORDS = 8
MAX_WORD_LENGTH = 40
_WORD = re.compile(r"[a-z0-9]+")


def words(text: str) -> list[str]:
    return [w[:MAX_WORD_LENGTH] for w in _WORD.findall(fold(text))][:MAX_WORDS]


# Words that say nothing about what a group is for: function words, the words of asking,
# and words every group's text has. In a sentence they are left out; a query of one word
# keeps its word (so that "GA", Gamblers Anonymous, is still searched).
STOPWORDS = set(
    """
    aan al alle allemaal alles als altijd andere ben bij ook ben bent best dag dan dat de den
    der deze die dit doe doen door dus een eens eigen en er erg even ga gaan gaat geen graag
    had heb hebben heeft hele het hier hij hoe hun iemand ik in is ja je jij jou jouw kan
    kunnen kwijt last lang maar me meer met mezelf mij mijn moet moeten mn na naar net niet
    niets nog nu of om omdat ons onze ook op over te toch tot u uit van veel voel voor vaak
    want was wat we wel welke werd wie wij wil willen word worden wordt zal ze zelf zich zij
    zijn zit zo zoek zoeken zou zeer steeds
    hulp help helpen groep groepen zelfhulp zelfhulpgroep praatgroep lotgenoot lotgenoten
    lotgenotengroep contact mensen iets probleem problemen ervaring ervaringen
    a an and are at be for from has have i in is it its me my of on or the to with
    group groups support self
    """.split()
)
# Words for a relative: they point to groups for naasten (relatives and carers) and are
# weak evidence themselves, never required ("mijn moeder heeft dementie"). Naasten and
# familie are not among them: they name the theme for relatives themselves.
RELATIONS = set(
    """
    moeder vader man vrouw partner kind kinderen zoon zoontje dochter dochtertje broer zus
    zusje broertje ouder ouders opa oma vriend vriendin echtgenoot echtgenote
    schoonmoeder schoonvader
    mother father husband wife son daughter brother sister parent parents child children
    friend
    """.split()
)
# Per word in a query, what a group earns: a theme of the group the word names, the word in
# the name, themes or summary (weights A and B), or only in the description or places.
THEME_HIT, TOP_HIT, TEXT_HIT = 3, 2, 1
RELATION_WEIGHT = 0.5
# For a relative: groups for naasten first, then groups for both.
RELATIVES_BONUS = {"relatives": 1.5, "both": 1.0}
# Newcomers welcome now rank a little higher; a waiting list or a full group lower. Less
# than the difference between a theme hit and a hit in the text.
NEWCOMERS_BONUS = {"welcome": 0.5, "waiting_list": -0.5, "closed": -1.0}


def _variants(word: str, last: bool, weights: str = "") -> str:
    """One word as a tsquery term. Long words also match by a shortened prefix, so that
    `depressieve` (stem depressiev) finds `depressie`; the last word matches as a prefix
    once it has four letters. Short words and codes (AA, NA, MS) match whole words only:
    as prefixes they would find aandoening and aanval."""
    prefix = last and len(word) >= 4
    terms = [f"{word}:*{weights}" if prefix else (f"{word}:{weights}" if weights else word)]
    if len(word) >= 7:
        terms.append(f"{word[:-2]}:*{weights}")
    return "(" + " | ".join(terms) + ")"


@dataclass
class Term:
    word: str
    last: bool
    weight: float = 1.0
    themes: list[str] = field(default_factory=list)

    def tsquery(self, weights=""):
        return _variants(self.word, self.last, weights)


@dataclass
class Query:
    """What a text asks: its terms (each evidence, none required) and whether it is about a
    relative."""

    terms: list[Term]
    relatives: bool = False

    @property
    def themes(self):
        return sorted({slug for term in self.terms for slug in term.themes})

    def raw(self) -> str:
        """Any term, as a raw tsquery (for to_tsquery)."""
        return " | ".join(term.tsquery() for term in self.terms)

    def rank_sql(self):
        """SQL for a group row's rank, and its params: the sum over the terms of what each
        earns (THEME_HIT, TOP_HIT, TEXT_HIT), plus the bonuses, plus ts_rank to order ties."""
        parts, params = [], []
        for term in self.terms:
            cases = []
            if term.themes:
                cases.append(f"WHEN facet_themes && %s::varchar[] THEN {THEME_HIT}")
                params.append(term.themes)
            cases.append(f"WHEN search_vector @@ to_tsquery(%s::regconfig, %s) THEN {TOP_HIT}")
            cases.append(f"WHEN search_vector @@ to_tsquery(%s::regconfig, %s) THEN {TEXT_HIT}")
            params += [CONFIG, term.tsquery("AB"), CONFIG, term.tsquery()]
            parts.append(f"{term.weight!r} * (CASE {' '.join(cases)} ELSE 0 END)")
        if self.relatives:
            bonus = " ".join(f"WHEN '{k}' THEN {v!r}" for k, v in RELATIVES_BONUS.items())
            parts.append(f"(CASE audience {bonus} ELSE 0 END)")
        bonus = " ".join(f"WHEN '{k}' THEN {v!r}" for k, v in NEWCOMERS_BONUS.items())
        parts.append(f"(CASE newcomers {bonus} ELSE 0 END)")
        parts.append("ts_rank(search_vector, to_tsquery(%s::regconfig, %s))")
        params += [CONFIG, self.raw()]
        return "(" + " + ".join(parts) + ")", params

    def match_sql(self):
        """SQL that is true for a group row this query finds, and its params. Relation words
        only rank, unless there is nothing else: "mijn moeder heeft dementie" finds the
        dementia groups, not every group that mentions a mother."""
        main = [term for term in self.terms if term.weight >= 1] or self.terms
        raw = " | ".join(term.tsquery() for term in main)
        sql, params = "search_vector @@ to_tsquery(%s::regconfig, %s)", [CONFIG, raw]
        if self.themes:
            sql = f"({sql} OR facet_themes && %s::varchar[])"
            params.append(self.themes)
        return sql, params


def parse(text: str) -> Query | None:
    """The text as a Query, or None when it has no words."""
    found = words(text)
    if not found:
        return None
    meaningful = [w for w in found if w not in STOPWORDS] if len(found) > 1 else found
    if not meaningful:
        meaningful = found
    last = meaningful[-1]
    terms, relatives = [], False
    for n, w in enumerate(meaningful):
        is_last = n == len(meaningful) - 1 and w == last
        if w in RELATIONS and len(meaningful) > 1:
            relatives = True
            terms.append(Term(w, is_last, RELATION_WEIGHT))
        else:
            terms.append(Term(w, is_last, themes=_themes_of_word(w, is_last)))
    return Query(terms, relatives)


def raw_query(text: str) -> str | None:
    """The text as a raw tsquery (for to_tsquery), or None when it has no words."""
    query = parse(text)
    return None if query is None else query.raw()


def build_query(text: str) -> SearchQuery | None:
    raw = raw_query(text)
    return None if raw is None else SearchQuery(raw, search_type="raw", config=CONFIG)


def _themes_of_word(word: str, last: bool) -> list[str]:
    """The themes a typed word names: a word of a theme's name or synonyms (short words and
    codes only as a whole synonym), the start of one (the last word, four letters or more),
    or a compound that starts with one (alcoholprobleem)."""
    found = []
    for _pk, slug, known, phrases in theme_index():
        if len(word) <= 3:
            hit = word in phrases
        else:
            hit = word in known or any(
                (last and t.startswith(word)) or (len(t) >= 5 and word.startswith(t)) for t in known
            )
        if hit:
            found.append(slug)
    return found


def _vocabulary() -> dict[str, str]:
    """Folded word -> how to show it, from theme names (Dutch and English) and synonyms."""
    return _per_themes_version("search:vocabulary", _read_vocabulary)


def _read_vocabulary():
    vocab = cache.get("search:vocabulary")
    if vocab is None:
        from groups.models import Theme

        vocab = {}
        for name, name_en, synonyms in Theme.objects.values_list("name", "name_en", "synonyms"):
            for term in [name, name_en, *synonyms]:
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
    from zelfhulp.request_memo import forget

    cache.delete_many(["search:vocabulary", "search:theme-words", THEMES_CACHE_KEY])
    forget(THEMES_CACHE_KEY)
    _KEPT.clear()


# The vocabulary and the theme index, kept in this process for the themes' version they were
# read for: a search reads them several times, and unpickling them from Redis each time cost
# more than the rest of the page's vocabulary work.
_KEPT = {}


def _per_themes_version(key, read):
    from groups.models import themes_version

    version = themes_version()
    kept = _KEPT.get(key)
    if kept is None or kept[0] != version or version is None:
        kept = _KEPT[key] = (version, read())
    return kept[1]


# How alike a word and a theme word must be (difflib's ratio) to search the theme word
# instead, before searching (SURE) or when the words found nothing (CLOSE).
SURE, CLOSE = 0.85, 0.8


def correction(text: str, cutoff: float = CLOSE) -> str | None:
    """The text with its near-miss typos of theme words corrected, or None when there is
    nothing to correct. Words that are not about a theme (STOPWORDS, RELATIONS) and short
    words are left as typed: "moeder" is not a typo of "ouder". Never for a crisis phrase."""
    if suggests_crisis(text):
        return None
    vocab = _vocabulary()
    found = words(text)
    fixed, changed = [], False
    for w in found:
        if w in vocab or len(w) < 4 or w in STOPWORDS or w in RELATIONS or w.isdigit():
            fixed.append(w)
            continue
        close = difflib.get_close_matches(w, vocab.keys(), n=1, cutoff=cutoff)
        # Another form of the same word (nierziekte, nierziekten) is found as it is.
        if close and not (close[0].startswith(w) or w.startswith(close[0])):
            fixed.append(vocab[close[0]])
            changed = True
        else:
            fixed.append(w)
    return " ".join(fixed) if changed else None


def suggestion(text: str) -> str | None:
    """A did-you-mean for a near-miss typo, or None when every word is known."""
    return correction(text, CLOSE)


# How people say they think of ending their life or harming themselves, in Dutch and
# English, over folded text (lower case, no accents). Each is a phrase, not a word, so that
# "ik kan niet meer slapen" or "moe" do not count; tests/groups/search_queries.CRISIS holds
# the phrasings they must catch.
CRISIS_PATTERNS = [
    r"su[i]?cid",
    r"zelfmoord",
    r"zelfdoding",
    r"doodswens",
    r"levensmoe",
    r"dood\s*(te\s*)?(willen|wil|gaan)",
    r"\bwil\s*(ik\s*)?(dood|sterven)",
    r"\bniet\s*meer\s*(willen\s*|wil\s*)?(leven|zijn)\b",
    r"\bwil\s*niet\s*meer\s*$",
    r"(zie|zag)\s*het\s*(allemaal\s*|echt\s*)?niet\s*meer\s*zitten",
    r"uit\s*het\s*leven\s*(stappen|stap|gaan)",
    r"(een\s*)?eind(e)?\s*aan\s*(maken|mijn\s*leven|het\s*leven)",
    r"er\s*een\s*eind(e)?\s*aan",
    r"\bkan\s*(het\s*)?(echt\s*)?niet\s*meer\s*(aan)?\s*$",
    r"\btrek\s*het\s*niet\s*meer",
    r"(leven|het)\s*heeft\s*geen\s*zin\s*meer",
    r"geen\s*zin\s*meer\s*in\s*(het\s*|mijn\s*)?leven",
    r"niemand\s*zou\s*(me|mij)\s*missen",
    r"(van\s*een\s*brug|voor\s*de\s*trein|voor\s*een\s*trein|van\s*een\s*flat)\s*(te\s*)?spring",
    r"pillen\s*(slikken\s*)?om\s*dood",
    r"zelfbeschadig",
    r"zelfverwond",
    r"automutil",
    r"mezelf\s*(pijn|snij|iets\s*aan|te\s*snijden|verwond)",
    r"\bik\s*snij\s*(mezelf|me)\b",
    r"kill\s*myself",
    r"self[\s-]*harm",
    r"hurt(ing)?\s*myself",
    r"want\s*to\s*die",
    r"end\s*(my|it)\s*(life|all)",
    r"can\s*'?\s*t\s*go\s*on",
    r"cannot\s*go\s*on",
    r"(don\s*'?\s*t|do\s*not)\s*want\s*to\s*live",
    r"no\s*reason\s*to\s*live",
]
_CRISIS = re.compile("|".join(CRISIS_PATTERNS))


def suggests_crisis(text: str) -> bool:
    return bool(text) and bool(_CRISIS.search(fold(text)))


def theme_index() -> list[tuple[int, str, set[str], set[str]]]:
    """(theme id, slug, folded words, folded whole terms) of each theme's names and synonyms:
    the one theme-word index, read by the search page and the referrers' page, kept and
    forgotten with the vocabulary. Words that say nothing on their own (STOPWORDS,
    RELATIONS: "van" in "partner van verslaafde") are not among the words."""
    return _per_themes_version("search:theme-words", _read_theme_index)


def _read_theme_index():
    found = cache.get("search:theme-words")
    if found is None:
        from groups.models import Theme

        found = []
        for pk, slug, name, name_en, synonyms in Theme.objects.values_list(
            "pk", "slug", "name", "name_en", "synonyms"
        ):
            terms = [name, name_en, *synonyms]
            every = set(_WORD.findall(fold(" ".join(terms))))
            phrases = {" ".join(_WORD.findall(fold(term))) for term in terms}
            found.append((pk, slug, every - STOPWORDS - RELATIONS, phrases))
        cache.set("search:theme-words", found, 600)
    return found


def themes_starting(text: str) -> list[str]:
    """Slugs of the themes a name or synonym of which starts like the text (for the
    autocomplete), in theme order."""
    typed = " ".join(words(text))
    if not typed:
        return []
    return [
        slug
        for _pk, slug, known, phrases in theme_index()
        if any(p.startswith(typed) for p in phrases)
        or (" " not in typed and any(w.startswith(typed) for w in known))
    ]


def themes_for_text(text: str) -> list[str]:
    """Slugs of the themes the typed words point to (`somber` -> depressie), for pointing a
    resident who found nothing to related themes."""
    typed = [w for w in words(text) if len(w) >= 3]
    if not typed:
        return []
    slugs = []
    for _pk, slug, known, _phrases in theme_index():
        known = {t for t in known if len(t) >= 3}
        for w in typed:
            if any(
                t == w or (len(w) >= 4 and t.startswith(w)) or (len(t) >= 5 and w.startswith(t))
                for t in known
            ):
                slugs.append(slug)
                break
    return slugs
