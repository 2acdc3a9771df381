from django.urls import path

from groups.leaders import views

app_name = "leaders"

urlpatterns = [
    path("groepen/<slug:slug>/beheren/", views.request_link, name="request"),
    path("groepen/<slug:slug>/beheren/verstuurd/", views.request_sent, name="request_sent"),
    path("mijn-groep/<str:token>/", views.home, name="home"),
    path("mijn-groep/<str:token>/klopt/", views.confirm, name="confirm"),
    path("mijn-groep/<str:token>/wijzigen/", views.changes, name="changes"),
    path("mijn-groep/<str:token>/pauzeren/", views.pause, name="pause"),
    path("mijn-groep/<str:token>/hervatten/", views.resume, name="resume"),
    path("mijn-groep/<str:token>/bijeenkomsten/", views.meetings, name="meetings"),
    path("mijn-groep/<str:token>/bijeenkomsten/vervalt/", views.cancel, name="cancel"),
    path("mijn-groep/<str:token>/bijeenkomsten/extra/", views.extra, name="extra"),
    path("mijn-groep/<str:token>/bijeenkomsten/pauze/", views.add_break, name="break"),
]
