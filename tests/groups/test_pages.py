"""Group, theme and home pages; the calendar feed; sitemap and robots.txt."""

import json
import re
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
import time_machine
from dateutil.rrule import rrulestr

from groups.models import Group, Theme
from tests.factories import ContactPointFactory, GroupFactory, ScheduleFactory, VenueFactory

pytestmark = pytest.mark.django_db
AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def theme(slug):
    return Theme.objects.get(slug=slug)


@pytest.fixture
def rouwcafe():
    contact_point = ContactPointFactory(name="Zelfhulp Parkstad", phone="045 111 22 33")
    group = GroupFactory(
        name="Rouwcafé Heerlen",
        slug="rouwcafe-heerlen",
        summary="Praten over het verlies van je partner.",
        description="We drinken koffie en praten.\n\nJe hoeft niets te zeggen.",
        themes=[theme("rouw-partner")],
        audience="self",
        cost="contribution",
        cost_note="€2 voor koffie",
        organisation="Stichting Samen",
        public_phone="06 12 34 56 78",
        website="https://rouwcafe.example.org",
        contact_name="Geheime Naam",
        contact_email="prive@geheim.example",
        contact_point=contact_point,
        last_verified=date(2026, 3, 2),
    )
    venue = VenueFactory(
        name="Buurthuis De Linde",
        street_address="Akerstraat 10",
        postcode="6411 AB",
        city="Heerlen",
        wheelchair_accessible=True,
        hearing_loop=True,
        transport_note="Bushalte Markt op 2 minuten",
    )
    ScheduleFactory(group=group, venue=venue, first_date=date(2026, 1, 13))
    return group


@time_machine.travel(datetime(2026, 3, 1, 12, 0, tzinfo=AMSTERDAM))
def test_the_group_page_has_what_a_resident_needs_to_decide_and_go(client, rouwcafe):
    html = client.get("/groepen/rouwcafe-heerlen/").text
    for text in [
        "Rouwcafé Heerlen",
        "Praten over het verlies van je partner.",
        "Je hoeft niets te zeggen.",
        "Elke tweede dinsdag van de maand, 19.30–21.30 uur",
        "dinsdag 10 maart 2026",
        "dinsdag 14 april 2026",
        "dinsdag 12 mei 2026",
        "Buurthuis De Linde",
        "Akerstraat 10",
        "6411 AB Heerlen",
        "Toegankelijk met een rolstoel",
        "ringleiding",
        "Bushalte Markt op 2 minuten",
        "openstreetmap.org/?mlat=",
        "€2 voor koffie",
        "Nieuwe deelnemers zijn welkom",
        "Stichting Samen",
        "06 12 34 56 78",
        "https://rouwcafe.example.org",
        "Zelfhulp Parkstad",
        "045 111 22 33",
        "Laatst gecontroleerd op 2 maart 2026",
        'href="/groepen/rouwcafe-heerlen/agenda.ics"',
        'href="/groepen/rouwcafe-heerlen/contact/"',
        'href="/groepen/rouwcafe-heerlen/wijziging/"',
        'href="/groepen/rouwcafe-heerlen/verwijskaart/"',
    ]:
        assert text in html, text


def test_the_private_contact_person_is_never_shown(client, rouwcafe):
    for url in [
        "/groepen/rouwcafe-heerlen/",
        "/en/groepen/rouwcafe-heerlen/",
        "/zoeken/?q=rouw",
        "/themas/rouw-partner/",
        "/groepen/rouwcafe-heerlen/agenda.ics",
    ]:
        body = client.get(url).content.decode()
        assert "prive@geheim.example" not in body
        assert "Geheime Naam" not in body


def test_the_group_page_carries_schema_org_data_with_the_csp_nonce(client, rouwcafe):
    response = client.get("/groepen/rouwcafe-heerlen/")
    match = re.search(
        r'<script type="application/ld\+json" nonce="([^"]+)">(.*?)</script>', response.text, re.S
    )
    nonce, payload = match.groups()
    assert f"'nonce-{nonce}'" in response["Content-Security-Policy"]
    data = json.loads(payload)
    assert data["@type"] == "EventSeries"
    assert data["eventSchedule"][0]["byDay"] == "2TU"
    assert data["eventSchedule"][0]["repeatFrequency"] == "P1M"
    assert data["eventSchedule"][0]["startTime"] == "19:30"
    assert data["location"]["address"]["postalCode"] == "6411 AB"
    assert data["organizer"]["name"] == "Stichting Samen"
    assert "prive@geheim.example" not in payload


def test_json_ld_cannot_break_out_of_its_script_element(client):
    GroupFactory(name="</script><script>alert(1)</script>", slug="xss", summary="<!-- & -->")
    html = client.get("/groepen/xss/").text
    script = re.search(
        r'<script type="application/ld\+json"[^>]*>(.*?)</script>', html, re.S
    ).group(1)
    assert "<" not in script and ">" not in script
    assert json.loads(script)["name"] == "</script><script>alert(1)</script>"


