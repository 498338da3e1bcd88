"""Settings for After Refusal: one file, read from the environment.

The defaults run the site on a laptop (DEBUG on, SQLite in the project folder). A production server sets
DEBUG=0, SECRET_KEY, ALLOWED_HOSTS and usually DATABASE_URL; with DEBUG off and no SECRET_KEY the site
refuses to start.
"""

import os
from pathlib import Path

import dj_database_url
import django.conf.locale
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

from selfhelp import languages


def envbool(name, default):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be 1 or 0, true or false, not {value!r}")


def envint(name, default):
    value = os.environ.get(name)
    return int(value) if value else default


def envlist(name, default):
    value = os.environ.get(name)
    return [item.strip() for item in value.split(",") if item.strip()] if value else default


BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = envbool("DEBUG", True)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("Set SECRET_KEY: the site will not start with DEBUG off without one.")
    SECRET_KEY = "laptop-only-key-never-used-with-debug-off"  # noqa: S105 (refused above without DEBUG)

ALLOWED_HOSTS = envlist("ALLOWED_HOSTS", ["127.0.0.1", "localhost"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = envlist("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    # modeltranslation patches the admin, so it comes before django.contrib.admin.
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "crispy_forms",
    "crispy_forms_gds",
    "axes",
    "guides",
    "selfhelp.accounts",
    "selfhelp.cases",
    "selfhelp.deadlines",
    "selfhelp.annotator",
    "selfhelp.evidence",
    "selfhelp.sar",
    "selfhelp.interviews",
    "selfhelp.printing",
    # Background work (django.tasks): the database backend's queue, and the site's jobs on it.
    "django_tasks_db",
    "selfhelp.jobs",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Pages are compressed so the first screen fits in one round trip on a slow phone. Django pads
    # compressed responses with random bytes against BREACH, and masks CSRF tokens per response.
    "django.middleware.gzip.GZipMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Cache-Control: no-store, private on everything that can hold a person's data (it needs to know
    # who is signed in, so it comes after AuthenticationMiddleware).
    "selfhelp.middleware.PrivateResponses",
    # Which responses the service worker may keep for reading offline (selfhelp/offline.py).
    "selfhelp.offline.OfflineMarks",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # A view that loses the database: a read is retried once on a fresh connection, else 503.
    "selfhelp.middleware.DatabaseOutage",
    # Last, so that it sees the outcome of every login attempt.
    "axes.middleware.AxesMiddleware",
]
# The error pages (selfhelp/errors.py; the 400, 403, 404 and 500 handlers are in selfhelp/urls.py).
CSRF_FAILURE_VIEW = "selfhelp.errors.csrf_failure"

ROOT_URLCONF = "selfhelp.urls"
WSGI_APPLICATION = "selfhelp.wsgi.application"

TEMPLATES = [
    {
        # Django's backend, marking the English that stands in for a missing translation
        # (selfhelp/i18n/standins.py).
        "BACKEND": "selfhelp.i18n.standins.TemplatesWithStandIns",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "selfhelp.context_processors.site",
            ],
            # Every template can show a date with {{ day|day }} (selfhelp/i18n/dates.py).
            "builtins": ["selfhelp.i18n.templatetags"],
        },
    },
]

# Database: SQLite next to the code unless DATABASE_URL says otherwise. Each process keeps its
# connection for DB_CONN_MAX_AGE seconds (checked before reuse), instead of opening one per request:
# on PostgreSQL that was most of the cost of a small page. 0 opens one per request again.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=envint("DB_CONN_MAX_AGE", 300),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

TESTING = envbool("TESTING", False)

