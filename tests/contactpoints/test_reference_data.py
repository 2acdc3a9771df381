import pytest
from django.core.management import call_command

from contactpoints.geo import (
    Point,
    distance_km_expression,
    haversine_km,
    resolve_place,
    suggest_places,
)
from contactpoints.models import Municipality, Place, PostcodeArea, Region
from groups.models import Theme

pytestmark = pytest.mark.django_db


def counts():
    return [m.objects.count() for m in (PostcodeArea, Place, Municipality, Region, Theme)]


def test_the_whole_country_is_loaded():
    assert PostcodeArea.objects.count() >= 4000
    assert Municipality.objects.count() == 342
    assert Region.objects.count() == 5
    assert Municipality.objects.filter(region__isnull=False).count() == 31


def test_loading_twice_leaves_the_same_rows():
    before = counts()
    call_command("load_reference_data", verbosity=0)
    assert counts() == before


def test_junk_rows_are_skipped():
    assert not PostcodeArea.objects.filter(pc4__in=["1234", "9999"]).exists()


def test_6411_is_in_heerlen_in_parkstad():
    area = PostcodeArea.objects.select_related("municipality__region").get(pc4="6411")
    assert area.municipality.name == "Heerlen"
    assert area.municipality.region.name == "Parkstad Limburg"
    assert 50.8 < area.latitude < 50.95 and 5.9 < area.longitude < 6.05


def test_voorne_aan_zee_gets_its_postcodes():
    assert PostcodeArea.objects.get(pc4="3221").municipality.name == "Voorne aan Zee"


@pytest.mark.parametrize(
    "text, label",
    [
        ("6411", "6411 Heerlen"),
        ("6411 AB", "6411 Heerlen"),
        ("6411ab", "6411 Heerlen"),
        ("Heerlen", "Heerlen"),
        ("hoensbroek", "Hoensbroek"),
        ("Sittard-Geleen", "Sittard-Geleen"),
        ("  MAASTRICHT ", "Maastricht"),
        ("Groningen", "Groningen"),
    ],
)
def test_places_resolve_to_points(text, label):
    point = resolve_place(text)
    assert point is not None and point.label == label


@pytest.mark.parametrize("text", ["Xyzzy", "", "0000", "1234", "'; DROP TABLE x; --"])
def test_unknown_places_resolve_to_nothing(text):
    assert resolve_place(text) is None


def test_a_typo_in_a_place_gets_a_suggestion():
    assert "Heerlen" in suggest_places("Heerln")


def test_sql_distance_matches_the_python_oracle():
    heerlen, maastricht = resolve_place("Heerlen"), resolve_place("Maastricht")
    expected = haversine_km(heerlen, maastricht)
    assert 20 < expected < 25
    sql = (
        Municipality.objects.filter(name="Maastricht")
        .annotate(km=distance_km_expression(Point(heerlen.latitude, heerlen.longitude)))
        .get()
        .km
    )
    assert sql == pytest.approx(expected, abs=0.05)


def test_hoensbroek_lies_north_east_of_heerlen():
    area = PostcodeArea.objects.get(pc4="6431")
    assert area.place == "Hoensbroek"
    assert haversine_km(Point(area.latitude, area.longitude), Point(50.92, 5.93)) < 2


def test_no_postcode_area_lies_far_outside_its_municipality():
    """A PC4 more than 10 km from the middle (median) of its municipality's other PC4s, and
    more than twice as far as the farthest of them, is a gazetteer error (6431 Hoensbroek
    was 20 km off; a second row for 2324 put Leiden in Amersfoort)."""
    from statistics import median

    areas = {}
    for area in PostcodeArea.objects.all():
        areas.setdefault(area.municipality_id, []).append(area)
    far_off = []
    for group in areas.values():
        if len(group) < 3:
            continue
        for area in group:
            others = [a for a in group if a.pk != area.pk]
            middle = Point(median(a.latitude for a in others), median(a.longitude for a in others))
            farthest = max(haversine_km(Point(a.latitude, a.longitude), middle) for a in others)
            km = haversine_km(Point(area.latitude, area.longitude), middle)
            if km > 10 and km > 2 * farthest:
                far_off.append((area.pc4, area.place, round(km)))
    assert far_off == []
