from django.urls import path

from contactpoints import views

app_name = "contactpoints"

urlpatterns = [
    path("gemeenten/<slug:slug>/", views.municipality_detail, name="municipality"),
    path("contactpunten/<slug:slug>/", views.contact_point_detail, name="detail"),
]
