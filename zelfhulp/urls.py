from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

import cspreports.views
from groups.sitemaps import sitemaps
from groups.views import robots_txt
from zelfhulp import health

# A database outage outside a view is the 503 page too (zelfhulp.health.server_error).
handler500 = "zelfhulp.health.server_error"

urlpatterns = [
    path("health/live", health.live, name="health-live"),
    path("health/ready", health.ready, name="health-ready"),
    path("sitemap.xml", sitemap, {"sitemaps": sitemaps}, name="sitemap"),
    path("robots.txt", robots_txt, name="robots"),
    path("csp-report/", cspreports.views.report, name="csp-report"),
    # Login with password + TOTP (django-two-factor-auth) before the admin's own URLs.
    path("api/hsds/", include("opendata.api_urls")),
    path("beheer/cijfers/", include("dashboard.staff_urls")),
    path("beheer/", include("staff.urls")),
    path("beheer/", admin.site.urls),
]
urlpatterns += i18n_patterns(
    path("", include("groups.urls")),
    path("", include("contactpoints.urls")),
    path("", include("groups.verification.urls")),
    path("", include("groups.leaders.urls")),
    path("", include("referrals.urls")),
    path("", include("submissions.urls")),
    path("", include("opendata.urls")),
    path("", include("dashboard.urls")),
    path("", include("peers.urls")),
    path("", include("knowledge.urls")),
    path("", include("activities.urls")),
    path("", include("starting.urls")),
    path("", include("rooms.urls")),
    prefix_default_language=False,
)
