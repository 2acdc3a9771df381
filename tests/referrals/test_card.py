import re
from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.conf import settings

from groups.models import Group, Theme
from referrals.codes import short_link_for, typeable
from tests.factories import ContactPointFactory, GroupFactory, ScheduleFactory, VenueFactory

pytestmark = pytest.mark.django_db
TZ = ZoneInfo("Europe/Amsterdam")


@pytest.fixture
def grief_group():
    contact_point = ContactPointFactory(name="Zelfhulpcontactpunt Parkstad", phone="045 560 30 30")
    group = GroupFactory(
        name="Rouw Heerlen",
        slug="rouw-heerlen",
        summary="Praten met mensen die ook iemand hebben verloren.",
        themes=[Theme.objects.get(slug="verlies-rouw")],
        contact_point=contact_point,
        registration=Group.Registration.WALK_IN,
    )
    ScheduleFactory(
        group=group,
        venue=VenueFactory(name="Buurthuis De Linde", street_address="Akerstraat 10"),
        note="Niet in juli en augustus",
    )
    ScheduleFactory(
        group=group,
        venue=VenueFactory(name="Wijkcentrum Schandelen", street_address="Schandelerstraat 1"),
        weekday=3,
        ordinal=1,
        start_time=time(14, 0),
        end_time=time(16, 0),
    )
    return group


def card(client, group):
    with time_machine.travel(datetime(2026, 2, 1, 12, 0, tzinfo=TZ), tick=False):
        response = client.get(f"/groepen/{group.slug}/verwijskaart/")
    assert response.status_code == 200
    return response.content.decode()


def test_the_card_says_what_when_where_and_how_to_join(client, grief_group):
    html = card(client, grief_group)
    assert "Rouw Heerlen" in html
    assert "Praten met mensen die ook iemand hebben verloren." in html
    assert "Mensen die het zelf meemaken: verlies en rouw." in html
    assert "Elke tweede dinsdag van de maand, 19.30–21.30 uur" in html
    assert "Elke eerste donderdag van de maand, 14.00–16.00 uur" in html
    assert "Buurthuis De Linde, Akerstraat 10, Heerlen" in html
    assert "Wijkcentrum Schandelen, Schandelerstraat 1, Heerlen" in html
    assert "Niet in juli en augustus" in html
    assert "Vrije inloop" in html
    assert "045 560 30 30" in html


def test_the_card_lists_the_next_dates(client, grief_group):
    html = card(client, grief_group)
    # After 1 February 2026: Thursday 5 February, Tuesday 10 February, Thursday 5 March.
    assert "do 5 feb" in html
    assert "di 10 feb" in html
    assert "do 5 mrt" in html


def test_the_card_has_a_qr_code_drawn_here_and_the_short_link_written_out(client, grief_group):
    html = card(client, grief_group)
    code = short_link_for(grief_group).code
    svg = re.search(r"<svg[^>]*class=\"qr\"[^>]*>.*?</svg>", html, re.S)
    assert svg is not None
    assert 'role="img"' in svg.group(0)
    assert typeable(code) in html
    # Nothing on the page comes from elsewhere: no image service draws the QR code.
    assert not re.search(r'(src|href)="https?://(?!127\.0\.0\.1)', html.split("</head>")[1])


def test_the_card_offers_a_note_for_the_patient_record(client, grief_group):
    html = card(client, grief_group)
    code = short_link_for(grief_group).code
    note = f"Gewezen op zelfhulpgroep Rouw Heerlen — {settings.SITE_URL}/g/{code}"
    assert f'value="{note}" readonly' in html
    assert 'src="/static/js/copy.js"' in html
    assert "<script>" not in html


def test_a_group_not_published_has_no_card(client):
    for status in [Group.Status.DRAFT, Group.Status.ARCHIVED, Group.Status.PAUSED]:
        group = GroupFactory(status=status)
        assert client.get(f"/groepen/{group.slug}/verwijskaart/").status_code == 404


def test_a_card_with_a_lot_of_text_steps_down_a_size(client, grief_group):
    assert "rc-dense" not in card(client, grief_group)
    grief_group.name = "N" * 150
    grief_group.summary = "S" * 240
    grief_group.save()
    grief_group.schedules.update(note="Let op: " + "n" * 190)
    assert "rc-dense" in card(client, grief_group)


def test_the_card_sets_no_cookie_and_takes_few_queries(
    client, grief_group, django_assert_max_num_queries
):
    short_link_for(grief_group)
    # Group with contact point and short link 1, themes 1, schedules with venues 1, the
    # cancellations, breaks and extra meetings the card names 1.
    with django_assert_max_num_queries(4):
        response = client.get(f"/groepen/{grief_group.slug}/verwijskaart/")
    assert response.cookies == {}
