from django.conf import settings


def health_checks(get_response):
    """Answer /health/live and /health/ready before anything reads the Host header.

    The container's own probe (`curl http://127.0.0.1:8000/health/ready` in
    docker-compose.yml) sends `Host: 127.0.0.1:8000`, which ALLOWED_HOSTS rightly refuses
    for pages; a health answer holds nothing a made-up host could abuse. It sits after the
    security, CSP and Permissions-Policy middleware, which never read the host for these
    paths (SECURE_REDIRECT_EXEMPT), so the answers still carry those headers."""
    from zelfhulp import health as views

    answers = {"/health/live": views.live, "/health/ready": views.ready}

    def middleware(request):
        answer = answers.get(request.path_info)
        if answer is not None:
            return answer(request)
        return get_response(request)

    return middleware


def permissions_policy(get_response):
    """Send the Permissions-Policy header on every response: no page needs location, camera
    or microphone, so no script (ours or injected) can ask a visitor for them."""

    def middleware(request):
        response = get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response

    return middleware


def database_unavailable(request):
    """The site's 503 page with Retry-After: it needs no database."""
    from django.shortcuts import render

    response = render(request, "503.html", status=503)
    response["Retry-After"] = "60"
    return response


def is_database_outage(exception):
    from django.db import InterfaceError, OperationalError

    return isinstance(exception, OperationalError | InterfaceError)


class DatabaseUnavailableMiddleware:
    """When the database is down, answer 503 with Retry-After and a page that needs no
    database, instead of a 500: proxies and monitors see a temporary outage, residents
    see when to try again (and still the 113 number). This catches what views raise; an
    outage met outside the view (a middleware reading the user, the session saved after
    the response) reaches the handler500 view, zelfhulp.health.server_error."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if is_database_outage(exception):
            return database_unavailable(request)
        return None


STAFF_PREFIX = "/beheer/"


def _for_staff_paths(dotted_path):
    """The middleware at dotted_path, run only for the staff workspace (/beheer/): on public
    pages it has nothing to do (no staff login there: OTP verification, the staff session
    clock, the history's request) and was a cost on every search."""

    def factory(get_response):
        from django.utils.module_loading import import_string

        inner = import_string(dotted_path)(get_response)

        def middleware(request):
            if request.path_info.startswith(STAFF_PREFIX):
                return inner(request)
            return get_response(request)

        return middleware

    return factory


otp_for_staff = _for_staff_paths("django_otp.middleware.OTPMiddleware")
history_for_staff = _for_staff_paths("simple_history.middleware.HistoryRequestMiddleware")
staff_sessions_for_staff = _for_staff_paths("staff.sessions.StaffSessionMiddleware")
