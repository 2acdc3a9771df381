"""Public pages of the peers: the list, a peer's page with the question form, and the two
links a peer gets by email (confirm a contact; manage availability). Links in emails open a
page with a button; only the POST acts (mail scanners open links, they do not press)."""

from django.conf import settings
from django.core import signing
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language

from peers import emails, services
from peers.forms import AvailabilityForm, ButtonForm, PeerFilterForm, QuestionForm
from peers.models import Peer, PeerQuestion
from submissions.protection import already_sent, sent_once
from submissions.views import rate_limited
from zelfhulp import ratelimit
from zelfhulp.client import client_address

CONFIRM_MAX_AGE = 90 * 24 * 60 * 60
QUESTION_PER_ADDRESS = ratelimit.Limit("peer-question-address", 5, 60 * 60)
QUESTION_PER_PEER = ratelimit.Limit("peer-question-peer", 10, 24 * 60 * 60)
PER_PAGE_LIMIT = 200


def _language():
    return (get_language() or "nl")[:8]


def peer_list(request):
    form = PeerFilterForm(request.GET or None)
    # One query for the peers, one for their themes.
    peers = form.filter(Peer.objects.public()).prefetch_related("themes")
    peers = list(peers.order_by("name", "pk")[:PER_PAGE_LIMIT])
    # Who has room for a conversation first.
    peers.sort(key=lambda peer: peer.availability != Peer.Availability.OPEN)
    return render(
        request,
        "peers/peer_list.html",
        {"form": form, "peers": peers, "searched": form.is_bound},
    )


def peer_detail(request, slug):
    peer = get_object_or_404(
        Peer.objects.public()
        .select_related("contact_point")
        .prefetch_related("themes", "municipalities"),
        slug=slug,
    )
    address = client_address(request)
    limits = [(QUESTION_PER_ADDRESS, address), (QUESTION_PER_PEER, peer.pk)]
    form = None
    if peer.takes_questions:
        if request.method == "POST":
            form = QuestionForm(request.POST, peer=peer)
            if form.can_send():
                done = redirect("peers:sent", peer.slug)
                # A bot sees what a person sees, and a form sent twice counts once: neither
                # is stored again nor counted against the limits.
                if form.is_spam() or already_sent(PeerQuestion, form):
                    return done
                if wait := ratelimit.check(*limits) or ratelimit.hit_all(*limits):
                    return rate_limited(request, wait)
                with sent_once(PeerQuestion, form):
                    services.ask(form, peer, language=_language())
                return done
        else:
            form = QuestionForm(peer=peer)
    return render(request, "peers/peer_detail.html", {"peer": peer, "form": form})


def question_sent(request, slug):
    peer = get_object_or_404(Peer.objects.public().select_related("contact_point"), slug=slug)
    return render(
        request,
        "peers/question_sent.html",
        {"peer": peer, "hours": settings.PEER_ANSWER_HOURS},
    )


def confirm(request, token):
    """The peer's "ik heb contact gehad" link."""
    try:
        pk = signing.loads(token, salt=emails.CONFIRM_SALT, max_age=CONFIRM_MAX_AGE)
    except signing.BadSignature:
        return render(request, "peers/confirm.html", {"invalid": True}, status=404)
    question = get_object_or_404(PeerQuestion.objects.select_related("peer"), pk=pk)
    form = ButtonForm(request.POST) if request.method == "POST" else ButtonForm()
    if form.is_bound and form.is_valid():
        services.confirm(question)
        return render(request, "peers/confirm.html", {"question": question, "done": True})
    return render(request, "peers/confirm.html", {"question": question})


def availability(request, token):
    """The peer's standing link: open, full or on a break."""
    try:
        pk, version = signing.loads(token, salt=emails.AVAILABILITY_SALT)
    except (signing.BadSignature, TypeError, ValueError):
        return render(request, "peers/availability.html", {"invalid": True}, status=404)
    peer = Peer.objects.filter(pk=pk, link_version=version).exclude(status=Peer.Status.STOPPED)
    peer = peer.first()
    if peer is None:
        return render(request, "peers/availability.html", {"invalid": True}, status=404)
    done = False
    form = AvailabilityForm(request.POST) if request.method == "POST" else AvailabilityForm()
    if form.is_bound and form.is_valid():
        services.set_availability(
            peer, form.cleaned_data["availability"], form.cleaned_data["break_until"]
        )
        done = True
    return render(
        request,
        "peers/availability.html",
        {"peer": peer, "form": form, "done": done, "choices": Peer.Availability},
    )
