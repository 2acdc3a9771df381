"""The production settings (zelfhulp.settings, DEBUG off) plus what only the benchmark needs:
the floor view's URL (bench.urls) and the per-request query timer (bench.middleware), which
times every request, the floor's and the search page's alike. Used only by the gunicorn
that `manage.py bench_search` starts (DJANGO_SETTINGS_MODULE=bench.settings)."""

from zelfhulp.settings import *  # noqa: F403
from zelfhulp.settings import MIDDLEWARE

ROOT_URLCONF = "bench.urls"
# Outermost, so the queries of every other middleware are counted too.
MIDDLEWARE = ["bench.middleware.query_stats", *MIDDLEWARE]
