from django.urls import path

from submissions import views

app_name = "submissions"

urlpatterns = [
    path("groep-aanmelden/", views.register_group, name="register"),
    path("groep-aanmelden/verstuurd/<slug:slug>/", views.register_sent, name="register_sent"),
    path("groepen/<slug:slug>/wijziging/", views.correct_group, name="correct"),
    path("groepen/<slug:slug>/wijziging/verstuurd/", views.correct_sent, name="correct_sent"),
    path("groepen/<slug:slug>/contact/", views.contact_group, name="contact"),
    path("groepen/<slug:slug>/contact/verstuurd/", views.contact_sent, name="contact_sent"),
    path("bericht-beantwoord/<str:token>/", views.relay_responded, name="relay_responded"),
    path("interesse/", views.interest, name="interest"),
    path("interesse/verstuurd/", views.interest_sent, name="interest_sent"),
    path("privacy/", views.privacy, name="privacy"),
]
