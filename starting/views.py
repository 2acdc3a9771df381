from django.shortcuts import redirect, render
from django.utils.translation import get_language

from starting import services
from starting.forms import StartRequestForm
from starting.models import StartRequest
from submissions.protection import already_sent, sent_once
from submissions.views import rate_limited
from zelfhulp import ratelimit
from zelfhulp.client import client_address


def group_start(request):
    """/groep-starten/: plain-language help for starting a group, and a form that reaches
    the region's contact point."""
    address = client_address(request)
    if request.method == "POST":
        if wait := ratelimit.check((ratelimit.GROUP_START_PER_ADDRESS, address)):
            return rate_limited(request, wait)
        form = StartRequestForm(request.POST)
        if form.is_valid():
            if form.is_spam() or already_sent(StartRequest, form):
                return redirect("starting:sent")
            if wait := ratelimit.hit_all((ratelimit.GROUP_START_PER_ADDRESS, address)):
                return rate_limited(request, wait)
            with sent_once(StartRequest, form):
                services.save_start_request(form, language=(get_language() or "nl")[:8])
            return redirect("starting:sent")
    else:
        form = StartRequestForm()
    return render(request, "starting/group_start.html", {"form": form})


def group_start_sent(request):
    return render(request, "starting/group_start_sent.html")
