from django.conf import settings
from django.core.management import BaseCommand, CommandError

from demo import staff as demo_staff


class Command(BaseCommand):
    help = "Print the current TOTP code of the demo staff accounts (DEMO_MODE only)."

    def add_arguments(self, parser):
        parser.add_argument("username", nargs="?", help="Any demo account; they share a secret.")

    def handle(self, *args, username=None, **options):
        if not settings.DEMO_MODE:
            raise CommandError("Only in demo mode: the demo accounts do not exist otherwise.")
        self.stdout.write(demo_staff.current_code())
