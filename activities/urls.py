from django.urls import path

from activities import views

app_name = "activities"

urlpatterns = [
    path("activiteiten/", views.activity_list, name="list"),
    path("activiteiten/aangemeld/<str:token>/", views.registered, name="registered"),
    path("activiteiten/afmelden/<str:token>/", views.cancel, name="cancel"),
    path("activiteiten/<slug:slug>/", views.activity_detail, name="detail"),
    path("activiteiten/<slug:slug>/agenda.ics", views.activity_calendar, name="calendar"),
]
