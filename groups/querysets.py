import hashlib
import json
import math
from collections.abc import Iterable
from typing import TYPE_CHECKING, Self

from django.core.cache import cache
from django.db import connection, models
from django.db.models import Case, Count, Exists, F, OuterRef, Q, Subquery, When
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce

from contactpoints.geo import EARTH_RADIUS_KM, Point, bounding_box, distance_km_expression
from groups import privacy
from groups.search import text as search

if TYPE_CHECKING:
    from groups.models import Theme

# Which stored audiences a "for whom" choice finds: a group for both finds either.
AUDIENCES = {
    "self": ["self", "both"],
    "relatives": ["relatives", "both"],
    "both": ["both"],
}
# What a search candidate carries from its row (besides rank and km); the search indexes
# include these (Group.Meta.indexes). The first three are what sorting needs.
CANDIDATE_FIELDS = [
    "id",
    "name",
    "next_meeting_at",
    "format",
    "audience",
    "cost",
    "newcomers",
    "languages",
    "facet_themes",
    "facet_weekdays",
    "facet_wheelchair",
]
# What a result card reads from the group's own row (groups.templatetags group_card).
CARD_FIELDS = [
    "id",
    "name",
    "slug",
    "summary",
    "format",
    "audience",
    "cost",
    "newcomers",
    "next_meeting_at",
    "next_meeting_place",
    "no_fixed_schedule",
]
REMOTE_FORMATS = ["online", "phone"]
IN_PERSON_FORMATS = ["in_person", "hybrid"]

# Group.facet_area lies in a flat plane: x = longitude x AREA_X_SCALE, y = latitude. The
# scale is the cosine of the Netherlands' middle latitude, so that a step east weighs about
# as much as a step north (within 3% from Maastricht to Groningen). The GiST index orders by
# distance in this plane; the great-circle distance decides what lies within the radius.
AREA_X_SCALE = math.cos(math.radians(52.1))
# Searched boxes are this much wider than the radius, for the plane's few percent.
AREA_MARGIN = 1.05
# Words that most groups match walk the index outward from the place, unbounded (the
# nearest thousand matches are near); rarer words are cheaper as the radius's box combined
# with the text index. Decided on the planner's estimate of the share of groups that match.
WALK_SHARE = 0.3


def _schedules():
    from groups.models import Schedule

    return Schedule.objects.filter(group=OuterRef("pk"))


def _theme_links():
    from groups.models import Group

    return Group.themes.through.objects.filter(group=OuterRef("pk"))


