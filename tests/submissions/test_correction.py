"""Anyone reports a correction on a published group: "Wat klopt er niet?" in their own words,
plus only the fields they change. A pre-filled value is never refused and never proposed."""

from datetime import date, time, timedelta

import pytest
import time_machine

from groups.models import Group, Schedule
from submissions import services
from submissions.models import Submission
from submissions.protection import new_token
from submissions.services import listing_initial
from tests.factories import GroupFactory, ScheduleFactory, VenueFactory

pytestmark = pytest.mark.django_db


def correction_data(group, **overrides):
    """The correction form as the browser sends it: every pre-filled value as it was."""
    initial = listing_initial(group)
    data = {"started": new_token(), "homepage": "", "message": ""}
    for key, value in initial.items():
        if key in ("themes", "theme", "theme_2", "languages", "first_date"):
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


@pytest.fixture
def old_group(parkstad):
    """A group as real data has it: meeting since 2017, an old-style phone number, a waiting
    list, and a private address."""
    group = GroupFactory(
        name="Lotgenotengroep Parkinson Heerlen",
        slug="parkinson-heerlen",
        contact_point=parkstad,
        contact_email="parkinson-geheim@prive.example",
        public_phone="045-5712345 (na 18u)",
        newcomers=Group.Newcomers.WAITING_LIST,
        cost=Group.Cost.CONTRIBUTION,
        cost_note="2 euro voor koffie",
    )
    ScheduleFactory(
        group=group,
        venue=VenueFactory(name="Wijkcentrum De Nobel"),
        weekday=Schedule.Weekday.TUESDAY,
        ordinal=2,
        first_date=date(2017, 3, 14),  # the second Tuesday of March 2017
        note="niet in juli en augustus",
    )
    return group


def test_the_correction_form_shows_the_public_listing_but_never_the_private_address(client, group):
    response = client.get(f"/groepen/{group.slug}/wijziging/")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'value="Rouwgroep Heerlen"' in html
    assert "geheim-rouwgroep@prive.example" not in html
    assert "Klopt er iets niet?" in html
    assert "Wat klopt er niet?" in html


def test_a_group_that_met_first_in_2017_can_be_corrected_in_a_sentence(client, old_group):
    data = correction_data(old_group, message="De groep begint nu om 20.00 uur.")
    response = client.post(f"/groepen/{old_group.slug}/wijziging/", data)
    assert response.status_code == 302
    submission = Submission.objects.get()
    assert submission.message == "De groep begint nu om 20.00 uur."
    # Nothing was changed in the fields, so staff see no proposed change: only the words.
    assert services.changed_keys(submission) == []
    assert services.differences(submission) == []
    assert submission.first_date == date(2017, 3, 14)


def test_a_prefilled_value_that_would_not_pass_today_is_never_refused(client, old_group):
    data = correction_data(old_group, message="Er is een nieuwe website.", website="groep.nl")
    assert client.post(f"/groepen/{old_group.slug}/wijziging/", data).status_code == 302
    submission = Submission.objects.get()
    assert services.changed_keys(submission) == ["website"]
    assert submission.public_phone == "045-5712345 (na 18u)"


def test_a_new_meeting_day_is_proposed_from_its_next_date(client, old_group):
    with time_machine.travel("2026-12-02 10:00 +0100", tick=False):
        data = correction_data(old_group, message="We komen nu op woensdag.", weekday="2")
        assert client.post(f"/groepen/{old_group.slug}/wijziging/", data).status_code == 302
    submission = Submission.objects.get()
    assert submission.kind == "correction"
    assert submission.group == old_group
    assert submission.original["weekday"] == 1
    assert submission.weekday == 2
    # The second Wednesday from today on: 9 December 2026.
    assert submission.first_date == date(2026, 12, 9)
    assert set(services.changed_keys(submission)) == {"weekday", "first_date"}


