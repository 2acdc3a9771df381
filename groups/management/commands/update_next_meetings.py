from django.core.management import BaseCommand

from groups.services import update_next_meetings


class Command(BaseCommand):
    help = "Store each group's next meeting date (used to sort by next meeting)."

    def handle(self, *args, **options):
        self.stdout.write(f"{update_next_meetings()} groups updated")
