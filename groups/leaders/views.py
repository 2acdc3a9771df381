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
from groups.leaders.forms import LeaderChangesForm, RequestLinkForm
from groups.models import Group, LeaderLink
from groups.schedule import describe
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
}


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
            try:
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


def _done(token, what):
    response = redirect("leaders:home", token=token)
    response["Location"] += f"?klaar={what}"
    return response
