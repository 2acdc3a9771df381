from django.core.management import BaseCommand

from activities.retention import purge_registrations


class Command(BaseCommand):
    help = "Erase registrants' names and contact details 30 days after the activity."

    def handle(self, *args, **options):
        count = purge_registrations()
        self.stdout.write(f"Erased {count} activity registration(s)")
