"""Login with a second factor for the staff workspace, under /beheer/ in Dutch words.

The names stay in django-two-factor-auth's "two_factor" namespace, which its views and
templates reverse. Switching 2FA off (its DisableView) is deliberately not offered."""

from django.urls import path
from two_factor.views import (
    BackupTokensView,
    ProfileView,
    QRGeneratorView,
    SetupCompleteView,
    SetupView,
)

from staff.login import staff_login

app_name = "two_factor"

urlpatterns = [
    path("inloggen/", staff_login, name="login"),
    path("tweestapsverificatie/", ProfileView.as_view(), name="profile"),
    path("tweestapsverificatie/instellen/", SetupView.as_view(), name="setup"),
    path("tweestapsverificatie/qr/", QRGeneratorView.as_view(), name="qr"),
    path("tweestapsverificatie/klaar/", SetupCompleteView.as_view(), name="setup_complete"),
    path("tweestapsverificatie/reservecodes/", BackupTokensView.as_view(), name="backup_tokens"),
]
