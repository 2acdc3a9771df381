from django.urls import path

from knowledge import views

app_name = "knowledge"

urlpatterns = [
    path("ervaringskennis/", views.article_list, name="list"),
    path("ervaringskennis/<slug:slug>/", views.article_detail, name="detail"),
]
