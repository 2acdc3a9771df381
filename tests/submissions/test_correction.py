"""Anyone reports a correction on a published group."""

import pytest

from groups.models import Group
from submissions.models import Submission
from submissions.protection import new_token
from submissions.services import listing_initial

pytestmark = pytest.mark.django_db


def correction_data(group, **overrides):
    """The correction form as it arrives when the reporter changes only what is given."""
    initial = listing_initial(group)
    data = {"started": new_token(), "homepage": "", "message": ""}
    for key, value in initial.items():
        if key == "themes":
            continue
        if value is None:
            value = ""
        elif isinstance(value, bool):
            if not value:
                continue
            value = "on"
        elif hasattr(value, "strftime"):
            value = value.strftime("%H:%M") if hasattr(value, "hour") else value.isoformat()
        data[key] = value
    data.update(overrides)
    return data


def test_the_correction_form_shows_the_public_listing_but_never_the_private_address(client, group):
    response = client.get(f"/groepen/{group.slug}/wijziging/")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'value="Rouwgroep Heerlen"' in html
    assert "geheim-rouwgroep@prive.example" not in html
    assert "Klopt er iets niet?" in html


def test_a_new_meeting_day_becomes_a_correction_for_the_contact_point(client, group):
    data = correction_data(group, weekday="2", first_date="2026-01-14")
    response = client.post(f"/groepen/{group.slug}/wijziging/", data)
    assert response.status_code == 302
    assert response["Location"] == f"/groepen/{group.slug}/wijziging/verstuurd/"
    submission = Submission.objects.get()
    assert submission.kind == "correction"
    assert submission.group == group
    assert submission.contact_point == group.contact_point
    assert submission.original["weekday"] == 1
    assert submission.weekday == 2


def test_a_report_that_changes_nothing_asks_what_is_wrong(client, group):
    response = client.post(f"/groepen/{group.slug}/wijziging/", correction_data(group))
    assert response.status_code == 200
    assert "Je hebt nog niets veranderd" in response.context["form"].errors["message"][0]


def test_saying_the_group_stopped_is_enough(client, group):
    data = correction_data(group, stops_meeting="on")
    assert client.post(f"/groepen/{group.slug}/wijziging/", data).status_code == 302
    assert Submission.objects.get().stops_meeting


def test_the_reporter_may_stay_anonymous(client, group):
    data = correction_data(group, message="De groep begint nu om 20.00 uur.")
    data.pop("submitter_name", None)
    assert client.post(f"/groepen/{group.slug}/wijziging/", data).status_code == 302


def test_a_group_that_is_not_public_has_no_correction_page(client, group):
    group.status = Group.Status.DRAFT
    group.save()
    assert client.get(f"/groepen/{group.slug}/wijziging/").status_code == 404
