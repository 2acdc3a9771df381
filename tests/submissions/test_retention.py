"""Personal details are removed on time by the daily purge_submission_data command."""

from datetime import timedelta

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone

from outbox.mail import queue
from outbox.models import OutgoingEmail
from submissions import services
from submissions.models import Interest, RelayMessage, Submission
from tests.queued_mail import send_queued_mail
from tests.submissions.test_interest import interest_data
from tests.submissions.test_relay import relay_data
from tests.submissions.test_staff_review import make_submission

pytestmark = pytest.mark.django_db


def purge():
    call_command("purge_submission_data", stdout=open("/dev/null", "w"))


@pytest.fixture
def start():
    return timezone.now().replace(microsecond=0)


def test_a_relayed_message_is_emptied_14_days_after_delivery(client, group, start):
    with time_machine.travel(start, tick=False):
        client.post(f"/groepen/{group.slug}/contact/", relay_data())
    with time_machine.travel(start + timedelta(hours=1), tick=False):
        send_queued_mail()  # delivered an hour later
    message = RelayMessage.objects.get()
    assert OutgoingEmail.objects.count() == 2
    with time_machine.travel(start + timedelta(days=14, minutes=59), tick=False):
        purge()
    message.refresh_from_db()
    assert message.message and message.purged_at is None
    with time_machine.travel(start + timedelta(days=14, hours=1, minutes=1), tick=False):
        purge()
    message.refresh_from_db()
    assert message.message == "" and message.first_name == "" and message.reply_email == ""
    assert message.purged_at is not None
    # The emails that carried the text and the address are gone too.
    assert OutgoingEmail.objects.count() == 0
    # What stays is that a message was sent, for the counts.
    assert message.group == group


def test_a_message_that_was_never_delivered_is_emptied_14_days_after_it_was_sent_in(
    client, group, start, settings
):
    settings.EMAIL_BACKEND = "tests.outbox.failing_mail.DownBackend"
    with time_machine.travel(start, tick=False):
        client.post(f"/groepen/{group.slug}/contact/", relay_data())
        send_queued_mail()
    with time_machine.travel(start + timedelta(days=13, hours=23), tick=False):
        purge()
    assert RelayMessage.objects.get().message != ""
    with time_machine.travel(start + timedelta(days=14, minutes=1), tick=False):
        purge()
    assert RelayMessage.objects.get().message == ""
    assert not OutgoingEmail.objects.exists()


def test_a_processed_submission_loses_personal_details_after_90_days(
    parkstad, anja, mourning, start
):
    submission = make_submission(parkstad, mourning, submitter_phone="06 12 34 56 78")
    with time_machine.travel(start, tick=False):
        group = services.approve(submission.pk, anja)
    assert OutgoingEmail.objects.filter(to="jan@example.org").exists()
    with time_machine.travel(start + timedelta(days=89), tick=False):
        purge()
    submission.refresh_from_db()
    assert submission.submitter_email == "jan@example.org"
    with time_machine.travel(start + timedelta(days=90, minutes=1), tick=False):
        purge()
    submission.refresh_from_db()
    assert submission.submitter_name == submission.submitter_email == ""
    assert submission.submitter_phone == submission.contact_email == ""
    assert submission.personal_data_removed_at is not None
    assert not OutgoingEmail.objects.filter(to="jan@example.org").exists()
    # The listing itself stays, and the group still takes messages.
    group.refresh_from_db()
    assert group.status == "published" and group.contact_email == "mieke@prive.example"


@pytest.mark.parametrize("status", ["pending", "question"])
def test_a_submission_nobody_handles_loses_personal_details_after_90_days(
    parkstad, mourning, start, status
):
    with time_machine.travel(start, tick=False):
        submission = make_submission(
            parkstad, mourning, status=status, question="Is het rolstoeltoegankelijk?"
        )
    with time_machine.travel(start + timedelta(days=89, hours=23), tick=False):
        purge()
    submission.refresh_from_db()
    assert submission.submitter_email == "jan@example.org"
    with time_machine.travel(start + timedelta(days=90, minutes=1), tick=False):
        purge()
    submission.refresh_from_db()
    assert submission.submitter_name == submission.submitter_email == ""
    assert submission.contact_name == submission.contact_email == submission.question == ""
    assert submission.personal_data_removed_at is not None
    # The proposal itself stays, for staff to finish.
    assert submission.status == status and submission.name == "Praatgroep na verlies"


def test_every_sent_email_is_deleted_30_days_after_it_was_sent(client, group, anja, start):
    """Escalations to staff too: they name a resident and a group (a health topic)."""
    with time_machine.travel(start, tick=False):
        client.post(f"/groepen/{group.slug}/contact/", relay_data())
        send_queued_mail()
    with time_machine.travel(start + timedelta(days=4), tick=False):
        call_command("escalate_unanswered_messages", stdout=open("/dev/null", "w"))
        send_queued_mail()
    escalation = OutgoingEmail.objects.get(tag="relay_unanswered")
    freshness_mail = queue(
        "groep@example.org", "Klopt de informatie?", "tekst", contact_point=group.contact_point
    )
    with time_machine.travel(start + timedelta(days=10), tick=False):
        send_queued_mail()
    with time_machine.travel(start + timedelta(days=33, hours=23), tick=False):
        purge()
    assert OutgoingEmail.objects.filter(pk=escalation.pk).exists()
    with time_machine.travel(start + timedelta(days=34, minutes=1), tick=False):
        purge()
    assert not OutgoingEmail.objects.filter(pk=escalation.pk).exists()
    assert OutgoingEmail.objects.filter(pk=freshness_mail.pk).exists()  # sent on day 10
    with time_machine.travel(start + timedelta(days=40, minutes=1), tick=False):
        purge()
    assert not OutgoingEmail.objects.exists()


def test_undelivered_mail_stays_for_the_staff_list_and_goes_after_90_days(start):
    with time_machine.travel(start, tick=False):
        mail = queue("kapot@example.org", "Onderwerp", "tekst", contact_point=None)
    OutgoingEmail.objects.filter(pk=mail.pk).update(status=OutgoingEmail.Status.FAILED)
    with time_machine.travel(start + timedelta(days=89), tick=False):
        purge()
    assert OutgoingEmail.objects.undelivered().get().body_text == "tekst"
    with time_machine.travel(start + timedelta(days=90, minutes=1), tick=False):
        purge()
    assert not OutgoingEmail.objects.exists()


def test_interest_is_deleted_after_twelve_months(client, start):
    with time_machine.travel(start, tick=False):
        client.post("/interesse/", interest_data(email="sanne@example.org", consent="on"))
    with time_machine.travel(start + timedelta(days=364), tick=False):
        purge()
    assert Interest.objects.count() == 1
    with time_machine.travel(start + timedelta(days=365, minutes=1), tick=False):
        purge()
    assert Interest.objects.count() == 0


def test_the_purge_is_a_daily_job():
    from django.conf import settings

    assert "purge_submission_data" in settings.DAILY_JOBS
    assert "escalate_unanswered_messages" in settings.DAILY_JOBS


def test_running_the_purge_twice_changes_nothing_more(client, group, start):
    with time_machine.travel(start, tick=False):
        client.post(f"/groepen/{group.slug}/contact/", relay_data())
    with time_machine.travel(start + timedelta(days=40), tick=False):
        purge()
        first = RelayMessage.objects.get().purged_at
        purge()
    assert RelayMessage.objects.get().purged_at == first
    assert Submission.objects.count() == 0
