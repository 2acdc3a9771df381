"""Zelfhulpkaart settings: one file, read from the environment.

Every variable is optional except SECRET_KEY when DEBUG is off. A malformed value stops
start-up with a message that names the variable. Tests use zelfhulp.settings_test, which
imports this module and overrides what a test run needs; nothing here depends on whether
pytest is installed.
"""

import os
from pathlib import Path

from csp.constants import NONCE
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("VAR_DIR", BASE_DIR / "var"))


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in ("1", "true", "yes", "on"):
        return True
    if value.lower() in ("0", "false", "no", "off"):
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}")


def env_int(name, default):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}") from None


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)
# Demo mode creates demo staff accounts and shows the demo banner; never on in production.
DEMO_MODE = env_bool("DEMO_MODE", False)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if DEBUG:
        SECRET_KEY = "insecure-development-key-only-for-debug-and-tests-0123456789"
    else:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
if not SITE_URL.startswith(("http://", "https://")):
    raise ImproperlyConfigured(f"SITE_URL must start with http:// or https://, not {SITE_URL!r}")

INSTALLED_APPS = [
    # The admin at /beheer/ needs a second factor: admin.site is a StaffAdminSite.
    "staff.admin_config.StaffAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django.contrib.sitemaps",
    "django_filters",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "two_factor",
    "axes",
    "simple_history",
    "import_export",
    "cspreports",
    "contactpoints",
    "staff",
    "groups",
    "outbox",
    "referrals",
    "submissions",
    "opendata",
    "dashboard",
    "peers",
    "knowledge",
    "activities",
    "starting",
    "rooms",
]
if DEMO_MODE:
    # Demo content and accounts with a known password: not even importable without it.
    INSTALLED_APPS += ["demo"]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "cspreports.middleware.reporting_endpoints",
    "zelfhulp.middleware.permissions_policy",
    # Before anything validates the Host header: the container's own probe must pass.
    "zelfhulp.middleware.health_checks",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Staff-only middleware runs for /beheer/ only (zelfhulp.middleware._for_staff_paths).
    "zelfhulp.middleware.otp_for_staff",
    "zelfhulp.middleware.history_for_staff",
    "django.contrib.messages.middleware.MessageMiddleware",
    # After messages: it tells a staff member why they were logged out.
    "zelfhulp.middleware.staff_sessions_for_staff",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "zelfhulp.middleware.DatabaseUnavailableMiddleware",
    # Last, so it turns a locked-out login into the 429 lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "zelfhulp.urls"
WSGI_APPLICATION = "zelfhulp.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "zelfhulp.context_processors.site",
            ],
        },
    },
]

# Database: DATABASE_URL when set, otherwise the embedded PostgreSQL under var/.
DATABASE_URL = os.environ.get("DATABASE_URL", "")
if DATABASE_URL:
    import dj_database_url

    if not DATABASE_URL.startswith(("postgres://", "postgresql://")):
        raise ImproperlyConfigured("DATABASE_URL must be a postgres:// or postgresql:// URL")
    try:
        _db = dj_database_url.parse(DATABASE_URL, conn_max_age=env_int("CONN_MAX_AGE", 60))
    except ValueError as exc:
        raise ImproperlyConfigured(f"DATABASE_URL is malformed: {exc}") from None
else:
    # Development only: pgserver comes with the dev extra and is not in the image.
    from zelfhulp.embedded_db import database_settings

    _db = database_settings(VAR_DIR / "pgdata")
    _db["CONN_MAX_AGE"] = 0
_db["CONN_HEALTH_CHECKS"] = True
_db.setdefault("OPTIONS", {})
# Fail fast when the database is down, and never let one query hold a worker.
_db["OPTIONS"].setdefault("connect_timeout", 3)
_db["OPTIONS"]["options"] = f"-c statement_timeout={env_int('DB_STATEMENT_TIMEOUT_MS', 5000)}"
DATABASES = {"default": _db}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set (shared by all web replicas), else per-process memory.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    if not REDIS_URL.startswith(("redis://", "rediss://", "unix://")):
        raise ImproperlyConfigured("REDIS_URL must be a redis://, rediss:// or unix:// URL")
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "zelfhulp"),
            "TIMEOUT": 300,
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Nederlands")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
WHITENOISE_USE_FINDERS = WHITENOISE_AUTOREFRESH = DEBUG
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

# Email
EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 10)
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "Zelfhulpkaart <noreply@zelfhulpkaart.nl>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Security
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = 12 * 60 * 60
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = not DEBUG
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
# Preloading binds every subdomain to HTTPS for good: a decision for whoever owns the
# domain (SECURE_HSTS_PRELOAD=true), not a default, so its deploy warning is silenced.
SILENCED_SYSTEM_CHECKS = ["security.W021"]
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("BEHIND_PROXY") else None
# Behind our own proxy the client address is the last X-Forwarded-For entry (rate limits).
BEHIND_PROXY = env_bool("BEHIND_PROXY")
SECURE_REDIRECT_EXEMPT = [r"^health/"]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "INFO"},
        # pgserver logs every process exit at INFO; only its problems matter here.
        "pgserver": {"level": "WARNING"},
    },
}

# Content-Security-Policy (django-csp) on every response, the admin included: no inline
# scripts or styles anywhere; the one inline <script> (JSON-LD data) carries the nonce.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", NONCE],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        # Violations are counted at /csp-report/ (cspreports): report-to for browsers with
        # the Reporting API (the endpoint is named in the Reporting-Endpoints header),
        # report-uri for the others.
        "report-uri": ["/csp-report/"],
        "report-to": "csp",
    }
}
REPORTING_ENDPOINTS = 'csp="/csp-report/"'
# Browser features no page here needs (zelfhulp.middleware.permissions_policy).
PERMISSIONS_POLICY = "geolocation=(), camera=(), microphone=(), payment=(), usb=()"

