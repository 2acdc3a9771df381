"""The facet counts (one SQL statement over the facts each group stores) must say what the
filters give (GroupQuerySet methods, with joins). Checked choice by choice over a varied set
of groups."""

import random

import pytest

from groups.models import Group, Schedule, Theme
from groups.search import engine, facets
from tests.factories import GroupFactory, ScheduleFactory, VenueFactory

pytestmark = pytest.mark.django_db

CAP = 1000


@pytest.fixture
def varied_groups():
    rng = random.Random(3)
    leaves = list(Theme.objects.filter(parent__isnull=False)[:8])
    for n in range(30):
        fmt = rng.choice(["in_person", "online", "hybrid", "phone"])
        group = GroupFactory(
            name=f"Groep {n}",
            format=fmt,
            audience=rng.choice(["self", "relatives", "both"]),
            cost=rng.choice(["free", "contribution"]),
            newcomers=rng.choice(["welcome", "waiting_list", "closed"]),
            languages=rng.choice([["nl"], ["nl", "en"], ["ar"]]),
            themes=rng.sample(leaves, rng.choice([1, 2])),
        )
        venue = (
            VenueFactory(wheelchair_accessible=rng.random() < 0.5)
            if fmt in ("in_person", "hybrid")
            else None
        )
        ScheduleFactory(group=group, venue=venue, weekday=rng.randint(0, 6))
    return Group.objects.published()


def sql_filter(queryset, facet, value):
    return facets.BY_KEY[facet].orm(queryset, value)


@pytest.mark.parametrize(
    "selected",
    [
        {},
        {"formats": ["online", "phone"]},
        {"free": True, "welcoming": True},
        {"audience": "relatives", "wheelchair": True},
        {"weekday": 2, "language": "nl"},
    ],
)
def test_every_choice_counts_what_its_filter_finds(varied_groups, selected):
    counts = engine.summarize(
        varied_groups.candidates(CAP),
        None,
        selected,
        sort="datum",
        remote_sort="datum",
        cap=CAP,
        choices=facets.counted(Theme.objects.all()),
    ).counts
    assert set(counts) == set(facets.BY_KEY)  # every facet of the registry is checked
    for facet, choices in counts.items():
        base = varied_groups
        for name, value in selected.items():
            if name != facet and value not in (None, [], False):
                base = sql_filter(base, name, value)
        listed = facets.BY_KEY[facet].listed
        for value, count in choices.items():
            ticked = [value] if listed else value
            assert count == sql_filter(base, facet, ticked).count(), (facet, value)


def test_the_page_filters_agree_with_the_queryset(client, varied_groups):
    """Every choice of every facet in the registry, ticked on the page, finds what its
    GroupQuerySet method finds."""
    themes = list(Theme.objects.filter(parent__isnull=False)[:8])
    for facet in facets.FACETS:
        for choice in facet.choices(themes):
            response = client.get(
                "/zoeken/", {facet.param: "ja" if facet.kind == "flag" else choice.param}
            )
            expected = sql_filter(varied_groups, facet.key, facet.choice_value(choice))
            assert response.context["total"] == expected.count(), (facet.param, choice.param)


def test_a_group_without_any_meeting_still_counts(client):
    GroupFactory(name="Nog zonder datum", format="online")
    assert Schedule.objects.count() == 0
    response = client.get("/zoeken/", {"q": "datum"})
    assert response.context["total"] == 1
