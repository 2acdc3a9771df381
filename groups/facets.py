"""Facet arithmetic in Python over GroupQuerySet.search_facts() rows.

The predicates say the same as the GroupQuerySet filter methods (tests hold them to it):
one query fetches the facts of at most SEARCH_RANK_CAP + 1 candidate groups, and counting,
filtering, sorting and paging happen here instead of in a query per number.
"""

from groups.querysets import AUDIENCES, REMOTE_FORMATS


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


def _choices(theme_slugs, parent_of, formats, languages):
    def theme_test(slug):
        return lambda r: any(s == slug or parent_of.get(s) == slug for s in r["f_themes"])

    return {
        "themes": {slug: theme_test(slug) for slug in theme_slugs},
        "formats": {f: (lambda r, f=f: r["format"] == f) for f in formats},
        "audience": {
            key: (lambda r, v=frozenset(value): r["audience"] in v)
            for key, value in AUDIENCES.items()
        },
        "weekday": {d: (lambda r, d=d: d in r["f_days"]) for d in range(7)},
        "free": {True: lambda r: r["cost"] == "free"},
        "welcoming": {True: lambda r: r["newcomers"] == "welcome"},
        "wheelchair": {True: lambda r: r["format"] in REMOTE_FORMATS or r["f_wheelchair"]},
        "language": {c: (lambda r, c=c: c in (r["languages"] or [])) for c in languages},
    }


def passes(row, tests, skip=None):
    return all(test(row) for name, test in tests.items() if name != skip)


def filter_rows(rows, selected, parent_of, skip=None):
    tests = _predicates(selected, parent_of)
    return [r for r in rows if passes(r, tests, skip)]


def count_choices(rows, selected, parent_of, theme_slugs, formats, languages):
    """{facet: {choice: n}}: for each choice, the rows passing every *other* active filter
    and the choice itself (what ticking it would give)."""
    tests = _predicates(selected, parent_of)
    counts = {}
    for facet, options in _choices(theme_slugs, parent_of, formats, languages).items():
        others = [r for r in rows if passes(r, tests, skip=facet)]
        counts[facet] = {
            value: sum(1 for r in others if test(r)) for value, test in options.items()
        }
    return counts


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
