from django.urls import path

from groups import views

app_name = "groups"

urlpatterns = [
    path("", views.home, name="home"),
    path("groepen/<slug:slug>/", views.group_detail, name="detail"),
    path("themas/<slug:slug>/", views.theme_detail, name="theme"),
]
