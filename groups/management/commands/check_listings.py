from django.core.management import BaseCommand

from groups.verification.freshness import run_daily


class Command(BaseCommand):
    help = (
        "Daily freshness loop: pause groups not confirmed for PAUSE_AFTER_MONTHS, ask groups "
        "not confirmed for VERIFY_AFTER_MONTHS whether their listing is right, remind once."
    )

    def handle(self, *args, **options):
        counts = run_daily()
        self.stdout.write(
            "{paused} paused, {requested} asked to confirm, {reminded} reminded".format(**counts)
        )
