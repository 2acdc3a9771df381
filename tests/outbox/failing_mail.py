"""An email backend whose SMTP server is down: the one every mail-failure test uses
(settings.EMAIL_BACKEND = "tests.outbox.failing_mail.DownBackend"), and a mail server that
hangs (hanging_smtp_server)."""

import smtplib
import socket
import threading
from contextlib import contextmanager

from django.core.mail.backends.base import BaseEmailBackend


class DownBackend(BaseEmailBackend):
    def send_messages(self, messages):
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")


@contextmanager
def hanging_smtp_server():
    """A mail server that accepts connections and then never says a word (not even the
    SMTP greeting): the worst case, because a client waits for its full timeout.
    Yields the port it listens on."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(50)
    held = []
    stop = threading.Event()

    def accept():
        server.settimeout(0.1)
        while not stop.is_set():
            try:
                held.append(server.accept()[0])
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield server.getsockname()[1]
    finally:
        stop.set()
        thread.join()
        for connection in held:
            connection.close()
        server.close()