class GroupQuerySet(models.QuerySet):
    def published(self) -> Self:
        return self.filter(status="published")

    def public(self) -> Self:
        """Published and paused groups have a public page; only published ones are found."""
        return self.filter(status__in=["published", "paused"])

    # Filters. Each is an EXISTS or a plain column test, never a join, so no filter
    # duplicates rows and no query needs DISTINCT (which would fight the ranking).

    def for_theme(self, theme: "Theme") -> Self:
        return self.filter(Exists(_theme_links().filter(Q(theme=theme) | Q(theme__parent=theme))))

    def for_themes(self, slugs: Iterable[str]) -> Self:
        slugs = list(slugs)
        return self.filter(
            Exists(
                _theme_links().filter(Q(theme__slug__in=slugs) | Q(theme__parent__slug__in=slugs))
            )
        )

    def with_formats(self, formats: Iterable[str]) -> Self:
        return self.filter(format__in=list(formats))

    def in_person(self) -> Self:
        return self.with_formats(IN_PERSON_FORMATS)

    def remote(self) -> Self:
        """Groups where distance does not matter: online and by phone."""
        return self.with_formats(REMOTE_FORMATS)

    def for_audience(self, audience: str) -> Self:
        return self.filter(audience__in=AUDIENCES[audience])

    def meeting_on(self, weekday: int) -> Self:
        return self.filter(Exists(_schedules().filter(weekday=weekday)))

    def free(self) -> Self:
        return self.filter(cost="free")

    def welcoming(self) -> Self:
        """Newcomers can join now."""
        return self.filter(newcomers="welcome")

    def wheelchair_accessible(self) -> Self:
        """A venue with wheelchair access, or no venue needed at all (online, by phone)."""
        return self.filter(
            Q(format__in=REMOTE_FORMATS)
            | Exists(_schedules().filter(venue__wheelchair_accessible=True))
        )

    def in_language(self, code: str) -> Self:
        return self.filter(languages__contains=[code])

    def in_municipality(self, municipality):
        return self.filter(Exists(_schedules().filter(venue__municipality=municipality)))

    def matching(self, text):
        """Only the text filter: groups with any of the query's words or themes (what ranked()
        ranks and what counts are taken over)."""
        query = search.parse(text)
        if query is None:
            return self
        sql, params = query.match_sql()
        return self.filter(RawSQL(sql, params, output_field=models.BooleanField()))

    def ranked(self, text, cap):
        """Best matches first, ranking at most `cap` candidates.

        Ranking reads every candidate's vector; a word found in every group would rank them
        all (a quarter of a second at 100,000 groups). The candidates are any `cap` matches,
        which is why the page says "more than 1,000 results" and asks to be more precise.
        """
        query = search.parse(text)
        if query is None:
            return self
        candidates = self.order_by().values("pk")[:cap]
        sql, params = query.rank_sql()
        return (
            self.model.objects.filter(pk__in=candidates)
            .annotate(rank=RawSQL(sql, params, output_field=models.FloatField()))
            .order_by(F("rank").desc(), F("next_meeting_at").asc(nulls_last=True), "pk")
        )

    def capped_count(self, cap):
        """The number of groups, counting no further than cap + 1 (so `> cap` means "more")."""
        return self.order_by().values("pk")[: cap + 1].count()

    def most_useful_first(self, language: str = "nl") -> Self:
        """The order of a list without words (a theme, a municipality): groups in the page's
        language, then those welcoming newcomers now (a waiting list or a full group
        last), then the next meeting; not the name, which put an English group or
        "Aandacht..." first."""
        return self.order_by(
            Case(When(languages__contains=[language], then=0), default=1),
            Case(
                When(newcomers="welcome", then=0),
                When(newcomers="waiting_list", then=1),
                default=2,
            ),
            F("next_meeting_at").asc(nulls_last=True),
            "pk",
        )

    def soonest_first(self) -> Self:
        return self.order_by(F("next_meeting_at").asc(nulls_last=True), "name", "pk")

    def with_distance(self, point: Point) -> Self:
        """Annotate distance_km: from the point to the group's nearest venue (None if none)."""
        from groups.models import Schedule

        nearest = (
            Schedule.objects.filter(group=OuterRef("pk"), venue__isnull=False)
            .annotate(**privacy.shown_coordinates())
            .annotate(km=distance_km_expression(point, "shown_lat", "shown_lon"))
            .order_by("km")
            .values("km")[:1]
        )
        return self.annotate(distance_km=Subquery(nearest))

    def near(self, point: Point, km: float) -> Self:
        """Groups with a venue within km of the point (annotate with_distance() to show it)."""
        return self.filter(pk__in=_meetings_within(point, km).values("group_id"))

    def nearest(self, point: Point, km: float, cap):
        """The `cap` groups nearest to the point within km, nearest first, with distance_km.

        Meetings are sorted by distance on their own (cheap arithmetic per venue, no
        sub-select per group), so a big city at 50 km costs the same as a village.
        """
        candidates = (
            _meetings_within(point, km)
            .filter(group__in=self.order_by().values("pk"))
            .order_by("km")
            .values("group_id")[:cap]
        )
        return (
            self.model.objects.filter(pk__in=candidates)
            .with_distance(point)
            .order_by("distance_km", "name", "pk")
        )

    def for_cards(self):
        """Everything a result card shows, in a fixed number of queries."""
        return self.select_related("contact_point").prefetch_related(*card_prefetches())

    def count_by_theme(self):
        """{theme id: number of groups}. A main theme counts the groups of its sub-themes too,
        each group once. Two grouped queries, whatever the number of themes."""
        from groups.models import Group

        links = Group.themes.through.objects.filter(group__in=self.values("pk"))
        counts = dict(
            links.values("theme_id")
            .annotate(n=Count("group_id", distinct=True))
            .values_list("theme_id", "n")
        )
        main = (
            links.annotate(main_id=Coalesce("theme__parent_id", "theme_id"))
            .values("main_id")
            .annotate(n=Count("group_id", distinct=True))
            .values_list("main_id", "n")
        )
        counts.update(main)
        return counts

    def cards(self, ids, point=None):
        """{pk: group} for these ids with what a result card shows (group_card), in one
        query: the card's columns, the ids of its themes (named from the cached themes), the
        towns it meets in, and with a point its distance_km. Fields a card does not show
        are left deferred."""
        from groups.models import Theme

        cached = Theme.objects.cached()  # in Theme's order
        themes = {theme.pk: theme for theme in cached}
        rank = {theme.pk: n for n, theme in enumerate(cached)}
        # In the model's order, as from_db() expects.
        fields = [f.attname for f in self.model._meta.concrete_fields if f.attname in CARD_FIELDS]
        columns = ", ".join(f"groups_group.{field}" for field in fields)
        km_sql, params = _km_sql(point) if point else ("NULL::float8", [])
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT {columns}, "  # noqa: S608 (fixed SQL; values are parameters)
                "ARRAY(SELECT gt.theme_id FROM groups_group_themes gt "
                "WHERE gt.group_id = groups_group.id), "
                "ARRAY(SELECT v.city FROM groups_schedule s JOIN groups_venue v "
                "ON v.id = s.venue_id WHERE s.group_id = groups_group.id "
                "ORDER BY s.weekday, s.start_time), "
                "EXISTS(SELECT FROM groups_schedule s WHERE s.group_id = groups_group.id), "
                f"{km_sql} FROM groups_group WHERE groups_group.id = ANY(%s)",
                [*params, list(ids)],
            )
            rows = cursor.fetchall()
        found = {}
        for *values, theme_ids, towns, meets, km in rows:
            group = self.model.from_db(self.db, fields, values)
            known = sorted((pk for pk in theme_ids if pk in themes), key=rank.get)
            group.card_themes = [themes[pk] for pk in known]
            group.card_places = list(dict.fromkeys(towns))
            group.meets = meets
            group.distance_km = km
            found[group.pk] = group
        return found

    def planned_rows(self):
        """The planner's estimate of this queryset's size: EXPLAIN only, nothing is read."""
        return _planned_rows(*self._where_sql())

    def candidates(
        self, cap, *, text="", near=None, order=None, facts=None, ranked=True, lean=False
    ):
        """SQL and params for the CANDIDATE_FIELDS, rank and km of at most cap + 1 groups of this queryset,
        for engine.summarize() to count, filter and sort.

        near=(point, km): only groups meeting within km, and when there are more, the
        nearest. order="datum": when there are more, the soonest; otherwise any (the
        ranking cap, see ranked()). facts: facet filters (as GroupFilterSet.selected()) applied first.
        ranked: rank by the text (ts_rank reads every candidate's vector; a list sorted by
        distance or date has no use for it). lean: only what sorting needs (id, name,
        next_meeting_at, rank, km), not the facts.

        Written as SQL around this queryset's WHERE clause: compiling the same through the
        ORM cost more than a millisecond a page."""
        from groups.search import engine

        where, params = self._where_sql()
        if facts:
            more_sql, more = engine.passes(facts)
            where, params = f"{where} AND ({more_sql})", [*params, *more]
        query = search.parse(text) if text and ranked else None
        select = [", ".join(CANDIDATE_FIELDS[:3] if lean else CANDIDATE_FIELDS)]
        select_params = []
        if query:
            rank_sql, rank_params = query.rank_sql()
            select.append(f"{rank_sql} AS rank")
            select_params += rank_params
        else:
            select.append("NULL::real AS rank")
        if near is None:
            select.append("NULL::float8 AS km")
            if order != "datum":
                sql = f"SELECT {', '.join(select)} FROM groups_group WHERE {where} LIMIT %s"  # noqa: S608
                return sql, [*select_params, *params, cap + 1]
            order_by = "ORDER BY next_meeting_at NULLS LAST, name, id LIMIT %s"
            sql = f"SELECT {', '.join(select)} FROM groups_group WHERE {where}"  # noqa: S608
            if text and _planned_rows(where, params) < WALK_SHARE * _published_rows():
                # Soonest first among the matches of rarer words: the matches from the text
                # index, then sorted (OFFSET 0 keeps the planner from walking the date
                # index instead, reading row after row that does not match: 0.8 s).
                sql = f"SELECT * FROM ({sql} OFFSET 0) AS matches"  # noqa: S608
            return f"{sql} {order_by}", [*select_params, *params, cap + 1]
        point, km = near
        km_sql, km_params = _km_sql(point)
        select.append(f"{km_sql} AS km")
        select_params += km_params
        nearest = "ORDER BY facet_area <-> point(%s, %s) LIMIT %s"
        nearest_params = [*_plane(point), cap + 1]
        if text and _planned_rows(where, params) >= WALK_SHARE * _published_rows():
            # Most groups match: the nearest cap + 1 matches come straight from the index,
            # then the radius. If fewer than that lie within it, this walk saw them all.
            sql = f"SELECT {', '.join(select)} FROM groups_group WHERE {where} {nearest}"  # noqa: S608
            params = [*select_params, *params, *nearest_params]
            return f"SELECT * FROM ({sql}) AS nearest WHERE km <= %s", [*params, km]  # noqa: S608
        # Otherwise the box around the radius bounds the search: with words, combined with
        # the text index; without, walking the index outward (it holds the facts the
        # filters read) stops at the box's edge.
        (lat_min, lat_max), (lon_min, lon_max) = bounding_box(point, km * AREA_MARGIN)
        box = [lon_min * AREA_X_SCALE, lat_min, lon_max * AREA_X_SCALE, lat_max]
        sql = (
            f"SELECT {', '.join(select)} FROM groups_group WHERE {where} "  # noqa: S608
            f"AND facet_area && box(point(%s, %s), point(%s, %s)) AND {km_sql} <= %s {nearest}"
        )
        return sql, [*select_params, *params, *box, *km_params, km, *nearest_params]

    def _where_sql(self):
        """This queryset's WHERE clause, as SQL over groups_group alone."""
        query = self.query
        if any(alias != self.model._meta.db_table for alias in query.alias_map):
            raise ValueError("candidates() reads groups_group alone; this queryset joins.")
        compiler = query.get_compiler(using=self.db)
        sql, params = compiler.compile(query.where)
        return sql or "TRUE", list(params)


