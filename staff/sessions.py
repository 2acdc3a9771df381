"""Session safety for the staff workspace. (Failed logins are counted by django-axes per
zelfhulp.client.client_address.)

- StaffSessionMiddleware: a staff session ends 12 hours after login, or after 30 minutes
  without a request, and the workspace at /beheer/ always speaks Dutch.
"""

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.utils import translation
from django.utils.translation import gettext as _

LOGIN_AT = "staff_login_at"
LAST_SEEN = "staff_last_seen"
ADMIN_PREFIX = "/beheer/"
# Saving the session on every request costs a write; a minute of slack is harmless.
LAST_SEEN_RESOLUTION = 60


@receiver(user_logged_in)
def start_staff_clock(sender, request, user, **kwargs):
    session = getattr(request, "session", None)
    if session is not None:
        now = int(time.time())
        session[LOGIN_AT] = now
        session[LAST_SEEN] = now


def session_expired(session, now):
    login_at = session.get(LOGIN_AT)
    last_seen = session.get(LAST_SEEN)
    if login_at is None or last_seen is None:
        return True  # a session from before these limits: log in again
    return now - login_at > settings.SESSION_COOKIE_AGE or now - last_seen > (
        settings.STAFF_IDLE_TIMEOUT
    )


class StaffSessionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith(ADMIN_PREFIX):
            translation.activate(settings.LANGUAGE_CODE)
            request.LANGUAGE_CODE = settings.LANGUAGE_CODE
        # Only a request that carries a session cookie can have a logged-in user, and only
        # then is the session read or written: anonymous visitors never get a cookie.
        if settings.SESSION_COOKIE_NAME in request.COOKIES and request.user.is_authenticated:
            now = int(time.time())
            if session_expired(request.session, now):
                logout(request)
                if request.path.startswith(ADMIN_PREFIX):
                    messages.info(request, _("U bent uitgelogd. Log opnieuw in."))
            elif now - request.session[LAST_SEEN] >= LAST_SEEN_RESOLUTION:
                request.session[LAST_SEEN] = now
        return self.get_response(request)
