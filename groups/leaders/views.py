"""The group leader's pages: ask for the link on the group's page, then keep the listing right.

No account and no cookie but the CSRF cookie a form needs. Opening the link changes
nothing (mail scanners open links too); every action is a button, a POST. After an action
the page shows what happened (?klaar=…), so a reload does nothing twice."""

from django import forms
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from groups.leaders import actions, links
from groups.leaders.forms import (
    BreakForm,
    CancelForm,
    ExtraMeetingForm,
    LeaderChangesForm,
    RequestLinkForm,
)
from groups.models import Group, LeaderLink, Venue
from groups.schedule import describe, describe_exception
from submissions.models import Submission
from submissions.protection import already_sent, sent_once
from submissions.services import listing_initial
from submissions.views import rate_limited
from zelfhulp import ratelimit, signed_links
from zelfhulp.client import client_address

_opens_link = signed_links.opens(signed_links.LEADER, links.load, "leaders/invalid.html")

DONE = {
    "bevestigd": _("Dank u wel. U heeft bevestigd dat alles nog klopt."),
    "gepubliceerd": _("Dank u wel. Uw wijzigingen staan nu op de kaart."),
    "voorgesteld": _(
        "Dank u wel. Het contactpunt kijkt naar uw wijzigingen en past de kaart aan. "
        "U krijgt daarover een e-mail."
    ),
    "beide": _(
        "Dank u wel. De teksten staan nu op de kaart. Naar de andere wijzigingen kijkt het "
        "contactpunt eerst; u krijgt daarover een e-mail."
    ),
    "gepauzeerd": _(
        "De groep is gepauzeerd. Op de kaart staat nu dat de groep even niet samenkomt."
    ),
    "hervat": _("De groep staat weer op de kaart."),
    "vervalt": _("De bijeenkomst vervalt. Op de kaart en in de agenda staat hij niet meer."),
    "extra": _("De extra bijeenkomst staat op de kaart en in de agenda."),
    "pauze": _("De pauze staat op de kaart. In die tijd staan er geen bijeenkomsten in de agenda."),
}

CANCEL_INVALID = _("Deze bijeenkomst kunnen we niet vinden. Kies hem opnieuw in de lijst.")


class DoneForm(forms.Form):
    klaar = forms.ChoiceField(choices=[(k, k) for k in DONE], required=False)

    def message(self):
        return DONE.get(self.cleaned_data["klaar"]) if self.is_valid() else None


# Asking for the link


def _public_group(slug):
    return get_object_or_404(Group.objects.public().select_related("contact_point"), slug=slug)


def request_link(request, slug):
    group = _public_group(slug)
    if request.method == "POST":
        address = client_address(request)
        if wait := ratelimit.check((ratelimit.LEADER_LINK_PER_ADDRESS, address)):
            return rate_limited(request, wait)
        form = RequestLinkForm(request.POST)
        if form.is_valid():
            done = redirect("leaders:request_sent", group.slug)
            if form.is_spam() or already_sent(LeaderLink, form):
                return done
            if wait := ratelimit.hit_all((ratelimit.LEADER_LINK_PER_ADDRESS, address)):
                return rate_limited(request, wait)
            # Over the group's own limit the answer is the same: only no new mail.
            if not ratelimit.hit_all((ratelimit.LEADER_LINK_PER_GROUP, group.pk)):
                with sent_once(LeaderLink, form):
                    links.send(group, nonce=form.nonce, language=get_language())
            return done
    else:
        form = RequestLinkForm()
    return render(request, "leaders/request.html", {"form": form, "group": group})


def request_sent(request, slug):
    return render(request, "leaders/request_sent.html", {"group": _public_group(slug)})


# The pages behind the link


def _context(link, token, **extra):
    group = link.group
    schedules = group.schedules.select_related("venue")
    return {
        "link": link,
        "group": group,
        "token": token,
        "schedules": [(s, describe(s)) for s in schedules],
        "contact_point": group.contact_point,
        "can_resume": actions.can_resume(group),
        **extra,
    }


@never_cache
@_opens_link
@require_http_methods(["GET", "HEAD"])
def home(request, link, token):
    done = DoneForm(request.GET).message()
    return render(request, "leaders/home.html", _context(link, token, done=done))


@never_cache
@_opens_link
@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, link, token):
    if request.method != "POST":  # a button's address opened as a link: show the page
        return redirect("leaders:home", token=token)
    actions.confirm(link)
    return _done(token, "bevestigd")


