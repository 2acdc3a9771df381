from django.urls import path

from opendata import views

app_name = "opendata"
urlpatterns = [path("embed/", views.embed, name="embed")]