# Staff workspace (/beheer/): password plus a TOTP code (django-two-factor-auth), no admin
# page without both. Axes watches every login attempt.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "two_factor:login"
LOGIN_REDIRECT_URL = "admin:index"
OTP_TOTP_ISSUER = "Zelfhulpkaart"
# 5 failed logins lock that username from that address for an hour; the next try gets a 429.
AXES_ENABLED = env_bool("AXES_ENABLED", True)
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# Tries during the lock do not extend it: it ends an hour after the fifth failure.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_LOCKOUT_TEMPLATE = "admin/lockout.html"
# The client address (zelfhulp.client, the one the rate limits count too) is REMOTE_ADDR;
# with BEHIND_PROXY=true it is the last X-Forwarded-For entry, the one our own proxy
# appended. Entries a client sends itself are never trusted, so a made-up X-Forwarded-For
# cannot dodge the lockout; IPv6 counts per /64. (BEHIND_PROXY is read above.)
AXES_CLIENT_IP_CALLABLE = "zelfhulp.client.client_address"
# A staff session ends 12 hours after login (SESSION_COOKIE_AGE) or after 30 minutes idle.
STAFF_IDLE_TIMEOUT = env_int("STAFF_IDLE_TIMEOUT_MINUTES", 30) * 60

# Freshness loop (groups.verification.freshness): ask each group to confirm its listing once a year.
VERIFY_AFTER_MONTHS = env_int("VERIFY_AFTER_MONTHS", 12)
PAUSE_AFTER_MONTHS = env_int("PAUSE_AFTER_MONTHS", 16)
# A listing is asked to confirm before it is paused; the other way round pauses groups
# that were never asked.
if PAUSE_AFTER_MONTHS <= VERIFY_AFTER_MONTHS:
    raise ImproperlyConfigured(
        f"PAUSE_AFTER_MONTHS ({PAUSE_AFTER_MONTHS}) must be greater than "
        f"VERIFY_AFTER_MONTHS ({VERIFY_AFTER_MONTHS})"
    )

# Zelfhulpkaart
SEARCH_RANK_CAP = env_int("SEARCH_RANK_CAP", 1000)
# Seconds an anonymous search page is kept in the (shared) cache; 0 switches it off.
SEARCH_CACHE_SECONDS = env_int("SEARCH_CACHE_SECONDS", 60)
# Searches per client address (IPv6 per /64) on the shared cache (zelfhulp.ratelimit).
SEARCH_LIMIT_PER_MINUTE = env_int("SEARCH_LIMIT_PER_MINUTE", 120)
SEARCH_LIMIT_PER_HOUR = env_int("SEARCH_LIMIT_PER_HOUR", 2500)

# What needs staff attention: dotted paths to functions(user) -> list of
# (label, count, url); the staff home page shows each non-zero item as a link.
STAFF_ATTENTION_PROVIDERS = [
    "groups.verification.attention.staff_attention",
    "outbox.admin.staff_attention",
]
STAFF_ATTENTION_PROVIDERS += ["submissions.attention.staff_attention"]
STAFF_ATTENTION_PROVIDERS += [
    "peers.attention.staff_attention",
    "knowledge.attention.staff_attention",
]

# Public forms (submissions): days a group has to confirm it answered a relayed message
# before the contact point is told, and the fewest seconds a person needs to fill in a form.
RELAY_CONFIRM_DAYS = env_int("RELAY_CONFIRM_DAYS", 3)
FORM_MIN_SECONDS = env_int("FORM_MIN_SECONDS", 3)
# Peers (peers.services): the answer a resident may expect, and when the contact point is told.
PEER_ANSWER_HOURS = env_int("PEER_ANSWER_HOURS", 24)
PEER_CONFIRM_HOURS = env_int("PEER_CONFIRM_HOURS", 48)

# Daily jobs, run by `manage.py run_scheduler` (the scheduler service in docker-compose.yml).
DAILY_JOBS = ["update_next_meetings", "clearsessions"]
DAILY_JOBS_HOUR = env_int("DAILY_JOBS_HOUR", 3)
# The freshness loop (groups.verification.freshness): ask, remind, pause.
DAILY_JOBS += ["check_listings"]
DAILY_JOBS += ["escalate_unanswered_messages", "purge_submission_data"]
DAILY_JOBS += ["purge_csp_reports"]  # CSP violation reports are kept 30 days
DAILY_JOBS += ["purge_zero_result_words"]
# Where the dashboard reads questions and answers (dashboard.figures.response_rates).
DASHBOARD_RESPONSE_SOURCES = ["dashboard.figures.relay_response_times"]
DAILY_JOBS += ["purge_peer_questions"]
DAILY_JOBS += ["purge_starting_data"]  # group-start and room requests: 90 days
# Jobs the scheduler runs every hour: a peer's unconfirmed question reaches the contact
# point within an hour of PEER_CONFIRM_HOURS, not up to a day later.
HOURLY_JOBS = ["escalate_peer_questions"]
# Activities: the reminder the day before (from 9.00 local time; each registration once),
# and registrants' data erased 30 days after the activity (activities.retention).
HOURLY_JOBS += ["send_activity_reminders"]
DAILY_JOBS += ["purge_activity_registrations"]
# Searches are counted in Redis and moved into the database hourly (and whenever the
# dashboard shows them): dashboard.counters.
HOURLY_JOBS += ["flush_search_counts"]

# Mail (outbox): web requests only queue it; the scheduler looks for mail that is due
# every MAIL_POLL_SECONDS and sends it.
MAIL_POLL_SECONDS = env_int("MAIL_POLL_SECONDS", 5)
