from django.urls import path

from dashboard import views

app_name = "figures"
urlpatterns = [path("cijfers/", views.public_figures, name="public")]
