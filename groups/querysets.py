from django.contrib.postgres.aggregates import ArrayAgg, BoolOr
from django.contrib.postgres.search import SearchRank
from django.db import models
from django.db.models import Count, Exists, F, Min, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce

from contactpoints.geo import Point, bounding_box, distance_km_expression
from groups import search

# Which stored audiences a "for whom" choice finds: a group for both finds either.
AUDIENCES = {
    "self": ["self", "both"],
    "relatives": ["relatives", "both"],
    "both": ["both"],
}
REMOTE_FORMATS = ["online", "phone"]
IN_PERSON_FORMATS = ["in_person", "hybrid"]


def _schedules():
    from groups.models import Schedule

    return Schedule.objects.filter(group=OuterRef("pk"))


def _theme_links():
    from groups.models import Group

    return Group.themes.through.objects.filter(group=OuterRef("pk"))


class GroupQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status="published")

    def public(self):
        """Published and paused groups have a public page; only published ones are found."""
        return self.filter(status__in=["published", "paused"])

    # Filters. Each is an EXISTS or a plain column test, never a join, so no filter
    # duplicates rows and no query needs DISTINCT (which would fight the ranking).

    def for_theme(self, theme):
        return self.filter(Exists(_theme_links().filter(Q(theme=theme) | Q(theme__parent=theme))))

    def for_themes(self, slugs):
        slugs = list(slugs)
        return self.filter(
            Exists(
                _theme_links().filter(Q(theme__slug__in=slugs) | Q(theme__parent__slug__in=slugs))
            )
        )

    def with_formats(self, formats):
        return self.filter(format__in=list(formats))

    def in_person(self):
        return self.with_formats(IN_PERSON_FORMATS)

    def remote(self):
        """Groups where distance does not matter: online and by phone."""
        return self.with_formats(REMOTE_FORMATS)

    def for_audience(self, audience):
        return self.filter(audience__in=AUDIENCES[audience])

    def meeting_on(self, weekday):
        return self.filter(Exists(_schedules().filter(weekday=weekday)))

    def free(self):
        return self.filter(cost="free")

    def welcoming(self):
        """Newcomers can join now."""
        return self.filter(newcomers="welcome")

    def wheelchair_accessible(self):
        """A venue with wheelchair access, or no venue needed at all (online, by phone)."""
        return self.filter(
            Q(format__in=REMOTE_FORMATS)
            | Exists(_schedules().filter(venue__wheelchair_accessible=True))
        )

    def in_language(self, code):
        return self.filter(languages__contains=[code])

    def in_municipality(self, municipality):
        return self.filter(Exists(_schedules().filter(venue__municipality=municipality)))

    def search(self, text):
        """Groups matching the text, annotated with their rank (for small sets; see ranked())."""
        query = search.build_query(text)
        if query is None:
            return self
        return self.filter(search_vector=query).annotate(rank=SearchRank(F("search_vector"), query))

    def matching(self, text):
        """Only the text filter: what ranked() ranks and what counts are taken over."""
        query = search.build_query(text)
        if query is None:
            return self
        return self.filter(search_vector=query)

    def ranked(self, text, cap):
        """Best matches first, ranking at most `cap` candidates.

        ts_rank reads every candidate's vector; a word found in every group would rank them
        all (a quarter of a second at 100,000 groups). The candidates are any `cap` matches,
        which is why the page says "more than 1,000 results" and asks to be more precise.
        """
        query = search.build_query(text)
        if query is None:
            return self
        candidates = self.order_by().values("pk")[:cap]
        return (
            self.model.objects.filter(pk__in=candidates)
            .annotate(rank=SearchRank(F("search_vector"), query))
            .order_by("-rank", "name", "pk")
        )

    def capped_count(self, cap):
        """The number of groups, counting no further than cap + 1 (so `> cap` means "more")."""
        return self.order_by().values("pk")[: cap + 1].count()

    def soonest_first(self):
        return self.order_by(F("next_meeting_at").asc(nulls_last=True), "name", "pk")

    def with_distance(self, point: Point):
        """Annotate distance_km: from the point to the group's nearest venue (None if none)."""
        from groups.models import Schedule

        nearest = (
            Schedule.objects.filter(group=OuterRef("pk"), venue__isnull=False)
            .annotate(km=distance_km_expression(point, "venue__latitude", "venue__longitude"))
            .order_by("km")
            .values("km")[:1]
        )
        return self.annotate(distance_km=Subquery(nearest))

    def near(self, point: Point, km: float):
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

    def near_or_remote(self, point: Point, km: float):
        """What a search with a place is about: groups meeting nearby, plus the online and
        phone groups, for which distance does not matter."""
        return self.filter(
            Q(pk__in=self.near(point, km).values("pk")) | Q(format__in=REMOTE_FORMATS)
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

    def search_facts(self, cap, text="", point: Point | None = None):
        """At most cap + 1 rows of plain facts about the groups of this queryset: enough to
        count every filter choice, sort and page in Python, so a search page needs one
        query for all its numbers. Joins over the capped candidates only."""
        from groups.models import Group

        annotations = {
            "f_themes": ArrayAgg("themes__slug", distinct=True, default=Value([])),
            "f_days": ArrayAgg("schedules__weekday", distinct=True, default=Value([])),
            "f_wheelchair": BoolOr("schedules__venue__wheelchair_accessible", default=False),
        }
        query = search.build_query(text) if text else None
        if query is not None:
            annotations["rank"] = SearchRank(F("search_vector"), query)
        if point is not None:
            # FILTER: LEAST() skips NULLs, so a group without a venue would come out at 0 km.
            annotations["distance_km"] = Min(
                distance_km_expression(
                    point, "schedules__venue__latitude", "schedules__venue__longitude"
                ),
                filter=Q(schedules__venue__isnull=False),
            )
        return list(
            Group.objects.filter(pk__in=self.order_by().values("pk")[: cap + 1])
            .annotate(**annotations)
            .order_by()
            .values(
                "pk",
                "name",
                "format",
                "audience",
                "cost",
                "newcomers",
                "languages",
                "next_meeting_at",
                *annotations,
            )
        )


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


def _meetings_within(point, km):
    """Meetings at a venue within km of the point, annotated with that distance (km).
    The bounding box lets the venue index make the first cut."""
    from groups.models import Schedule

    (lat_min, lat_max), (lon_min, lon_max) = bounding_box(point, km)
    return (
        Schedule.objects.filter(
            venue__latitude__range=(lat_min, lat_max),
            venue__longitude__range=(lon_min, lon_max),
        )
        .annotate(km=distance_km_expression(point, "venue__latitude", "venue__longitude"))
        .filter(km__lte=km)
        .order_by()
    )


def card_prefetches():
    """What a card needs besides the group row; also for prefetch_related_objects() on lists."""
    return ("themes", models.Prefetch("schedules", queryset=_schedules_with_venues()))


def _schedules_with_venues():
    from groups.models import Schedule

    return Schedule.objects.select_related("venue__municipality").order_by("weekday", "start_time")
