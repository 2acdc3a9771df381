from django.conf import settings
from django.core.management import BaseCommand

from peers.services import escalate_unconfirmed


class Command(BaseCommand):
    help = (
        "Tell the contact point about questions to peers that were not confirmed within "
        "settings.PEER_CONFIRM_HOURS, and send the resident a kind note."
    )

    def handle(self, *args, **options):
        count = escalate_unconfirmed(hours=settings.PEER_CONFIRM_HOURS)
        self.stdout.write(f"Told contact points about {count} unconfirmed peer question(s)")
