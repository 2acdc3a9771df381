import logging
import sys

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.template.loader import render_to_string
from django.views import defaults
from django.views.decorators.cache import never_cache

from zelfhulp.middleware import database_unavailable, is_database_outage

logger = logging.getLogger(__name__)


@never_cache
def live(request):
    return JsonResponse({"status": "ok"})


@never_cache
def ready(request):
    """Ready for traffic: the database and cache answer, and a page can render (a template
    with {% static %}: without the static files manifest every HTML page is a 500)."""
    checks = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        checks["database"] = "ok"
    except Exception:
        logger.exception("Readiness: the database does not answer")
        checks["database"] = "unavailable"
    try:
        cache.set("health:ready", "1", 10)
        checks["cache"] = "ok" if cache.get("health:ready") == "1" else "unavailable"
    except Exception:
        logger.exception("Readiness: the cache does not answer")
        checks["cache"] = "unavailable"
    try:
        render_to_string("health/ready.html")
        checks["pages"] = "ok"
    except Exception:
        logger.exception("Readiness: pages cannot render")
        checks["pages"] = "unavailable"
    healthy = all(value == "ok" for value in checks.values())
    return JsonResponse(
        {"status": "ok" if healthy else "unavailable", **checks}, status=200 if healthy else 503
    )


def server_error(request):
    """handler500: an unhandled database outage, wherever it surfaced (a middleware, the
    session saved after the view, the staff login), is the 503 page, not a 500."""
    if is_database_outage(sys.exc_info()[1]):
        return database_unavailable(request)
    return defaults.server_error(request)
