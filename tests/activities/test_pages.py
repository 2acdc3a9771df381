"""/activiteiten/ and an activity's page, as residents see them: upcoming only, filters by
kind, theme and place, schema.org Event, a calendar file, and the activities shown on the
home page, theme pages and the contact point's page."""

import json
import re
from datetime import timedelta

import pytest

from activities.models import Activity
from groups.models import Theme
from tests.activities.factories import ActivityFactory, RegistrationFactory, in_days

pytestmark = pytest.mark.django_db


@pytest.fixture
def grief():
    return Theme.objects.get(slug="rouw-partner")


@pytest.fixture
def several(parkstad, venue, grief):
    return {
        "rouw": ActivityFactory(
            contact_point=parkstad, venue=venue, title="Rouw en feestdagen", themes=[grief]
        ),
        "open": ActivityFactory(
            contact_point=parkstad,
            venue=venue,
            kind=Activity.Kind.OPEN_DAG,
            title="Open dag in Sittard",
            place="Sittard",
            starts_at=in_days(14),
        ),
        "past": ActivityFactory(
            contact_point=parkstad,
            venue=venue,
            title="Voorbij",
            starts_at=in_days(-3),
        ),
        "draft": ActivityFactory(
            contact_point=parkstad, venue=venue, title="Nog niet klaar", published=False
        ),
    }


def json_ld(page):
    return json.loads(re.search(r"application/ld\+json[^>]*>(.*?)</script>", page, re.S)[1])


def test_the_list_shows_upcoming_published_activities_soonest_first(client, several):
    page = client.get("/activiteiten/").content.decode()
    assert "2 activiteiten" in page
    assert page.index("Rouw en feestdagen") < page.index("Open dag in Sittard")
    assert "Voorbij" not in page and "Nog niet klaar" not in page
    assert "Set-Cookie" not in str(client.get("/activiteiten/").headers)


@pytest.mark.parametrize(
    ("query", "shown", "hidden"),
    [
        ("?soort=open-dag", "Open dag in Sittard", "Rouw en feestdagen"),
        ("?thema=rouw-partner", "Rouw en feestdagen", "Open dag in Sittard"),
        ("?thema=verlies-rouw", "Rouw en feestdagen", "Open dag in Sittard"),  # the parent
        ("?plaats=Sittard", "Open dag in Sittard", "Rouw en feestdagen"),
    ],
)
def test_the_filters_narrow_the_list(client, several, query, shown, hidden):
    page = client.get("/activiteiten/" + query).content.decode()
    assert shown in page and hidden not in page


@pytest.mark.parametrize(
    "query",
    ["?soort=feest", "?thema=" + "x" * 5000, "?plaats=%00", "?plaats=Atlantis", "?soort[]=a"],
)
def test_nonsense_in_the_address_bar_is_a_clear_message_never_a_500(client, several, query):
    response = client.get("/activiteiten/" + query)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Kijk dit nog even na" in page or "2 activiteiten" in page


def test_the_list_takes_a_fixed_number_of_queries(client, several, django_assert_max_num_queries):
    for i in range(10):
        ActivityFactory(contact_point=several["rouw"].contact_point, title=f"Extra {i}")
    # session-free page: themes (cached), places, activities + themes prefetch.
    with django_assert_max_num_queries(6):
        client.get("/activiteiten/")


def test_the_detail_page_says_what_when_where_and_for_whom(client, activity):
    page = client.get(activity.get_absolute_url()).content.decode()
    assert "Rouw in de feestdagen" in page
    assert "Kerkstraat 12, 6411 AB Heerlen" in page
    assert "Nog 3 plaatsen vrij" in page
    assert "Gratis" in page
    assert "Zelfhulpcontactpunt Parkstad" in page


def test_the_detail_page_has_a_schema_org_event(client, activity):
    RegistrationFactory(activity=activity, people=3)
    activity.cost = 5
    activity.save()
    data = json_ld(client.get(activity.get_absolute_url()).content.decode())
    assert data["@type"] == "Event"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"]["address"]["streetAddress"] == "Kerkstraat 12"
    assert data["offers"]["price"] == "5.00"
    assert data["offers"]["priceCurrency"] == "EUR"
    assert data["offers"]["availability"] == "https://schema.org/SoldOut"
    assert data["startDate"].endswith(("+01:00", "+02:00"))


def test_an_online_activity_is_a_virtual_location_without_the_link(client, parkstad):
    online = ActivityFactory(
        contact_point=parkstad,
        kind=Activity.Kind.ONLINE,
        venue=None,
        place="",
        online_link="https://meet.example/geheim-123",
    )
    page = client.get(online.get_absolute_url()).content.decode()
    data = json_ld(page)
    assert data["location"]["@type"] == "VirtualLocation"
    assert data["location"]["url"].endswith(online.get_absolute_url())
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert "geheim-123" not in page
    assert "De link krijg je in de e-mail" in page


def test_the_calendar_file_has_the_event_in_amsterdam_time(client, activity):
    response = client.get(f"{activity.get_absolute_url()}agenda.ics")
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    body = response.content.decode()
    assert "BEGIN:VEVENT" in body and "TZID=Europe/Amsterdam" in body
    assert "DTSTART;TZID=Europe/Amsterdam:" in body and "T193000" in body
    assert "SUMMARY:Rouw in de feestdagen" in body
    assert "STATUS:CONFIRMED" in body
    assert client.post(f"{activity.get_absolute_url()}agenda.ics").status_code == 405


def test_an_unpublished_or_unknown_activity_is_a_404(client, several):
    assert client.get(several["draft"].get_absolute_url()).status_code == 404
    assert client.get("/activiteiten/bestaat-niet/").status_code == 404


def test_a_series_links_its_other_dates(client, activity):
    later = ActivityFactory(
        contact_point=activity.contact_point,
        title="Rouw in de feestdagen (2)",
        series=activity,
        starts_at=activity.starts_at + timedelta(days=7),
    )
    page = client.get(activity.get_absolute_url()).content.decode()
    assert "Andere datums in deze reeks" in page and later.get_absolute_url() in page
    page = client.get(later.get_absolute_url()).content.decode()
    assert activity.get_absolute_url() in page


def test_upcoming_activities_show_on_home_theme_and_contact_point_pages(client, several, grief):
    home = client.get("/").content.decode()
    assert "Binnenkort: bijeenkomsten en trainingen" in home
    assert "Rouw en feestdagen" in home
    theme = client.get(grief.get_absolute_url()).content.decode()
    assert "Rouw en feestdagen" in theme and "Open dag in Sittard" not in theme
    cp = client.get(several["rouw"].contact_point.get_absolute_url()).content.decode()
    assert "Open dag in Sittard" in cp


def test_the_pages_are_in_english_under_en(client, activity):
    page = client.get(f"/en{activity.get_absolute_url()}").content.decode()
    assert 'lang="en"' in page
    assert "Sign up" in page or "Register" in page
