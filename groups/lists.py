"""What every list of groups shares: the cards' themes and meetings, and page numbers."""

import math

from django.utils import timezone

from groups.models import Group, MeetingException, Schedule
from groups.services import next_meeting_and_place

PER_PAGE = 20


def with_cards(*lists):
    """Load what the cards of these lists show (group_card), in two queries for all of them
    together: their themes and their meetings with venues. Plain lists, not
    prefetch_related: for a page of 25 cards, Django's prefetching cost more than the rest
    of the page's Python."""
    groups = [g for groups in lists for g in groups]
    ids = {g.pk for g in groups}
    themes = {pk: [] for pk in ids}
    schedules = {pk: [] for pk in ids}
    if ids:
        links = (
            Group.themes.through.objects.filter(group_id__in=ids)
            .select_related("theme")
            .order_by("theme__position", "theme__name")  # Theme's order, as themes.all()
        )
        for link in links:
            themes[link.group_id].append(link.theme)
        for schedule in (
            Schedule.objects.filter(group_id__in=ids)
            .select_related("venue")
            .order_by("weekday", "start_time")
        ):
            schedules[schedule.group_id].append(schedule)
    now = timezone.now()
    stale = {
        g.pk
        for g in groups
        if (schedules[g.pk] or g.no_fixed_schedule)
        and not (g.next_meeting_at and g.next_meeting_at >= now)
    }
    exceptions = {pk: [] for pk in stale}
    if stale:  # rare: the stored next meeting is refreshed nightly and on every change
        for exception in MeetingException.objects.filter(
            group_id__in=stale, day__gte=timezone.localdate(now)
        ).select_related("venue"):
            exceptions[exception.group_id].append(exception)
    for group in groups:
        group.card_themes = themes[group.pk]
        group.card_schedules = schedules[group.pk]
        group.card_exceptions = exceptions.get(group.pk, [])
        group.next_meeting = next_meeting(group, now)
    return lists


def next_meeting(group, now):
    """The stored next meeting (and its place, group.next_meeting_place); once it has
    passed, worked out from the loaded schedules and exceptions."""
    if group.next_meeting_at and group.next_meeting_at >= now:
        return group.next_meeting_at
    start, place = next_meeting_and_place(
        group, group.card_schedules, getattr(group, "card_exceptions", ()), now
    )
    group.next_meeting_place = place
    return start


class Pages:
    """Page numbers over a known total, so the count is taken once (and capped)."""

    def __init__(self, total, number, per_page=PER_PAGE):
        self.total = total
        self.count = max(1, math.ceil(total / per_page))
        self.requested = number or 1
        self.number = min(self.requested, self.count)
        self.out_of_range = self.requested > self.count
        self.start = (self.number - 1) * per_page
        self.end = self.start + per_page

    @property
    def has_previous(self):
        return self.number > 1

    @property
    def has_next(self):
        return self.number < self.count

    def numbers(self):
        """The page numbers to link to: the first, the last and two either side of this one."""
        shown = sorted(
            {1, self.count, *range(max(1, self.number - 2), min(self.count, self.number + 2) + 1)}
        )
        out, previous = [], 0
        for n in shown:
            if n - previous > 1:
                out.append(None)  # a gap, shown as an ellipsis
            out.append(n)
            previous = n
        return out
