from django.urls import path

from peers import views

app_name = "peers"

urlpatterns = [
    path("ervaringsdelers/", views.peer_list, name="list"),
    path("ervaringsdelers/<slug:slug>/", views.peer_detail, name="detail"),
    path("ervaringsdelers/<slug:slug>/verstuurd/", views.question_sent, name="sent"),
    path("contact-gehad/<str:token>/", views.confirm, name="confirm"),
    path("beschikbaarheid/<str:token>/", views.availability, name="availability"),
]
