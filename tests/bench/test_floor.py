"""The floor view exists only for the benchmark: production never routes to it."""

import importlib

import pytest
from django.conf import settings

from tests.factories import GroupFactory

pytestmark = pytest.mark.django_db


def test_the_floor_is_not_reachable_with_the_site_settings(client):
    GroupFactory(name="Groep voor rouw en verlies")
    assert settings.ROOT_URLCONF == "zelfhulp.urls"
    for path in ("/bench/floor/?q=rouw", "/en/bench/floor/?q=rouw"):
        assert client.get(path).status_code == 404


def test_production_settings_name_neither_the_floor_nor_the_query_timer(monkeypatch):
    monkeypatch.setenv("DEBUG", "false")
    monkeypatch.setenv("SECRET_KEY", "production-like-" + "x" * 40)
    import zelfhulp.settings as production

    try:
        production = importlib.reload(production)
        assert production.ROOT_URLCONF == "zelfhulp.urls"
        assert not [m for m in production.MIDDLEWARE if m.startswith("bench.")]
        assert not [a for a in production.INSTALLED_APPS if a.startswith("bench")]
    finally:
        monkeypatch.undo()
        importlib.reload(production)


def test_the_floor_lists_up_to_20_matching_groups(client, settings):
    settings.ROOT_URLCONF = "bench.urls"
    for n in range(22):
        GroupFactory(name=f"Groep voor rouw en verlies {n}")
    GroupFactory(name="Groep over angst")
    GroupFactory(name="Groep voor rouw in concept", status="draft")

    response = client.get("/bench/floor/?q=rouw")

    assert response.status_code == 200
    page = response.content.decode()
    assert page.count("<li>") == 20
    assert "angst" not in page and "concept" not in page
    assert not response.cookies


def test_the_floor_takes_any_input_without_an_error(client, settings):
    settings.ROOT_URLCONF = "bench.urls"
    GroupFactory(name="Een groep voor iedereen")
    for query in ("q=" + "x" * 500, "q=%22%27%29(%26%7C!", "waar=Utrecht", "q=<script>"):
        response = client.get("/bench/floor/?" + query)
        assert response.status_code == 200
    # Without words (too long is no words) it searches the word every group has.
    assert "Een groep voor iedereen" in client.get("/bench/floor/?waar=Utrecht").content.decode()
