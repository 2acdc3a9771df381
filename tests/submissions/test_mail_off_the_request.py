"""Requests only queue mail; the scheduler sends it. With a mail server that accepts
connections but never answers, a resident's post, a new group and a staff approval still
answer at once, and the mail leaves when the server is back (issue 9, finding 3)."""

import time
from unittest import mock

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import override_settings

from outbox.management.commands.run_scheduler import Command as Scheduler
from outbox.models import OutgoingEmail
from submissions.models import RelayMessage, Submission
from tests.outbox.failing_mail import hanging_smtp_server
from tests.queued_mail import send_queued_mail
from tests.submissions.conftest import listing_data
from tests.submissions.test_relay import PRIVATE, relay_data
from tests.submissions.test_staff_review import admin_data, make_submission, url

pytestmark = pytest.mark.django_db
FAST = 1.0  # seconds: "well under a second" on a busy 2-core machine


@pytest.fixture
def hanging_smtp(settings):
    with hanging_smtp_server() as port:
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", port, 3
        yield


def timed(django_capture_on_commit_callbacks, action):
    """Run a request as production does: what the request leaves for after the commit runs
    too (a test transaction never commits, so on_commit callbacks are run by hand)."""
    start = time.monotonic()
    with django_capture_on_commit_callbacks(execute=True):
        response = action()
    return response, time.monotonic() - start


def test_a_message_to_a_group_answers_at_once_with_the_mail_server_hanging(
    client, group, hanging_smtp, django_capture_on_commit_callbacks
):
    response, seconds = timed(
        django_capture_on_commit_callbacks,
        lambda: client.post(f"/groepen/{group.slug}/contact/", relay_data()),
    )
    assert response.status_code == 302
    assert seconds < FAST
    message = RelayMessage.objects.get()
    assert message.email_to_group.status == OutgoingEmail.Status.QUEUED
    assert message.email_to_group.attempts == 0
    assert mail.outbox == []

    with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
        sent = send_queued_mail()  # the mail server is back
    assert [m.to for m in sent] == [[PRIVATE], ["sanne@example.org"]]
    message.email_to_group.refresh_from_db()
    assert message.email_to_group.status == OutgoingEmail.Status.SENT


def test_registering_a_group_answers_at_once_with_the_mail_server_hanging(
    client, parkstad, anja, hanging_smtp, django_capture_on_commit_callbacks
):
    response, seconds = timed(
        django_capture_on_commit_callbacks,
        lambda: client.post("/groep-aanmelden/", listing_data()),
    )
    assert response.status_code == 302
    assert seconds < FAST
    assert Submission.objects.count() == 1
    assert OutgoingEmail.objects.filter(status="queued").count() == 2  # submitter and staff


def test_a_staff_approval_answers_at_once_with_the_mail_server_hanging(
    otp_client, anja, parkstad, mourning, hanging_smtp, django_capture_on_commit_callbacks
):
    submission = make_submission(parkstad, mourning)
    client = otp_client(anja)
    response, seconds = timed(
        django_capture_on_commit_callbacks,
        lambda: client.post(url(submission), admin_data(submission, _approve="1")),
    )
    assert response.status_code == 302
    assert seconds < FAST
    submission.refresh_from_db()
    assert submission.status == "approved"
    assert OutgoingEmail.objects.get(to="jan@example.org").status == "queued"
    with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
        assert [m.to for m in send_queued_mail()] == [["jan@example.org"]]


def test_the_scheduler_sends_queued_mail_every_few_seconds(client, group, settings):
    client.post(f"/groepen/{group.slug}/contact/", relay_data())
    settings.MAIL_POLL_SECONDS = 5

    class Stop(Exception):
        pass

    with mock.patch("time.sleep", side_effect=Stop) as sleep, pytest.raises(Stop):
        call_command(Scheduler())
    assert sleep.call_args.args == (5,)
    assert [m.to for m in mail.outbox] == [[PRIVATE], ["sanne@example.org"]]
