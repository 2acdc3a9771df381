from django.core.management import BaseCommand

from groups.models import Group
from groups.search import index


class Command(BaseCommand):
    help = "Recompute every group's search vector (after a change to groups/search/index.py)."

    def handle(self, *args, **options):
        ids = list(Group.objects.values_list("pk", flat=True))
        for start in range(0, len(ids), 1000):
            index.update_search_vectors(ids[start : start + 1000])
        self.stdout.write(f"{len(ids)} search vectors rebuilt")
