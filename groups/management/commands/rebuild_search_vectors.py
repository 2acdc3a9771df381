from django.core.management import BaseCommand

from groups import search
from groups.models import Group


class Command(BaseCommand):
    help = "Recompute every group's search vector (after a change to groups/search.py)."

    def handle(self, *args, **options):
        ids = list(Group.objects.values_list("pk", flat=True))
        for start in range(0, len(ids), 1000):
            search.update_search_vectors(ids[start : start + 1000])
        self.stdout.write(f"{len(ids)} search vectors rebuilt")
