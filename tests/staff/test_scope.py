"""Staff see only their own contact point's groups and the venues of the places it covers:
in lists, autocomplete, exports and bulk actions. Coordinators see everything."""

import pytest
from django.urls import reverse

from groups.models import Group
from outbox.models import OutgoingEmail
from tests.staff.admin_forms import change_form_data

pytestmark = pytest.mark.django_db


def test_the_group_list_shows_only_groups_of_the_own_contact_point(
    as_user, anja, parkstad_group, maastricht_group
):
    page = as_user(anja).get(reverse("admin:groups_group_changelist")).content.decode()
    assert parkstad_group.name in page
    assert maastricht_group.name not in page


def test_a_coordinator_sees_the_groups_of_every_contact_point(
    as_user, carla, parkstad_group, maastricht_group
):
    page = as_user(carla).get(reverse("admin:groups_group_changelist")).content.decode()
    assert parkstad_group.name in page
    assert maastricht_group.name in page


def test_the_venue_list_shows_only_venues_in_covered_municipalities(
    as_user, anja, heerlen_venue, maastricht_venue
):
    page = as_user(anja).get(reverse("admin:groups_venue_changelist")).content.decode()
    assert heerlen_venue.name in page
    assert maastricht_venue.name not in page


def test_venue_autocomplete_offers_only_venues_in_scope(
    as_user, anja, heerlen_venue, maastricht_venue
):
    response = as_user(anja).get(
        reverse("admin:autocomplete"),
        {"app_label": "groups", "model_name": "schedule", "field_name": "venue", "term": ""},
    )
    ids = {int(r["id"]) for r in response.json()["results"]}
    assert heerlen_venue.pk in ids
    assert maastricht_venue.pk not in ids


def test_municipality_autocomplete_offers_staff_only_the_places_they_cover(as_user, anja):
    response = as_user(anja).get(
        reverse("admin:autocomplete"),
        {"app_label": "groups", "model_name": "venue", "field_name": "municipality", "term": "M"},
    )
    names = {r["text"] for r in response.json()["results"]}
    assert "Maastricht" not in names


def test_the_export_holds_only_the_own_groups(as_user, anja, parkstad_group, maastricht_group):
    client = as_user(anja)
    response = client.post(
        reverse("admin:groups_group_export"),
        {"format": "0", "resource": "0", **{f"groupresource_{f}": "on" for f in ["name"]}},
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert parkstad_group.name in body
    assert maastricht_group.name not in body


def test_a_bulk_action_ignores_groups_of_another_contact_point(
    as_user, anja, parkstad_group, maastricht_group
):
    as_user(anja).post(
        reverse("admin:groups_group_changelist"),
        {"action": "archive", "_selected_action": [parkstad_group.pk, maastricht_group.pk]},
    )
    parkstad_group.refresh_from_db()
    maastricht_group.refresh_from_db()
    assert parkstad_group.status == Group.Status.ARCHIVED
    assert maastricht_group.status == Group.Status.PUBLISHED


def test_staff_save_a_group_of_their_own(as_user, anja, parkstad_group):
    client = as_user(anja)
    url = reverse("admin:groups_group_change", args=[parkstad_group.pk])
    response = client.post(url, change_form_data(client.get(url), name="Rouwgroep Parkstad"))
    assert response.status_code == 302
    parkstad_group.refresh_from_db()
    assert parkstad_group.name == "Rouwgroep Parkstad"


def test_staff_cannot_move_a_group_to_another_contact_point(
    as_user, anja, parkstad_group, maastricht_cp
):
    client = as_user(anja)
    url = reverse("admin:groups_group_change", args=[parkstad_group.pk])
    response = client.post(url, change_form_data(client.get(url), contact_point=maastricht_cp.pk))
    assert response.status_code == 200  # the form again, with an error
    assert "contact_point" in response.context["adminform"].form.errors
    parkstad_group.refresh_from_db()
    assert parkstad_group.contact_point_id != maastricht_cp.pk


def test_staff_see_only_mail_to_their_own_groups(as_user, anja, parkstad_group, maastricht_group):
    from outbox.mail import queue

    queue(
        parkstad_group.contact_email,
        "Voor Heerlen",
        "tekst",
        contact_point=parkstad_group.contact_point,
    )
    queue(
        maastricht_group.contact_email,
        "Voor Maastricht",
        "tekst",
        contact_point=maastricht_group.contact_point,
    )
    page = as_user(anja).get(reverse("admin:outbox_outgoingemail_changelist")).content.decode()
    assert "Voor Heerlen" in page
    assert "Voor Maastricht" not in page
    assert OutgoingEmail.objects.count() == 2


def test_view_on_site_only_works_for_groups_in_scope(as_user, anja, bert, parkstad_group):
    from django.contrib.contenttypes.models import ContentType

    ct = ContentType.objects.get_for_model(Group)
    url = reverse("admin:view_on_site", args=[ct.pk, parkstad_group.pk])
    assert as_user(anja).get(url).status_code == 302
    assert as_user(bert).get(url).status_code == 404
