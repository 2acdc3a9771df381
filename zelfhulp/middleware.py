from django.conf import settings


def permissions_policy(get_response):
    """Send the Permissions-Policy header on every response: no page needs location, camera
    or microphone, so no script (ours or injected) can ask a visitor for them."""

    def middleware(request):
        response = get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response

    return middleware
