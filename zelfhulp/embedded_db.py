"""The embedded PostgreSQL server used when DATABASE_URL is not set.

pgserver ships PostgreSQL binaries in a wheel, so a fresh machine needs nothing but
Python. It is a development dependency (the `dev` extra), not part of the image: without
it, DATABASE_URL must be set. The server keeps running after the first process that started it exits
(cleanup_mode=None), so the dev server's autoreloader, gunicorn workers and the test
runner all share one server and one data directory under var/.
"""

import warnings
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured


def database_settings(data_dir: Path) -> dict:
    data_dir.mkdir(parents=True, exist_ok=True)
    with warnings.catch_warnings():
        # platformdirs warns about XDG_RUNTIME_DIR, which pgserver does not need.
        warnings.simplefilter("ignore")
        try:
            import pgserver
        except ImportError:
            raise ImproperlyConfigured(
                "DATABASE_URL is not set and the embedded PostgreSQL (pgserver) is not "
                "installed. Set DATABASE_URL=postgresql://user:password@host:5432/name, or "
                "for development install the dev extra: pip install -e '.[dev]' (make install)."
            ) from None

        server = pgserver.get_server(data_dir, cleanup_mode=None)
    socket_dir = server.get_postmaster_info().socket_dir
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "postgres",
        "USER": "postgres",
        "HOST": str(socket_dir),
        "PORT": "",
    }
