"""Groups out and in as CSV/XLSX, keyed on external_id: a re-import updates instead of
duplicating, and staff only ever export or import their own contact point's groups."""

import hashlib

import pytest
import tablib
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from groups.models import Group
from groups.resources import GroupResource

pytestmark = pytest.mark.django_db


def export(user):
    return GroupResource(user=user).export()


def import_(user, dataset):
    return GroupResource(user=user).import_data(dataset, dry_run=False, user=user)


def changed(data, **values):
    """The dataset with these columns set to these values in every row."""
    result = tablib.Dataset(headers=data.headers)
    for row in data.dict:
        row.update(values)
        result.append([row[h] for h in data.headers])
    return result


def content_hash():
    rows = Group.objects.order_by("external_id").values_list(
        "external_id", "name", "summary", "status", "contact_point_id", "last_verified"
    )
    return hashlib.sha256(repr(list(rows)).encode()).hexdigest()


def test_the_export_holds_the_own_groups_only(anja, parkstad_group, maastricht_group):
    data = export(anja)
    assert data["name"] == [parkstad_group.name]
    assert data["external_id"] == [str(parkstad_group.external_id)]
    assert data["contact_point"] == [parkstad_group.contact_point.slug]


def test_importing_the_export_twice_changes_nothing(anja, parkstad_group, maastricht_group):
    data = export(anja)
    before = (Group.objects.count(), content_hash())
    for _ in range(2):
        result = import_(anja, data)
        assert not result.has_errors() and not result.has_validation_errors()
    assert (Group.objects.count(), content_hash()) == before


def test_a_re_import_updates_the_group_with_that_external_id(anja, parkstad_group):
    result = import_(anja, changed(export(anja), name="Rouwgroep Parkstad"))
    assert result.totals["update"] == 1
    assert Group.objects.count() == 1
    parkstad_group.refresh_from_db()
    assert parkstad_group.name == "Rouwgroep Parkstad"


def test_a_new_row_without_external_id_becomes_a_group_of_the_own_contact_point(
    anja, parkstad, parkstad_group
):
    new = changed(export(anja), external_id="", name="Nieuwe Groep", slug="")
    result = import_(anja, new)
    assert result.totals["new"] == 1
    group = Group.objects.get(name="Nieuwe Groep")
    assert group.contact_point == parkstad
    assert group.slug == "nieuwe-groep"


def test_staff_cannot_import_over_a_group_of_another_contact_point(anja, carla, maastricht_group):
    result = import_(anja, changed(export(carla), name="Overgenomen"))
    assert result.has_validation_errors()
    maastricht_group.refresh_from_db()
    assert maastricht_group.name == "Mantelzorgcafe Maastricht"


def test_staff_cannot_import_a_group_into_another_contact_point(
    anja, carla, parkstad_group, maastricht_cp
):
    result = import_(anja, changed(export(anja), contact_point=maastricht_cp.slug))
    assert result.has_validation_errors()
    parkstad_group.refresh_from_db()
    assert parkstad_group.contact_point != maastricht_cp


def test_an_import_through_the_admin_updates_after_confirmation(as_user, anja, parkstad_group):
    client = as_user(anja)
    data = changed(export(anja), summary="Nieuwe samenvatting uit een bestand.")
    upload = SimpleUploadedFile("groepen.csv", data.csv.encode(), content_type="text/csv")
    preview = client.post(
        reverse("admin:groups_group_import"),
        {"import_file": upload, "format": "0", "resource": "0"},
    )
    assert preview.status_code == 200
    confirm = preview.context["confirm_form"]
    done = client.post(
        reverse("admin:groups_group_process_import"),
        {name: confirm[name].value() for name in confirm.fields},
    )
    assert done.status_code == 302
    parkstad_group.refresh_from_db()
    assert parkstad_group.summary == "Nieuwe samenvatting uit een bestand."
    assert Group.history.filter(id=parkstad_group.pk).order_by(
        "history_id"
    ).last().history_change_reason == ("Ingelezen uit een bestand")


def test_xlsx_export_works(anja, parkstad_group):
    assert export(anja).export("xlsx")[:2] == b"PK"  # a zip, as every .xlsx is
