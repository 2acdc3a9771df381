"""Helpers around the listing history (django-simple-history on Group, Schedule, Venue)."""

from django.apps import apps
from django.db.models import OuterRef, Subquery

from groups.models import Group, Schedule, Venue

FIRST_VERSION = "Eerste versie (bij het inlezen)"


def record_first_versions():
    """Give every group, meeting and venue without any history a first version, e.g. after
    a bulk load, so the first real change shows as old -> new. Returns how many."""
    made = 0
    for model in (Group, Schedule, Venue):
        missing = model.objects.exclude(pk__in=model.history.values("id"))
        instances = list(missing)
        if instances:
            model.history.bulk_history_create(instances, default_change_reason=FIRST_VERSION)
            made += len(instances)
    # bulk_history_create skips the signal that notes the group's version on its row, and
    # the themes: without them the first real change would show themes "added".
    Group.history.filter(group_version__isnull=True).update(
        group_version=Subquery(Group.objects.filter(pk=OuterRef("id")).values("version")[:1])
    )
    themes_history = apps.get_model("groups", "HistoricalGroup_themes")
    bare = Group.history.filter(history_change_reason=FIRST_VERSION).exclude(
        history_id__in=themes_history.objects.values("history_id")
    )
    links = Group.themes.through.objects.filter(group_id__in=bare.values("id"))
    records = dict(bare.values_list("id", "history_id"))
    themes_history.objects.bulk_create(
        themes_history(
            id=link.pk,
            history_id=records[link.group_id],
            group_id=link.group_id,
            theme_id=link.theme_id,
        )
        for link in links
    )
    return made
