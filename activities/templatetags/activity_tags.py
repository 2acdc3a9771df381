"""{% upcoming_activities %}: the next few activities on the home page, a theme page or a
contact point's page, in one small include so those templates need one line.

The upcoming activities are read once and kept in the shared cache for a few minutes
(saving an activity or its themes clears it, see activities.apps), so those pages pay no
query for the block."""

from urllib.parse import urlencode

from django import template
from django.contrib.postgres.aggregates import ArrayAgg
from django.core.cache import cache
from django.utils import timezone

from activities.models import Activity

register = template.Library()

SHOWN = 3
CACHE_KEY = "activities:upcoming"
CACHE_SECONDS = 300
KEPT = 200


def _upcoming():
    """[(activity with its venue, {theme ids and their parents' ids})], soonest first."""
    found = cache.get(CACHE_KEY)
    if found is None:
        # One query: the venue joined, the theme ids (and their main themes') aggregated.
        activities = (
            Activity.objects.upcoming()
            .filter(cancelled_at__isnull=True)
            .select_related("venue")
            .annotate(
                theme_ids=ArrayAgg("themes__id", distinct=True, default=[]),
                parent_ids=ArrayAgg("themes__parent_id", distinct=True, default=[]),
            )[:KEPT]
        )
        found = [(a, set(a.theme_ids) | set(a.parent_ids)) for a in activities]
        cache.set(CACHE_KEY, found, CACHE_SECONDS)
    return found


def forget(**kwargs):
    cache.delete(CACHE_KEY)


@register.inclusion_tag("activities/includes/upcoming.html")
def upcoming_activities(theme=None, contact_point=None, count=SHOWN):
    now = timezone.now()
    query = {}
    if theme is not None:
        query["thema"] = theme.slug
    shown = []
    for activity, theme_ids in _upcoming():
        if activity.ends_at < now:
            continue
        if theme is not None and theme.pk not in theme_ids:
            continue
        if contact_point is not None and activity.contact_point_id != contact_point.pk:
            continue
        shown.append(activity)
        if len(shown) == count:
            break
    return {"upcoming_activities": shown, "activities_query": urlencode(query)}
