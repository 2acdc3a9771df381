from django.core.management import BaseCommand

from peers.retention import purge_questions


class Command(BaseCommand):
    help = "Delete the text and contact details of peer questions 14 days after delivery."

    def handle(self, *args, **options):
        count = purge_questions()
        self.stdout.write(f"Purged {count} peer question(s)")
