"""Registering a group as it really meets: two places, a summer break, or no fixed days."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine

from groups.models import Group
from submissions import services
from submissions.models import Submission
from tests.submissions.conftest import listing_data

URL = "/groep-aanmelden/"
pytestmark = pytest.mark.django_db
TZ = ZoneInfo("Europe/Amsterdam")


@pytest.fixture(autouse=True)
def _travel():
    with time_machine.travel(datetime(2026, 3, 1, 12, tzinfo=TZ), tick=False):
        yield


def management(total=2):
    return {
        "meer-TOTAL_FORMS": str(total),
        "meer-INITIAL_FORMS": "0",
        "meer-MIN_NUM_FORMS": "0",
        "meer-MAX_NUM_FORMS": "2",
    }


SITTARD = {
    "meer-0-pattern": "monthly",
    "meer-0-ordinal": "4",
    "meer-0-weekday": "1",
    "meer-0-start_time": "19:30",
    "meer-0-end_time": "21:30",
    "meer-0-first_date": "24-03-2026",
    "meer-0-skip_months": ["7", "8"],
    "meer-0-venue_name": "Buurtcentrum Ophoven",
    "meer-0-venue_street": "Kapittelstraat 1",
    "meer-0-venue_postcode": "6135 AB",
    "meer-0-venue_city": "Sittard",
}


def test_the_form_offers_more_meetings_a_yearly_break_and_no_fixed_days(client, parkstad):
    html = client.get(URL).text
    assert "Komt de groep ook op een andere dag of op een andere plek samen?" in html
    assert "<details" in html and 'name="meer-TOTAL_FORMS"' in html
    assert 'name="meer-2-pattern"' not in html  # bounded: two more at most
    assert "Elk jaar een pauze?" in html and 'name="skip_months"' in html
    assert "Wisselend of in overleg" in html


def test_two_places_and_a_summer_break_become_two_patterns(client, parkstad, anja):
    data = listing_data(skip_months=["7", "8"], **management(), **SITTARD)
    response = client.post(URL, data)
    assert response.status_code == 302, response.context["form"].errors
    submission = Submission.objects.get()
    assert submission.skip_months == [7, 8]
    assert submission.more_meetings == [
        {
            "pattern": "monthly",
            "ordinal": 4,
            "weekday": 1,
            "start_time": "19:30",
            "end_time": "21:30",
            "first_date": "2026-03-24",
            "skip_months": [7, 8],
            "venue_name": "Buurtcentrum Ophoven",
            "venue_street": "Kapittelstraat 1",
            "venue_postcode": "6135 AB",
            "venue_city": "Sittard",
        }
    ]
    group = services.approve(submission.pk, anja)
    schedules = list(group.schedules.select_related("venue").order_by("ordinal"))
    assert [(s.ordinal, s.venue.city, s.skip_months) for s in schedules] == [
        (2, "Heerlen", [7, 8]),
        (4, "Sittard", [7, 8]),
    ]
    html = client.get(group.get_absolute_url()).text
    assert "Niet in juli en augustus" in html
    assert "Buurtcentrum Ophoven, Sittard" in html


def test_a_second_meeting_at_the_same_place(client, parkstad, anja):
    same_place = {k: v for k, v in SITTARD.items() if "venue" not in k}
    same_place["meer-0-pattern"] = "weekly"
    same_place["meer-0-weekday"] = "3"
    same_place["meer-0-ordinal"] = ""
    same_place["meer-0-first_date"] = "05-03-2026"
    assert client.post(URL, listing_data(**management(), **same_place)).status_code == 302
    group = services.approve(Submission.objects.get().pk, anja)
    assert {s.venue.city for s in group.schedules.all()} == {"Heerlen"}
    assert group.schedules.count() == 2


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"meer-0-first_date": "25-03-2026"}, "25-03-2026 is geen dinsdag."),
        ({"meer-0-end_time": "18:00"}, "De eindtijd moet later zijn dan de begintijd."),
        ({"meer-0-venue_street": ""}, "Vul de straat en het huisnummer in."),
        ({"meer-0-ordinal": ""}, "Kies welke week van de maand de groep samenkomt."),
        ({"meer-0-skip_months": [str(m) for m in range(1, 13)]}, "hele jaar pauzeert"),
    ],
)
def test_a_wrong_extra_meeting_gets_a_clear_message(client, parkstad, changes, message):
    response = client.post(URL, listing_data(**management(), **{**SITTARD, **changes}))
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert "Kijk dit nog even na" in html  # the error summary at the top names it
    assert '<details class="more-meetings" open>' in html
    assert not Submission.objects.exists()


def test_more_forms_than_offered_are_refused(client, parkstad):
    response = client.post(URL, listing_data(**management(total=50), **SITTARD))
    assert response.status_code == 200
    assert not Submission.objects.exists()


def test_no_fixed_days_needs_no_pattern_and_shows_no_dates(client, parkstad, anja):
    data = listing_data(
        no_fixed_schedule="on",
        pattern="",
        ordinal="",
        weekday="",
        start_time="",
        end_time="",
        first_date="",
        **management(),
    )
    response = client.post(URL, data)
    assert response.status_code == 302, response.context["form"].errors
    submission = Submission.objects.get()
    assert submission.no_fixed_schedule and not submission.pattern
    group = services.approve(submission.pk, anja)
    assert group.no_fixed_schedule and not group.schedules.exists()
    group.refresh_from_db()
    assert group.next_meeting_at is None
    html = client.get(group.get_absolute_url()).text
    assert "wisselend, in overleg" in html and '<ul class="dates">' not in html


def test_an_old_form_without_the_more_meetings_part_still_registers(client, parkstad):
    assert client.post(URL, listing_data()).status_code == 302
    assert Submission.objects.get().more_meetings == []


def test_staff_see_the_more_meetings_in_words(otp_client, parkstad, anja, client):
    from tests.submissions.conftest import grant

    client.post(URL, listing_data(**management(), **SITTARD))
    submission = Submission.objects.get()
    grant(anja, "view_submission", "change_submission")
    html = otp_client(anja).get(f"/beheer/submissions/submission/{submission.pk}/change/").text
    assert "Elke vierde dinsdag van de maand, 19.30–21.30 uur" in html
    assert "Buurtcentrum Ophoven" in html
    assert Group.objects.count() == 0
