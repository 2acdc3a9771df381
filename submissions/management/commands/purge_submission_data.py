from django.core.management import BaseCommand

from submissions.retention import purge


class Command(BaseCommand):
    help = (
        "Remove personal details past their retention: relay messages 14 days after "
        "delivery, submissions after 90 days, interest registrations after 12 months, "
        "sent emails 30 days after sending (see submissions/retention.py)."
    )

    def handle(self, *args, **options):
        counts = purge()
        self.stdout.write(
            "Removed: {relay_messages} relay message(s), {submissions} submission(s), "
            "{interest} interest registration(s), {emails} email(s)".format(**counts)
        )
