"""Web requests only queue mail; the scheduler sends it (outbox.mail). Tests that want to
read what was sent run that delivery step themselves, so each test says when mail leaves."""

from django.core import mail
from django.core.management import call_command


def send_queued_mail() -> list:
    """Run `manage.py send_queued_mail` (what the scheduler does every few seconds) and
    return everything sent so far (django.core.mail.outbox)."""
    call_command("send_queued_mail", stdout=open("/dev/null", "w"))  # noqa: SIM115
    return mail.outbox
