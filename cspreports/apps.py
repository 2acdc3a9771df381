from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CspReportsConfig(AppConfig):
    name = "cspreports"
    verbose_name = _("Beveiligingsmeldingen van browsers")
