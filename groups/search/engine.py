"""The search engine: the page's numbers in SQL, from the facts each group stores (Group.facet_* and its
plain columns): one statement over at most SEARCH_RANK_CAP + 1 candidates counts what every
filter choice would give, filters, sorts, and returns the ordered ids. The page then loads
only the twenty groups it shows.

Each predicate says in SQL what a GroupQuerySet filter method says with joins; the tests
hold them to it, choice by choice.
"""

from django.db import connection

from groups.querysets import REMOTE_FORMATS
from groups.search.facets import BY_KEY

# The facets' tests in SQL (column names only: the same SQL reads a groups_group row and a
# candidate row), declared with each filter in groups.search.facets.
ORDER_BY = {
    "relevantie": "rank DESC NULLS LAST, next_meeting_at NULLS LAST, id",
    "afstand": "km NULLS LAST, name, id",
    "datum": "next_meeting_at NULLS LAST, name, id",
}


def active(selected):
    """The facet filters in use: {facet: value}."""
    # Not "value not in (None, False, [])": Monday is weekday 0, and 0 == False.
    return {
        facet: value
        for facet, value in selected.items()
        if facet in BY_KEY and value is not None and value is not False and value != []
    }


def predicate(facet, value):
    return BY_KEY[facet].predicate(value)


def passes(selected, skip=()):
    """SQL that is true for a row passing every active filter except those in skip."""
    parts, params = [], []
    for facet, value in active(selected).items():
        if facet not in skip:
            sql, more = predicate(facet, value)
            parts.append(sql)
            params += more
    return (" AND ".join(f"({p})" for p in parts) or "TRUE"), params


class Summary:
    """What summarize() found: the candidates counted (n_main, n_remote), the ordered ids
    that pass the filters, and the counts per choice (None when not asked for, or when
    there were more candidates than the cap)."""

    def __init__(self, row, choices):
        n_main, n_remote, ids, remote_ids, counts = row
        self.n_main, self.n_remote = n_main, n_remote
        self.ids = ids or []
        self.remote_ids = remote_ids or []
        self.counts = None
        if counts is not None:
            numbers = iter(counts)
            self.counts = {
                facet: {value: next(numbers) for value in values}
                for facet, values in choices.items()
            }


def summarize(main, remote, selected, *, sort, remote_sort, cap, choices=None, lean=None):
    """One statement over the candidates: main and (optional) remote are (sql, params) from
    GroupQuerySet.candidates(). The main list passes every active filter; the online list
    every filter but the format, and is online or by phone (the formats chosen, if any).
    `choices` ({facet: [values]}) asks for the counts: over main and remote together, each
    choice counted with every other active filter, as ticking it would give.

    Above the cap there are no counts, and with filters active no filtered lists either:
    the page then puts the filters into the candidates themselves (summarize again), so
    this statement skips that work (one-time filters). `lean` (the same candidates with
    candidates(lean=True)) counts and sorts without carrying the facts, which are then
    read only for that work: worth it when an index holds the candidates (no words)."""
    filters = active(selected)
    wanted = [f for f in filters.get("formats", []) if f in REMOTE_FORMATS] or REMOTE_FORMATS
    params = []

    def union(main, remote):
        # Only fixed SQL and ORM-compiled SQL are joined here; every value is a parameter.
        sql = f"SELECT *, FALSE AS remote FROM ({main[0]}) AS m"  # noqa: S608
        params.extend(main[1])
        if remote is not None:
            sql = f"({sql}) UNION ALL (SELECT *, TRUE AS remote FROM ({remote[0]}) AS r)"  # noqa: S608
            params.extend(remote[1])
        return sql

    sql = ["WITH"]
    if lean:
        sql.append(f"l AS MATERIALIZED ({union(*lean)}),")
    flags = ""
    for facet, value in filters.items():
        test, more = predicate(facet, value)
        flags += f", ({test}) AS ok_{facet}"
        params.extend(more)
    full = union(main, remote)
    sql.append(f"c AS MATERIALIZED (SELECT u.*{flags} FROM ({full}) AS u),")  # noqa: S608
    few = "l" if lean else "c"  # what counting and the unfiltered lists read
    sql += [
        "n AS MATERIALIZED (SELECT count(*) FILTER (WHERE NOT remote) AS main, "  # noqa: S608
        f"count(*) FILTER (WHERE remote) AS remote FROM {few})",
        "SELECT n.main, n.remote,",
    ]

    def all_ok(skip=()):
        return " AND ".join(f"ok_{f}" for f in filters if f not in skip) or "TRUE"

    if filters:
        sql.append(
            f"(SELECT array_agg(id ORDER BY {ORDER_BY[sort]}) FROM c "  # noqa: S608
            f"WHERE NOT remote AND {all_ok()} AND n.main <= %s),"
        )
        params.append(cap)
    else:
        sql.append(
            f"(SELECT array_agg(id ORDER BY {ORDER_BY[sort]}) FROM {few} WHERE NOT remote),"  # noqa: S608
        )
    if remote is None:
        sql.append("NULL::int[],")
    elif set(filters) - {"formats"} or set(wanted) != set(REMOTE_FORMATS):
        sql.append(
            f"(SELECT array_agg(id ORDER BY {ORDER_BY[remote_sort]}) FROM c "  # noqa: S608
            f"WHERE remote AND {all_ok(skip=['formats'])} AND format = ANY(%s) "
            "AND n.remote <= %s),"
        )
        params += [wanted, cap]
    else:
        sql.append(
            f"(SELECT array_agg(id ORDER BY {ORDER_BY[remote_sort]}) FROM {few} WHERE remote),"  # noqa: S608
        )
    if choices:
        counts = []
        for facet, values in choices.items():
            for value in values:
                # Ticking a theme or a format selects a list of one.
                test, more = predicate(facet, [value] if BY_KEY[facet].listed else value)
                counts.append(f"count(*) FILTER (WHERE {all_ok(skip=[facet])} AND {test})")
                params += more
        sql.append(
            f"(SELECT ARRAY[{', '.join(counts)}] FROM c "  # noqa: S608
            "WHERE n.main <= %s AND n.remote <= %s)"
        )
        params += [cap, cap]
    else:
        sql.append("NULL::int[]")
    sql.append("FROM n")
    with connection.cursor() as cursor:
        cursor.execute("\n".join(sql), params)
        row = cursor.fetchone()
    return Summary(row, choices or {})
