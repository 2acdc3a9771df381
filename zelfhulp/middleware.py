from django.conf import settings


def permissions_policy(get_response):
    """Send the Permissions-Policy header on every response: no page needs location, camera
    or microphone, so no script (ours or injected) can ask a visitor for them."""

    def middleware(request):
        response = get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response

    return middleware


class DatabaseUnavailableMiddleware:
    """When the database is down, answer 503 with Retry-After and a page that needs no
    database, instead of a 500: proxies and monitors see a temporary outage, residents
    see when to try again (and still the 113 number)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        from django.db import InterfaceError, OperationalError
        from django.shortcuts import render

        if not isinstance(exception, OperationalError | InterfaceError):
            return None
        response = render(request, "503.html", status=503)
        response["Retry-After"] = "60"
        return response
