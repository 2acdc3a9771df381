"""Public forms: register a group, report a correction, write to a group, register interest.

No view uses the session: anonymous visitors get no cookie but the CSRF cookie on pages
with a form that posts. After a successful post the browser is sent to a "sent" page, so
reloading it never sends anything twice (and the form's one-time nonce guards the rest).
"""

import math
from datetime import timedelta

from django.conf import settings
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import get_language

from contactpoints.models import ContactPoint
from groups.models import Group
from submissions import retention, services
from submissions.forms import (
    AnswerForm,
    CorrectionForm,
    InterestForm,
    InterestPrefillForm,
    ListingForm,
    RelayForm,
)
from submissions.meeting_forms import MORE_PREFIX, VENUE_KEYS, MoreMeetingsFormSet
from submissions.models import Interest, RelayMessage, Submission
from submissions.protection import already_sent, sent_once
from zelfhulp import ratelimit, signed_links
from zelfhulp.client import client_address


def rate_limited(request, retry_after):
    response = render(
        request,
        "submissions/rate_limited.html",
        {"minutes": max(1, round(retry_after / 60))},
        status=429,
    )
    response["Retry-After"] = str(retry_after)
    return response


def _language():
    return (get_language() or "nl")[:8]


def _listing(request, kind, group=None):
    address = client_address(request)
    kwargs = {"kind": kind, "group": group}
    if group is not None:
        kwargs["initial"] = services.listing_initial(group)
    if request.method == "POST":
        if wait := ratelimit.check((ratelimit.SUBMIT_PER_ADDRESS, address)):
            return rate_limited(request, wait)
        form = ListingForm(request.POST, **kwargs)
        more = more_meetings_formset(kind, request.POST)
        if form.is_valid() and (more is None or more.is_valid()):
            form.more_meetings = more_meetings_of(form, more)
            if kind == Submission.Kind.NEW:
                done = redirect("submissions:register_sent", form.contact_point.slug)
            else:
                done = redirect("submissions:correct_sent", group.slug)
            if form.is_spam():
                return done  # a bot: it sees the same page as a person, nothing is stored
            if already_sent(Submission, form):
                return done
            if wait := ratelimit.hit_all((ratelimit.SUBMIT_PER_ADDRESS, address)):
                return rate_limited(request, wait)
            with sent_once(Submission, form):
                services.create_submission(form, kind, group=group, language=_language())
            return done
    else:
        form = ListingForm(**kwargs)
        more = more_meetings_formset(kind)
    return render(
        request,
        "submissions/listing_form.html",
        {
            "form": form,
            "more_meetings": more,
            "group": group,
            "is_correction": kind == Submission.Kind.CORRECTION,
        },
    )


def more_meetings_formset(kind, data=None):
    """A new group may give more fixed meetings; a correction keeps to its own form."""
    if kind != Submission.Kind.NEW:
        return None
    if data is not None and f"{MORE_PREFIX}-TOTAL_FORMS" not in data:
        return None  # a page from before this part of the form: nothing more given
    return MoreMeetingsFormSet(data, prefix=MORE_PREFIX)


def more_meetings_of(form, more):
    if more is None or form.cleaned_data.get("no_fixed_schedule"):
        return []
    meetings = more.meetings()
    if not form.meets_in_person():
        for meeting in meetings:
            meeting.update(dict.fromkeys(VENUE_KEYS, ""))
    return meetings


def register_group(request):
    return _listing(request, Submission.Kind.NEW)


def register_sent(request, slug):
    contact_point = get_object_or_404(ContactPoint, slug=slug)
    return render(request, "submissions/register_sent.html", {"contact_point": contact_point})


def correct_group(request, slug):
    """The short correction form: what is wrong, and only the fields that changed."""
    group = get_object_or_404(Group.objects.public().select_related("contact_point"), slug=slug)
    kwargs = {"group": group, "initial": services.listing_initial(group)}
    if request.method == "POST":
        address = client_address(request)
        if wait := ratelimit.check((ratelimit.SUBMIT_PER_ADDRESS, address)):
            return rate_limited(request, wait)
        form = CorrectionForm(request.POST, **kwargs)
        if form.is_valid():
            done = redirect("submissions:correct_sent", group.slug)
            if form.is_spam() or already_sent(Submission, form):
                return done
            if wait := ratelimit.hit_all((ratelimit.SUBMIT_PER_ADDRESS, address)):
                return rate_limited(request, wait)
            with sent_once(Submission, form):
                services.create_correction(form, group, language=_language())
            return done
    else:
        form = CorrectionForm(**kwargs)
    return render(request, "submissions/correction_form.html", {"form": form, "group": group})


