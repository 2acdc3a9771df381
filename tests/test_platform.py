import os
import subprocess
import sys

import pytest

from groups.models import Theme
from tests.factories import GroupFactory


def settings_error(**env):
    result = subprocess.run(
        [sys.executable, "-c", "import zelfhulp.settings"],
        env={"PATH": os.environ["PATH"], "DATABASE_URL": "postgresql://x@127.0.0.1/x", **env},
        capture_output=True,
        text=True,
    )
    return result.returncode, result.stderr


@pytest.mark.parametrize(
    "env, name",
    [
        ({"DEBUG": "maybe"}, "DEBUG"),
        ({"DEBUG": "1", "EMAIL_PORT": "twenty-five"}, "EMAIL_PORT"),
        ({"DEBUG": "1", "REDIS_URL": "localhost:6379"}, "REDIS_URL"),
        ({"DEBUG": "1", "DATABASE_URL": "mysql://x@y/z"}, "DATABASE_URL"),
        ({"DEBUG": "0"}, "SECRET_KEY"),
    ],
)
def test_a_malformed_setting_stops_start_up_and_names_itself(env, name):
    code, stderr = settings_error(**env)
    assert code != 0
    assert name in stderr.splitlines()[-1]


def test_liveness_needs_no_database(client):
    # No django_db mark: any database access in the view would raise here.
    response = client.get("/health/live")
    assert response.status_code == 200


@pytest.mark.django_db
def test_readiness_checks_database_and_cache(client):
    response = client.get("/health/ready")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}


@pytest.mark.django_db
def test_home_leads_to_published_groups_only(client):
    alcohol = Theme.objects.get(slug="alcohol")
    GroupFactory(name="Rouwgroep Heerlen", themes=[alcohol])
    GroupFactory(name="Geheime conceptgroep", status="draft", themes=[alcohol])
    home = client.get("/")
    assert home.status_code == 200
    assert "/themas/verslaving/" in home.text
    theme_page = client.get("/themas/alcohol/")
    assert "Rouwgroep Heerlen" in theme_page.text
    assert "Geheime conceptgroep" not in theme_page.text


@pytest.mark.django_db
def test_a_group_has_its_own_page(client):
    GroupFactory(name="Rouwgroep Heerlen", slug="rouwgroep-heerlen", venue=True)
    response = client.get("/groepen/rouwgroep-heerlen/")
    assert response.status_code == 200
    assert "Rouwgroep Heerlen" in response.text
    assert "tweede dinsdag" in response.text


@pytest.mark.django_db
def test_drafts_are_not_public(client):
    GroupFactory(slug="concept", status="draft")
    assert client.get("/groepen/concept/").status_code == 404


def test_production_settings_pass_the_deploy_checks():
    env = {
        "PATH": os.environ["PATH"],
        "DATABASE_URL": "postgresql://x@127.0.0.1/x",
        "SECRET_KEY": "k" * 20 + "-a-long-random-production-secret-0123456789",
        "ALLOWED_HOSTS": "zelfhulpkaart.nl",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr + result.stdout


@pytest.mark.django_db
def test_a_database_outage_is_a_503_with_retry_after(client):
    from unittest import mock

    from django.db import OperationalError

    with mock.patch(
        "django.db.backends.utils.CursorWrapper.execute", side_effect=OperationalError("down")
    ):
        response = client.get("/themas/")
    assert response.status_code == 503
    assert response["Retry-After"] == "60"
    assert "Even niet beschikbaar" in response.text
    assert "113" in response.text
