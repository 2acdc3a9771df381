"""One small function per email of starting a group; all through the outbox."""

from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils import translation

from outbox.mail import queue_template


def _url(name, *args, language="nl", fallback=""):
    with translation.override(language):
        try:
            return settings.SITE_URL + reverse(name, args=args)
        except NoReverseMatch:
            return settings.SITE_URL + fallback


def start_request_to_staff(request):
    url = _url("admin:starting_startrequest_change", request.pk)
    for address in request.contact_point.staff_recipients():
        queue_template(
            "start_request_to_staff",
            address,
            {"request": request, "url": url},
            reply_to=request.email,
            language="nl",
            contact_point=request.contact_point,
        )


def start_request_received(request, language):
    if not request.email:
        return None
    return queue_template(
        "start_request_received",
        request.email,
        {"request": request, "contact_point": request.contact_point},
        reply_to=request.contact_point.email,
        language=language,
        contact_point=request.contact_point,
    )


def cluster_invitation(interest, activity, contact_point):
    url = _url(
        "activities:detail",
        activity.slug,
        language=interest.language,
        fallback=f"/activiteiten/{activity.slug}/",
    )
    return queue_template(
        "cluster_invitation",
        interest.email,
        {"interest": interest, "activity": activity, "url": url, "contact_point": contact_point},
        reply_to=contact_point.email,
        language=interest.language,
        contact_point=contact_point,
    )


def peer_connection(interest, other, contact_point):
    return queue_template(
        "peer_connection",
        interest.email,
        {"interest": interest, "other": other, "contact_point": contact_point},
        reply_to=contact_point.email,
        language=interest.language,
        contact_point=contact_point,
    )
