"""An email backend whose SMTP server is down: the one every mail-failure test uses
(settings.EMAIL_BACKEND = "tests.outbox.failing_mail.DownBackend")."""

import smtplib

from django.core.mail.backends.base import BaseEmailBackend


class DownBackend(BaseEmailBackend):
    def send_messages(self, messages):
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")
