"""The floor view exists only for the benchmark: production never routes to it."""

import json
import os
import subprocess
import sys

import pytest
from django.conf import settings

from tests.factories import GroupFactory

pytestmark = pytest.mark.django_db


def test_the_floor_is_not_reachable_with_the_site_settings(client):
    GroupFactory(name="Groep voor rouw en verlies")
    assert settings.ROOT_URLCONF == "zelfhulp.urls"
    for path in ("/bench/floor/?q=rouw", "/en/bench/floor/?q=rouw"):
        assert client.get(path).status_code == 404


def test_production_settings_route_no_bench_url_and_time_no_query():
    """Django set up as the image runs it (zelfhulp.settings, DEBUG off), in a process of
    its own: /bench/floor/ resolves to nothing and no bench middleware is installed."""
    check = """
import json, django
django.setup()
from django.conf import settings
from django.urls import Resolver404, resolve

def resolves(path):
    try:
        resolve(path)
        return True
    except Resolver404:
        return False

print(json.dumps({
    "urlconf": settings.ROOT_URLCONF,
    "bench": [m for m in settings.MIDDLEWARE + settings.INSTALLED_APPS if "bench" in m],
    "floor": resolves("/bench/floor/") or resolves("/en/bench/floor/"),
    "search": resolves("/zoeken/"),
}))
"""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "zelfhulp.settings",
        "DEBUG": "false",
        "DEMO_MODE": "false",
        "SECRET_KEY": "production-like-" + "x" * 40,
        "DATABASE_URL": "postgresql://nobody@127.0.0.1:5432/never_opened",
        "ALLOWED_HOSTS": "zelfhulpkaart.example",
    }
    env.pop("BENCH_STATS_DIR", None)
    out = subprocess.run(
        [sys.executable, "-c", check],
        env=env,
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    production = json.loads(out.strip().splitlines()[-1])
    assert production == {"urlconf": "zelfhulp.urls", "bench": [], "floor": False, "search": True}


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