@never_cache
@_opens_link
@require_http_methods(["GET", "HEAD", "POST"])
def changes(request, link, token):
    group = link.group
    kwargs = {"group": group, "initial": listing_initial(group)}
    conflict = None
    if request.method == "POST":
        form = LeaderChangesForm(request.POST, **kwargs)
        if form.is_valid():
            if already_sent(Submission, form):  # the same form twice: it was proposed
                return _done(token, "voorgesteld")
            if form.sent_again:
                return _done(token, "gepubliceerd")
            published, submission = [], True
            try:
                with sent_once(Submission, form):
                    published, submission = actions.change(
                        link, form, form.cleaned_data["seen_version"]
                    )
            except actions.Conflict as error:
                conflict = error.lines
                group.refresh_from_db()
                form = LeaderChangesForm(group=group, initial=listing_initial(group))
            else:
                if published and submission:
                    return _done(token, "beide")
                return _done(token, "gepubliceerd" if published else "voorgesteld")
    else:
        form = LeaderChangesForm(**kwargs)
    return render(
        request,
        "leaders/changes.html",
        _context(link, token, form=form, conflict=conflict),
        status=409 if conflict else 200,
    )


@never_cache
@_opens_link
@require_http_methods(["GET", "HEAD", "POST"])
def pause(request, link, token):
    if request.method != "POST":  # a button's address opened as a link: show the page
        return redirect("leaders:home", token=token)
    actions.pause(link)
    return _done(token, "gepauzeerd")


@never_cache
@_opens_link
@require_http_methods(["GET", "HEAD", "POST"])
def resume(request, link, token):
    if request.method != "POST":  # a button's address opened as a link: show the page
        return redirect("leaders:home", token=token)
    actions.resume(link)
    return _done(token, "hervat")


# Meetings: cancel one, add an extra one, announce a break (groups.meetings)


def _venues(group):
    return Venue.objects.filter(schedules__group=group).distinct().order_by("name")


def _meetings_page(request, link, token, status=200, **forms):
    group = link.group
    forms.setdefault("extra_form", ExtraMeetingForm(venues=_venues(group)))
    forms.setdefault("break_form", BreakForm())
    context = _context(
        link,
        token,
        meetings=actions.upcoming(group),
        exceptions=[describe_exception(e) for e in actions.exceptions_ahead(group)],
        several_venues=_venues(group).count() > 1,
        done=DoneForm(request.GET).message(),
        **forms,
    )
    return render(request, "leaders/meetings.html", context, status=status)


@never_cache
@_opens_link
@require_http_methods(["GET", "HEAD"])
def meetings(request, link, token):
    return _meetings_page(request, link, token)


@never_cache
@_opens_link
@require_http_methods(["GET", "HEAD", "POST"])
def cancel(request, link, token):
    if request.method != "POST":
        return redirect("leaders:meetings", token=token)
    form = CancelForm(request.POST)
    if not form.is_valid():
        return _meetings_page(request, link, token, status=400, cancel_error=CANCEL_INVALID)
    try:
        actions.cancel(link, form.cleaned_data["day"], form.cleaned_data["schedule"])
    except ValueError as error:
        return _meetings_page(request, link, token, status=400, cancel_error=str(error))
    return _done(token, "vervalt", "leaders:meetings")


@never_cache
@_opens_link
@require_http_methods(["GET", "HEAD", "POST"])
def extra(request, link, token):
    if request.method != "POST":
        return redirect("leaders:meetings", token=token)
    form = ExtraMeetingForm(request.POST, venues=_venues(link.group))
    if form.is_valid():
        data = form.cleaned_data
        try:
            actions.add_extra(
                link,
                data["day"],
                data["start_time"],
                data["end_time"],
                venue=data.get("venue"),
                note=data["note"],
            )
        except ValueError as error:
            form.add_error(None, str(error))
        else:
            return _done(token, "extra", "leaders:meetings")
    return _meetings_page(request, link, token, status=400, extra_form=form)


@never_cache
@_opens_link
@require_http_methods(["GET", "HEAD", "POST"])
def add_break(request, link, token):
    if request.method != "POST":
        return redirect("leaders:meetings", token=token)
    form = BreakForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        try:
            actions.add_break(link, data["first_day"], data["last_day"], note=data["note"])
        except ValueError as error:
            form.add_error(None, str(error))
        else:
            return _done(token, "pauze", "leaders:meetings")
    return _meetings_page(request, link, token, status=400, break_form=form)


def _done(token, what, page="leaders:home"):
    response = redirect(page, token=token)
    response["Location"] += f"?klaar={what}"
    return response