def area_box(points):
    """Group.facet_area for these (latitude, longitude) points: their box in the plane."""
    if not points:
        return None
    xs = [longitude * AREA_X_SCALE for _latitude, longitude in points]
    ys = [latitude for latitude, _longitude in points]
    return f"({min(xs)!r},{min(ys)!r}),({max(xs)!r},{max(ys)!r})"


def _great_circle_sql(point, latitude, longitude):
    """distance_km_expression() as SQL text over two SQL expressions, with its params."""
    lat, lon = math.radians(point.latitude), math.radians(point.longitude)
    sql = (
        f"acos(least(sin(radians({latitude})) * %s + cos(radians({latitude})) * %s"
        f" * cos(radians({longitude}) - %s), 1.0)) * %s"
    )
    return sql, [math.sin(lat), math.cos(lat), lon, EARTH_RADIUS_KM]


def _km_sql(point):
    """Great-circle km from the point to the group's nearest venue. A group that meets in
    one place has a one-point area, so the row alone says where; only a group meeting in
    several places looks up its venues."""
    area = '"groups_group"."facet_area"'
    one, one_params = _great_circle_sql(
        point, f"({area}[0])[1]", f"({area}[0])[0] / {AREA_X_SCALE!r}"
    )
    each, each_params = _great_circle_sql(
        point,
        privacy.shown_latitude_sql('"groups_group"', "v"),
        privacy.shown_longitude_sql('"groups_group"', "v"),
    )
    sql = (
        f"CASE WHEN {area} IS NULL THEN NULL "  # noqa: S608 (fixed SQL, values are params)
        f"WHEN {area}[0] ~= {area}[1] THEN {one} "
        f"ELSE (SELECT min({each}) FROM groups_schedule s JOIN groups_venue v "
        'ON v.id = s.venue_id WHERE s.group_id = "groups_group"."id") END'
    )
    return sql, one_params + each_params


