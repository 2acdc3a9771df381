"""Places and distances, from the local gazetteer only (no calls to outside services)."""

import difflib
import math
from dataclasses import dataclass

from django.core.cache import cache
from django.db.models import F, FloatField, Func
from django.db.models.expressions import CombinedExpression
from django.db.models.functions import ACos, Cos, Least, Radians, Sin

from contactpoints.models import POSTCODE_RE, Municipality, Place, PlaceAlias, PostcodeArea
from contactpoints.text import fold_key

EARTH_RADIUS_KM = 6371.0088


@dataclass(frozen=True)
class Point:
    latitude: float
    longitude: float
    label: str = ""
    municipality_id: int | None = None


def haversine_km(a: Point, b: Point) -> float:
    """Pure Python great-circle distance: the oracle for the SQL expression below."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


def distance_km_expression(
    point: Point, lat_field: str = "latitude", lon_field: str = "longitude"
) -> CombinedExpression:
    """Great-circle distance in SQL with the spherical law of cosines (plain math, no extension)."""
    lat, lon = math.radians(point.latitude), math.radians(point.longitude)
    cos_angle = Func(
        Sin(Radians(F(lat_field))) * math.sin(lat)
        + Cos(Radians(F(lat_field))) * math.cos(lat) * Cos(Radians(F(lon_field)) - lon),
        function="",
        output_field=FloatField(),
    )
    # Rounding can push the cosine a hair above 1 for identical points.
    return ACos(Least(cos_angle, 1.0, output_field=FloatField())) * EARTH_RADIUS_KM


def bounding_box(point: Point, km: float) -> tuple[tuple[float, float], tuple[float, float]]:
    """Latitude and longitude ranges that contain the circle: lets an index do the first cut."""
    dlat = km / 111.2
    dlon = km / (111.2 * max(math.cos(math.radians(point.latitude)), 0.01))
    return (point.latitude - dlat, point.latitude + dlat), (
        point.longitude - dlon,
        point.longitude + dlon,
    )


def resolve_place(text: str) -> Point | None:
    """A postcode (6411 or 6411 AB), a place or a municipality name, to a point; None if unknown."""
    match = POSTCODE_RE.match(text or "")
    if match:
        area = PostcodeArea.objects.filter(pc4=match.group(1)).first()
        if area:
            return Point(
                area.latitude, area.longitude, f"{area.pc4} {area.place}", area.municipality_id
            )
        return None
    key = fold_key(text)
    if not key:
        return None
    municipality = Municipality.objects.filter(name_key=key).first()
    if municipality:
        return Point(
            municipality.latitude, municipality.longitude, municipality.name, municipality.pk
        )
    place = Place.objects.filter(name_key=key).first()
    if place:
        return Point(place.latitude, place.longitude, place.name, place.municipality_id)
    alias = PlaceAlias.objects.filter(name_key=key).select_related("area").first()
    if alias:
        area = alias.area
        return Point(area.latitude, area.longitude, alias.name, area.municipality_id)
    return None


def _place_names() -> dict[str, str]:
    names = cache.get("geo:place-names")
    if names is None:
        names = dict(Place.objects.values_list("name_key", "name"))
        names.update(Municipality.objects.values_list("name_key", "name"))
        names.update(PlaceAlias.objects.values_list("name_key", "name"))
        cache.set("geo:place-names", names, 3600)
    return names


def places_starting(text: str, limit: int = 6) -> list[str]:
    """Known place names (places, municipalities, other names) that start like the text,
    shortest first: for the place field's autocomplete."""
    key = fold_key(text)[:60]
    if len(key) < 2:
        return []
    names = _place_names()
    found = sorted((k for k in names if k.startswith(key)), key=lambda k: (len(k), k))
    return list(dict.fromkeys(names[k] for k in found))[:limit]


def suggest_places(text: str, limit: int = 5) -> list[str]:
    """Known places that look like the given text (a typo, or a first part), for an unknown place."""
    key = fold_key(text)[:60]
    if len(key) < 2:
        return []
    names = _place_names()
    close = difflib.get_close_matches(key, names.keys(), n=limit, cutoff=0.75)
    starts = sorted(k for k in names if k.startswith(key))[:limit]
    return list(dict.fromkeys(names[k] for k in close + starts))[:limit]


def covered(point: Point) -> bool:
    """Whether the point lies in a municipality of a region the site lists groups for
    (Limburg, for now). A point without a municipality counts as covered."""
    if point.municipality_id is None:
        return True
    ids = cache.get_or_set(
        "geo:covered-municipalities",
        lambda: set(Municipality.objects.filter(region__isnull=False).values_list("pk", flat=True)),
        3600,
    )
    return point.municipality_id in ids
