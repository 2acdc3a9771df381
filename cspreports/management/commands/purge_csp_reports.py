from django.core.management import BaseCommand

from cspreports.reports import KEEP_DAYS, purge


class Command(BaseCommand):
    help = f"Delete CSP violation reports older than {KEEP_DAYS} days."

    def handle(self, *args, **options):
        self.stdout.write(f"Removed: {purge()} CSP report row(s)")
