import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from groups.models import Theme
from tests.factories import GroupFactory

BASE_DIR = Path(__file__).resolve().parent.parent
PRODUCTION_ENV = {
    "DATABASE_URL": "postgresql://x@127.0.0.1/x",
    "SECRET_KEY": "k" * 20 + "-a-long-random-production-secret-0123456789",
    "ALLOWED_HOSTS": "zelfhulpkaart.nl",
}


def run_python(code, **env):
    """Run code in a fresh interpreter with only the given environment (no settings module
    of the test run)."""
    return subprocess.run(
        [sys.executable, "-c", code],
        env={"PATH": os.environ["PATH"], **env},
        cwd=BASE_DIR,
        capture_output=True,
        text=True,
    )


def settings_error(**env):
    result = run_python(
        "import zelfhulp.settings", **{"DATABASE_URL": "postgresql://x@127.0.0.1/x", **env}
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


def test_pausing_before_asking_stops_start_up_and_names_both_settings():
    code, stderr = settings_error(DEBUG="1", VERIFY_AFTER_MONTHS="12", PAUSE_AFTER_MONTHS="12")
    assert code != 0
    last_line = stderr.splitlines()[-1]
    assert "ImproperlyConfigured" in last_line
    assert "PAUSE_AFTER_MONTHS" in last_line and "VERIFY_AFTER_MONTHS" in last_line
    assert settings_error(DEBUG="1", VERIFY_AFTER_MONTHS="12", PAUSE_AFTER_MONTHS="13")[0] == 0


def test_production_settings_do_not_change_when_pytest_is_importable():
    result = run_python(
        "import pytest, zelfhulp.settings as s; "
        "print(s.SECURE_SSL_REDIRECT, s.SESSION_COOKIE_SECURE, s.SECURE_HSTS_SECONDS, "
        "s.STORAGES['staticfiles']['BACKEND'], s.SEARCH_CACHE_SECONDS, "
        "hasattr(s, 'PASSWORD_HASHERS'), s.EMAIL_BACKEND)",
        **PRODUCTION_ENV,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "True",
        "True",
        "31536000",
        "whitenoise.storage.CompressedManifestStaticFilesStorage",
        "60",
        "False",
        "django.core.mail.backends.smtp.EmailBackend",
    ]


def test_the_test_run_uses_its_own_settings_module(settings):
    assert os.environ["DJANGO_SETTINGS_MODULE"] == "zelfhulp.settings_test"
    assert settings.PASSWORD_HASHERS == ["django.contrib.auth.hashers.MD5PasswordHasher"]


def test_the_embedded_database_is_a_development_dependency_only():
    project = tomllib.loads((BASE_DIR / "pyproject.toml").read_text())["project"]
    assert not any(dep.startswith("pgserver") for dep in project["dependencies"])
    assert any(dep.startswith("pgserver") for dep in project["optional-dependencies"]["dev"])


def test_without_database_url_or_pgserver_start_up_says_what_to_do(tmp_path):
    # As in the image: pgserver is not installed.
    result = run_python(
        "import sys; sys.modules['pgserver'] = None; import zelfhulp.settings",
        DEBUG="1",
        VAR_DIR=str(tmp_path),
    )
    assert result.returncode != 0
    last_line = result.stderr.splitlines()[-1]
    assert "ImproperlyConfigured" in last_line
    assert "DATABASE_URL" in last_line and "pip install -e '.[dev]'" in last_line


def test_liveness_needs_no_database(client):
    # No django_db mark: any database access in the view would raise here.
    response = client.get("/health/live")
    assert response.status_code == 200


@pytest.mark.django_db
def test_readiness_checks_database_and_cache(client):
    response = client.get("/health/ready")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok", "pages": "ok"}


@pytest.mark.django_db
def test_readiness_fails_when_pages_cannot_render_for_a_missing_manifest(
    client, settings, tmp_path
):
    # As the image was built: collectstatic without the manifest, served with DEBUG off.
    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    response = client.get("/health/ready")
    assert response.status_code == 503
    assert response.json()["pages"] == "unavailable"


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/health/live", "/health/ready"])
def test_the_containers_own_probe_passes_whatever_allowed_hosts_says(client, settings, path):
    settings.ALLOWED_HOSTS = ["zelfhulpkaart.nl"]
    settings.SECURE_SSL_REDIRECT = True
    response = client.get(path, HTTP_HOST="127.0.0.1:8000")
    assert response.status_code == 200
    assert response["Permissions-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    # Pages still refuse a host that is not allowed.
    assert client.get("/themas/", HTTP_HOST="127.0.0.1:8000").status_code == 400


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
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        env={"PATH": os.environ["PATH"], **PRODUCTION_ENV},
        cwd=BASE_DIR,
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
