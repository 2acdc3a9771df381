from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Demo content and demo staff accounts, with the commands that load them."""

    name = "demo"
    verbose_name = "Demo"
