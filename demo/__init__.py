"""Demo content and demo staff accounts (with a documented password and TOTP secret).

Installed only when DEMO_MODE is on (zelfhulp/settings.py), and refusing to load otherwise:
without demo mode its commands do not exist and its code cannot be imported."""

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

if not settings.DEMO_MODE:
    raise ImproperlyConfigured("The demo app loads only with DEMO_MODE=true.")
