from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from contactpoints.models import ContactPoint
from groups.models import Group, Theme
from groups.schedule import next_meetings_for


def home(request):
    groups = Group.objects.published().for_cards().order_by("name")
    return render(
        request,
        "groups/home.html",
        {
            "groups": groups,
            "themes": Theme.objects.top_level(),
            "contact_points": ContactPoint.objects.all(),
        },
    )


def group_detail(request, slug):
    group = get_object_or_404(Group.objects.public().for_cards(), slug=slug)
    schedules = list(group.schedules.all())
    return render(
        request,
        "groups/group_detail.html",
        {
            "group": group,
            "schedules": schedules,
            "next_meetings": next_meetings_for(schedules, timezone.now(), 3),
        },
    )


def theme_detail(request, slug):
    theme = get_object_or_404(Theme, slug=slug)
    groups = Group.objects.published().for_theme(theme).for_cards().order_by("name")
    return render(request, "groups/theme_detail.html", {"theme": theme, "groups": groups})
