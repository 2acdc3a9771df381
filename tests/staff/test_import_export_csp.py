"""django-import-export's pages under the strict CSP: no inline event handlers, no style
attributes, no inline <script> or <style>; their behaviour comes from a static file."""

import re

import pytest
import tablib
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from groups.resources import GroupResource

pytestmark = pytest.mark.django_db

INLINE = [
    re.compile(r"<[^>]*\son[a-z]+\s*=", re.I),  # onchange="...", onclick=...
    re.compile(r"<[^>]*\sstyle\s*=", re.I),
    re.compile(r"<style\b", re.I),
    re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.I),  # a script without src
]


def inline_code(html):
    return [m.group(0) for pattern in INLINE for m in pattern.finditer(html)]


def test_the_export_page_has_no_inline_code_and_still_offers_every_field(
    as_user, anja, parkstad_group
):
    response = as_user(anja).get(reverse("admin:groups_group_export"))
    assert response.status_code == 200
    html = response.content.decode()
    assert inline_code(html) == []
    assert 'id="select-all-toggle"' in html and 'for="select-all-toggle"' in html
    assert "js/import_export.js" in html
    assert 'name="groupresource_name"' in html


def test_the_export_still_downloads_the_own_groups(as_user, anja, parkstad_group):
    client = as_user(anja)
    page = client.get(reverse("admin:groups_group_export"))
    form = page.context["form"]
    data = {"format": "0", "resource": "0"}
    data.update({name: "on" for name in form.fields if name.startswith("groupresource_")})
    response = client.post(reverse("admin:groups_group_export"), data)
    assert response.status_code == 200
    assert "Rouwgroep Heerlen" in response.content.decode()


def test_the_import_page_and_its_preview_have_no_inline_code(as_user, anja, parkstad_group):
    client = as_user(anja)
    page = client.get(reverse("admin:groups_group_import"))
    assert inline_code(page.content.decode()) == []

    data = GroupResource(user=anja).export()
    rows = tablib.Dataset(headers=data.headers)
    for row in data.dict:
        row["name"] = "Rouwgroep Parkstad"
        rows.append([row[h] for h in data.headers])
    upload = SimpleUploadedFile("groepen.csv", rows.export("csv").encode(), "text/csv")
    preview = client.post(
        reverse("admin:groups_group_import"),
        {"resource": "0", "format": "0", "import_file": upload},
    )
    html = preview.content.decode()
    assert "<ins>" in html and "Parkstad" in html  # the change is still marked
    assert inline_code(html) == []
