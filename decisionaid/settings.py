"""Django settings, all from the environment (see README, "Configuration").

Development defaults are safe for a laptop; production (DJANGO_DEBUG off) refuses to
start without a secret key. README's "Deployment" section lists every variable.
"""

import os
from pathlib import Path
from typing import Any

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from .environment import env_bool, env_int, env_list

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env_bool("DJANGO_DEBUG", False)
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off. "
            "For local development run with DJANGO_DEBUG=true (make run does)."
        )
    SECRET_KEY = "insecure-development-key-do-not-use-in-production"

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    # The admin with the site's sign-in limiter (decisionaid.accounts); admin.site stays the default.
    "decisionaid.accounts.apps.AdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "corsheaders",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "decisionaid.pages",
    "decisionaid.accounts",
    "decisionaid.assessments",
    "decisionaid.knowledge",
    "decisionaid.api",
    "decisionaid.cases",
]

MIDDLEWARE = [
    # First, so every log record and every response, even a refusal, carries the request id.
    "decisionaid.middleware.request_id.RequestIdMiddleware",
    "decisionaid.middleware.access_log.AccessLogMiddleware",
    "decisionaid.middleware.server_timing.ServerTimingMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "decisionaid.middleware.content_security_policy.ContentSecurityPolicyMiddleware",
    "decisionaid.middleware.request_size.RequestSizeLimitMiddleware",
    "decisionaid.middleware.json_escape.EscapeHtmlInJsonMiddleware",
    "decisionaid.middleware.database_unavailable.DatabaseUnavailableMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "decisionaid.urls"
WSGI_APPLICATION = "decisionaid.wsgi.application"

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
                "decisionaid.pages.context_processors.teaching_context",
            ],
        },
    },
]