def test_what_is_wrong_must_be_said(client, old_group):
    response = client.post(f"/groepen/{old_group.slug}/wijziging/", correction_data(old_group))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Schrijf in een paar woorden wat er niet klopt." in html
    # The error summary is at the top and links to the field.
    assert html.index("error-summary") < html.index('name="message"')
    assert 'href="#id_message"' in html
    assert Submission.objects.count() == 0


def test_a_changed_field_that_is_wrong_is_shown_at_the_top_with_a_link(client, old_group):
    data = correction_data(old_group, message="Nieuwe tijden", start_time="21:00", end_time="20:00")
    response = client.post(f"/groepen/{old_group.slug}/wijziging/", data)
    html = response.content.decode()
    assert response.status_code == 200
    assert "De eindtijd moet later zijn dan de begintijd." in html
    assert 'href="#id_end_time"' in html
    assert "<details" in html and " open" in html


def test_a_changed_venue_must_be_a_real_address(client, old_group):
    data = correction_data(old_group, message="Nieuwe plek", venue_postcode="1234 ZZ")
    response = client.post(f"/groepen/{old_group.slug}/wijziging/", data)
    assert response.status_code == 200
    assert response.context["form"].has_error("venue_postcode")


def test_saying_the_group_stopped_is_enough(client, group):
    data = correction_data(group, stops_meeting="on", message="Gestopt")
    assert client.post(f"/groepen/{group.slug}/wijziging/", data).status_code == 302
    assert Submission.objects.get().stops_meeting


def test_the_reporter_may_stay_anonymous(client, group):
    data = correction_data(group, message="De groep begint nu om 20.00 uur.")
    data.pop("submitter_name", None)
    assert client.post(f"/groepen/{group.slug}/wijziging/", data).status_code == 302


def test_a_new_contact_address_is_proposed_without_showing_the_old_one(client, group):
    data = correction_data(
        group, message="Nieuw adres", contact_email="nieuw@prive.example", contact_name="Mieke"
    )
    assert client.post(f"/groepen/{group.slug}/wijziging/", data).status_code == 302
    submission = Submission.objects.get()
    assert submission.contact_email == "nieuw@prive.example"
    assert services.changed_keys(submission) == []


def test_a_group_that_meets_in_two_ways_says_so_in_words(client, old_group):
    ScheduleFactory(group=old_group, weekday=Schedule.Weekday.THURSDAY, ordinal=4)
    response = client.get(f"/groepen/{old_group.slug}/wijziging/")
    html = response.content.decode()
    assert 'name="weekday"' not in html
    assert "niet op één vaste manier samen" in html
    data = correction_data(old_group, message="Donderdag is nu om 14 uur.")
    assert client.post(f"/groepen/{old_group.slug}/wijziging/", data).status_code == 302


def test_approving_a_short_correction_changes_only_what_it_changes(client, anja, old_group):
    data = correction_data(old_group, message="Cursus is vol", newcomers="closed")
    client.post(f"/groepen/{old_group.slug}/wijziging/", data)
    submission = Submission.objects.get()
    services.approve(submission.pk, anja)
    old_group.refresh_from_db()
    schedule = old_group.schedules.get()
    assert old_group.newcomers == Group.Newcomers.CLOSED
    assert old_group.public_phone == "045-5712345 (na 18u)"
    assert schedule.first_date == date(2017, 3, 14)
    assert schedule.start_time == time(19, 30)


def test_a_group_that_is_not_public_has_no_correction_page(client, group):
    group.status = Group.Status.DRAFT
    group.save()
    assert client.get(f"/groepen/{group.slug}/wijziging/").status_code == 404


def test_registration_still_refuses_a_date_more_than_five_years_ago(client, parkstad):
    from tests.submissions.conftest import listing_data

    old = (date.today() - timedelta(days=6 * 366)).isoformat()
    response = client.post("/groep-aanmelden/", listing_data(first_date=old))
    assert "van de afgelopen vijf jaar" in str(response.context["form"].errors["first_date"])
