"""Without DEMO_MODE the demo does not exist: no app, no commands, no importable code."""

import os
import subprocess
import sys

from django.conf import settings

SCRIPT = """
import django
django.setup()
from django.conf import settings
from django.core.management import get_commands
print("installed" if "demo" in settings.INSTALLED_APPS else "not installed")
print(sorted(c for c in get_commands() if "demo" in c))
try:
    import demo.staff
except Exception as error:
    print(type(error).__name__, error)
else:
    print("imported")
"""


def production(**env):
    environment = {
        key: value for key, value in os.environ.items() if key not in ("DEMO_MODE", "DEBUG")
    }
    environment.update(
        DJANGO_SETTINGS_MODULE="zelfhulp.settings",
        SECRET_KEY="a-production-secret-key-for-this-test-only-0123456789",
        ALLOWED_HOSTS="zelfhulpkaart.nl",
        # Only parsed: django.setup() does not connect.
        DATABASE_URL="postgresql://nobody@127.0.0.1:1/none",
        **env,
    )
    return subprocess.run(
        [sys.executable, "-c", SCRIPT],
        env=environment,
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout.splitlines()


def test_production_settings_neither_install_nor_import_the_demo():
    installed, commands, imported = production()
    assert installed == "not installed"
    assert commands == "[]"
    assert imported == "ImproperlyConfigured The demo app loads only with DEMO_MODE=true."


def test_demo_mode_installs_the_demo_and_its_commands():
    installed, commands, imported = production(DEMO_MODE="true")
    assert installed == "installed"
    assert (
        commands
        == "['demo_totp', 'load_demo_activities', 'load_demo_data', 'load_demo_peers', 'load_demo_staff']"
    )
    assert imported == "imported"
