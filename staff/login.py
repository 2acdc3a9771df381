"""The staff login page (django-two-factor-auth's LoginView), made free to look at.

The login wizard notes "step 1" in the session on every GET, and its form carries a CSRF
token: each anonymous look at /beheer/inloggen/ cost a session row and two cookies. Here a
GET leaves no trace: the POST of the first step needs no stored step, and instead of a token
from a cookie the POST must come from this site, which Django's own CSRF check proves from
the Origin header (over HTTPS without one: the Referer). Browsers send Origin on every POST;
with a SameSite=Lax session cookie that is the protection OWASP names for login forms.
"""

from django.conf import settings
from django.middleware.csrf import CsrfViewMiddleware
from django.utils.decorators import decorator_from_middleware
from django.views.decorators.csrf import csrf_exempt
from two_factor.views import LoginView


class OriginCheck(CsrfViewMiddleware):
    """Django's CSRF check of Origin and Referer (CSRF_TRUSTED_ORIGINS included) without
    the token comparison. On success it marks the request as checked, so LoginView's own
    csrf_protect lets it through."""

    def _check_token(self, request):
        return None


_wizard = LoginView.as_view()


@csrf_exempt
@decorator_from_middleware(OriginCheck)
def staff_login(request, *args, **kwargs):
    response = _wizard(request, *args, **kwargs)
    if request.method in ("GET", "HEAD") and settings.SESSION_COOKIE_NAME not in request.COOKIES:
        if hasattr(response, "render"):
            response.render()
        # Forget the wizard's note: with an empty session nothing is saved or sent.
        request.session.clear()
    return response
