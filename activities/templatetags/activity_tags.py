"""{% upcoming_activities %}: the next few activities on the home page, a theme page or a
contact point's page, in one small include so those templates need one line."""

from urllib.parse import urlencode

from django import template

from activities.models import Activity

register = template.Library()

SHOWN = 3


@register.inclusion_tag("activities/includes/upcoming.html")
def upcoming_activities(theme=None, contact_point=None, count=SHOWN):
    activities = Activity.objects.upcoming().filter(cancelled_at__isnull=True)
    query = {}
    if theme is not None:
        activities = activities.for_theme_slugs([theme.slug])
        query["thema"] = theme.slug
    if contact_point is not None:
        activities = activities.filter(contact_point=contact_point)
    # One query: the venue and contact point come along.
    found = list(activities.select_related("venue", "contact_point")[:count])
    return {"upcoming_activities": found, "activities_query": urlencode(query)}
