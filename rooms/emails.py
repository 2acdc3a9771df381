"""The mails of a room request: to the room's contact, to the contact point, and a
confirmation to the group leader. All through the outbox."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from outbox.mail import queue_template


def room_request(request, language):
    room = request.room
    contact_point = room.contact_point
    context = {"request": request, "room": room, "contact_point": contact_point}
    queue_template(
        "room_request_to_venue",
        room.contact_email,
        context,
        reply_to=request.email,
        language="nl",
        contact_point=contact_point,
    )
    with translation.override("nl"):
        url = settings.SITE_URL + reverse("admin:rooms_roomrequest_change", args=[request.pk])
    for address in contact_point.staff_recipients():
        queue_template(
            "room_request_to_staff",
            address,
            {**context, "url": url},
            reply_to=request.email,
            language="nl",
            contact_point=contact_point,
        )
    queue_template(
        "room_request_received",
        request.email,
        context,
        reply_to=contact_point.email,
        language=language,
        contact_point=contact_point,
    )
