"""Through the leader's link: cancel one meeting, add an extra one, announce a break
(groups.meetings does the work; these tests drive the pages)."""

from datetime import date

import pytest
import time_machine

from groups.leaders import links
from groups.models import MeetingException
from tests.factories import ScheduleFactory, VenueFactory

pytestmark = pytest.mark.django_db

TODAY = "2026-12-02 10:00 +0100"


@pytest.fixture
def url(group):
    link = links.send(group)
    return links.url_for(link).split("://", 1)[1].split("/", 1)[1].join(["/", ""])


def test_the_meetings_page_lists_the_next_dates(client, group, url):
    with time_machine.travel(TODAY, tick=False):
        page = client.get(url + "bijeenkomsten/").content.decode()
    # The second Tuesday of December 2026 and of January 2027.
    assert "dinsdag 8 december 2026" in page
    assert "dinsdag 12 januari 2027" in page
    assert "Laat vervallen" in page


def test_cancelling_one_meeting_takes_it_off_the_page_and_the_next_meeting(client, group, url):
    schedule = group.schedules.get()
    with time_machine.travel(TODAY, tick=False):
        response = client.post(
            url + "bijeenkomsten/vervalt/", {"day": "2026-12-08", "schedule": schedule.pk}
        )
        assert response.status_code == 302
        assert "klaar=vervalt" in response["Location"]
        page = client.get(response["Location"]).content.decode()
    assert "De bijeenkomst vervalt" in page
    assert "Vervalt: dinsdag 8 december 2026" in page
    [cancelled] = MeetingException.objects.filter(group=group)
    assert cancelled.kind == "cancelled" and cancelled.day == date(2026, 12, 8)
    group.refresh_from_db()
    assert group.next_meeting_at.date() == date(2027, 1, 12)
    assert group.history.latest("history_id").history_change_reason.startswith("Bijeenkomst op")


def test_cancelling_a_day_without_a_meeting_says_so(client, group, url):
    with time_machine.travel(TODAY, tick=False):
        response = client.post(url + "bijeenkomsten/vervalt/", {"day": "2026-12-09"})
    assert response.status_code == 400
    assert "geen bijeenkomst" in response.content.decode()
    assert not MeetingException.objects.exists()


@pytest.mark.parametrize(
    "data", [{}, {"day": "gisteren"}, {"day": "2026-12-08", "schedule": "abc"}], ids=str
)
def test_a_broken_cancel_button_gives_a_clear_message(client, group, url, data):
    with time_machine.travel(TODAY, tick=False):
        response = client.post(url + "bijeenkomsten/vervalt/", data)
    assert response.status_code == 400
    assert "Kies hem opnieuw in de lijst" in response.content.decode()


def test_a_meeting_of_another_group_cannot_be_cancelled(client, group, url):
    other = ScheduleFactory()
    with time_machine.travel(TODAY, tick=False):
        response = client.post(
            url + "bijeenkomsten/vervalt/", {"day": "2026-12-08", "schedule": other.pk}
        )
    assert response.status_code == 400
    assert not MeetingException.objects.exists()


def test_adding_an_extra_meeting(client, group, url):
    with time_machine.travel(TODAY, tick=False):
        response = client.post(
            url + "bijeenkomsten/extra/",
            {
                "extra-day": "22-12-2026",
                "extra-start_time": "14.00",
                "extra-end_time": "16:00",
                "extra-note": "Kerstbijeenkomst",
            },
        )
        assert response.status_code == 302
        page = client.get(url + "bijeenkomsten/").content.decode()
    assert "dinsdag 22 december 2026" in page
    extra = MeetingException.objects.get()
    assert extra.kind == "extra"
    assert extra.venue == group.schedules.get().venue


def test_an_extra_meeting_with_its_end_before_its_start_is_refused(client, group, url):
    with time_machine.travel(TODAY, tick=False):
        response = client.post(
            url + "bijeenkomsten/extra/",
            {"extra-day": "2026-12-22", "extra-start_time": "16:00", "extra-end_time": "14:00"},
        )
    assert response.status_code == 400
    page = response.content.decode()
    assert "De eindtijd moet na de begintijd liggen." in page
    assert "error-summary" in page


def test_a_group_meeting_in_two_places_chooses_where(client, group, url):
    ScheduleFactory(group=group, venue=VenueFactory(name="Buurthuis Sittard"), ordinal=4)
    with time_machine.travel(TODAY, tick=False):
        page = client.get(url + "bijeenkomsten/").content.decode()
        assert 'name="extra-venue"' in page
        assert "Buurthuis Sittard" in page
        response = client.post(
            url + "bijeenkomsten/extra/",
            {"extra-day": "2026-12-22", "extra-start_time": "14:00", "extra-end_time": "16:00"},
        )
    assert response.status_code == 400
    assert "Kies op welke locatie" in response.content.decode()


def test_announcing_a_summer_break(client, group, url):
    with time_machine.travel(TODAY, tick=False):
        response = client.post(
            url + "bijeenkomsten/pauze/",
            {
                "pauze-first_day": "2027-07-01",
                "pauze-last_day": "2027-08-31",
                "pauze-note": "zomerstop",
            },
        )
        assert response.status_code == 302
        page = client.get(url + "bijeenkomsten/").content.decode()
    assert "Pauze van donderdag 1 juli 2027 tot en met dinsdag 31 augustus 2027" in page
    assert MeetingException.objects.get().kind == "break"


def test_a_break_that_ends_before_it_starts_is_refused(client, group, url):
    with time_machine.travel(TODAY, tick=False):
        response = client.post(
            url + "bijeenkomsten/pauze/",
            {"pauze-first_day": "2027-08-31", "pauze-last_day": "2027-07-01"},
        )
    assert response.status_code == 400
    assert not MeetingException.objects.exists()
