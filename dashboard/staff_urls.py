from django.contrib import admin
from django.urls import path

from dashboard import views

app_name = "dashboard"
urlpatterns = [
    path("", admin.site.admin_view(views.dashboard), name="staff"),
    path(
        "<slug:slug>.<str:kind>",
        admin.site.admin_view(views.export),
        name="export",
    ),
]
