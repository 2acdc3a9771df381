from django.core.management import BaseCommand

from activities.services import send_reminders


class Command(BaseCommand):
    help = "The day before an activity: remind everyone with a seat (hourly, from 9.00)."

    def handle(self, *args, **options):
        count = send_reminders()
        self.stdout.write(f"Sent {count} activity reminder(s)")
