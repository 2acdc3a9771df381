from django.conf import settings
from django.core.management import BaseCommand, CommandError

from demo import staff as demo_staff


class Command(BaseCommand):
    help = (
        "Create demo staff: one account per contact point and a coordinator, with a "
        "documented password and TOTP secret (DEMO_MODE only)."
    )

    def handle(self, *args, **options):
        # Known password, known second factor: these accounts must never exist in production.
        if not settings.DEMO_MODE:
            raise CommandError("Refusing to create demo staff accounts: DEMO_MODE is off.")
        accounts = demo_staff.load()
        # Demo groups are bulk-loaded without history; give each a first version, so the
        # first change a visitor makes shows as "old -> new".
        from groups.history import record_first_versions

        record_first_versions()
        self.stdout.write(
            f"{len(accounts)} demo staff accounts ({', '.join(u.username for u in accounts)}); "
            f"password {demo_staff.PASSWORD!r}, TOTP secret {demo_staff.TOTP_SECRET} "
            "(current code: manage.py demo_totp)"
        )
