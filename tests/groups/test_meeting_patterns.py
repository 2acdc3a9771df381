"""Meeting patterns as groups really meet: two places, a yearly summer break, a cancelled
meeting, a break, an extra date, and "wisselend / in overleg" — on the group page, cards,
the JSON-LD, and the calendar feeds (expanded with dateutil, an iCalendar RRULE parser
independent of the code that wrote them)."""

import json
import re
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
import time_machine
from dateutil.rrule import rrulestr

from groups.meetings import add_extra_meeting, announce_break, cancel_meeting
from groups.models import Group, Theme
from tests.factories import ContactPointFactory, GroupFactory, ScheduleFactory, VenueFactory

pytestmark = pytest.mark.django_db
TZ = ZoneInfo("Europe/Amsterdam")
NOW = datetime(2027, 6, 1, 12, 0, tzinfo=TZ)


@pytest.fixture(autouse=True)
def _travel():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def rouwcafe():
    """Rouwcafé Geleen: second Tuesday in Geleen, fourth Tuesday in Sittard, not in July
    and August; 8 June cancelled; a break over Christmas; an extra evening on 3 June."""
    group = GroupFactory(
        name="Rouwcafé Geleen",
        slug="rouwcafe-geleen",
        themes=[Theme.objects.get(slug="rouw-partner")],
        contact_point=ContactPointFactory(slug="westelijke-mijnstreek"),
    )
    geleen = VenueFactory(name="Gemeenschapshuis Lutterade", city="Geleen", postcode="6163 AB")
    sittard = VenueFactory(name="Buurtcentrum Ophoven", city="Sittard", postcode="6135 AB")
    ScheduleFactory(group=group, venue=geleen, ordinal=2, skip_months=[7, 8])
    ScheduleFactory(group=group, venue=sittard, ordinal=4, skip_months=[7, 8])
    cancel_meeting(group, date(2027, 6, 8), note="Zaal bezet")
    announce_break(group, date(2027, 12, 20), date(2028, 1, 16), note="Kerstvakantie")
    add_extra_meeting(group, date(2027, 6, 3), time(14), time(16), venue=sittard, note="Wandeling")
    group.refresh_from_db()
    return group


def unfold(body):
    return body.replace("\r\n ", "")


def check_rfc5545_lines(body):
    """Strict line checks: CRLF only, folded at 75 octets, components balanced."""
    assert body.endswith("\r\n") and "\n" not in body.replace("\r\n", "")
    for line in body.split("\r\n")[:-1]:
        assert len(line.encode()) <= 75, line
    lines = unfold(body).split("\r\n")[:-1]
    stack = []
    for line in lines:
        assert re.match(r"^[A-Z-]+[;:]", line), line
        if line.startswith("BEGIN:"):
            stack.append(line[6:])
        elif line.startswith("END:"):
            assert stack.pop() == line[4:]
    assert not stack
    assert (
        lines[0] == "BEGIN:VCALENDAR"
        and "VERSION:2.0" in lines
        and "PRODID:-//Zelfhulpkaart//NL" in lines
    )


def events(body):
    return re.findall(r"BEGIN:VEVENT\r\n(.*?)END:VEVENT", unfold(body), re.S)


def prop(event, name):
    match = re.search(rf"^{name}[:;](.*)$", event, re.M)
    return match.group(1).strip() if match else None


def expand(event, limit=date(2028, 12, 31)):
    """Every meeting of a VEVENT as an independent parser sees it."""
    lines = [
        line
        for line in event.split("\r\n")
        if line.startswith(("DTSTART", "RRULE", "EXDATE", "RDATE"))
    ]
    if not prop(event, "RRULE"):  # a single meeting: its DTSTART
        value = prop(event, "DTSTART").removeprefix("TZID=Europe/Amsterdam:")
        return [datetime.strptime(value, "%Y%m%dT%H%M%S").replace(tzinfo=TZ)]
    rule = rrulestr("\n".join(lines), forceset=True)
    return [d for d in rule if d.date() <= limit]


