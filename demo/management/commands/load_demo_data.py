"""Fill the directory with demo content for Limburg (idempotent). See demo.groups."""

from django.conf import settings
from django.core.management import BaseCommand, CommandError

from demo import groups as demo
from demo import rooms as demo_rooms


class Command(BaseCommand):
    help = "Create or update demo contact points, venues and groups for Limburg (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Load even when neither DEMO_MODE nor DEBUG is on.",
        )

    def handle(self, *args, force=False, **options):
        # Demo groups look real; a production database must never get them by accident.
        if not (settings.DEMO_MODE or settings.DEBUG or force):
            raise CommandError(
                "Refusing to load demo data: set DEMO_MODE=true or DEBUG=true, or pass --force."
            )
        try:
            counts = demo.load()
        except ValueError as error:
            raise CommandError(str(error)) from error
        rooms = demo_rooms.load()
        statuses = ", ".join(f"{n} {status}" for status, n in sorted(counts["statuses"].items()))
        self.stdout.write(
            f"{counts['contact_points']} contact points, {counts['venues']} venues, "
            f"{counts['groups']} groups ({statuses}; {counts['stale']} published and not "
            f"verified for over a year), {counts['schedules']} schedules, {rooms} rooms"
        )
