from django.core.management import BaseCommand

from submissions.retention import purge


class Command(BaseCommand):
    help = (
        "Remove personal details past their retention: relay messages after 30 days, "
        "processed submissions after 90 days, interest registrations after 12 months."
    )

    def handle(self, *args, **options):
        counts = purge()
        self.stdout.write(
            "Removed: {relay_messages} relay message(s), {submissions} submission(s), "
            "{interest} interest registration(s)".format(**counts)
        )