def test_the_feed_leaves_out_the_summer_the_cancellation_and_the_break(client, rouwcafe):
    response = client.get("/groepen/rouwcafe-geleen/agenda.ics")
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    body = response.content.decode()
    check_rfc5545_lines(body)
    found = events(body)
    assert len(found) == 3  # two patterns and the extra evening
    days = sorted(d.date() for event in found for d in expand(event))
    assert days[0] == date(2027, 6, 3)  # the extra evening, nothing from before today
    assert date(2027, 6, 8) not in days  # cancelled
    assert date(2027, 6, 22) in days and date(2027, 9, 14) in days
    assert not [d for d in days if d.month in (7, 8)]  # the yearly summer break
    assert not [d for d in days if date(2027, 12, 20) <= d <= date(2028, 1, 16)]
    assert date(2027, 12, 14) in days and date(2028, 1, 25) in days
    for event in found:
        assert prop(event, "SEQUENCE") == str(rouwcafe.version)
        assert prop(event, "UID").endswith("@zelfhulpkaart.nl")
        assert prop(event, "DTSTAMP").endswith("Z")
    locations = {prop(e, "LOCATION") for e in found}
    assert "Gemeenschapshuis Lutterade\\, Akerstraat 10\\, 6163 AB Geleen" in locations
    assert "REFRESH-INTERVAL;VALUE=DURATION:PT6H" in body


def test_a_subscribed_calendar_sees_a_change_arrive(client, rouwcafe):
    before = events(client.get("/groepen/rouwcafe-geleen/agenda.ics").content.decode())
    cancel_meeting(rouwcafe, date(2027, 9, 14))
    after = events(client.get("/groepen/rouwcafe-geleen/agenda.ics").content.decode())
    assert [prop(e, "UID") for e in before] == [prop(e, "UID") for e in after]  # stable
    assert all(
        int(prop(a, "SEQUENCE")) > int(prop(b, "SEQUENCE"))
        for b, a in zip(before, after, strict=True)
    )
    days = {d.date() for event in after for d in expand(event)}
    assert date(2027, 9, 14) not in days and date(2027, 9, 28) in days


def test_theme_and_contact_point_feeds(client, rouwcafe):
    other = GroupFactory(name="Angstgroep", themes=[Theme.objects.get(slug="angst-paniek")])
    ScheduleFactory(group=other, venue=VenueFactory())
    theme = client.get("/themas/verlies-rouw/agenda.ics").content.decode()  # main theme
    check_rfc5545_lines(theme)
    assert "SUMMARY:Rouwcafé Geleen" in theme and "Angstgroep" not in theme
    assert "X-WR-CALNAME:Zelfhulpgroepen: Verlies en rouw" in theme
    point = client.get("/contactpunten/westelijke-mijnstreek/agenda.ics").content.decode()
    check_rfc5545_lines(point)
    assert len(events(point)) == 3 and "Angstgroep" not in point
    assert client.get("/themas/bestaat-niet/agenda.ics").status_code == 404
    assert client.get("/contactpunten/bestaat-niet/agenda.ics").status_code == 404


def test_pages_offer_subscribing_beside_the_download(client, rouwcafe):
    for path, feed in [
        ("/groepen/rouwcafe-geleen/", "/groepen/rouwcafe-geleen/agenda.ics"),
        ("/themas/verlies-rouw/", "/themas/verlies-rouw/agenda.ics"),
        (
            "/contactpunten/westelijke-mijnstreek/",
            "/contactpunten/westelijke-mijnstreek/agenda.ics",
        ),
    ]:
        html = client.get(path).text
        assert f'href="webcal://127.0.0.1:8000{feed}"' in html or re.search(
            rf'href="webcal://[^"]+{re.escape(feed)}"', html
        ), path
        assert f'href="{feed}" download' in html, path
        assert "Een download is een momentopname" in html
        assert "Wijzigt de groep iets, dan ziet je agenda dat ook" not in html


def test_the_group_page_names_the_place_of_every_date(client, rouwcafe):
    html = client.get("/groepen/rouwcafe-geleen/").text
    dates = html[html.index('<ul class="dates">') :]
    dates = dates[: dates.index("</ul>")]
    items = re.findall(r"<li>(.*?)</li>", dates, re.S)
    assert "donderdag 3 juni 2027" in items[0] and "Buurtcentrum Ophoven, Sittard" in items[0]
    assert "extra" in items[0] and "Wandeling" in items[0]
    assert "dinsdag 22 juni 2027" in items[1] and "Sittard" in items[1]
    assert (
        "dinsdag 14 september 2027" in items[2] and "Gemeenschapshuis Lutterade, Geleen" in items[2]
    )
    assert "8 juni" not in dates
    assert (
        "Elke tweede dinsdag van de maand, 19.30–21.30 uur, Gemeenschapshuis Lutterade, Geleen. Niet in juli en augustus"
        in html
    )
    assert "Vervalt: dinsdag 8 juni 2027. Zaal bezet" in html
    # the key fact names the place too
    assert re.search(r"donderdag 3 juni, 14.00 uur\s*, Buurtcentrum Ophoven, Sittard", html)


