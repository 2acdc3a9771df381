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


# Restoring through the admin as staff use it. A transactional test: in production the admin
# request is not wrapped in a transaction, and the version check locks the row
# (select_for_update), which fails outside one; a test inside a transaction would not see it.


def versions_of(group):
    return list(Group.history.filter(id=group.pk).order_by("history_date", "history_id"))


@pytest.mark.django_db(transaction=True)
def test_staff_restore_a_version_with_its_meetings_and_venue(as_user, anja, parkstad_group):
    from groups.models import Schedule

    client = as_user(anja)
    venue = parkstad_group.schedules.get().venue
    before_edit = versions_of(parkstad_group)[-1]

    # The edit to undo: a new name, the meeting moved to 19:00, a second meeting added...
    url = reverse("admin:groups_group_change", args=[parkstad_group.pk])
    data = change_form_data(
        client.get(url), name="Verkeerde naam", **{"schedules-0-start_time": "19:00:00"}
    )
    data.update(
        {
            "schedules-TOTAL_FORMS": "2",
            "schedules-1-freq": "WEEKLY",
            "schedules-1-interval": "1",
            "schedules-1-weekday": "4",
            "schedules-1-start_time": "10:00",
            "schedules-1-end_time": "11:00",
            "schedules-1-first_date": "2026-02-06",
            "schedules-1-group": str(parkstad_group.pk),
        }
    )
    assert client.post(url, data).status_code == 302
    # ... and the venue's address changed.
    venue_url = reverse("admin:groups_venue_change", args=[venue.pk])
    response = client.post(
        venue_url, change_form_data(client.get(venue_url), street_address="Stationsstraat 99")
    )
    assert response.status_code == 302
    assert parkstad_group.schedules.count() == 2

    # The history lists the version; opening it offers "Terugzetten".
    history = client.get(reverse("admin:groups_group_history", args=[parkstad_group.pk]))
    version_url = reverse(
        "admin:groups_group_simple_history", args=[parkstad_group.pk, before_edit.history_id]
    )
    assert version_url in history.content.decode()
    form_page = client.get(version_url)
    assert "Terugzetten" in form_page.content.decode()
    assert "Rouwgroep Heerlen" in form_page.content.decode()
    assert "Bijeenkomsten in deze versie" in form_page.content.decode()
    assert "19.30" in form_page.content.decode()

    response = client.post(version_url, change_form_data(form_page))
    assert response.status_code == 302

    change_page = client.get(url).content.decode()
    assert 'value="Rouwgroep Heerlen"' in change_page
    assert 'value="19:30:00"' in change_page and "10:00" not in change_page
    meeting = Schedule.objects.get(group=parkstad_group)
    assert meeting.start_time.hour == 19 and meeting.start_time.minute == 30
    venue.refresh_from_db()
    assert venue.street_address == "Akerstraat 10"
    parkstad_group.refresh_from_db()
    assert parkstad_group.version == before_edit.group_version + 2  # the edit, the restore
    latest = versions_of(parkstad_group)[-1]
    assert latest.history_user == anja

    public = client.get(parkstad_group.get_absolute_url()).content.decode()
    assert "Rouwgroep Heerlen" in public and "Verkeerde naam" not in public
    assert "19.30" in public and "Akerstraat 10" in public and "Stationsstraat 99" not in public


@pytest.mark.django_db(transaction=True)
def test_a_restore_from_a_stale_page_is_refused(as_user, anja, carla, parkstad_group):
    first = versions_of(parkstad_group)[-1]
    client = as_user(anja)
    version_url = reverse(
        "admin:groups_group_simple_history", args=[parkstad_group.pk, first.history_id]
    )
    form_page = client.get(version_url)
    # Meanwhile a coordinator edits the group.
    edit(as_user(carla), parkstad_group, name="Rouwgroep Parkstad")

    response = client.post(version_url, change_form_data(form_page))
    assert response.status_code == 200
    assert "gewijzigd door iemand anders" in response.content.decode()
    parkstad_group.refresh_from_db()
    assert parkstad_group.name == "Rouwgroep Parkstad"


@pytest.mark.django_db(transaction=True)
def test_a_deleted_meeting_comes_back_and_a_shared_venue_is_left_alone(
    as_user, anja, parkstad, parkstad_group
):
    from groups.models import Schedule
    from tests.factories import GroupFactory

    venue = parkstad_group.schedules.get().venue
    GroupFactory(name="Mantelzorgcafe Heerlen", contact_point=parkstad, venue=venue)
    client = as_user(anja)
    before_edit = versions_of(parkstad_group)[-1]
    meeting_id = parkstad_group.schedules.get().pk

    edit(client, parkstad_group, **{"schedules-0-DELETE": "on"})
    venue_url = reverse("admin:groups_venue_change", args=[venue.pk])
    client.post(venue_url, change_form_data(client.get(venue_url), street_address="Markt 5"))
    assert not parkstad_group.schedules.exists()

    version_url = reverse(
        "admin:groups_group_simple_history", args=[parkstad_group.pk, before_edit.history_id]
    )
    response = client.post(version_url, change_form_data(client.get(version_url)), follow=True)
    assert response.status_code == 200
    assert "niet teruggezet, omdat ook andere groepen er bijeenkomen" in response.content.decode()

    assert Schedule.objects.get(group=parkstad_group).pk == meeting_id
    venue.refresh_from_db()
    assert venue.street_address == "Markt 5"  # the other group meets there too
