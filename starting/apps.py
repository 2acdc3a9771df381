from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StartingConfig(AppConfig):
    name = "starting"
    verbose_name = _("Groep starten")
