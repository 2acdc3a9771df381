"""Public forms: register a group, report a correction, write to a group, register interest.

No view uses the session: anonymous visitors get no cookie but the CSRF cookie on pages
with a form that posts. After a successful post the browser is sent to a "sent" page, so
reloading it never sends anything twice (and the form's one-time nonce guards the rest).
"""

from contextlib import contextmanager

from django.conf import settings
from django.db import IntegrityError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language

from contactpoints.models import ContactPoint
from groups.models import Group
from submissions import retention, services
from submissions.forms import (
    AnswerForm,
    InterestForm,
    InterestPrefillForm,
    ListingForm,
    RelayForm,
)
from submissions.models import Interest, RelayMessage, Submission
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


@contextmanager
def _sent_once(model, form):
    """The same form sent twice (a double click, a reload) is stored and mailed once."""
    try:
        yield
    except IntegrityError:
        if not model.objects.filter(form_nonce=form.nonce).exists():
            raise


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
        if form.is_valid():
            if kind == Submission.Kind.NEW:
                done = redirect("submissions:register_sent", form.contact_point.slug)
            else:
                done = redirect("submissions:correct_sent", group.slug)
            if form.is_spam():
                return done  # a bot: it sees the same page as a person, nothing is stored
            if wait := ratelimit.hit_all((ratelimit.SUBMIT_PER_ADDRESS, address)):
                return rate_limited(request, wait)
            with _sent_once(Submission, form):
                services.create_submission(form, kind, group=group, language=_language())
            return done
    else:
        form = ListingForm(**kwargs)
    return render(
        request,
        "submissions/listing_form.html",
        {"form": form, "group": group, "is_correction": kind == Submission.Kind.CORRECTION},
    )


def register_group(request):
    return _listing(request, Submission.Kind.NEW)


def register_sent(request, slug):
    contact_point = get_object_or_404(ContactPoint, slug=slug)
    return render(request, "submissions/register_sent.html", {"contact_point": contact_point})


def correct_group(request, slug):
    group = get_object_or_404(Group.objects.public().select_related("contact_point"), slug=slug)
    return _listing(request, Submission.Kind.CORRECTION, group)


def correct_sent(request, slug):
    group = get_object_or_404(Group.objects.public().select_related("contact_point"), slug=slug)
    return render(request, "submissions/correct_sent.html", {"group": group})


def contact_group(request, slug):
    # Only groups that meet now take messages (a paused group's page says to ask the
    # contact point instead).
    group = get_object_or_404(Group.objects.published().select_related("contact_point"), slug=slug)
    address = client_address(request)
    limits = [(ratelimit.RELAY_PER_ADDRESS, address), (ratelimit.RELAY_PER_GROUP, group.pk)]
    if request.method == "POST":
        if wait := ratelimit.check(*limits):
            return rate_limited(request, wait)
        form = RelayForm(request.POST)
        if form.is_valid():
            done = redirect("submissions:contact_sent", group.slug)
            if form.is_spam():
                return done
            if wait := ratelimit.hit_all(*limits):
                return rate_limited(request, wait)
            with _sent_once(RelayMessage, form):
                services.send_relay(form, group, language=_language())
            return done
    else:
        form = RelayForm()
    return render(request, "submissions/contact_form.html", {"form": form, "group": group})


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
            if form.is_spam():
                return redirect("submissions:interest_sent")
            if wait := ratelimit.hit_all((ratelimit.INTEREST_PER_ADDRESS, address)):
                return rate_limited(request, wait)
            with _sent_once(Interest, form):
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
        },
    )
