"""The page behind "Klopt de informatie over uw groep nog?": a signed link, no account.

Opening the link changes nothing (mail scanners open links too); each of the three
buttons is a POST. See groups.verification.freshness for the loop around it."""

from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from groups.schedule import describe
from groups.verification import freshness
from groups.verification.forms import ChangesForm, StoppingForm
from zelfhulp import signed_links

# Each view gets the VerificationRequest behind the link; a forged, expired or withdrawn
# link shows the invalid-link page (404).
_opens_link = signed_links.opens(
    signed_links.VERIFICATION, freshness.load_request, "verification/invalid.html"
)


def _context(vr, token, **extra):
    group = vr.group
    schedules = group.schedules.select_related("venue")
    return {
        "vr": vr,
        "group": group,
        "token": token,
        "schedules": [(s, describe(s)) for s in schedules],
        "contact_point": group.contact_point,
        **extra,
    }


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
@_opens_link
def check(request, vr, token):
    if vr.is_answered:
        return render(request, "verification/answered.html", _context(vr, token))
    if request.method == "POST":
        freshness.answer_confirmed(vr)
        return redirect("verification:thanks", token=token)
    return render(request, "verification/check.html", _context(vr, token))


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
@_opens_link
def changes(request, vr, token):
    if vr.is_answered:
        return render(request, "verification/answered.html", _context(vr, token))
    form = ChangesForm(request.POST or None, instance=vr.group)
    if request.method == "POST" and form.is_valid():
        freshness.answer_changed(vr, form.changes(), form.cleaned_data["message"])
        return redirect("verification:thanks", token=token)
    return render(request, "verification/changes.html", _context(vr, token, form=form))


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
@_opens_link
def stopping(request, vr, token):
    if vr.is_answered:
        return render(request, "verification/answered.html", _context(vr, token))
    form = StoppingForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        freshness.answer_stopping(vr, form.cleaned_data["message"])
        return redirect("verification:thanks", token=token)
    return render(request, "verification/stopping.html", _context(vr, token, form=form))


@never_cache
@require_http_methods(["GET", "HEAD"])
@_opens_link
def thanks(request, vr, token):
    return render(request, "verification/thanks.html", _context(vr, token))
