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


RESTORED = "Teruggezet naar een eerdere versie"


def _values(instance):
    return [getattr(instance, f.attname) for f in instance._meta.concrete_fields]


def _put_back(instance, current, user):
    """Save `instance` (built from history) over `current` (None if it was deleted since),
    unless nothing differs, so an unchanged row gets no new history record."""
    if current is not None and _values(current) == _values(instance):
        return False
    instance._history_user = user
    instance._change_reason = RESTORED
    instance.save(force_insert=current is None)
    return True


def _end_of(record):
    """When the group version `record` stopped being current (None: it still is)."""
    return (
        Group.history.filter(id=record.id, history_date__gt=record.history_date)
        .order_by("history_date")
        .values_list("history_date", flat=True)
        .first()
    )


def meetings_of(record):
    """The group's meetings as they were at the end of version `record` (unsaved instances)."""
    cutoff = _end_of(record)
    then = Schedule.history.filter(group_id=record.id)
    if cutoff:
        then = then.filter(history_date__lt=cutoff)
    return list(then.latest_of_each().as_instances())


def restore_meetings(group, record, user):
    """Put a group's meetings, and the venues they met at, back as they were while the
    group version `record` was current.

    django-simple-history restores the group's own fields only; meetings and venues have
    histories of their own. A version is current from its own time until the group's next
    version; the admin saves a group before its meetings, so the meetings edited in the same
    save as the next version come after that moment, and are not part of this one. Call
    inside the transaction that saves the group. A venue that other groups' meetings use now
    is left as it is (changing it would change their listings too); the names of those are
    returned."""
    cutoff = _end_of(record)
    meetings = meetings_of(record)

    venues_then = Venue.history.filter(id__in={m.venue_id for m in meetings if m.venue_id})
    if cutoff:
        venues_then = venues_then.filter(history_date__lt=cutoff)
    venues_now = Venue.objects.select_for_update().in_bulk(
        [v.pk for v in venues_then.latest_of_each().as_instances()]
    )
    shared = set(
        Schedule.objects.filter(venue__in=venues_now.keys())
        .exclude(group=group)
        .values_list("venue_id", flat=True)
    )
    left_as_is = []
    for venue in venues_then.latest_of_each().as_instances():
        if venue.pk in shared:
            if _values(venue) != _values(venues_now[venue.pk]):
                left_as_is.append(str(venues_now[venue.pk]))
            continue
        _put_back(venue, venues_now.get(venue.pk), user)

    now = {m.pk: m for m in Schedule.objects.select_for_update().filter(group=group)}
    for extra in now.keys() - {m.pk for m in meetings}:
        now[extra]._history_user = user
        now[extra]._change_reason = RESTORED
        now[extra].delete()
    for meeting in meetings:
        _put_back(meeting, now.get(meeting.pk), user)
    return left_as_is