def test_a_paused_group_says_so_and_points_to_alternatives(client):
    GroupFactory(
        name="Pauzegroep", slug="pauze", status="paused", themes=[theme("rouw-partner")], venue=True
    )
    GroupFactory(name="Andere rouwgroep", themes=[theme("rouw-partner")], venue=True)
    response = client.get("/groepen/pauze/")
    assert response.status_code == 200
    assert "komt op dit moment niet bij elkaar" in response.text
    assert "Andere rouwgroep" in response.text
    assert "application/ld+json" not in response.text


def test_an_archived_group_is_gone_with_alternatives(client):
    GroupFactory(
        name="Oude groep",
        slug="oud",
        status="archived",
        themes=[theme("rouw-partner")],
        format="online",
    )
    GroupFactory(name="Rouw online", themes=[theme("rouw-partner")], format="online")
    response = client.get("/groepen/oud/")
    assert response.status_code == 410
    assert "bestaat niet meer" in response.text
    assert "Rouw online" in response.text


@pytest.mark.parametrize("status", ["draft", "in_review"])
def test_drafts_and_groups_in_review_are_not_there_for_the_public(client, status):
    GroupFactory(slug="nog-niet", status=status)
    assert client.get("/groepen/nog-niet/").status_code == 404
    assert client.get("/groepen/nog-niet/agenda.ics").status_code == 404


def test_the_calendar_keeps_a_meeting_at_1930_local_time_across_daylight_saving(client):
    group = GroupFactory(slug="weekly")
    # Weekly on Thursday from early March: clocks go forward on 29 March 2026.
    ScheduleFactory(
        group=group,
        venue=VenueFactory(),
        freq="WEEKLY",
        ordinal=None,
        weekday=3,
        first_date=date(2026, 3, 5),
    )
    with time_machine.travel(datetime(2026, 3, 1, 12, tzinfo=AMSTERDAM), tick=False):
        response = client.get("/groepen/weekly/agenda.ics")
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    body = response.content.decode()
    assert "BEGIN:VTIMEZONE" in body and "TZID:Europe/Amsterdam" in body
    dtstart = re.search(r"DTSTART;TZID=Europe/Amsterdam:(\d{8}T\d{6})", body).group(1)
    event = body[body.index("BEGIN:VEVENT") :]
    rule = re.search(r"RRULE:(.*)\r\n", event).group(1)
    assert dtstart == "20260305T193000" and rule == "FREQ=WEEKLY;BYDAY=TH"
    start = datetime.strptime(dtstart, "%Y%m%dT%H%M%S").replace(tzinfo=AMSTERDAM)
    meetings = list(rrulestr(rule, dtstart=start.replace(tzinfo=None)))[:6]
    local = [m.replace(tzinfo=AMSTERDAM) for m in meetings]
    assert {m.time() for m in local} == {time(19, 30)}
    offsets = {m.utcoffset().total_seconds() / 3600 for m in local}
    assert offsets == {1.0, 2.0}  # before and after the change, still 19.30 on the clock


def test_a_paused_groups_calendar_is_empty_and_an_archived_one_is_gone(client):
    paused = GroupFactory(slug="p", status="paused", venue=True)
    GroupFactory(slug="a", status="archived", venue=True)
    assert "BEGIN:VEVENT" not in client.get("/groepen/p/agenda.ics").content.decode()
    assert paused.schedules.exists()
    assert client.get("/groepen/a/agenda.ics").status_code == 410


def test_the_theme_list_shows_every_theme_with_its_number_of_groups(client):
    GroupFactory(themes=[theme("rouw-partner")])
    GroupFactory(themes=[theme("rouw-kind"), theme("rouw-partner")])
    html = client.get("/themas/").text
    assert "Verlies en rouw" in html and "Verlies van partner" in html
    section = html[html.index('id="theme-verlies-rouw"') :]
    assert "2 groepen" in section[:400]  # each group once, though one has two sub-themes


def test_a_theme_page_lists_the_groups_of_its_sub_themes(client):
    GroupFactory(name="Na het verlies", themes=[theme("rouw-partner")])
    GroupFactory(name="Angst", themes=[theme("angst-paniek")])
    response = client.get("/themas/verlies-rouw/")
    assert [g.name for g in response.context["groups"]] == ["Na het verlies"]
    assert 'name="thema" value="verlies-rouw"' in response.text


