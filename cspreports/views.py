from django.http import HttpResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from cspreports import reports
from zelfhulp import ratelimit
from zelfhulp.client import client_address

# A page with a problem makes a browser report on every view; a few a minute from one
# client say all there is to say.
REPORTS_PER_ADDRESS = ratelimit.Limit("csp-report-address", 30, 60 * 60)


@csrf_exempt  # browsers post reports without a token, and nothing here acts for a user
@require_POST
def report(request):
    """Count a browser's CSP violation report. Always a short answer, never a 500."""
    try:
        declared = int(request.headers.get("content-length") or 0)
    except ValueError:
        declared = 0
    if declared > reports.MAX_BODY_BYTES:
        return HttpResponse(status=413)
    raw = request.read(reports.MAX_BODY_BYTES + 1)
    if len(raw) > reports.MAX_BODY_BYTES:
        return HttpResponse(status=413)
    address = client_address(request)
    if wait := ratelimit.hit(REPORTS_PER_ADDRESS, address):
        response = HttpResponse(status=429)
        response["Retry-After"] = str(wait)
        return response
    try:
        violations = reports.parse(raw)
    except reports.Junk:
        return HttpResponse(status=400)
    reports.count(violations)
    return HttpResponse(status=204)