def _plane(point):
    return point.longitude * AREA_X_SCALE, point.latitude


def themes_with_groups(theme_ids):
    """Of these themes, the ids with at least one published group (or one in a sub-theme)."""
    from groups.models import Group, Theme

    links = Group.themes.through.objects.filter(group__status="published")
    # Two EXISTS rather than one with OR, so each can use the theme index.
    has_group = Exists(links.filter(theme=OuterRef("pk"))) | Exists(
        links.filter(theme__parent=OuterRef("pk"))
    )
    return set(
        Theme.objects.filter(pk__in=list(theme_ids)).filter(has_group).values_list("pk", flat=True)
    )


def _planned_rows(where, params):
    """The planner's estimate of how many groups pass this WHERE (EXPLAIN: nothing read),
    kept ten minutes in the shared cache per statement and parameters (the words, mostly):
    a Redis read instead of planning a statement."""
    digest = hashlib.sha256(repr((where, params)).encode()).hexdigest()
    return cache.get_or_set(
        f"groups:planned-rows:{digest}", lambda: _explain_rows(where, params), 600
    )


def _explain_rows(where, params):
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (FORMAT JSON) SELECT 1 FROM groups_group WHERE {where}", params)  # noqa: S608
        plan = cursor.fetchone()[0]
    if isinstance(plan, str):
        plan = json.loads(plan)
    return plan[0]["Plan"]["Plan Rows"]


