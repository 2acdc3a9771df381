"""The freshness loop over a whole year and more, with frozen time: ask after 12 months,
remind once after 2 weeks, show staff after 6 weeks, pause after 16 months, and only when
the group was asked and the reminder reached it two weeks before without an answer."""

from datetime import date

import pytest
import time_machine
from django.core.management import call_command
from django.urls import reverse

from groups.models import Group, VerificationRequest
from groups.verification import freshness
from outbox.models import OutgoingEmail
from tests.factories import GroupFactory
from tests.queued_mail import send_queued_mail

pytestmark = pytest.mark.django_db


def on(day):
    """Freeze the clock at 03:00 on day, when the scheduler runs the daily jobs."""
    return time_machine.travel(f"{day} 03:00 +0100", tick=False)


def run_daily():
    """The scheduler's daily run; the mail it queues is sent right after, as the scheduler
    would within seconds."""
    call_command("check_listings", stdout=open("/dev/null", "w"))
    send_queued_mail()


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


# A human in the loop: nothing is paused on age alone, nor after a mail or scheduler outage


def test_a_listing_never_asked_is_asked_and_not_paused_however_old(parkstad):
    group = GroupFactory(contact_point=parkstad, last_verified=date(2019, 3, 1))
    with on("2026-01-11"):
        run_daily()
    group.refresh_from_db()
    assert group.status == Group.Status.PUBLISHED
    assert len(mails("verification_request")) == 1
    assert mails("group_auto_paused") == []


def test_an_old_listing_is_paused_two_weeks_after_the_reminder_reached_it(parkstad):
    group = GroupFactory(contact_point=parkstad, last_verified=date(2019, 3, 1))
    with on("2026-01-11"):
        run_daily()  # asked
    with on("2026-01-25"):
        run_daily()  # reminded, and the reminder is delivered
    with on("2026-02-07"):
        run_daily()
    group.refresh_from_db()
    assert group.status == Group.Status.PUBLISHED
    with on("2026-02-08"):
        run_daily()
    group.refresh_from_db()
    assert group.status == Group.Status.PAUSED


def test_a_reminder_that_never_left_the_outbox_does_not_pause(parkstad):
    group = GroupFactory(contact_point=parkstad, last_verified=date(2019, 3, 1))
    with on("2026-01-11"):
        run_daily()
    with on("2026-01-25"):
        call_command("check_listings", stdout=open("/dev/null", "w"))  # mail server down
    OutgoingEmail.objects.filter(tag="verification_reminder").update(
        status=OutgoingEmail.Status.FAILED
    )
    with on("2026-03-25"):
        call_command("check_listings", stdout=open("/dev/null", "w"))
    group.refresh_from_db()
    assert group.status == Group.Status.PUBLISHED
    assert VerificationRequest.objects.get().reminded_at is not None


def test_after_a_scheduler_outage_nothing_is_paused_at_once(parkstad):
    """The scheduler stopped for half a year: on its first run everything is overdue, but
    those never asked are asked first."""
    groups = [
        GroupFactory(contact_point=parkstad, last_verified=date(2024, 12, 1)) for _ in range(3)
    ]
    with on("2026-06-01"):
        run_daily()
    assert all(Group.objects.get(pk=g.pk).status == Group.Status.PUBLISHED for g in groups)
    assert len(mails("verification_request")) == 3


def test_one_run_pauses_at_most_the_limit_and_tells_staff_about_the_rest(
    parkstad, anja, monkeypatch
):
    monkeypatch.setattr(freshness, "PAUSE_LIMIT_PER_RUN", 2)
    groups = [
        GroupFactory(
            contact_point=parkstad,
            last_verified=date(2019, 3, 1),
            public_phone=f"045 123 45 6{n}",
            contact_name=f"Leider {n}",
        )
        for n in range(5)
    ]
    with on("2026-01-11"):
        run_daily()
    with on("2026-01-25"):
        run_daily()
    with on("2026-02-08"):
        counts = freshness.run_daily()
        send_queued_mail()
    assert counts["paused"] == 2
    assert counts["held"] == 3
    assert Group.objects.filter(status=Group.Status.PAUSED).count() == 2
    [notice] = mails("groups_pause_held")
    assert notice.to == anja.email
    assert notice.subject == "3 groepen wachten op een pauze: bel eerst even"
    assert "045 123 45 6" in notice.body_text
    assert "?controle=to_pause" in notice.body_text
    held = [g for g in groups if Group.objects.get(pk=g.pk).status == Group.Status.PUBLISHED]
    assert len(held) == 3


def test_staff_see_where_each_listing_stands_and_whom_to_call(otp_client, parkstad, anja):
    never = GroupFactory(
        name="Nooit gevraagd", contact_point=parkstad, last_verified=date(2025, 1, 2)
    )
    asked = GroupFactory(
        name="Wacht op antwoord",
        contact_point=parkstad,
        last_verified=date(2025, 1, 2),
        public_phone="045 555 12 34",
        contact_name="Mieke",
    )
    confirmed = GroupFactory(
        name="Net bevestigd", contact_point=parkstad, last_verified=date(2025, 1, 2)
    )
    with on("2026-01-03"):
        freshness.send_request(asked)
        vr = freshness.send_request(confirmed)
    with on("2026-01-20"):
        freshness.send_reminder(VerificationRequest.objects.get(group=asked))
        freshness.answer_confirmed(vr)
    VerificationRequest.objects.filter(group=never).delete()
    with on("2026-01-27"):
        page = otp_client(anja).get(reverse("admin:groups_group_changelist")).content.decode()
    rows = {
        g.name: page[page.index(g.name) : page.index("</tr>", page.index(g.name))]
        for g in (never, asked, confirmed)
    }
    assert "nooit gevraagd (bevestigd op 2 jan 2025)" in rows["Nooit gevraagd"]
    assert "herinnerd op 20 jan 2026 (gevraagd op 3 jan 2026)" in rows["Wacht op antwoord"]
    assert "wacht sinds 24 dagen" in rows["Wacht op antwoord"]
    assert 'href="tel:0455551234"' in rows["Wacht op antwoord"]
    assert "(Mieke)" in rows["Wacht op antwoord"]
    assert "bevestigd op 20 jan 2026" in rows["Net bevestigd"]
