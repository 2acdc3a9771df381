"""A small, dependency-free scheduler for the container setup: queued mail every minute,
the daily jobs (settings.DAILY_JOBS) once a day at DAILY_JOBS_HOUR local time.

Each job is an idempotent management command, so running one twice (two schedulers, a
restart) does no harm; cron or a Kubernetes CronJob can run the same commands instead.
"""

import logging
import time
from pathlib import Path

from django.conf import settings
from django.core.management import BaseCommand, call_command
from django.utils import timezone

logger = logging.getLogger(__name__)
ALIVE = Path("/tmp/scheduler-alive")


class Command(BaseCommand):
    help = "Run queued mail every minute and the daily jobs once a day (for docker compose)."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Run every job once and stop.")

    def handle(self, *args, once=False, **options):
        if once:
            self.run(["send_queued_mail", *settings.DAILY_JOBS])
            return
        last_daily = None
        while True:
            ALIVE.touch()
            self.run(["send_queued_mail"])
            now = timezone.localtime()
            if now.hour == settings.DAILY_JOBS_HOUR and last_daily != now.date():
                self.run(settings.DAILY_JOBS)
                last_daily = now.date()
            time.sleep(60)

    def run(self, commands):
        for name in commands:
            try:
                call_command(name)
            except Exception:
                logger.exception("Scheduled job %s failed", name)
