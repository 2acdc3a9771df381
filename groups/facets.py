"""Facet arithmetic in Python over GroupQuerySet.search_facts() rows.

The predicates say the same as the GroupQuerySet filter methods (tests hold them to it):
one query fetches the facts of at most SEARCH_RANK_CAP + 1 candidate groups, and counting,
filtering, sorting and paging happen here instead of in a query per number.
"""

from collections import Counter

from groups.querysets import AUDIENCES, REMOTE_FORMATS

FACETS = ["themes", "formats", "audience", "weekday", "free", "welcoming", "wheelchair", "language"]


def _predicates(selected, parent_of):
    tests = {}
    if selected.get("themes"):
        wanted = set(selected["themes"])
        tests["themes"] = lambda r: any(
            s in wanted or parent_of.get(s) in wanted for s in r["f_themes"]
        )
    if selected.get("formats"):
        formats = set(selected["formats"])
        tests["formats"] = lambda r: r["format"] in formats
    if selected.get("audience"):
        audiences = set(AUDIENCES[selected["audience"]])
        tests["audience"] = lambda r: r["audience"] in audiences
    if selected.get("weekday") is not None:
        day = selected["weekday"]
        tests["weekday"] = lambda r: day in r["f_days"]
    if selected.get("free"):
        tests["free"] = lambda r: r["cost"] == "free"
    if selected.get("welcoming"):
        tests["welcoming"] = lambda r: r["newcomers"] == "welcome"
    if selected.get("wheelchair"):
        tests["wheelchair"] = lambda r: r["format"] in REMOTE_FORMATS or r["f_wheelchair"]
    if selected.get("language"):
        code = selected["language"]
        tests["language"] = lambda r: code in (r["languages"] or [])
    return tests


def passes(row, tests, skip=None):
    return all(test(row) for name, test in tests.items() if name != skip)


def filter_rows(rows, selected, parent_of, skip=None):
    tests = _predicates(selected, parent_of)
    return [r for r in rows if passes(r, tests, skip)]


def count_choices(rows, selected, parent_of, theme_slugs, formats, languages):
    """{facet: {choice: n}}: for each choice, the rows passing every *other* active filter
    and the choice itself (what ticking it would give). One pass to see which filters each
    row fails; a row failing none counts for every facet, a row failing one only for that."""
    tests = _predicates(selected, parent_of)
    pools = {facet: [] for facet in FACETS}
    for row in rows:
        failed = [name for name, test in tests.items() if not test(row)]
        if not failed:
            for pool in pools.values():
                pool.append(row)
        elif len(failed) == 1:
            pools[failed[0]].append(row)
    themes = Counter()
    for row in pools["themes"]:
        slugs = set(row["f_themes"])
        themes.update(slugs | {parent_of[s] for s in slugs if s in parent_of})
    audience = Counter(row["audience"] for row in pools["audience"])
    days = Counter(day for row in pools["weekday"] for day in set(row["f_days"]))
    format_counts = Counter(row["format"] for row in pools["formats"])
    language_counts = Counter(c for row in pools["language"] for c in set(row["languages"] or []))
    return {
        "themes": {slug: themes[slug] for slug in theme_slugs},
        "formats": {f: format_counts[f] for f in formats},
        "audience": {key: sum(audience[a] for a in value) for key, value in AUDIENCES.items()},
        "weekday": {day: days[day] for day in range(7)},
        "free": {True: sum(1 for r in pools["free"] if r["cost"] == "free")},
        "welcoming": {True: sum(1 for r in pools["welcoming"] if r["newcomers"] == "welcome")},
        "wheelchair": {
            True: sum(
                1 for r in pools["wheelchair"] if r["format"] in REMOTE_FORMATS or r["f_wheelchair"]
            )
        },
        "language": {c: language_counts[c] for c in languages},
    }


SORT_KEYS = {
    "relevantie": lambda r: (-(r.get("rank") or 0), r["name"], r["pk"]),
    "afstand": lambda r: (
        r.get("distance_km") is None,
        r.get("distance_km") or 0,
        r["name"],
        r["pk"],
    ),
    "datum": lambda r: (
        r["next_meeting_at"] is None,
        r["next_meeting_at"] or 0,
        r["name"],
        r["pk"],
    ),
}


def sort_rows(rows, sort):
    if sort == "datum":
        dated = sorted((r for r in rows if r["next_meeting_at"]), key=SORT_KEYS["datum"])
        return dated + sorted(
            (r for r in rows if not r["next_meeting_at"]), key=lambda r: (r["name"], r["pk"])
        )
    return sorted(rows, key=SORT_KEYS[sort])
