from django.core.management.base import BaseCommand

from dashboard.counters import purge_zero_result_words


class Command(BaseCommand):
    help = "Deletes the words of searches without results 30 days after they were first counted."

    def handle(self, *args, **options):
        deleted = purge_zero_result_words()
        self.stdout.write(f"{deleted} deleted")
