from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PeersConfig(AppConfig):
    name = "peers"
    verbose_name = _("Ervaringsdelers")

    def ready(self):
        from peers.hooks import connect_signals

        connect_signals()
