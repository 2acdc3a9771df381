"""Settings for the test suite (pytest's DJANGO_SETTINGS_MODULE): production settings with
what a test run needs on top. Production never imports this module."""

import os

# A test run needs no secret of its own; an explicit SECRET_KEY still wins.
os.environ.setdefault("SECRET_KEY", "insecure-key-only-for-the-test-suite-0123456789abcdef")

from zelfhulp.settings import *  # noqa: E402, F403
from zelfhulp.settings import env_list  # noqa: E402

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")

# Plain static files straight from the source tree: no collectstatic before a test run.
WHITENOISE_USE_FINDERS = WHITENOISE_AUTOREFRESH = True
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# The test client speaks plain HTTP.
SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = False
SECURE_HSTS_SECONDS = 0

# Tests that want the page cache switch it on themselves.
SEARCH_CACHE_SECONDS = 0

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
