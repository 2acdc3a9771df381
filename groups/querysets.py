from django.contrib.postgres.search import SearchRank
from django.db import models
from django.db.models import F, OuterRef, Q, Subquery

from contactpoints.geo import Point, bounding_box, distance_km_expression
from groups import search


class GroupQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status="published")

    def public(self):
        """Published and paused groups have a public page; only published ones are found."""
        return self.filter(status__in=["published", "paused"])

    def for_theme(self, theme):
        return self.filter(Q(themes=theme) | Q(themes__parent=theme)).distinct()

    def for_themes(self, slugs):
        return self.filter(Q(themes__slug__in=slugs) | Q(themes__parent__slug__in=slugs)).distinct()

    def in_person(self):
        return self.filter(format__in=["in_person", "hybrid"])

    def remote(self):
        """Groups where distance does not matter: online and by phone."""
        return self.filter(format__in=["online", "phone"])

    def in_municipality(self, municipality):
        return self.filter(schedules__venue__municipality=municipality).distinct()

    def search(self, text):
        query = search.build_query(text)
        if query is None:
            return self
        return self.filter(search_vector=query).annotate(rank=SearchRank(F("search_vector"), query))

    def near(self, point: Point, km: float):
        """Groups with a venue within km of the point, annotated with the nearest distance."""
        from groups.models import Schedule

        (lat_min, lat_max), (lon_min, lon_max) = bounding_box(point, km)
        nearest = (
            Schedule.objects.filter(
                group=OuterRef("pk"),
                venue__latitude__range=(lat_min, lat_max),
                venue__longitude__range=(lon_min, lon_max),
            )
            .annotate(km=distance_km_expression(point, "venue__latitude", "venue__longitude"))
            .order_by("km")
            .values("km")[:1]
        )
        return self.annotate(distance_km=Subquery(nearest)).filter(distance_km__lte=km)

    def for_cards(self):
        """Everything a result card shows, in a fixed number of queries."""
        return self.select_related("contact_point").prefetch_related(
            "themes", models.Prefetch("schedules", queryset=_schedules_with_venues())
        )


def _schedules_with_venues():
    from groups.models import Schedule

    return Schedule.objects.select_related("venue__municipality").order_by("weekday", "start_time")
