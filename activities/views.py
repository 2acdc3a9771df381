"""Public pages of the activities: the list, an activity's page with the registration form,
its calendar file, and the cancel link from the mails (a page with a button; only the POST
cancels, because mail scanners open links)."""

from django.core import signing
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.views.decorators.http import require_safe

from activities import public, services
from activities.forms import ActivityFilterForm, ButtonForm, RegistrationForm
from activities.models import Activity, Registration
from submissions.protection import already_sent, sent_once
from submissions.views import rate_limited
from zelfhulp import ratelimit
from zelfhulp.client import client_address
from zelfhulp.signed_links import ACTIVITY_CANCEL, opens

REGISTER_PER_ADDRESS = ratelimit.Limit("activity-register-address", 10, 60 * 60)
REGISTER_PER_ACTIVITY = ratelimit.Limit("activity-register-activity", 200, 24 * 60 * 60)
PER_PAGE_LIMIT = 200


def _language():
    return (get_language() or "nl")[:8]


def activity_list(request):
    form = ActivityFilterForm(request.GET or None)
    # One query for the activities (with contact point and venue), one for their themes.
    activities = (
        form.filter(Activity.objects.upcoming())
        .select_related("contact_point", "venue")
        .prefetch_related("themes")
    )
    return render(
        request,
        "activities/activity_list.html",
        {
            "form": form,
            "activities": list(activities[:PER_PAGE_LIMIT]),
            "searched": form.is_bound,
        },
    )


def _public_activity(slug):
    return get_object_or_404(
        Activity.objects.published().select_related("contact_point", "venue", "series"),
        slug=slug,
    )


def activity_detail(request, slug):
    activity = _public_activity(slug)
    themes = list(activity.themes.all())
    is_open = services.is_open_for_registration(activity)
    form = None
    if is_open:
        if request.method == "POST":
            form = RegistrationForm(request.POST)
            if form.is_valid():
                if form.is_spam():
                    return redirect("activities:registered", "-")
                if already_sent(Registration, form):
                    done = Registration.objects.get(form_nonce=form.nonce)
                    return redirect("activities:registered", ACTIVITY_CANCEL.make(done.pk))
                limits = [
                    (REGISTER_PER_ADDRESS, client_address(request)),
                    (REGISTER_PER_ACTIVITY, activity.pk),
                ]
                if wait := ratelimit.check(*limits) or ratelimit.hit_all(*limits):
                    return rate_limited(request, wait)
                data = form.cleaned_data
                try:
                    with sent_once(Registration, form):
                        registration = services.register(
                            activity,
                            name=data["name"],
                            email=data["email"],
                            phone=data["phone"],
                            people=data["people"],
                            nonce=form.nonce,
                            language=_language(),
                        )
                except services.RegistrationClosed:
                    return redirect(activity.get_absolute_url())
                else:
                    return redirect("activities:registered", ACTIVITY_CANCEL.make(registration.pk))
        else:
            form = RegistrationForm()
    seats_left = activity.seats_left()
    occurrences = []
    if activity.series_id or activity.occurrences.exists():
        first = activity.series or activity
        occurrences = list(
            Activity.objects.upcoming()
            .filter(pk__in=[first.pk, *first.occurrences.values_list("pk", flat=True)])
            .exclude(pk=activity.pk)
        )
    return render(
        request,
        "activities/activity_detail.html",
        {
            "activity": activity,
            "themes": themes,
            "form": form,
            "is_open": is_open,
            "seats_left": seats_left,
            "full": seats_left == 0,
            "occurrences": occurrences,
            "json_ld": public.json_ld(activity, themes),
        },
    )


@require_safe
def activity_calendar(request, slug):
    activity = _public_activity(slug)
    response = HttpResponse(public.calendar(activity), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{activity.slug}.ics"'
    return response


def _registration(pk):
    return Registration.objects.select_related("activity__contact_point").get(
        pk=pk, erased_at__isnull=True
    )


def registered(request, token):
    """After the form: confirmed, or on the waiting list. A bot gets the same page without
    details (token "-")."""
    registration = None
    if token != "-":
        try:
            registration = _registration(ACTIVITY_CANCEL.read(token))
        except (signing.BadSignature, Registration.DoesNotExist):
            registration = None
    return render(
        request,
        "activities/registered.html",
        {"registration": registration, "token": token},
    )


@opens(ACTIVITY_CANCEL, _registration, "activities/cancel.html", {"invalid": True})
def cancel(request, registration, token):
    form = ButtonForm(request.POST) if request.method == "POST" else ButtonForm()
    done = False
    if form.is_bound and form.is_valid():
        services.cancel(registration)
        registration.refresh_from_db()
        done = True
    return render(
        request,
        "activities/cancel.html",
        {"registration": registration, "activity": registration.activity, "done": done},
    )
