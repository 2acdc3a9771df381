"""The demand & impact dashboard at /beheer/cijfers/: staff see their own contact point,
coordinators all or one; another contact point is a 404; each figure has a chart, a table
and CSV/XLSX exports; nothing in it points to a person."""

import csv
import io
from datetime import timedelta

import openpyxl
import pytest
from django.utils import timezone

from contactpoints.models import Municipality
from dashboard.models import ZeroResultWords
from groups.models import Theme
from referrals.models import ReferralCount
from submissions.models import Interest, RelayMessage

pytestmark = pytest.mark.django_db

URL = "/beheer/cijfers/"


def interest(theme, municipality, n=1):
    for _ in range(n):
        Interest.objects.create(
            theme=theme,
            place=municipality.name,
            municipality=municipality,
            latitude=municipality.latitude,
            longitude=municipality.longitude,
            email="",
        )


@pytest.fixture
def activity(parkstad_group, maastricht_group, parkstad):
    now = timezone.now()
    today = timezone.localdate()
    heerlen = Municipality.objects.get(code="GM0917")
    lonely = Theme.objects.exclude(pk__in=parkstad_group.themes.all()).order_by("pk").first()
    interest(lonely, heerlen, 3)  # demand without a group: a white spot
    interest(parkstad_group.themes.first(), heerlen, 2)  # demand with a group nearby
    ReferralCount.objects.create(group=parkstad_group, date=today, visits=7, qr_visits=4)
    ReferralCount.objects.create(group=maastricht_group, date=today, visits=99, qr_visits=0)
    for hours in (5, 30, 200, None):
        RelayMessage.objects.create(
            group=parkstad_group,
            contact_point=parkstad,
            created_at=now - timedelta(days=10),
            responded_at=now - timedelta(days=10) + timedelta(hours=hours) if hours else None,
        )
    ZeroResultWords.objects.create(
        month=today.replace(day=1),
        words="veel gezocht",
        language="nl",
        count=6,
        first_counted=today,
    )
    ZeroResultWords.objects.create(
        month=today.replace(day=1),
        words="zeldzaam woord",
        language="nl",
        count=4,
        first_counted=today,
    )
    return lonely


def test_staff_see_their_own_contact_points_figures_with_charts_and_tables(anja, as_user, activity):
    response = as_user(anja).get(URL)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Zelfhulpcontactpunt Parkstad" in html
    assert html.count('<svg class="chart" role="img"') >= 3
    assert "<caption>Witte vlekken: vraag zonder groep</caption>" in html
    assert f"{activity.name} – Heerlen" in html  # the white spot
    assert "veel gezocht" in html and "zeldzaam woord" not in html  # shown from 5 searches on
    # Relay: 4 asked, 3 answered, 2 within 3 days (50%), median 30 hours = 1,25 days, shown as 1,2.
    assert "<td>4</td><td>3</td><td>1,2</td><td>50</td>" in html
    assert "<td>4</td><td>7</td>" in html  # referral visits of their own group only
    assert ">99<" not in html


def test_staff_cannot_ask_for_another_contact_point(anja, bert, as_user, maastricht_cp, activity):
    assert as_user(anja).get(URL + f"?contactpunt={maastricht_cp.slug}").status_code == 404
    assert (
        as_user(anja).get(URL + "verwijzingen.csv?contactpunt=" + maastricht_cp.slug).status_code
        == 404
    )


def test_a_coordinator_sees_all_or_chooses_one(carla, as_user, parkstad, activity):
    client = as_user(carla)
    everything = client.get(URL).content.decode()
    # Both groups share a theme: 7 + 99 referral visits across all contact points.
    assert "Alle contactpunten" in everything and "<td>106</td>" in everything
    one = client.get(URL + f"?contactpunt={parkstad.slug}").content.decode()
    assert "<td>106</td>" not in one and "<td>7</td>" in one
    assert client.get(URL + "?contactpunt=bestaat-niet").status_code == 404


def test_exports_as_csv_and_xlsx_hold_the_same_rows(anja, as_user, activity):
    client = as_user(anja)
    response = client.get(URL + "verwijzingen.csv")
    assert response["Content-Disposition"].startswith(
        'attachment; filename="zelfhulpkaart-verwijzingen-'
    )
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Thema", "Via QR-code", "Bezoeken"] and rows[1][1:] == ["4", "7"]
    response = client.get(URL + "witte-vlekken.xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[1][1:] == [activity.name, "Heerlen", 3]
    response = client.get(URL + "gecontroleerd.csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == [
        "Vermeldingen",
        "Gepubliceerde groepen",
        "Gecontroleerd",
        "Deel gecontroleerd (%)",
    ]
    assert rows[1] == ["Gecontroleerd", "1", "1", "100"]
    assert client.get(URL + "bestaat-niet.csv").status_code == 404
    assert client.get(URL + "verwijzingen.pdf").status_code == 404


@pytest.mark.parametrize(
    "query", ["van=2026-13-01", "van=2030-01-01", "van=2010-01-01", "van=2026-06-01&tot=2026-01-01"]
)
def test_a_bad_date_range_shows_an_error_not_figures(anja, as_user, query):
    response = as_user(anja).get(URL + "?" + query)
    assert response.status_code == 200
    assert "Witte vlekken" not in response.content.decode()


def test_the_date_range_limits_the_figures(anja, as_user, activity):
    html = as_user(anja).get(URL + "?van=2020-01-01&tot=2020-12-31").content.decode()
    assert "Geen gegevens in deze periode." in html
    assert f"{activity.name} – Heerlen" not in html


def test_anonymous_visitors_are_sent_to_the_login(client):
    assert client.get(URL).status_code == 302
    assert client.get(URL + "verwijzingen.csv").status_code == 302
