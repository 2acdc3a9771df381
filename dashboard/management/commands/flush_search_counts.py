from django.core.management.base import BaseCommand

from dashboard.counters import flush_search_counts


class Command(BaseCommand):
    help = "Moves the search counts waiting in Redis into the database (dashboard.counters)."

    def handle(self, *args, **options):
        moved = flush_search_counts()
        self.stdout.write(f"{moved} searches counted")
