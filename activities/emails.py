"""One small function per email about activities; every mail goes through the outbox.

The online link of an activity is private: it is only in the mails to someone with a seat
(confirmation, moved up, reminder), never on a page. Each mail carries a signed link to
cancel the registration; the page behind it has a button, only the POST cancels."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from outbox.mail import queue_template
from zelfhulp.signed_links import ACTIVITY_CANCEL


def cancel_url(registration) -> str:
    with translation.override(registration.language or "nl"):
        path = reverse("activities:cancel", args=[ACTIVITY_CANCEL.make(registration.pk)])
    return settings.SITE_URL + path


def _send(template, registration, **extra):
    if not registration.email:
        return None
    activity = registration.activity
    with translation.override(registration.language or "nl"):
        page_url = settings.SITE_URL + activity.get_absolute_url()
    return queue_template(
        template,
        registration.email,
        {
            "registration": registration,
            "activity": activity,
            "contact_point": activity.contact_point,
            "page_url": page_url,
            "cancel_url": cancel_url(registration),
            **extra,
        },
        reply_to=activity.contact_point.email,
        contact_point=activity.contact_point,
        language=registration.language or "nl",
    )


def confirmation(registration):
    return _send("activity_confirmation", registration)


def waiting_list(registration):
    return _send("activity_waiting_list", registration)


def moved_up(registration):
    return _send("activity_moved_up", registration)


def reminder(registration):
    return _send("activity_reminder", registration)


def cancelled_by_resident(registration):
    return _send("activity_registration_cancelled", registration)


def staff_message(registration, subject, message):
    return _send("activity_message", registration, subject=subject, message=message)


def activity_cancelled(registration):
    return _send("activity_cancelled", registration)
