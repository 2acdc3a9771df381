from django.conf import settings


def reporting_endpoints(get_response):
    """Name the endpoint that the CSP's report-to directive points at (Reporting API).
    django-csp writes the directive, not this header."""

    def middleware(request):
        response = get_response(request)
        response.setdefault("Reporting-Endpoints", settings.REPORTING_ENDPOINTS)
        return response

    return middleware
