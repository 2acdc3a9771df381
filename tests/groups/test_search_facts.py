"""The facts each group stores for the search page (Group.facet_*) follow its themes,
meetings and venues, and the two ways of finding the nearest groups agree."""

import pytest

from contactpoints.geo import Point, haversine_km
from groups import querysets
from groups.models import Group, Schedule, Theme
from groups.search import index
from tests.factories import GroupFactory, ScheduleFactory, ThemeFactory, VenueFactory

pytestmark = pytest.mark.django_db

HEERLEN = (50.8837, 5.9815)
MAASTRICHT = (50.8483, 5.6889)
SITTARD = (51.0000, 5.8700)
AMSTERDAM = (52.36294, 4.89988)


def facts(group):
    return Group.objects.values(*index.STORED).get(pk=group.pk)


def venue_at(point, **kwargs):
    return VenueFactory(latitude=point[0], longitude=point[1], **kwargs)


def test_the_facts_follow_themes_meetings_and_venues():
    group = GroupFactory(name="Groep", themes=[Theme.objects.get(slug="depressie")])
    assert facts(group) == {
        "facet_themes": ["depressie", "psychische-gezondheid"],
        "facet_weekdays": [],
        "facet_wheelchair": False,
        "facet_area": None,
    }
    venue = venue_at(HEERLEN, wheelchair_accessible=False)
    meeting = ScheduleFactory(group=group, venue=venue, weekday=Schedule.Weekday.WEDNESDAY)
    assert facts(group)["facet_weekdays"] == [2]
    assert facts(group)["facet_area"] is not None
    assert not facts(group)["facet_wheelchair"]
    venue.wheelchair_accessible = True
    venue.save()
    assert facts(group)["facet_wheelchair"]
    meeting.delete()
    assert facts(group)["facet_weekdays"] == [] and facts(group)["facet_area"] is None


def test_a_renamed_main_theme_reaches_the_groups_of_its_sub_themes():
    main = ThemeFactory(name="Hoofd", slug="hoofd")
    sub = ThemeFactory(name="Sub", slug="sub", parent=main)
    group = GroupFactory(themes=[sub])
    main.slug = "nieuw-hoofd"
    main.save()
    assert facts(group)["facet_themes"] == ["nieuw-hoofd", "sub"]


def test_the_bulk_update_stores_the_same_facts_as_the_per_group_one():
    depression, grief = Theme.objects.get(slug="depressie"), Theme.objects.get(slug="rouw-partner")
    GroupFactory(themes=[depression, grief], venue=venue_at(HEERLEN))
    two_places = GroupFactory(themes=[grief], venue=venue_at(MAASTRICHT))
    ScheduleFactory(group=two_places, venue=venue_at(SITTARD, wheelchair_accessible=False))
    GroupFactory(format="online")
    ScheduleFactory(group=GroupFactory(format="phone"), venue=None, weekday=4)
    before = list(Group.objects.order_by("pk").values("pk", *index.STORED))
    Group.objects.update(facet_themes=[], facet_weekdays=[], facet_area=None)
    index.store_all()
    assert list(Group.objects.order_by("pk").values("pk", *index.STORED)) == before


def search(client, **params):
    return client.get("/zoeken/", params)


def test_a_group_meeting_in_two_places_is_as_near_as_its_nearest_venue(client):
    group = GroupFactory(name="Twee plaatsen", venue=venue_at(AMSTERDAM))
    ScheduleFactory(group=group, venue=venue_at(MAASTRICHT))
    GroupFactory(name="Heerlen", venue=venue_at(HEERLEN))
    response = search(client, waar="6211", afstand="10")  # Maastricht
    assert [g.name for g in response.context["groups"]] == ["Twee plaatsen"]
    expected = haversine_km(response.context["place"], Point(*MAASTRICHT))
    assert response.context["groups"][0].distance_km == pytest.approx(expected, abs=1e-6)


def test_the_distance_is_the_great_circle_one(client):
    GroupFactory(name="Maastricht", venue=venue_at(MAASTRICHT))
    response = search(client, waar="Heerlen")
    place = response.context["place"]
    assert response.context["groups"][0].distance_km == pytest.approx(
        haversine_km(place, Point(*MAASTRICHT)), abs=1e-6
    )


@pytest.fixture
def around_heerlen():
    grief = Theme.objects.get(slug="rouw-partner")
    for n in range(12):
        point = (HEERLEN[0] + n * 0.01, HEERLEN[1] + (n % 3) * 0.02)
        GroupFactory(
            name=f"Groep {n:02d}",
            themes=[grief] if n % 2 else [],
            cost="free" if n % 3 else "contribution",
            venue=venue_at(point, wheelchair_accessible=n % 4 != 0),
        )
    GroupFactory(name="Ver weg", themes=[grief], venue=venue_at(AMSTERDAM))
    GroupFactory(name="Online", themes=[grief], format="online")


@pytest.mark.parametrize(
    "params",
    [
        {"waar": "Heerlen"},
        {"waar": "Heerlen", "q": "rouw"},
        {"waar": "Heerlen", "q": "groep", "afstand": "5", "gratis": "ja"},
        {"waar": "Heerlen", "q": "groep", "rolstoel": "ja", "sorteer": "datum"},
    ],
)
@pytest.mark.parametrize("cap", [1000, 3])
def test_walking_the_index_and_the_box_find_the_same(
    client, settings, monkeypatch, around_heerlen, params, cap
):
    settings.SEARCH_RANK_CAP = cap

    def page(walk_share):
        monkeypatch.setattr(querysets, "WALK_SHARE", walk_share)
        response = search(client, **params)
        return (
            [(g.name, round(g.distance_km, 9)) for g in response.context["groups"]],
            response.context["total"],
            response.context["capped"],
            response.context["remote_total"],
        )

    walked, boxed = page(0), page(float("inf"))
    assert walked == boxed
    assert walked[0], "the search finds groups"


def test_above_the_cap_a_place_search_shows_the_nearest(client, settings, around_heerlen):
    settings.SEARCH_RANK_CAP = 3
    response = search(client, waar="Heerlen")
    place = response.context["place"]
    by_distance = sorted(
        Group.objects.exclude(format="online"),
        key=lambda g: haversine_km(place, Point(*_only_venue(g))),
    )
    assert response.context["capped"]
    assert [g.name for g in response.context["groups"]] == [g.name for g in by_distance[:3]]


def _only_venue(group):
    venue = group.schedules.get().venue
    return venue.latitude, venue.longitude
