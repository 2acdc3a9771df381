"""/cijfers/: activities held and people registered per region, for one calendar year.

Counts only: a registration keeps its number of people after its name and contact details
are erased (activities.retention), so past years stay right. "Held" means published, not
called off, and already over; "registered" counts the people with a seat at those."""

from django.db.models import Count, Q, Sum
from django.utils import timezone

from activities.models import Activity, Registration
from contactpoints.models import Region


def activity_figures(year, now=None):
    now = now or timezone.now()
    held = Activity.objects.filter(
        published=True, cancelled_at__isnull=True, starts_at__year=year, ends_at__lte=now
    )
    per_region = {
        row["contact_point__region"]: row
        for row in held.values("contact_point__region").annotate(
            activities=Count("pk", distinct=True),
            people=Sum(
                "registrations__people",
                filter=Q(registrations__status=Registration.Status.CONFIRMED),
            ),
        )
    }
    rows = []
    for region in Region.objects.order_by("name"):
        row = per_region.get(region.pk, {})
        rows.append(
            {
                "region": region,
                "activities": row.get("activities", 0),
                "people": row.get("people") or 0,
            }
        )
    return rows