def test_list_pages_use_a_fixed_number_of_queries(client, django_assert_max_num_queries):
    for n in range(25):
        GroupFactory(name=f"Groep {n:02d}", themes=[theme("rouw-partner")], venue=True)
    # Theme, sub-themes, count, page, themes and meetings of the cards, cached theme counts,
    # and (cached for five minutes) the peers per theme, the published articles and the
    # upcoming activities.
    with django_assert_max_num_queries(11):
        assert client.get("/themas/verlies-rouw/").status_code == 200
    with django_assert_max_num_queries(4):
        assert client.get("/themas/").status_code == 200
    with django_assert_max_num_queries(4):
        assert client.get("/").status_code == 200


def test_the_home_page_has_the_search_form_themes_explanation_and_contact_points(client):
    ContactPointFactory(name="Zelfhulp Westelijke Mijnstreek")
    html = client.get("/").text
    assert 'action="/zoeken/"' in html and 'name="q"' in html and 'name="waar"' in html
    assert "Verlies en rouw" in html
    assert "Wat is een zelfhulpgroep?" in html
    assert "Zelfhulp Westelijke Mijnstreek" in html


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/zoeken/",
        "/themas/",
        "/themas/verlies-rouw/",
        "/groepen/rouwcafe-heerlen/",
        "/gemeenten/heerlen/",
        "/en/",
        "/en/themas/",
    ],
)
def test_every_page_has_a_title_description_and_canonical_url(client, rouwcafe, url):
    html = client.get(url).text
    assert re.search(r"<title>[^<]+ · Zelfhulpkaart</title>", html)
    assert re.search(r'<meta name="description" content="[^"]{20,}">', html)
    assert re.search(r'<link rel="canonical" href="http[^"]+">', html)
    assert 'hreflang="en"' in html and 'hreflang="nl"' in html


def test_pages_are_in_english_under_en(client, rouwcafe):
    html = client.get("/en/groepen/rouwcafe-heerlen/").text
    assert '<html lang="en">' in html
    assert "Loss of partner" in html
    assert 'href="/en/groepen/rouwcafe-heerlen/agenda.ics"' in html
    assert 'href="/groepen/rouwcafe-heerlen/" lang="nl"' in html


def test_the_language_switch_is_a_link_that_keeps_the_search(client):
    html = client.get("/zoeken/", {"q": "rouw", "waar": "6411"}).text
    assert 'href="/en/zoeken/?q=rouw&amp;waar=6411" lang="en"' in html


def test_the_sitemap_lists_public_pages_in_both_languages(client, rouwcafe):
    GroupFactory(slug="concept", status="draft")
    body = client.get("/sitemap.xml").content.decode()
    assert "/groepen/rouwcafe-heerlen/" in body
    assert "/en/groepen/rouwcafe-heerlen/" in body
    assert "/themas/verlies-rouw/" in body
    assert "/gemeenten/heerlen/" in body
    assert "/groepen/concept/" not in body


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: " in response.text and "/sitemap.xml" in response.text
    assert "Disallow: /beheer/" in response.text


def test_the_404_page_is_friendly_in_both_languages(client):
    nl = client.get("/bestaat-niet/")
    assert nl.status_code == 404
    assert "Deze pagina bestaat niet" in nl.text
    en = client.get("/en/bestaat-niet/")
    assert en.status_code == 404
    assert '<html lang="en">' in en.text


def test_group_names_and_text_are_escaped(client):
    GroupFactory(name='<img src=x onerror="alert(1)">', slug="x", description="<b>vet</b>")
    html = client.get("/groepen/x/").text
    assert "<img src=x" not in html and "<b>vet</b>" not in html


def test_the_published_status_list_is_what_the_public_sees(client):
    assert set(Group.objects.public().values_list("status", flat=True)) <= {"published", "paused"}


@pytest.mark.parametrize("path", ["/", "/zoeken/", "/themas/", "/verwijzers/", "/en/"])
def test_every_page_links_to_urgent_help_in_its_header(client, path):
    html = client.get(path).text
    header = html.split('<header class="site-header">')[1].split("</header>")[0]
    assert 'href="/nu-hulp/"' in header or 'href="/en/nu-hulp/"' in header
    assert "Nu hulp nodig?" in header or path.startswith("/en/")


def test_the_urgent_help_page_names_113_the_gp_post_and_112(client):
    html = client.get("/nu-hulp/").text
    for text in ['href="tel:113"', 'href="tel:08000113"', "huisartsenpost", 'href="tel:112"']:
        assert text in html


def test_a_theme_page_lists_dutch_groups_welcoming_newcomers_first_not_by_name(client):
    rouw = Theme.objects.get(slug="rouw-partner")
    GroupFactory(name="Aaa vol", themes=[rouw], newcomers="closed")
    GroupFactory(name="Aab English", themes=[rouw], languages=["en"])
    GroupFactory(name="Zzz welkom", themes=[rouw], newcomers="welcome", languages=["nl"])
    html = client.get("/themas/rouw-partner/").text
    assert html.index("Zzz welkom") < html.index("Aaa vol")
    assert html.index("Zzz welkom") < html.index("Aab English")
