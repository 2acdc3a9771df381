from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StaffConfig(AppConfig):
    """The staff workspace at /beheer/: the admin site, scoping, sessions, login URLs.
    An app without models; the admin pages themselves are registered by each app."""

    name = "staff"
    verbose_name = _("Beheer")
