"""Helpers around the listing history (django-simple-history on Group, Schedule, Venue)."""

from django.db.models import OuterRef, Subquery

from groups.models import Group, Schedule, Venue


def record_first_versions():
    """Give every group, meeting and venue without any history a first version, e.g. after
    a bulk load, so the first real change shows as old -> new. Returns how many."""
    made = 0
    for model in (Group, Schedule, Venue):
        missing = model.objects.exclude(pk__in=model.history.values("id"))
        instances = list(missing)
        if instances:
            model.history.bulk_history_create(
                instances, default_change_reason="Eerste versie (bij het inlezen)"
            )
            made += len(instances)
    # bulk_history_create skips the signal that notes the group's version on its row.
    Group.history.filter(group_version__isnull=True).update(
        group_version=Subquery(Group.objects.filter(pk=OuterRef("id")).values("version")[:1])
    )
    return made
