"""Load the fictional demo activities (idempotent). See demo.activities. Needs the demo
contact points and venues: run load_demo_data first."""

from django.conf import settings
from django.core.management import BaseCommand, CommandError

from demo import activities as activity_content


class Command(BaseCommand):
    help = "Create or update the fictional demo activities (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force", action="store_true", help="Load even when neither DEMO_MODE nor DEBUG is on."
        )

    def handle(self, *args, force=False, **options):
        if not (settings.DEMO_MODE or settings.DEBUG or force):
            raise CommandError(
                "Refusing to load demo data: set DEMO_MODE=true or DEBUG=true, or pass --force."
            )
        try:
            counts = activity_content.load()
        except Exception as error:  # a missing contact point or theme: say which
            raise CommandError(f"{type(error).__name__}: {error}") from error
        self.stdout.write(f"{counts['activities']} activities")
