from django.conf import settings
from django.core.management import BaseCommand

from submissions.services import escalate_unanswered


class Command(BaseCommand):
    help = (
        "Tell the contact point about relayed messages a group has not confirmed answering "
        "within settings.RELAY_CONFIRM_DAYS."
    )

    def handle(self, *args, **options):
        count = escalate_unanswered(days=settings.RELAY_CONFIRM_DAYS)
        self.stdout.write(f"Told contact points about {count} unanswered message(s)")
