"""The freshness loop over a whole year and more, with frozen time: ask after 12 months,
remind once after 2 weeks, show staff after 6 weeks, pause after 16 months."""

from datetime import date

import pytest
import time_machine
from django.core.management import call_command
from django.urls import reverse

from groups.models import Group, VerificationRequest
from groups.verification import freshness
from outbox.models import OutgoingEmail
from tests.factories import GroupFactory

pytestmark = pytest.mark.django_db


def on(day):
    """Freeze the clock at 03:00 on day, when the scheduler runs the daily jobs."""
    return time_machine.travel(f"{day} 03:00 +0100", tick=False)


def run_daily():
    call_command("check_listings", stdout=open("/dev/null", "w"))


def mails(tag):
    return list(OutgoingEmail.objects.filter(tag=tag).order_by("created_at"))


@pytest.fixture
def group(parkstad, anja):
    return GroupFactory(
        name="Lotgenoten Long Covid",
        contact_point=parkstad,
        contact_email="groep@prive.example",
        last_verified=date(2025, 1, 10),
    )


def test_a_group_confirmed_less_than_a_year_ago_is_not_asked(group):
    with on("2026-01-10"):
        run_daily()
    assert mails("verification_request") == []


def test_the_whole_schedule_from_request_to_automatic_pause(group, parkstad, anja):
    # 12 months and a day after the last verification: one request, however often it runs.
    with on("2026-01-11"):
        run_daily()
        run_daily()
    [request_mail] = mails("verification_request")
    assert request_mail.to == "groep@prive.example"
    assert request_mail.subject == "Klopt de informatie over uw groep nog?"
    assert "/controle/" in request_mail.body_text

    # No reminder before two weeks; exactly one from two weeks on.
    with on("2026-01-24"):
        run_daily()
    assert mails("verification_reminder") == []
    with on("2026-01-25"):
        run_daily()
    with on("2026-01-26"):
        run_daily()
    assert len(mails("verification_reminder")) == 1

    # Unconfirmed on the staff home from six weeks on.
    with on("2026-02-21"):
        assert freshness.unconfirmed(Group.objects.all()).count() == 0
    with on("2026-02-22"):
        assert list(freshness.unconfirmed(Group.objects.all())) == [group]

    # Still published the day before 16 months; paused (and its contact point told) after.
    with on("2026-05-10"):
        run_daily()
    group.refresh_from_db()
    assert group.status == Group.Status.PUBLISHED
    with on("2026-05-11"):
        run_daily()
        run_daily()
    group.refresh_from_db()
    assert group.status == Group.Status.PAUSED
    assert group.auto_paused_on == date(2026, 5, 11)
    assert group not in Group.objects.published()
    told = {m.to for m in mails("group_auto_paused")}
    assert told == {anja.email}  # ContactPoint.staff_recipients(): the staff, not also the inbox
    assert len(mails("group_auto_paused")) == 1  # once, not once per run


def test_a_group_confirmed_through_the_link_is_asked_again_a_year_later(client, group):
    with on("2026-01-11"):
        run_daily()
        vr = VerificationRequest.objects.get()
        client.post(reverse("verification:check", args=[freshness.make_token(vr)]))
    group.refresh_from_db()
    assert group.last_verified == date(2026, 1, 11)
    with on("2027-01-11"):
        run_daily()
    assert len(mails("verification_request")) == 1
    with on("2027-01-12"):
        run_daily()
    assert len(mails("verification_request")) == 2


def test_an_answered_request_gets_no_reminder(client, group):
    with on("2026-01-11"):
        run_daily()
        vr = VerificationRequest.objects.get()
        client.post(reverse("verification:check", args=[freshness.make_token(vr)]))
    with on("2026-01-26"):
        run_daily()
    assert mails("verification_reminder") == []


def test_groups_that_are_not_published_are_never_asked(parkstad):
    for status in (Group.Status.DRAFT, Group.Status.PAUSED, Group.Status.ARCHIVED):
        GroupFactory(contact_point=parkstad, status=status, last_verified=date(2020, 1, 1))
    with on("2026-01-11"):
        run_daily()
    assert mails("verification_request") == []
    assert mails("group_auto_paused") == []


def test_the_daily_job_is_scheduled():
    from django.conf import settings

    assert "check_listings" in settings.DAILY_JOBS
    assert settings.VERIFY_AFTER_MONTHS == 12
    assert settings.PAUSE_AFTER_MONTHS == 16
