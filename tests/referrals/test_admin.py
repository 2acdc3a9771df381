from datetime import date

import pytest
import time_machine

from contactpoints.models import StaffMembership
from groups.models import Theme
from referrals.admin import months_back
from referrals.models import ReferralCount
from tests.factories import ContactPointFactory, GroupFactory, StaffFactory, UserFactory

pytestmark = pytest.mark.django_db

CHANGELIST = "/beheer/referrals/referralcount/"
REPORT = "/beheer/referrals/referralcount/overzicht/"


@pytest.fixture
def parkstad():
    return ContactPointFactory(name="Zelfhulpcontactpunt Parkstad")


@pytest.fixture
def maastricht():
    return ContactPointFactory(name="Zelfhulpcontactpunt Maastricht")


@pytest.fixture
def counts(parkstad, maastricht):
    grief = Theme.objects.get(slug="verlies-rouw")
    ours = GroupFactory(name="Rouw Heerlen", contact_point=parkstad, themes=[grief])
    theirs = GroupFactory(name="Rouw Maastricht", contact_point=maastricht, themes=[grief])
    return {
        "ours": ReferralCount.objects.create(
            group=ours, date=date(2026, 3, 10), visits=4, qr_visits=3
        ),
        "ours_april": ReferralCount.objects.create(group=ours, date=date(2026, 4, 2), visits=2),
        "theirs": ReferralCount.objects.create(group=theirs, date=date(2026, 3, 11), visits=7),
    }


@pytest.fixture
def coordinator():
    user = UserFactory(is_staff=True)
    StaffMembership.objects.create(user=user, is_coordinator=True)
    return user


def test_staff_see_only_their_contact_points_counts(otp_client, parkstad, counts):
    client = otp_client(StaffFactory(contact_point=parkstad))
    html = client.get(CHANGELIST).content.decode()
    assert "Rouw Heerlen" in html
    assert "Rouw Maastricht" not in html


def test_another_contact_points_count_is_a_404(otp_client, parkstad, counts):
    client = otp_client(StaffFactory(contact_point=parkstad))
    assert client.get(f"{CHANGELIST}{counts['theirs'].pk}/change/").status_code == 404
    assert client.get(f"{CHANGELIST}{counts['ours'].pk}/change/").status_code == 200


def test_nobody_writes_counts_by_hand(otp_client, coordinator, counts):
    client = otp_client(coordinator)
    assert client.get(f"{CHANGELIST}add/").status_code == 403
    assert (
        client.post(f"{CHANGELIST}{counts['ours'].pk}/delete/", {"post": "yes"}).status_code == 403
    )
    assert ReferralCount.objects.count() == 3


@time_machine.travel(date(2026, 4, 20), tick=False)
def test_the_report_shows_counts_per_theme_and_group_per_month(otp_client, parkstad, counts):
    client = otp_client(StaffFactory(contact_point=parkstad))
    response = client.get(REPORT, {"maanden": 3})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Verlies en rouw" in html
    assert "Rouw Heerlen" in html
    assert "Rouw Maastricht" not in html
    assert "6 bezoeken, waarvan 3 via de QR-code" in html
    rows = response.context["groups"]
    assert rows == [("Rouw Heerlen", [0, 4, 2], 6)]


@time_machine.travel(date(2026, 4, 20), tick=False)
def test_a_coordinator_sees_every_contact_point_in_the_report(otp_client, coordinator, counts):
    response = otp_client(coordinator).get(REPORT)
    assert response.context["themes"][0][0] == "Verlies en rouw"
    assert response.context["themes"][0][2] == 13
    assert {row[0] for row in response.context["groups"]} == {"Rouw Heerlen", "Rouw Maastricht"}


def test_a_bad_period_falls_back_to_twelve_months(otp_client, coordinator):
    response = otp_client(coordinator).get(REPORT, {"maanden": "9999"})
    assert response.status_code == 200
    assert len(response.context["months"]) == 12


def test_the_report_is_not_for_the_public(client):
    assert client.get(REPORT).status_code == 302


def test_months_back_crosses_the_new_year():
    assert months_back(date(2026, 2, 14), 3) == [
        date(2025, 12, 1),
        date(2026, 1, 1),
        date(2026, 2, 1),
    ]
