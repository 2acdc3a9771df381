"""Every admin URL of the workspace's ModelAdmins x {staff of this contact point, staff of
another, coordinator, anonymous} x the status each should get (after pretix's
test_permissions). Outside your contact point is a 404, never a 403, so nothing leaks."""

import pytest
from django.contrib import admin
from django.test import Client
from django.urls import reverse

from contactpoints.models import (
    ContactPoint,
    Municipality,
    PlaceAlias,
    PostcodeArea,
    Region,
    StaffMembership,
)
from groups import freshness
from groups.models import Group, Theme, Venue, VerificationRequest
from outbox.models import OutgoingEmail

pytestmark = pytest.mark.django_db

SCOPED = [Group, Venue, VerificationRequest, OutgoingEmail]
REFERENCE = [Theme, ContactPoint, Region, Municipality, PostcodeArea, PlaceAlias]
COORDINATOR_ONLY = [StaffMembership]
PERSONAS = ["own", "other", "coordinator", "anonymous"]


def url_kinds(model):
    """The named URLs of this model's admin, by what follows '<app>_<model>_'."""
    prefix = f"{model._meta.app_label}_{model._meta.model_name}_"
    return sorted(
        u.name.removeprefix(prefix) for u in admin.site._registry[model].get_urls() if u.name
    )


def expected(model, kind, persona):
    if persona == "anonymous":
        return 302  # to the login
    if model in COORDINATOR_ONLY:
        return 200 if persona == "coordinator" else 403
    if model in REFERENCE:
        if kind in ("add", "delete"):
            return 200 if persona == "coordinator" else 403
        return 200
    # Scoped rows: the object belongs to "own"'s contact point.
    object_kinds = {"change", "delete", "history", "simple_history", "review"}
    if persona == "other" and kind in object_kinds:
        return 404
    if kind == "process_import":
        return 405  # POST only
    if kind == "add" and model in (VerificationRequest, OutgoingEmail):
        return 403  # made by the system, never by hand
    if kind == "delete":
        if model is VerificationRequest:
            return 403
        return 200 if persona == "coordinator" else 403
    return 200


CASES = [
    pytest.param(model, kind, persona, id=f"{model._meta.model_name}-{kind}-{persona}")
    for model in SCOPED + REFERENCE + COORDINATOR_ONLY
    for kind in url_kinds(model)
    for persona in PERSONAS
]


@pytest.fixture
def objects(parkstad_group, heerlen_venue, anja):
    with_history = Group.history.filter(id=parkstad_group.pk).first()
    vr = freshness.send_request(parkstad_group)
    freshness.answer_changed(vr, {"summary": "Nieuw"}, "")
    mail = OutgoingEmail.objects.filter(to=parkstad_group.contact_email).first()
    return {
        Group: (parkstad_group, with_history.history_id),
        Venue: (heerlen_venue, Venue.history.filter(id=heerlen_venue.pk).first().history_id),
        VerificationRequest: (vr, None),
        OutgoingEmail: (mail, None),
        Theme: (Theme.objects.first(), None),
        ContactPoint: (parkstad_group.contact_point, None),
        Region: (Region.objects.first(), None),
        Municipality: (Municipality.objects.get(code="GM0917"), None),
        PostcodeArea: (PostcodeArea.objects.first(), None),
        PlaceAlias: (PlaceAlias.objects.first(), None),
        StaffMembership: (anja.membership, None),
    }


def url_for(model, kind, objects):
    obj, version = objects[model]
    name = f"admin:{model._meta.app_label}_{model._meta.model_name}_{kind}"
    if kind in ("changelist", "add", "import", "export", "process_import"):
        return reverse(name)
    if kind == "simple_history":
        return reverse(name, args=[obj.pk, version])
    return reverse(name, args=[obj.pk])


@pytest.mark.parametrize(("model", "kind", "persona"), CASES)
def test_admin_url_answers_each_persona_as_expected(
    model, kind, persona, objects, anja, bert, carla, as_user
):
    client = {"own": anja, "other": bert, "coordinator": carla}.get(persona)
    client = as_user(client) if client else Client()
    response = client.get(url_for(model, kind, objects))
    assert response.status_code == expected(model, kind, persona)


def test_the_matrix_covers_every_url_of_the_workspace_admins():
    kinds = {kind for model in SCOPED for kind in url_kinds(model)}
    assert {
        "changelist",
        "add",
        "change",
        "delete",
        "history",
        "simple_history",
        "export",
        "import",
        "process_import",
        "review",
    } <= kinds
    assert len(CASES) >= 150
