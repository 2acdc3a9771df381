"""Every listing change is in the group's history: who, when, which fields, old and new;
a previous version can be restored."""

import pytest
from django.urls import reverse

from groups.models import Group
from tests.staff.admin_forms import change_form_data

pytestmark = pytest.mark.django_db


def edit(client, group, **changes):
    url = reverse("admin:groups_group_change", args=[group.pk])
    response = client.post(url, change_form_data(client.get(url), **changes))
    assert response.status_code == 302, response.context["adminform"].form.errors
    return response


def history_page(client, group):
    return client.get(reverse("admin:groups_group_history", args=[group.pk])).content.decode()


def test_the_history_shows_who_changed_which_field_from_what_to_what(as_user, anja, parkstad_group):
    client = as_user(anja)
    edit(client, parkstad_group, name="Rouwgroep Parkstad", cost_note="Koffie 1 euro")
    page = history_page(client, parkstad_group)
    assert "anja" in page
    assert "Rouwgroep Heerlen" in page and "Rouwgroep Parkstad" in page
    assert "Toelichting kosten" in page and "Koffie 1 euro" in page
    record = Group.history.filter(id=parkstad_group.pk).order_by("history_id").last()
    assert record.history_user == anja
    assert record.group_version == 2


def test_changes_to_the_meetings_are_in_the_group_history_too(as_user, anja, parkstad_group):
    client = as_user(anja)
    edit(client, parkstad_group, **{"schedules-0-start_time": "19:00:00"})
    page = history_page(client, parkstad_group)
    assert "Wijzigingen in de bijeenkomsten" in page
    assert "19:30" in page and "19:00" in page


def test_a_previous_version_can_be_restored(as_user, anja, parkstad_group):
    client = as_user(anja)
    first = Group.history.filter(id=parkstad_group.pk).order_by("history_id").first()
    edit(client, parkstad_group, name="Verkeerde naam")

    url = reverse("admin:groups_group_simple_history", args=[parkstad_group.pk, first.history_id])
    versions = Group.history.filter(id=parkstad_group.pk).count()
    form_page = client.get(url)
    assert form_page.status_code == 200
    assert "Terugzetten" in form_page.content.decode()
    response = client.post(url, change_form_data(form_page))
    assert response.status_code == 302

    parkstad_group.refresh_from_db()
    assert parkstad_group.name == "Rouwgroep Heerlen"
    assert parkstad_group.version == 3  # restoring is a new version, never an old number
    assert Group.history.filter(id=parkstad_group.pk).count() == versions + 1


def test_venue_changes_have_a_history(as_user, anja, heerlen_venue):
    client = as_user(anja)
    url = reverse("admin:groups_venue_change", args=[heerlen_venue.pk])
    client.post(url, change_form_data(client.get(url), transport_note="Bus 21, halte Markt"))
    page = client.get(reverse("admin:groups_venue_history", args=[heerlen_venue.pk]))
    assert "Bus 21, halte Markt" in page.content.decode()
