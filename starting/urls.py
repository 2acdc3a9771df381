from django.urls import path

from starting import views

app_name = "starting"
urlpatterns = [
    path("groep-starten/", views.group_start, name="start"),
    path("groep-starten/verstuurd/", views.group_start_sent, name="sent"),
]