def correct_sent(request, slug):
    group = get_object_or_404(Group.objects.public().select_related("contact_point"), slug=slug)
    return render(request, "submissions/correct_sent.html", {"group": group})


def contact_group(request, slug):
    # Only groups that meet now take messages (a paused group's page says to ask the
    # contact point instead).
    group = get_object_or_404(Group.objects.published().select_related("contact_point"), slug=slug)
    if request.method == "POST":
        form = RelayForm(request.POST)
        if form.is_valid():
            done = redirect("submissions:contact_sent", group.slug)
            if form.is_spam() or already_sent(RelayMessage, form):
                return done
            limits = _relay_limits(request, group, form)
            wait = ratelimit.check(*limits) or ratelimit.hit_all(*limits)
            if wait:
                return _contact_form(request, group, form, wait)
            with sent_once(RelayMessage, form):
                services.send_relay(form, group, language=_language())
            return done
    else:
        form = RelayForm()
    return _contact_form(request, group, form)


def _relay_limits(request, group, form):
    sender = form.cleaned_data["reply_email"].lower() or "".join(
        c for c in form.cleaned_data["reply_phone"] if c.isdigit()
    )
    return [
        (ratelimit.RELAY_PER_ADDRESS, client_address(request)),
        (ratelimit.RELAY_PER_GROUP, group.pk),
        (ratelimit.RELAY_PER_SENDER, sender),
    ]


def _contact_form(request, group, form, wait=None):
    """The message form; over a rate limit the same form with the typed text, a 429 and
    when it can be sent (nothing typed is lost)."""
    context = {"form": form, "group": group, "RELAY_DAYS": retention.RELAY_DAYS}
    if wait is None:
        return render(request, "submissions/contact_form.html", context)
    form.refresh_started()  # the next try is a new attempt, whenever it comes
    context["send_after"] = send_after = timezone.localtime() + timedelta(seconds=wait)
    context["send_after_today"] = send_after.date() == timezone.localdate()
    context["wait_minutes"] = max(1, math.ceil(wait / 60))
    response = render(request, "submissions/contact_form.html", context, status=429)
    response["Retry-After"] = str(wait)
    return response


def contact_sent(request, slug):
    group = get_object_or_404(Group.objects.public().select_related("contact_point"), slug=slug)
    return render(
        request,
        "submissions/contact_sent.html",
        {"group": group, "RELAY_CONFIRM_DAYS": settings.RELAY_CONFIRM_DAYS},
    )


def _relay_message(pk):
    return RelayMessage.objects.select_related("group").get(pk=pk)


@signed_links.opens(
    signed_links.RELAY_RESPONDED,
    _relay_message,
    "submissions/relay_responded.html",
    {"invalid": True},
)
def relay_responded(request, message, token):
    """The group's 'Ik heb gereageerd' link: a GET shows a button, only the POST records it
    (mail scanners open links, they do not press buttons)."""
    form = AnswerForm(request.POST) if request.method == "POST" else AnswerForm()
    if form.is_bound and form.is_valid():
        services.mark_responded(message)
        return render(
            request, "submissions/relay_responded.html", {"message": message, "done": True}
        )
    return render(request, "submissions/relay_responded.html", {"message": message, "form": form})


def interest(request):
    address = client_address(request)
    if request.method == "POST":
        if wait := ratelimit.check((ratelimit.INTEREST_PER_ADDRESS, address)):
            return rate_limited(request, wait)
        form = InterestForm(request.POST)
        if form.is_valid():
            if form.is_spam() or already_sent(Interest, form):
                return redirect("submissions:interest_sent")
            if wait := ratelimit.hit_all((ratelimit.INTEREST_PER_ADDRESS, address)):
                return rate_limited(request, wait)
            with sent_once(Interest, form):
                services.save_interest(form, language=_language())
            return redirect("submissions:interest_sent")
    else:
        form = InterestForm(initial=InterestPrefillForm(request.GET).prefill())
    return render(request, "submissions/interest_form.html", {"form": form})


def interest_sent(request):
    return render(request, "submissions/interest_sent.html")


def privacy(request):
    return render(
        request,
        "submissions/privacy.html",
        {
            "RELAY_CONFIRM_DAYS": settings.RELAY_CONFIRM_DAYS,
            "RELAY_DAYS": retention.RELAY_DAYS,
            "SUBMISSION_DAYS": retention.SUBMISSION_DAYS,
            "MAIL_DAYS": retention.MAIL_DAYS,
            "UNDELIVERED_MAIL_DAYS": retention.UNDELIVERED_MAIL_DAYS,
        },
    )
