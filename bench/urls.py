"""The site's URLs plus /bench/floor/ (bench.views.floor); used only with bench.settings."""

from django.urls import path

from bench.views import floor
from zelfhulp.urls import handler500
from zelfhulp.urls import urlpatterns as site_urlpatterns

__all__ = ["handler500", "urlpatterns"]

urlpatterns = [path("bench/floor/", floor, name="bench-floor"), *site_urlpatterns]
