from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from groups.sitemaps import sitemaps
from groups.views import robots_txt
from zelfhulp import views

urlpatterns = [
    path("health/live", views.live, name="health-live"),
    path("health/ready", views.ready, name="health-ready"),
    path("sitemap.xml", sitemap, {"sitemaps": sitemaps}, name="sitemap"),
    path("robots.txt", robots_txt, name="robots"),
    # Login with password + TOTP (django-two-factor-auth) before the admin's own URLs.
    path("beheer/", include("contactpoints.staff_urls")),
    path("beheer/", admin.site.urls),
]
urlpatterns += i18n_patterns(
    path("", include("groups.urls")),
    path("", include("contactpoints.urls")),
    path("", include("groups.verification_urls")),
    path("", include("referrals.urls")),
    path("", include("submissions.urls")),
    path("", include("peers.urls")),
    path("", include("knowledge.urls")),
    prefix_default_language=False,
)
