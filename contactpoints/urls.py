from django.urls import path

from contactpoints import views
from groups import views as group_views

app_name = "contactpoints"

urlpatterns = [
    path("gemeenten/<slug:slug>/", views.municipality_detail, name="municipality"),
    path("contactpunten/<slug:slug>/", views.contact_point_detail, name="detail"),
    path(
        "contactpunten/<slug:slug>/agenda.ics",
        group_views.contact_point_calendar_feed,
        name="calendar",
    ),
]
