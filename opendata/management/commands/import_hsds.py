from django.core.management.base import BaseCommand, CommandError

from contactpoints.models import ContactPoint
from opendata import importer


class Command(BaseCommand):
    help = (
        "Imports another directory's HSDS 3.0 export (JSON file or folder, or the tabular CSV "
        "folder) into one contact point. New groups wait for review unless --publish."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="an HSDS JSON file, or a folder of JSON or CSV files")
        parser.add_argument(
            "--contact-point", required=True, help="slug of the contact point to import into"
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="report what would happen; store nothing"
        )
        parser.add_argument(
            "--publish",
            action="store_true",
            help="publish new groups and apply changes at once, without staff review",
        )

    def handle(self, *args, path, contact_point, dry_run, publish, **options):
        cp = ContactPoint.objects.filter(slug=contact_point).first()
        if cp is None:
            raise CommandError(f"No contact point with slug {contact_point!r}")
        try:
            outcomes = importer.run(path, cp, dry_run=dry_run, publish=publish)
        except (OSError, ValueError) as exc:
            raise CommandError(f"Cannot read {path}: {exc}") from exc
        counts = {
            k: 0 for k in (importer.NEW, importer.CHANGED, importer.UNCHANGED, importer.REFUSED)
        }
        for outcome in outcomes:
            counts[outcome.result] += 1
            line = f"{outcome.result:9} {outcome.source_id or '-'}  {outcome.name}"
            if outcome.reasons:
                line += ": " + "; ".join(outcome.reasons)
            self.stdout.write(line)
        summary = ", ".join(f"{n} {k}" for k, n in counts.items())
        prefix = "Dry run (nothing stored): " if dry_run else ""
        self.stdout.write(prefix + summary)
