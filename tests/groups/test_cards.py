"""One result card for every list: the search page, the theme page and the municipality
page show a group with the same markup (groups.cards)."""

import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine

from groups.models import Theme
from tests.factories import GroupFactory, ScheduleFactory, VenueFactory

pytestmark = pytest.mark.django_db
AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def card_of(html, name):
    cards = re.findall(r'<li class="card">.*?</li>', html, re.S)
    return next(card for card in cards if name in card)


@time_machine.travel(datetime(2026, 3, 1, 12, 0, tzinfo=AMSTERDAM))
def test_a_group_looks_the_same_on_every_list(client):
    group = GroupFactory(
        name="Rouwcafé <Heerlen>",
        summary="Praten over het verlies & wat daarna komt.",
        themes=[Theme.objects.get(slug="rouw-partner")],
        audience="relatives",
        cost="free",
        newcomers="waiting_list",
        format="hybrid",
    )
    venue = VenueFactory(city="Heerlen", postcode="6411 AB")
    ScheduleFactory(group=group, venue=venue, first_date=date(2026, 1, 13))
    from groups.signals import refresh_groups

    refresh_groups([group.pk])

    search = card_of(client.get("/zoeken/", {"q": "rouwcafé"}).text, "Rouwcafé")
    theme = card_of(client.get("/themas/rouw-partner/").text, "Rouwcafé")
    assert search == theme
    for said in [
        "Rouwcafé &lt;Heerlen&gt;",  # escaped
        "verlies &amp; wat daarna komt",
        "Heerlen en online",
        "Naasten",
        "Wachtlijst",
        "Gratis",
        Theme.objects.get(slug="rouw-partner").display_name,
    ]:
        assert said in search, said
    assert "uur" in search  # the next meeting
