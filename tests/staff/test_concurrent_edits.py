"""Two staff editing the same group: the second save is refused with what changed, and the
first survives. Nothing is silently overwritten (quality.md R1)."""

import threading

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from groups.models import Group
from tests.staff.admin_forms import change_form_data


def change_url(group):
    return reverse("admin:groups_group_change", args=[group.pk])


@pytest.mark.django_db
def test_the_second_save_from_the_same_version_is_refused_with_what_changed(
    as_user, anja, carla, parkstad_group
):
    first, second = as_user(anja), as_user(carla)
    url = change_url(parkstad_group)
    opened_by_first, opened_by_second = first.get(url), second.get(url)

    saved = first.post(url, change_form_data(opened_by_first, name="Rouwgroep Parkstad"))
    refused = second.post(
        url, change_form_data(opened_by_second, summary="Een andere samenvatting.")
    )

    assert saved.status_code == 302
    assert refused.status_code == 200
    page = refused.content.decode()
    assert "Deze groep is gewijzigd door iemand anders sinds je hem opende" in page
    assert "Rouwgroep Heerlen” → „Rouwgroep Parkstad" in page
    assert "Gewijzigd door: anja" in page
    parkstad_group.refresh_from_db()
    assert parkstad_group.name == "Rouwgroep Parkstad"
    assert parkstad_group.summary != "Een andere samenvatting."


@pytest.mark.django_db
def test_the_refusal_names_changed_themes_too(as_user, anja, carla, parkstad_group):
    from groups.models import Theme

    first, second = as_user(anja), as_user(carla)
    url = change_url(parkstad_group)
    opened_by_first, opened_by_second = first.get(url), second.get(url)
    old = parkstad_group.themes.get()
    extra = Theme.objects.exclude(pk=old.pk).order_by("pk").first()
    data = change_form_data(opened_by_first)
    data["themes"] = [str(old.pk), str(extra.pk)]
    assert first.post(url, data).status_code == 302
    page = second.post(url, change_form_data(opened_by_second)).content.decode()
    both = ", ".join(sorted([str(old), str(extra)]))
    assert f"thema&#x27;s: „{old}” → „{both}”" in page


@pytest.mark.django_db
def test_a_save_after_reopening_the_group_goes_through(as_user, anja, carla, parkstad_group):
    first, second = as_user(anja), as_user(carla)
    url = change_url(parkstad_group)
    first.post(url, change_form_data(first.get(url), name="Rouwgroep Parkstad"))
    response = second.post(url, change_form_data(second.get(url), summary="Nieuw."))
    assert response.status_code == 302
    parkstad_group.refresh_from_db()
    assert (parkstad_group.name, parkstad_group.summary) == ("Rouwgroep Parkstad", "Nieuw.")


@pytest.mark.django_db
def test_a_confirmation_by_the_group_also_counts_as_a_change(as_user, anja, parkstad_group):
    from groups.verification import freshness

    client = as_user(anja)
    url = change_url(parkstad_group)
    opened = client.get(url)
    freshness.answer_confirmed(freshness.send_request(parkstad_group))
    response = client.post(url, change_form_data(opened, cost_note="Koffie 1 euro"))
    assert response.status_code == 200
    assert "gewijzigd door iemand anders" in response.content.decode()


def post_at_once(url, submissions):
    """POST each (client, data) in its own thread, released together; the statuses."""
    statuses = [None] * len(submissions)
    start = threading.Barrier(len(submissions))

    def post(i, client, data):
        start.wait()
        try:
            statuses[i] = client.post(url, data).status_code
        finally:
            connection.close()  # each thread has its own connection

    threads = [
        threading.Thread(target=post, args=(i, client, data))
        for i, (client, data) in enumerate(submissions)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return statuses


@pytest.mark.django_db(transaction=True)
def test_two_staff_saving_at_once_lose_no_update_in_ten_rounds(
    otp_client, anja, carla, parkstad_group
):
    first, second = otp_client(anja, Client()), otp_client(carla, Client())
    url = change_url(parkstad_group)
    for round_ in range(10):
        name_change = change_form_data(first.get(url), name=f"Naam {round_}")
        cost_change = change_form_data(second.get(url), cost_note=f"Kosten {round_}")

        statuses = post_at_once(url, [(first, name_change), (second, cost_change)])

        assert sorted(statuses) == [200, 302], statuses  # one saved, one refused
        parkstad_group.refresh_from_db()
        if statuses[0] == 302:
            assert parkstad_group.name == f"Naam {round_}"
        else:
            assert parkstad_group.cost_note == f"Kosten {round_}"
    assert Group.objects.get(pk=parkstad_group.pk).version == 11
