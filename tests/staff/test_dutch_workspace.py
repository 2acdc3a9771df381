"""No English in the Dutch workspace: every page of every registered admin (list, add,
change, history, a historical version), the staff home, import and export, the two-factor
pages and the login, crawled as a coordinator and as staff, fail on English text
(staff/english.py says what reads as English)."""

import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib import admin
from django.test import Client
from django.urls import NoReverseMatch, reverse
from django.utils import translation

from staff.english import english_on
from tests.staff.test_permission_matrix import (
    objects,  # noqa: F401 (fixture)
    url_for,
)

pytestmark = pytest.mark.django_db

NL_PO = Path(settings.BASE_DIR) / "locale" / "nl" / "LC_MESSAGES" / "django.po"

# Texts of ours that the detector would take for English: technical column keys of an
# import file, names of people and things in the test data.
ALLOWED = {"carla", "anja", "bert", "x"}


@pytest.fixture(scope="module", autouse=True)
def dutch_catalogue():
    """Compile the project's Dutch catalogue (third-party texts in Dutch) as `make` does,
    so a stale .mo cannot hide a missing entry."""
    if shutil.which("msgfmt"):
        subprocess.run(["msgfmt", "-o", str(NL_PO.with_suffix(".mo")), str(NL_PO)], check=True)
    from django.utils.translation import trans_real

    trans_real._translations = {}
    trans_real._default = None
    translation.activate("nl")
    yield


def urls_of_every_admin(objects):  # noqa: F811
    urls = [reverse("admin:index"), reverse("admin:password_change")]
    for model, model_admin in admin.site._registry.items():
        prefix = f"{model._meta.app_label}_{model._meta.model_name}_"
        for u in model_admin.get_urls():
            if not u.name or not u.name.startswith(prefix):
                continue
            kind = u.name.removeprefix(prefix)
            if kind in ("delete", "process_import", "autocomplete"):
                continue
            if model not in objects and kind not in ("changelist", "add", "import", "export"):
                continue
            try:
                urls.append(url_for(model, kind, objects))
            except (NoReverseMatch, KeyError, TypeError):
                continue
    return urls


def english_per_page(client, urls):
    found = {}
    for url in urls:
        response = client.get(url)
        if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
            continue
        english = english_on(response.content.decode(), ALLOWED)
        if english:
            found[url] = english
    return found


def test_a_coordinator_reads_no_english_on_any_admin_page(objects, carla, as_user):  # noqa: F811
    client = as_user(carla)
    assert english_per_page(client, urls_of_every_admin(objects)) == {}


def test_staff_read_no_english_on_their_pages(objects, anja, as_user):  # noqa: F811
    client = as_user(anja)
    extra = [reverse("two_factor:profile"), reverse("admin:groups_group_changelist") + "?q=x"]
    assert english_per_page(client, [*urls_of_every_admin(objects), *extra]) == {}


def test_the_login_and_a_wrong_code_are_in_dutch(anja, otp_client):
    client = Client()
    login = reverse("two_factor:login")
    page = client.get(login)
    assert english_on(page.content.decode(), ALLOWED) == []
    anja.set_password("een-lang-wachtwoord-123")
    anja.save()
    from django_otp.plugins.otp_totp.models import TOTPDevice

    TOTPDevice.objects.create(user=anja, name="default", confirmed=True)
    client.post(
        login,
        {
            "auth-username": "anja",
            "auth-password": "een-lang-wachtwoord-123",
            "login_view-current_step": "auth",
        },
    )
    wrong = client.post(login, {"token-otp_token": "000000", "login_view-current_step": "token"})
    html = wrong.content.decode()
    assert "Invalid token" not in html
    assert english_on(html, ALLOWED) == []
