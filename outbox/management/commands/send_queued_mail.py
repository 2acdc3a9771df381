from django.core.management import BaseCommand

from outbox.mail import deliver_due


class Command(BaseCommand):
    help = "Send queued email that is due, and retry failed attempts with back-off."

    def handle(self, *args, **options):
        sent, failed = deliver_due()
        self.stdout.write(f"{sent} sent, {failed} will be retried")
