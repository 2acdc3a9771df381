from django.urls import path, re_path

from referrals import views
from referrals.codes import CODE_PATTERN

app_name = "referrals"

urlpatterns = [
    path("verwijzers/", views.referrers, name="referrers"),
    path("groepen/<slug:slug>/verwijskaart/", views.referral_card, name="card"),
    path("themas/<slug:slug>/overzicht/", views.theme_overview, name="overview"),
    # With or without the slash: people type the link from paper.
    re_path(rf"^g/(?P<code>{CODE_PATTERN})/?$", views.follow_short_link, name="short"),
]
