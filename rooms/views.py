from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.views.decorators.http import require_safe

from rooms import emails
from rooms.forms import RoomFilterForm, RoomRequestForm
from rooms.models import Room, RoomRequest
from submissions.protection import already_sent, sent_once
from submissions.views import rate_limited
from zelfhulp import ratelimit
from zelfhulp.client import client_address


@require_safe
def room_list(request):
    form = RoomFilterForm(request.GET or None)
    rooms = form.rooms()
    return render(request, "rooms/room_list.html", {"form": form, "rooms": rooms})


def room_detail(request, slug):
    """A room, and the request form that reaches its contact and the contact point."""
    room = get_object_or_404(Room.objects.published().select_related("contact_point"), slug=slug)
    address = client_address(request)
    if request.method == "POST":
        if wait := ratelimit.check((ratelimit.ROOM_REQUEST_PER_ADDRESS, address)):
            return rate_limited(request, wait)
        form = RoomRequestForm(request.POST, instance=RoomRequest(room=room))
        if form.is_valid():
            if form.is_spam() or already_sent(RoomRequest, form):
                return redirect("rooms:sent", slug=room.slug)
            if wait := ratelimit.hit_all((ratelimit.ROOM_REQUEST_PER_ADDRESS, address)):
                return rate_limited(request, wait)
            with sent_once(RoomRequest, form), transaction.atomic():
                room_request = form.save(commit=False)
                room_request.form_nonce = form.nonce
                room_request.save()
                emails.room_request(room_request, (get_language() or "nl")[:8])
            return redirect("rooms:sent", slug=room.slug)
    else:
        form = RoomRequestForm(instance=RoomRequest(room=room))
    return render(request, "rooms/room_detail.html", {"room": room, "form": form})


@require_safe
def room_request_sent(request, slug):
    room = get_object_or_404(Room.objects.published(), slug=slug)
    return render(request, "rooms/room_request_sent.html", {"room": room})
