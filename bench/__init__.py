"""The search benchmark (`make bench`, `manage.py bench_search`; README "Performance").

Not an installed app and never part of the site: `bench.settings` (the production settings
plus the floor view and a query timer) is only used by the gunicorn that `bench_search`
starts, through DJANGO_SETTINGS_MODULE, which production never points here.
"""
