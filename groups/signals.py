"""Keep each group's search vector and next meeting current when what they read changes."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from groups.models import Group, MeetingException, Schedule, Theme, Venue
from groups.search import index, text


def _refresh(group_ids):
    # Immediately, inside the caller's transaction: a rollback undoes the refresh too.
    ids = set(group_ids)
    if ids:
        refresh_groups(ids)


def refresh_groups(group_ids):
    from groups.services import update_next_meetings

    index.update_search_vectors(group_ids)
    update_next_meetings(group_ids)


@receiver(post_save, sender=Group)
def group_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        _refresh([instance.pk])


@receiver(m2m_changed, sender=Group.themes.through)
def group_themes_changed(sender, instance, action, pk_set, reverse, **kwargs):
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if reverse:  # theme.groups.add(...)
        _refresh(pk_set or Group.objects.filter(themes=instance).values_list("pk", flat=True))
    else:
        _refresh([instance.pk])


@receiver(post_delete, sender=Theme)
def theme_deleted(sender, instance, **kwargs):
    text.forget_vocabulary()


@receiver(post_save, sender=Theme)
def theme_saved(sender, instance, raw=False, **kwargs):
    text.forget_vocabulary()
    if not raw:
        _refresh(
            Group.objects.filter(themes__in=[instance, *instance.children.all()]).values_list(
                "pk", flat=True
            )
        )


@receiver([post_save, post_delete], sender=MeetingException)
@receiver([post_save, post_delete], sender=Schedule)
def schedule_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        _refresh([instance.group_id])


@receiver(post_save, sender=Venue)
def venue_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        _refresh(Group.objects.filter(schedules__venue=instance).values_list("pk", flat=True))
