from django.core.management import BaseCommand

from groups.verification.freshness import run_daily


class Command(BaseCommand):
    help = (
        "Daily freshness loop: pause groups asked and reminded without answer (at most a few per run), ask groups "
        "not confirmed for VERIFY_AFTER_MONTHS whether their listing is right, remind once."
    )

    def handle(self, *args, **options):
        counts = run_daily()
        self.stdout.write(
            "{paused} paused, {held} held back (over the limit per run), {requested} asked to confirm, {reminded} reminded".format(
                **counts
            )
        )
