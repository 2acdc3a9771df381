"""The index writer: what goes into a group's search vector and the facts the search page
filters on (Group.search_vector and Group.facet_*), written in one update per group.

The vector is a stored column (GIN-indexed). Accents are folded here in Python because the
embedded PostgreSQL has no unaccent extension.
"""

from django.db import connection

from contactpoints.text import fold
from groups import privacy

# The facts stored next to the vector (Group.facet_*).
STORED = ["facet_themes", "facet_weekdays", "facet_wheelchair", "facet_area"]

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


def stored_facts(group):
    """The facet_* values of a group whose themes (with parents) and meetings (with venues)
    are loaded."""
    from groups.querysets import area_box

    themes = list(group.themes.all())
    schedules = list(group.schedules.all())
    venues = [s.venue for s in schedules if s.venue_id]
    # A private-address group's area is its places' centres (groups.privacy).
    points = [
        (v.place_latitude, v.place_longitude)
        if group.address_after_contact
        else (v.latitude, v.longitude)
        for v in venues
    ]
    return {
        "facet_themes": sorted(
            {t.slug for t in themes} | {t.parent.slug for t in themes if t.parent_id}
        ),
        "facet_weekdays": sorted({s.weekday for s in schedules}),
        "facet_wheelchair": any(v.wheelchair_accessible for v in venues),
        "facet_area": area_box([p for p in points if p[0] is not None]),
    }


# stored_facts() for every group at once, for bulk loads that skip the per-group refresh.
STORE_ALL_SQL = """
WITH t AS (
    SELECT gt.group_id, array_agg(DISTINCT s.slug ORDER BY s.slug) AS slugs
    FROM groups_group_themes gt
    JOIN groups_theme th ON th.id = gt.theme_id
    LEFT JOIN groups_theme p ON p.id = th.parent_id
    CROSS JOIN LATERAL unnest(ARRAY[th.slug, p.slug]) AS s(slug)
    WHERE s.slug IS NOT NULL
    GROUP BY gt.group_id
), m AS (
    SELECT s.group_id,
           array_agg(DISTINCT s.weekday ORDER BY s.weekday) AS days,
           coalesce(bool_or(v.wheelchair_accessible), false) AS wheelchair,
           CASE WHEN count(v.id) > 0 THEN box(
               point(min(({lon}) * %(scale)s), min({lat})),
               point(max(({lon}) * %(scale)s), max({lat}))
           ) END AS area
    FROM groups_schedule s JOIN groups_group sg ON sg.id = s.group_id
    LEFT JOIN groups_venue v ON v.id = s.venue_id
    GROUP BY s.group_id
)
UPDATE groups_group g SET
    facet_themes = coalesce(t.slugs, '{}'),
    facet_weekdays = coalesce(m.days, '{}'),
    facet_wheelchair = coalesce(m.wheelchair, false),
    facet_area = m.area
FROM groups_group g2
LEFT JOIN t ON t.group_id = g2.id
LEFT JOIN m ON m.group_id = g2.id
WHERE g2.id = g.id
""".replace("{lat}", privacy.shown_latitude_sql("sg", "v")).replace(
    "{lon}", privacy.shown_longitude_sql("sg", "v")
)


def store_all():
    from groups.querysets import AREA_X_SCALE

    with connection.cursor() as cursor:
        cursor.execute(STORE_ALL_SQL, {"scale": AREA_X_SCALE})
