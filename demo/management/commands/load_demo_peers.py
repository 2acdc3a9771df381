"""Load the fictional demo peers and articles (idempotent). See demo.peers and
demo.articles. Needs the demo contact points: run load_demo_data first."""

from django.conf import settings
from django.core.management import BaseCommand, CommandError

from demo import articles as article_content
from demo import peers as peer_content


def load() -> dict:
    """The hook for load_demo_data: call after the demo contact points exist."""
    return {**peer_content.load(), **article_content.load()}


class Command(BaseCommand):
    help = "Create or update the fictional demo peers and articles (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force", action="store_true", help="Load even when neither DEMO_MODE nor DEBUG is on."
        )

    def handle(self, *args, force=False, **options):
        if not (settings.DEMO_MODE or settings.DEBUG or force):
            raise CommandError(
                "Refusing to load demo data: set DEMO_MODE=true or DEBUG=true, or pass --force."
            )
        try:
            counts = load()
        except Exception as error:  # a missing contact point or theme: say which
            raise CommandError(f"{type(error).__name__}: {error}") from error
        self.stdout.write(f"{counts['peers']} peers, {counts['articles']} articles")
