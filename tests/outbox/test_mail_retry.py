"""A failing mail server never loses a message: it is stored, retried with back-off and
sent by a later run; what cannot be delivered shows on the staff home."""

from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from groups.verification import freshness
from outbox.models import MAX_ATTEMPTS, OutgoingEmail
from tests.factories import GroupFactory

pytestmark = pytest.mark.django_db

DOWN = "tests.outbox.failing_mail.DownBackend"
UP = "django.core.mail.backends.locmem.EmailBackend"


def send_queued():
    call_command("send_queued_mail", stdout=open("/dev/null", "w"))


@pytest.fixture
def group(parkstad):
    return GroupFactory(contact_point=parkstad)


def test_a_request_queued_while_smtp_is_down_is_kept_and_sent_by_a_later_run(group):
    freshness.send_request(group)
    message = OutgoingEmail.objects.get(tag="verification_request")
    assert message.status == OutgoingEmail.Status.QUEUED
    assert message.attempts == 0  # queued only: nothing was tried yet
    with override_settings(EMAIL_BACKEND=DOWN):
        send_queued()
    message.refresh_from_db()
    assert message.attempts == 1
    assert "SMTPServerDisconnected" in message.last_error
    assert mail.outbox == []

    with override_settings(EMAIL_BACKEND=DOWN):
        send_queued()  # not due yet: the back-off holds it
    message.refresh_from_db()
    assert message.attempts == 1

    later = timezone.now() + timedelta(minutes=5)
    with override_settings(EMAIL_BACKEND=UP), time_machine.travel(later, tick=False):
        send_queued()
    message.refresh_from_db()
    assert message.status == OutgoingEmail.Status.SENT
    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject == "Klopt de informatie over uw groep nog?"
    assert mail.outbox[0].to == [group.contact_email]


def test_mail_that_keeps_failing_is_marked_undelivered_and_shown_to_staff(group, as_user, anja):
    freshness.send_request(group)
    message = OutgoingEmail.objects.get()
    moment = timezone.now()
    with override_settings(EMAIL_BACKEND=DOWN):
        for _ in range(MAX_ATTEMPTS):
            moment += timedelta(hours=5)
            with time_machine.travel(moment, tick=False):
                send_queued()
    message.refresh_from_db()
    assert message.status == OutgoingEmail.Status.FAILED
    assert message.attempts == MAX_ATTEMPTS

    home = as_user(anja).get(reverse("admin:index")).content.decode()
    assert "e-mails die niet konden worden afgeleverd" in home
    assert reverse("admin:outbox_outgoingemail_changelist") + "?status__exact=failed" in home


def test_staff_can_retry_undelivered_mail_once_the_server_is_back(group, as_user, anja):
    freshness.send_request(group)
    OutgoingEmail.objects.update(status=OutgoingEmail.Status.FAILED, attempts=MAX_ATTEMPTS)
    message = OutgoingEmail.objects.get()
    response = as_user(anja).post(
        reverse("admin:outbox_outgoingemail_changelist"),
        {"action": "retry_now", "_selected_action": [message.pk]},
        follow=True,
    )
    assert "worden binnen een minuut verzonden" in response.content.decode()
    message.refresh_from_db()
    assert message.status == OutgoingEmail.Status.QUEUED  # the page itself sends nothing
    assert mail.outbox == []
    with override_settings(EMAIL_BACKEND=UP):
        send_queued()
    message.refresh_from_db()
    assert message.status == OutgoingEmail.Status.SENT
    assert len(mail.outbox) == 1
