from django.core.management import BaseCommand
from django.utils import timezone

from starting import retention


class Command(BaseCommand):
    help = "Delete the personal details of group-start and room requests after 90 days."

    def handle(self, *args, **options):
        count = retention.purge(timezone.now())
        self.stdout.write(f"{count} requests purged")
