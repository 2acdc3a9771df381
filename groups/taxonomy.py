import csv

from groups.models import Theme
from groups.search.text import forget_vocabulary


def load_themes(path) -> int:
    """Create or update the two-level theme taxonomy from themes.csv; returns the row count."""
    with open(path, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    by_slug = {}
    for position, row in enumerate(rows):
        parent = by_slug.get(row["parent_slug"]) if row["parent_slug"] else None
        theme, _ = Theme.objects.update_or_create(
            slug=row["slug"],
            defaults={
                "parent": parent,
                "name": row["name_nl"],
                "name_en": row["name_en"],
                "synonyms": [s.strip() for s in row["synonyms"].split("|") if s.strip()],
                "icpc_codes": [c.strip() for c in row["icpc2"].split("|") if c.strip()],
                "position": position,
            },
        )
        by_slug[theme.slug] = theme
    forget_vocabulary()
    return len(rows)