def _published_rows():
    """The planner's estimate of the number of published groups, kept ten minutes."""
    from groups.models import Group

    return cache.get_or_set(
        "groups:published-rows", lambda: max(Group.objects.published().planned_rows(), 1), 600
    )


def _meetings_within(point, km):
    """Meetings at a venue within km of the point, annotated with that distance (km).
    The bounding box lets the venue index make the first cut."""
    from groups.models import Schedule

    (lat_min, lat_max), (lon_min, lon_max) = bounding_box(point, km)
    # A private-address group is measured from its place's centre (groups.privacy).
    return (
        Schedule.objects.filter(
            Q(venue__latitude__range=(lat_min, lat_max), venue__longitude__range=(lon_min, lon_max))
            | Q(
                venue__place_latitude__range=(lat_min, lat_max),
                venue__place_longitude__range=(lon_min, lon_max),
                group__address_after_contact=True,
            )
        )
        .annotate(**privacy.shown_coordinates())
        .annotate(km=distance_km_expression(point, "shown_lat", "shown_lon"))
        .filter(km__lte=km)
        .order_by()
    )


def card_prefetches():
    """What a card needs besides the group row; also for prefetch_related_objects() on lists."""
    return ("themes", models.Prefetch("schedules", queryset=_schedules_with_venues()))


def _schedules_with_venues():
    from groups.models import Schedule

    return Schedule.objects.select_related("venue__municipality").order_by("weekday", "start_time")
