"""The search measured on the demo content: the evaluation set (tests/groups/search_queries)
and every crisis phrasing. The figures are printed (pytest -s) and kept in the README."""

import io

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings

from groups.models import Group
from tests.groups.search_queries import CRISIS, ENGLISH_QUERIES, QUERIES

pytestmark = pytest.mark.django_db

SUCCESS_AT_3 = 0.95


@pytest.fixture(scope="module", autouse=True)
def demo_data(django_db_setup, django_db_blocker):
    """The demo content, loaded once for this module and taken away afterwards (the demo
    app exists only in demo mode)."""
    # DEMO_MODE first: installing the app imports it, and it refuses to load without.
    demo_mode = override_settings(DEMO_MODE=True)
    demo_app = override_settings(INSTALLED_APPS=[*settings.INSTALLED_APPS, "demo"])
    with demo_mode, demo_app, django_db_blocker.unblock():
        from demo import groups as demo

        call_command("load_demo_data", force=True, stdout=io.StringIO())
    yield
    with demo_mode, demo_app, django_db_blocker.unblock():
        demo.remove()


@pytest.fixture(autouse=True)
def _no_search_rate_limit(settings):
    """One test client asks hundreds of searches here; the per-client limit
    (zelfhulp.ratelimit, tested in tests/groups/test_search_rate_limit.py) would stop it."""
    settings.SEARCH_LIMIT_PER_MINUTE = 0


def themes_of(group_ids):
    """{group id: its theme slugs and their main themes' slugs}."""
    found = {pk: set() for pk in group_ids}
    links = Group.themes.through.objects.filter(group_id__in=group_ids).select_related(
        "theme__parent"
    )
    for link in links:
        found[link.group_id].add(link.theme.slug)
        if link.theme.parent_id:
            found[link.group_id].add(link.theme.parent.slug)
    return found


def first_three(client, path, text):
    response = client.get(path, {"q": text})
    assert response.status_code == 200
    groups = list(response.context["groups"] or [])
    return groups[:3], response.context["total"]


def test_the_evaluation_set(client, capsys):
    cases = [("/zoeken/", q, right) for q, right in QUERIES]
    cases += [("/en/zoeken/", q, right) for q, right in ENGLISH_QUERIES]
    assert len(cases) >= 150
    having = {
        slug
        for slugs in themes_of(
            list(Group.objects.published().values_list("pk", flat=True))
        ).values()
        for slug in slugs
    }
    misses, empty = [], []
    for path, text, right in cases:
        top, total = first_three(client, path, text)
        slugs = themes_of([g.pk for g in top])
        if not any(slugs[g.pk] & right for g in top):
            misses.append((text, [g.name for g in top]))
        if not total and right & having:
            empty.append(text)
    success = 1 - len(misses) / len(cases)
    with capsys.disabled():
        print(
            f"\nsearch evaluation: {len(cases)} queries, success@3 {success:.1%}, "
            f"{len(empty)} without results"
        )
    assert success >= SUCCESS_AT_3, misses
    assert empty == []


@pytest.mark.parametrize("text", CRISIS)
def test_every_crisis_phrasing_shows_113_and_no_spelling_suggestion(client, text):
    response = client.get("/zoeken/", {"q": text})
    assert response.context["crisis"]
    assert 'href="tel:113"' in response.text
    assert "Bedoelde je" not in response.text
    assert "Toch zoeken naar" not in response.text


def test_there_are_at_least_forty_crisis_phrasings_in_dutch_and_english():
    assert len(CRISIS) >= 40
    assert sum(1 for text in CRISIS if text.startswith(("ik", "er", "zelf"))) >= 20
    assert sum(1 for text in CRISIS if text.lower().startswith(("i ", "end", "self"))) >= 5


def test_aa_finds_the_alcohol_groups_first_and_no_prefix_matches(client):
    top, _total = first_three(client, "/zoeken/", "AA")
    assert all("alcohol" in slugs for slugs in themes_of([g.pk for g in top]).values())


def test_tired_does_not_find_mothers(client):
    top, _total = first_three(client, "/zoeken/", "ik ben zo moe")
    assert not any("Moeder" in g.name for g in top)


def test_a_relative_finds_groups_for_relatives_first(client):
    top, _total = first_three(client, "/zoeken/", "mijn moeder heeft dementie")
    assert top[0].audience in ("relatives", "both")
    assert "dementie" in themes_of([top[0].pk])[top[0].pk]


def test_a_typo_is_searched_and_said(client):
    response = client.get("/zoeken/", {"q": "angts"})
    assert response.context["total"] > 0
    assert "Resultaten voor ‘angst’." in response.text
    assert "Toch zoeken naar ‘angts’?" in response.text
    assert "Groepen voor ‘angst’" in response.text.split("<h1>")[1].split("</h1>")[0]
    literal = client.get("/zoeken/", {"q": "angts", "letterlijk": "1"})
    assert literal.context["total"] == 0
    assert "Toch zoeken naar" not in literal.text


def test_a_word_that_finds_groups_is_not_corrected(client):
    response = client.get("/zoeken/", {"q": "verdriet"})
    assert response.context["total"] > 0
    assert "Resultaten voor" not in response.text
    assert "in plaats van ‘verdriet’" not in response.text
