from django.urls import path

from groups.verification import views

app_name = "verification"

urlpatterns = [
    path("controle/<str:token>/", views.check, name="check"),
    path("controle/<str:token>/wijzigen/", views.changes, name="changes"),
    path("controle/<str:token>/stopt/", views.stopping, name="stopping"),
    path("controle/<str:token>/bedankt/", views.thanks, name="thanks"),
]