def test_one_place_is_not_repeated_beside_every_date(client):
    group = GroupFactory(slug="een-plek", venue=VenueFactory(name="De Linde", city="Heerlen"))
    html = client.get(f"/groepen/{group.slug}/").text
    dates = html[html.index('<ul class="dates">') :]
    assert "De Linde" not in dates[: dates.index("</ul>")]


def json_ld(html):
    return json.loads(
        re.search(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', html, re.S).group(1)
    )


def test_json_ld_events_have_their_own_location(client, rouwcafe):
    data = json_ld(client.get("/groepen/rouwcafe-geleen/").text)
    places = [event["location"]["address"]["addressLocality"] for event in data["subEvent"]]
    assert places == ["Sittard", "Sittard", "Geleen"]
    schedule = data["eventSchedule"][0]
    assert schedule["byMonth"] == [1, 2, 3, 4, 5, 6, 9, 10, 11, 12]
    assert "2027-06-08T19:30:00+02:00" in schedule["exceptDate"]


def test_online_events_get_a_virtual_location(client):
    group = GroupFactory(slug="online", format=Group.Format.ONLINE)
    ScheduleFactory(group=group, venue=None)
    data = json_ld(client.get("/groepen/online/").text)
    assert data["subEvent"]
    assert all(e["location"]["@type"] == "VirtualLocation" for e in data["subEvent"])


def test_a_hybrid_meeting_is_in_a_place_and_online(client):
    group = GroupFactory(slug="hybride", format=Group.Format.HYBRID, venue=True)
    data = json_ld(client.get(f"/groepen/{group.slug}/").text)
    types = [[loc["@type"] for loc in e["location"]] for e in data["subEvent"]]
    assert types and all(t == ["Place", "VirtualLocation"] for t in types)


def test_a_group_without_fixed_days_shows_no_invented_dates(client):
    group = GroupFactory(slug="wisselend", no_fixed_schedule=True, venue=True)
    html = client.get("/groepen/wisselend/").text
    assert "wisselend, in overleg" in html
    assert "geen vaste dagen" in html
    assert '<ul class="dates">' not in html
    assert "eventSchedule" not in json.dumps(json_ld(html))
    assert "BEGIN:VEVENT" not in client.get("/groepen/wisselend/agenda.ics").content.decode()
    # its extra dates do show
    add_extra_meeting(group, date(2027, 6, 10), time(19), time(21))
    html = client.get("/groepen/wisselend/").text
    assert "donderdag 10 juni 2027" in html
    assert client.get("/groepen/wisselend/agenda.ics").content.decode().count("BEGIN:VEVENT") == 1


def test_cards_name_the_place_of_the_next_meeting(client, rouwcafe):
    html = client.get("/themas/rouw-partner/").text
    card = html[html.index("Rouwcafé Geleen") :]
    assert re.search(r"donderdag 3 juni, 14.00 uur in Sittard", card[:1500])
    GroupFactory(
        name="Wisselgroep", no_fixed_schedule=True, themes=[Theme.objects.get(slug="rouw-partner")]
    )
    html = client.get("/themas/rouw-partner/").text
    card = html[html.index("Wisselgroep") :]
    assert "wisselend, in overleg" in card[:1500]


def test_the_referral_card_names_places_and_cancellations(client, rouwcafe):
    html = client.get("/groepen/rouwcafe-geleen/verwijskaart/").text
    assert "Niet in juli en augustus" in html
    assert "Vervalt: dinsdag 8 juni 2027" in html
    dates = html[html.index("rc-dates") :]
    assert "(Sittard)" in dates[:400] and "(Geleen)" in dates[:400]


def test_the_open_data_schedule_carries_the_exceptions_in_its_notes(client, rouwcafe):
    data = client.get(f"/api/hsds/services/{rouwcafe.external_id}").json()
    notes = {s["byday"]: s["notes"] for s in data["schedules"]}
    assert "Niet in juli en augustus." in notes["2TU"]
    assert "Vervalt: dinsdag 8 juni 2027. Zaal bezet." in notes["2TU"]
    assert "Pauze van maandag 20 december 2027 tot en met zondag 16 januari 2028" in notes["4TU"]