DATABASE_URL = os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}")
# Connections are kept between requests, checked at the start of each request so that one
# broken by a database restart is replaced instead of failing the request. A server
# database's new connection costs a network handshake and authentication; a SQLite one's
# close costs more than its open: the last connection to close checkpoints the WAL into the
# database file (a third of a stored create's time, profiled). Django's development server
# starts a thread, and so a connection, per request: there they end with the thread.
DATABASE_CONN_MAX_AGE = env_int("DATABASE_CONN_MAX_AGE", 60)
DATABASES = {
    "default": dj_database_url.parse(
        DATABASE_URL, conn_max_age=DATABASE_CONN_MAX_AGE, conn_health_checks=DATABASE_CONN_MAX_AGE > 0
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Concurrent wizard sessions must wait for the lock, not fail with "database is locked".
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=20000;",
    }

# The counters that requests write (API and form throttles, sign-in lockouts), in the
# default cache. One host: a SQLite file of its own that every worker shares, atomic and
# fast (decisionaid.sqlite_cache), and apart from the application database, so the
# stateless evaluate and CDS calls answer while that database is down. Several hosts
# (README, "Behind a TLS proxy, on several hosts"): Redis through Django's own backend,
# with the sessions too, so a counter and a sign-in hold on every host.
COUNTERS_FILE = os.environ.get("DJANGO_COUNTERS_FILE") or str(
    Path(DATABASES["default"]["NAME"]).parent / "counters.sqlite3"
    if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3"
    else BASE_DIR / "counters.sqlite3"
)
CACHES: dict[str, dict[str, Any]] = {
    "default": {"BACKEND": "decisionaid.sqlite_cache.SQLiteCache", "LOCATION": COUNTERS_FILE},
}
REDIS_URL = os.environ.get("DJANGO_REDIS_URL", "")
if REDIS_URL:
    CACHES["default"] = {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
    SESSION_ENGINE = "django.contrib.sessions.backends.cache"

# Rendered parts of pages that change only with the knowledge base (the knowledge browser's
# rule lists): in each process's memory, keyed by KB_VERSION, so a new release renders anew
# and nothing needs sharing between workers or hosts.
CACHES["pages"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "rendered-pages",
    "TIMEOUT": None,
    "OPTIONS": {"MAX_ENTRIES": 500},
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT") or BASE_DIR / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG or env_bool("DJANGO_PLAIN_STATIC", False)
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
LOGIN_URL = "accounts:sign-in"
LOGIN_REDIRECT_URL = "cases:progress"
LOGOUT_REDIRECT_URL = "pages:home"

# --- Behind a TLS-terminating proxy (README, "Deployment") ---
# Only behind a proxy that sets (and overwrites) X-Forwarded-Proto: without one, any client
# could claim HTTPS and slip past the redirect, so the header is ignored unless asked for.
if env_bool("DJANGO_TRUST_X_FORWARDED_PROTO", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", False)
# Load balancers probe over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = env_int("DJANGO_SECURE_HSTS_SECONDS", 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = env_bool("DJANGO_SECURE_HSTS_PRELOAD", False)
# HSTS for subdomains, and the browsers' preload list, bind every host of the domain (a
# hospital's, say) for a year or more: the domain's owner decides, with the variables
# above, not this site's deploy check, which would otherwise warn until both are on.
SILENCED_SYSTEM_CHECKS = ["security.W005", "security.W021"]
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Cookies only over HTTPS unless debugging (browsers accept secure cookies from http://localhost).
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", not DEBUG)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = CSRF_COOKIE_SAMESITE = "Lax"
CSRF_FAILURE_VIEW = "decisionaid.pages.errors.csrf_failure"
# A strict Content-Security-Policy on every response (decisionaid.middleware); only Swagger
# UI, at /api/docs/, may style inline (its widgets set style attributes from script).
CONTENT_SECURITY_POLICY = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' data:",
    "frame-ancestors": "'none'",
    "form-action": "'self'",
    "base-uri": "'self'",
    "object-src": "'none'",
}
CONTENT_SECURITY_POLICY_OVERRIDES = {
    "/api/docs/": {"style-src": "'self' 'unsafe-inline'"},
}

# --- Limits ---
# Requests with a larger body are refused (413) before any view reads them.
MAX_REQUEST_BYTES = env_int("DJANGO_MAX_REQUEST_BYTES", 256 * 1024)
DATA_UPLOAD_MAX_MEMORY_SIZE = MAX_REQUEST_BYTES
# Failed admin sign-ins per client address and username before a lockout, and its length.
ADMIN_LOGIN_MAX_FAILURES = env_int("DJANGO_ADMIN_LOGIN_MAX_FAILURES", 5)
ADMIN_LOGIN_LOCKOUT_SECONDS = env_int("DJANGO_ADMIN_LOGIN_LOCKOUT_SECONDS", 15 * 60)

REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_PARSER_CLASSES": ["decisionaid.api.parsers.JSONParser"],
    "DEFAULT_RENDERER_CLASSES": ["decisionaid.api.renderers.JSONRenderer"],
    "DEFAULT_CONTENT_NEGOTIATION_CLASS": "decisionaid.api.negotiation.FormatAwareNegotiation",
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    # Counted in the default cache (decisionaid.counters), so the limits hold across workers and hosts.
    "DEFAULT_THROTTLE_CLASSES": [
        "decisionaid.api.throttling.AnonRateThrottle",
        "decisionaid.api.throttling.UserRateThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "anon": os.environ.get("API_ANON_RATE", "120/minute"),
        "user": os.environ.get("API_USER_RATE", "600/minute"),
        # The site's forms that run the engine or write (decisionaid.pages.throttling).
        "web_anon": os.environ.get("WEB_ANON_RATE", "120/minute"),
        "web_user": os.environ.get("WEB_USER_RATE", "600/minute"),
    },
    "EXCEPTION_HANDLER": "decisionaid.api.errors.api_exception_handler",
    # Proxies in front of gunicorn: throttles then count the client's address from
    # X-Forwarded-For, not the proxy's. 0 (the default) means REMOTE_ADDR: DRF's None
    # would trust a client-forged X-Forwarded-For and let callers dodge the throttle.
    "NUM_PROXIES": env_int("DJANGO_NUM_PROXIES", 0),
}

SPECTACULAR_SETTINGS = {
    "TITLE": "Myoclonus DDx API",
    "DESCRIPTION": "Rule-based teaching aid for the differential diagnosis of myoclonus. "
    "Educational use only: not medical advice, not for the care of real patients.\n\n"
    'Every error is JSON: `{"detail": "...", "errors": {"field": ["..."]}}`; a 400 names each '
    "bad field and its allowed values. Anonymous callers may read the questionnaire and the knowledge base "
    "and evaluate answers; stored assessments need a token (`Authorization: Token <key>`) or a session. "
    "Callers are rate limited (429 with `Retry-After`).",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    # Swagger UI from the drf-spectacular-sidecar package: no CDN, works offline and under a strict CSP.
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "decisionaid.api.errors.document_transport_errors",
        "decisionaid.api.schema_hooks.require_bodies_whose_every_form_requires_a_member",
        "decisionaid.api.schema_hooks.restore_fhir_operation_names",
    ],
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "ENUM_NAME_OVERRIDES": {
        "YesNoEnum": "decisionaid.api.answers.YES_NO_CHOICES",
        "AssessmentStatusEnum": "decisionaid.assessments.models.Assessment.Status",
        "FhirResponseStatusEnum": "decisionaid.api.fhir_serializers.RESPONSE_STATUSES",
        "TreatmentEnum": "decisionaid.api.cases.serializers.TREATMENT_IDS",
        # What a leader can be: the axes of a forecast's changes and of a why-not hypothesis.
        "LeaderAxisEnum": "rules.explain.KINDS",
        "EffectKindEnum": "rules.forecast.EFFECT_KINDS",
        "UrgencyEnum": "rules.vocabulary.URGENCIES",
        "TopCausesEnum": "decisionaid.api.explanations.CAUSE_IDS",
        "OriginEnum": "decisionaid.api.explanations.ORIGIN_IDS",
        "ConditionEnum": "decisionaid.api.explanations.CONDITION_IDS",
    },
    "TAGS": [
        {"name": "questionnaire", "description": "The questions and their choices (JSON or FHIR R4)."},
        {"name": "evaluate", "description": "Stateless assessment of answers."},
        {
            "name": "interview",
            "description": "Stateless adaptive interview and explanations: the next best question, "
            "why not a hypothesis, what would change the answer.",
        },
        {"name": "assessments", "description": "Your stored assessments (token or session)."},
        {"name": "knowledge", "description": "The knowledge base: rules and sources."},
        {"name": "cds-hooks", "description": "CDS Hooks 2.0 discovery and service."},
        {
            "name": "cases",
            "description": "Training cases: reveal a case stage by stage, submit an attempt, get feedback.",
        },
    ],
}

# CDS Hooks services are called server to server by an EHR, which needs no CORS; only a
# browser-based sandbox (the CDS Hooks sandbox, a teaching EHR) calls from a web page, so
# only the origins listed may, and never with the visitor's cookies (the CDS views ignore
# sessions anyway). Not "*": any page on the web could then have its visitors' browsers
# call the engine. Nothing else is cross-origin.
CORS_URLS_REGEX = r"^/cds-services(/.*)?$"
CORS_ALLOWED_ORIGINS = env_list("DJANGO_CDS_HOOKS_ALLOWED_ORIGINS", "https://sandbox.cds-hooks.org")
CORS_ALLOW_CREDENTIALS = False

# Logs name the request (method, path without query, status, request id), never its
# body: answers and personal data stay out of them.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "decisionaid.middleware.request_id.RequestIdLogFilter"}},
    # One line per record, whatever a caller put in a path or a value (decisionaid.log_lines).
    "formatters": {
        "plain": {
            "class": "decisionaid.log_lines.OneLineFormatter",
            "format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s",
        }
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain", "filters": ["request_id"]}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
    "loggers": {
        # experta logs every match and firing: quiet, or each evaluation costs several times more.
        "experta": {"level": "WARNING", "propagate": True},
        # The access log line comes from decisionaid.middleware.access_log; Django's own
        # request logger would repeat it for every 4xx.
        "django.request": {"level": "ERROR", "propagate": True},
    },
}
