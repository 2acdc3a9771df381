"""A group that meets in two places, with a summer break, a cancelled meeting, a break and
an extra date, in a real browser: what a resident reads, axe clean at 1280 and 375 px,
the calendar links, and the registration form's more-meetings part without JavaScript."""

from datetime import date, time, timedelta

import pytest
from django.utils import timezone

from groups.meetings import add_extra_meeting, announce_break, cancel_meeting
from groups.models import Theme
from groups.schedule import next_meetings_for
from tests.browser.conftest import assert_accessible, horizontal_overflow
from tests.factories import ContactPointFactory, GroupFactory, ScheduleFactory, VenueFactory


@pytest.fixture
def rouwcafe(transactional_db):
    cp = ContactPointFactory(name="Zelfhulp Westelijke Mijnstreek", slug="wm", phone="046 1")
    group = GroupFactory(
        name="Rouwcafé Geleen",
        slug="rouwcafe-geleen",
        themes=[Theme.objects.get(slug="rouw-partner")],
        contact_point=cp,
    )
    geleen = VenueFactory(name="Gemeenschapshuis Lutterade", city="Geleen")
    sittard = VenueFactory(name="Buurtcentrum Ophoven", city="Sittard")
    ScheduleFactory(group=group, venue=geleen, ordinal=2, skip_months=[7, 8])
    ScheduleFactory(group=group, venue=sittard, ordinal=4, skip_months=[7, 8])
    upcoming = next_meetings_for(list(group.schedules.select_related("venue")), count=3)
    cancelled = upcoming[0].start.date()
    cancel_meeting(group, cancelled, note="Zaal bezet")
    first = upcoming[2].start.date() + timedelta(days=1)
    announce_break(group, first, first + timedelta(days=40), note="Verbouwing")
    extra = timezone.localdate() + timedelta(days=3)
    add_extra_meeting(group, extra, time(14), time(16), venue=sittard, note="Wandeling")
    return {"group": group, "cancelled": cancelled, "extra": extra}


@pytest.mark.parametrize("width", [1280, 375])
def test_the_group_page_with_two_places_and_a_break(page, rouwcafe, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(page.base + "/groepen/rouwcafe-geleen/")
    when = page.locator("section[aria-labelledby=when-title]")
    text = when.inner_text()
    assert "Niet in juli en augustus" in text
    assert "Gemeenschapshuis Lutterade, Geleen" in text and "Buurtcentrum Ophoven, Sittard" in text
    assert "Vervalt:" in text and "Zaal bezet" in text
    assert "Pauze van" in text and "Verbouwing" in text
    dates = when.locator("ul.dates li").all_inner_texts()
    assert len(dates) == 3
    assert all(
        ", Gemeenschapshuis Lutterade, Geleen" in d or ", Buurtcentrum Ophoven, Sittard" in d
        for d in dates
    )
    assert "extra" in dates[0] and "Wandeling" in dates[0]
    subscribe = when.get_by_role("link", name="Abonneer je agenda")
    assert subscribe.get_attribute("href").startswith("webcal://")
    assert subscribe.get_attribute("href").endswith("/groepen/rouwcafe-geleen/agenda.ics")
    download = when.get_by_role("link", name="Download als bestand (.ics)")
    assert download.get_attribute("href") == "/groepen/rouwcafe-geleen/agenda.ics"
    assert not page.cookie_responses
    assert_accessible(page)
    if width == 375:
        assert horizontal_overflow(page, 375) <= 0


def test_the_feed_downloads_from_the_page(page, rouwcafe):
    page.goto(page.base + "/groepen/rouwcafe-geleen/")
    body = page.request.get(page.base + "/groepen/rouwcafe-geleen/agenda.ics").text()
    assert body.count("BEGIN:VEVENT") == 3
    day = rouwcafe["cancelled"].strftime("%Y%m%d")
    assert (
        f"EXDATE;TZID=Europe/Amsterdam:{day}T193000" in body
        or f"DTSTART;TZID=Europe/Amsterdam:{day}" not in body
    )


def test_the_registration_form_takes_a_second_place_without_javascript(
    browser, live_server, transactional_db
):
    ContactPointFactory(slug="parkstad")
    context = browser.new_context(java_script_enabled=False, viewport={"width": 375, "height": 900})
    page = context.new_page()
    page.goto(live_server.url + "/groep-aanmelden/")
    summary = page.get_by_text("Komt de groep ook op een andere dag of op een andere plek samen?")
    summary.click()
    assert page.locator("#id_meer-0-venue_city").is_visible()
    assert page.locator("#id_meer-2-pattern").count() == 0
    assert (
        page.get_by_label("Wisselend of in overleg: de groep heeft geen vaste dagen").count() == 1
    )
    # axe needs script, so it checks this form in test_registration pages with script on.
    context.close()


def test_subscribing_from_the_theme_page(page, rouwcafe):
    page.goto(page.base + "/themas/rouw-partner/")
    link = page.get_by_role("link", name="Abonneer je agenda")
    assert link.get_attribute("href").startswith("webcal://")
    assert "Sittard" in page.locator("ol.cards").inner_text()
    assert_accessible(page)
    assert date.today()  # the page renders on any day
