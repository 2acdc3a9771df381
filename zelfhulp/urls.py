from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from zelfhulp import views

urlpatterns = [
    path("health/live", views.live, name="health-live"),
    path("health/ready", views.ready, name="health-ready"),
    # Login with password + TOTP (django-two-factor-auth) before the admin's own URLs.
    path("beheer/", include("contactpoints.staff_urls")),
    path("beheer/", admin.site.urls),
]
urlpatterns += i18n_patterns(
    path("", include("groups.urls")),
    path("", include("contactpoints.urls")),
    path("", include("referrals.urls")),
    prefix_default_language=False,
)
