"""A small, dependency-free scheduler for the container setup and `make run`: queued mail
every MAIL_POLL_SECONDS (a few seconds), the hourly jobs (settings.HOURLY_JOBS: what must
happen within hours, such as telling a contact point about a peer's unanswered question)
once an hour, the daily jobs (settings.DAILY_JOBS) once a day at DAILY_JOBS_HOUR local time.

Web requests only queue mail (outbox.mail), so this loop is what sends it. Looking for due
mail is one indexed query, cheap enough to do every few seconds: a resident's message to a
group leaves within seconds, not minutes.

Each job is an idempotent management command, so running one twice (two schedulers, a
restart) does no harm; cron or a Kubernetes CronJob can run the same commands instead.
"""

import logging
import time
from pathlib import Path

from django.conf import settings
from django.core.management import BaseCommand, call_command
from django.utils import timezone

from outbox.mail import deliver_due

logger = logging.getLogger(__name__)
ALIVE = Path("/tmp/scheduler-alive")


class Command(BaseCommand):
    help = "Send queued mail every few seconds, the hourly jobs every hour, the daily jobs daily."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Run every job once and stop.")

    def handle(self, *args, once=False, **options):
        if once:
            self.run(["send_queued_mail", *settings.HOURLY_JOBS, *settings.DAILY_JOBS])
            return
        last_daily = last_hour = None
        while True:
            ALIVE.touch()
            self.send_mail()
            now = timezone.localtime()
            this_hour = now.replace(minute=0, second=0, microsecond=0)
            if last_hour != this_hour:
                self.run(settings.HOURLY_JOBS)
                last_hour = this_hour
            if now.hour == settings.DAILY_JOBS_HOUR and last_daily != now.date():
                self.run(settings.DAILY_JOBS)
                last_daily = now.date()
            time.sleep(settings.MAIL_POLL_SECONDS)

    def send_mail(self):
        try:
            sent, failed = deliver_due()
        except Exception:
            logger.exception("Sending queued mail failed")
            return
        if sent or failed:
            logger.info("Queued mail: %s sent, %s will be retried", sent, failed)

    def run(self, commands):
        for name in commands:
            try:
                call_command(name)
            except Exception:
                logger.exception("Scheduled job %s failed", name)