# Background work (Django's Tasks framework): reading photos and scans of a letter (OCR) and laying out
# workshop packs run outside the request. The queue is a table in the database (django-tasks-db), so
# it needs no other server; `python manage.py db_worker` runs the tasks (`make run` starts one beside
# the web server; run as many as the machine has cores to spare). In tests the immediate backend runs
# each task at once, inside the request. Another backend (Celery …) can replace it here without
# touching the tasks (selfhelp/jobs/).
TASKS = {
    "default": (
        {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}
        if TESTING
        else {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
    )
}


# The cache is shared by every app process, because it counts attempts (sign-ups and share codes per
# address, selfhelp/throttle.py): a count kept in one process's memory would let each of several
# gunicorn workers, or machines, allow the limit again. The database cache is shared by whatever shares
# the database, and needs nothing more to run. Its table is made by a migration (accounts
# 0002_cache_table), so `migrate` (and `make run`) make it; `manage.py createcachetable` makes it too.
# It also holds the rendered PDFs and public pages (guides/pdfcache.py, guides/pagecache.py).
# CACHE_URL=redis://host:6379/0 (needs the redis package) or memcached://host:11211 (needs pymemcache)
# puts it in Redis or Memcached instead; Memcached keeps nothing over 1 MB, so large packs are then
# laid out again each time.
def cache_from_url(url):
    from urllib.parse import urlsplit

    scheme = urlsplit(url).scheme
    if scheme in {"redis", "rediss"}:
        return {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url}
    if scheme in {"memcached", "pymemcache"}:
        return {
            "BACKEND": "django.core.cache.backends.memcached.PyMemcacheCache",
            "LOCATION": url.split("://", 1)[1],
        }
    raise ImproperlyConfigured(f"CACHE_URL must start with redis:// or memcached://, not {scheme}://")


CACHES = {
    "default": cache_from_url(os.environ["CACHE_URL"])
    if os.environ.get("CACHE_URL")
    else {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "selfhelp_cache",
        "OPTIONS": {"MAX_ENTRIES": 50_000},
    },
    # For what each process may keep for itself (nothing that counts or limits).
    "local": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
}

# Accounts. Passwords are hashed with Argon2 (Django's recommended hasher); PBKDF2 stays listed so
# that a hash made before the switch still verifies, and is upgraded at the next log in.
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "cases:list"
LOGOUT_REDIRECT_URL = "home"

# Sessions live in the database, so any number of app processes can share them. A shared phone is
# the norm: sessions end after an hour without use unless the person asks to stay signed in.
SESSION_ENGINE = "selfhelp.accounts.sessions"
SESSION_COOKIE_AGE = envint("SESSION_IDLE_SECONDS", 60 * 60)
SESSION_SAVE_EVERY_REQUEST = True
KEEP_SIGNED_IN_SECONDS = 60 * 60 * 24 * 30

# Login throttling (django-axes), counted in the database, so every app process shares the counts.
# Wrong passwords in an hour lock logging in for an hour: 5 for one username from one address; 20 for
# one username from any addresses (an attacker who changes address is slowed too, but someone who only
# knows a username cannot lock its owner out with a few tries); 50 from one address for any usernames
# (one password tried on many accounts; a shared connection, at a drop-in centre, is not locked by a
# few people's mistakes). selfhelp/accounts/throttling.py measures each against its own limit.
AXES_FAILURE_LIMIT = envint("AXES_FAILURE_LIMIT", 5)
LOGIN_FAILURE_LIMITS = {
    ("username", "ip_address"): AXES_FAILURE_LIMIT,
    ("username",): envint("LOGIN_FAILURES_PER_USERNAME", 20),
    ("ip_address",): envint("LOGIN_FAILURES_PER_ADDRESS", 50),
}
AXES_LOCKOUT_PARAMETERS = [list(group) if len(group) > 1 else group[0] for group in LOGIN_FAILURE_LIMITS]
AXES_HANDLER = "selfhelp.accounts.throttling.LimitPerGroupHandler"
AXES_COOLOFF_TIME = 1  # hours
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_ENABLE_ACCESS_FAILURE_LOG = False  # the usernames people tried are personal data
AXES_VERBOSE = False
AXES_CLIENT_STR_CALLABLE = "selfhelp.accounts.throttling.client_str"  # logs never name who tried
AXES_IPWARE_PROXY_COUNT = envint("PROXY_COUNT", 0)
# Sign-ups and share codes, per address (selfhelp/throttle.py, counted in the shared cache): generous,
# as many people can share one address.
SIGNUPS_PER_ADDRESS_PER_HOUR = envint("SIGNUPS_PER_ADDRESS_PER_HOUR", 20)
SHARE_CODES_PER_ADDRESS_PER_HOUR = envint("SHARE_CODES_PER_ADDRESS_PER_HOUR", 30)

# Languages. The list is fixed in selfhelp/languages.py: it shapes the database schema.
django.conf.locale.LANG_INFO = {**django.conf.locale.LANG_INFO, **languages.EXTRA_LANG_INFO}
LANGUAGE_CODE = languages.DEFAULT
LANGUAGES = [(language.code, language.english) for language in languages.LANGUAGES]
LANGUAGES_BIDI = [language.code for language in languages.LANGUAGES if language.rtl]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
# English dates as written in the UK; languages Django has no formats for use the same.
FORMAT_MODULE_PATH = ["selfhelp.formats"]
DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
TIME_ZONE = "Europe/London"
USE_TZ = True

MODELTRANSLATION_DEFAULT_LANGUAGE = languages.DEFAULT
MODELTRANSLATION_FALLBACK_LANGUAGES = (languages.DEFAULT,)

# Static files, served by WhiteNoise (compressed, with cache-busting names outside DEBUG).
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG or TESTING
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

CRISPY_ALLOWED_TEMPLATE_PACKS = ["gds"]
CRISPY_TEMPLATE_PACK = "gds"

# Uploads (refusal letters): small enough for a phone's photos of a long letter.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
LETTER_UPLOAD_MAX_BYTES = envint("LETTER_UPLOAD_MAX_BYTES", 20 * 1024 * 1024)

# Security headers. Everything the site shows comes from the site itself: no other host is named.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "object-src": [CSP.NONE],
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if envbool("BEHIND_PROXY", False) else None
if not DEBUG:
    SECURE_SSL_REDIRECT = envbool("SECURE_SSL_REDIRECT", True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True

# Logging: requests are not logged with their query strings or bodies, and nothing a person typed
# reaches a log. Errors say which view failed, not what was in it.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"without_personal_data": {"()": "selfhelp.logfilters.WithoutPersonalData"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "filters": ["without_personal_data"]},
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "django": {"handlers": ["console"], "level": "INFO" if DEBUG else "WARNING", "propagate": False},
        # WeasyPrint warns about every screen-only CSS property it skips; only its errors matter.
        "weasyprint": {"handlers": ["console"], "level": "ERROR", "propagate": False},
        "fontTools": {"handlers": ["console"], "level": "ERROR", "propagate": False},
        # pypdf warns about every small flaw in an uploaded PDF; a PDF it cannot read raises instead.
        "pypdf": {"handlers": ["console"], "level": "ERROR", "propagate": False},
    },
}

SITE_NAME = "After Refusal"
