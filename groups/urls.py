from django.urls import path

from groups import views
from groups.search import views as search_views

app_name = "groups"

urlpatterns = [
    path("", views.home, name="home"),
    path("zoeken/", search_views.search, name="search"),
    path("zoeken/suggesties/", search_views.suggestions, name="suggestions"),
    path("groepen/<slug:slug>/", views.group_detail, name="detail"),
    path("groepen/<slug:slug>/agenda.ics", views.group_calendar_feed, name="calendar"),
    path("themas/", views.theme_list, name="themes"),
    path("nu-hulp/", views.urgent_help, name="urgent"),
    path("themas/<slug:slug>/", views.theme_detail, name="theme"),
    path("themas/<slug:slug>/agenda.ics", views.theme_calendar_feed, name="theme_calendar"),
]
