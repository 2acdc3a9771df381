from django.contrib.postgres.expressions import ArraySubquery
from django.contrib.postgres.search import SearchRank
from django.db import models
from django.db.models import Count, Exists, F, OuterRef, Q, Subquery
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
        candidates = self.values("pk")[:cap]
        return (
            self.model.objects.filter(pk__in=candidates)
            .annotate(rank=SearchRank(F("search_vector"), query))
            .order_by("-rank", "name", "pk")
        )

    def capped_count(self, cap):
        """The number of groups, counting no further than cap + 1 (so `> cap` means "more")."""
        return self.values("pk")[: cap + 1].count()

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
        """Groups with a venue within km of the point, annotated with the nearest distance."""
        from groups.models import Schedule

        (lat_min, lat_max), (lon_min, lon_max) = bounding_box(point, km)
        # The bounding box goes first, as a semi-join the venue index can answer, so the
        # exact distance is only worked out for groups that can be near at all.
        in_box = Schedule.objects.filter(
            venue__latitude__range=(lat_min, lat_max),
            venue__longitude__range=(lon_min, lon_max),
        ).values("group_id")
        return self.filter(pk__in=in_box).with_distance(point).filter(distance_km__lte=km)

    def near_or_remote(self, point: Point, km: float):
        """What a search with a place is about: groups meeting nearby, plus the online and
        phone groups, for which distance does not matter."""
        return self.filter(
            Q(pk__in=self.near(point, km).values("pk")) | Q(format__in=REMOTE_FORMATS)
        )

    def nearest_first(self):
        return self.order_by("distance_km", "name", "pk")

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

    # Facets: how many groups each filter choice would give, in one query.

    def facet_counts(self, selected, theme_slugs, cap):
        """Counts per filter choice over at most cap + 1 groups of this queryset.

        `selected` holds the active filters by facet name (themes, formats, audience,
        weekday, free, welcoming, wheelchair, language). A choice's count applies all
        *other* active filters plus the choice itself, so it says what ticking it gives.
        The per-group facts are worked out once in a sub-select; the counts are plain
        FILTER clauses over it. Returns (counts, total) with total capped at cap + 1.
        """
        from groups.models import Group

        rows = (
            self.annotate(
                f_themes=ArraySubquery(_theme_links().values("theme__slug")),
                f_parents=ArraySubquery(
                    _theme_links().filter(theme__parent__isnull=False).values("theme__parent__slug")
                ),
                f_days=ArraySubquery(_schedules().values("weekday")),
                f_wheelchair=Exists(_schedules().filter(venue__wheelchair_accessible=True)),
            )
            .order_by()
            .values("pk")[: cap + 1]
        )
        conditions = _facet_conditions(selected)
        choices = {
            "themes": {slug: _theme_condition([slug]) for slug in theme_slugs},
            "formats": {value: Q(format=value) for value, _ in Group.Format.choices},
            "audience": {key: Q(audience__in=value) for key, value in AUDIENCES.items()},
            "weekday": {day: Q(f_days__contains=[day]) for day in range(7)},
            "free": {True: Q(cost="free")},
            "welcoming": {True: Q(newcomers="welcome")},
            "wheelchair": {True: _wheelchair_condition()},
            "language": {code: Q(languages__contains=[code]) for code, _ in Group.LANGUAGE_CHOICES},
        }
        aggregates = {"total": Count("pk")}
        keys = {}
        for facet, options in choices.items():
            others = Q()
            for name, condition in conditions.items():
                if name != facet:
                    others &= condition
            for value, condition in options.items():
                alias = f"c{len(keys)}"
                keys[alias] = (facet, value)
                aggregates[alias] = Count("pk", filter=others & condition)
        result = rows.aggregate(**aggregates)
        counts = {facet: {} for facet in choices}
        for alias, (facet, value) in keys.items():
            counts[facet][value] = result[alias]
        return counts, result["total"]


def _theme_condition(slugs):
    return Q(f_themes__overlap=list(slugs)) | Q(f_parents__overlap=list(slugs))


def _wheelchair_condition():
    return Q(format__in=REMOTE_FORMATS) | Q(f_wheelchair=True)


def _facet_conditions(selected):
    """The active filters as conditions on the facet sub-select's columns. Must say the same
    as the filter methods above; tests check each count against the filtered list."""
    conditions = {}
    if selected.get("themes"):
        conditions["themes"] = _theme_condition(selected["themes"])
    if selected.get("formats"):
        conditions["formats"] = Q(format__in=list(selected["formats"]))
    if selected.get("audience"):
        conditions["audience"] = Q(audience__in=AUDIENCES[selected["audience"]])
    if selected.get("weekday") is not None:
        conditions["weekday"] = Q(f_days__contains=[selected["weekday"]])
    if selected.get("free"):
        conditions["free"] = Q(cost="free")
    if selected.get("welcoming"):
        conditions["welcoming"] = Q(newcomers="welcome")
    if selected.get("wheelchair"):
        conditions["wheelchair"] = _wheelchair_condition()
    if selected.get("language"):
        conditions["language"] = Q(languages__contains=[selected["language"]])
    return conditions


def card_prefetches():
    """What a card needs besides the group row; also for prefetch_related_objects() on lists."""
    return ("themes", models.Prefetch("schedules", queryset=_schedules_with_venues()))


def _schedules_with_venues():
    from groups.models import Schedule

    return Schedule.objects.select_related("venue__municipality").order_by("weekday", "start_time")
