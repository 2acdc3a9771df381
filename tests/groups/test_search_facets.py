"""The facet counts (one SQL statement over the facts each group stores) must say what the
filters give (GroupQuerySet methods, with joins). Checked choice by choice over a varied set
of groups."""

import random

import pytest

from groups import querysets
from groups.models import Group, Schedule, Theme
from groups.search import engine
from groups.search.filters import AUDIENCES, DAYS, FORMATS
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
    return {
        "themes": lambda: queryset.for_themes([value]),
        "formats": lambda: queryset.with_formats([value]),
        "audience": lambda: queryset.for_audience(value),
        "weekday": lambda: queryset.meeting_on(value),
        "free": lambda: queryset.free(),
        "welcoming": lambda: queryset.welcoming(),
        "wheelchair": lambda: queryset.wheelchair_accessible(),
        "language": lambda: queryset.in_language(value),
    }[facet]()


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
    slugs = list(Theme.objects.values_list("slug", flat=True))
    counts = engine.summarize(
        varied_groups.candidates(CAP),
        None,
        selected,
        sort="datum",
        remote_sort="datum",
        cap=CAP,
        choices={
            "themes": slugs,
            "formats": [v for v, _ in Group.Format.choices],
            "audience": list(querysets.AUDIENCES),
            "weekday": list(range(7)),
            "free": [True],
            "welcoming": [True],
            "wheelchair": [True],
            "language": [c for c, _ in Group.LANGUAGE_CHOICES],
        },
    ).counts
    for facet, choices in counts.items():
        base = varied_groups
        for name, value in selected.items():
            if name != facet and value not in (None, [], False):
                if name == "formats":
                    base = base.with_formats(value)
                else:
                    base = sql_filter(base, name, value)
        for value, count in choices.items():
            assert count == sql_filter(base, facet, value).count(), (facet, value)


def test_the_page_filters_agree_with_the_queryset(client, varied_groups):
    for day in range(7):
        response = client.get("/zoeken/", {"dag": DAYS[day]})
        assert response.context["total"] == varied_groups.meeting_on(day).count()
    for key, audience in AUDIENCES.items():
        response = client.get("/zoeken/", {"voor": key})
        assert response.context["total"] == varied_groups.for_audience(audience).count()
    for key, fmt in FORMATS.items():
        response = client.get("/zoeken/", {"vorm": key})
        assert response.context["total"] == varied_groups.with_formats([fmt]).count()


def test_a_group_without_any_meeting_still_counts(client):
    GroupFactory(name="Nog zonder datum", format="online")
    assert Schedule.objects.count() == 0
    response = client.get("/zoeken/", {"q": "datum"})
    assert response.context["total"] == 1
