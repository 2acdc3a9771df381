from django.urls import path

from rooms import views

app_name = "rooms"
urlpatterns = [
    path("ruimtes/", views.room_list, name="list"),
    path("ruimtes/<slug:slug>/", views.room_detail, name="detail"),
    path("ruimtes/<slug:slug>/verstuurd/", views.room_request_sent, name="sent"),
]
