"""Settings shared by every environment; the environment decides the rest.

With no environment at all the app runs on SQLite with a Celery broker that needs no
server (kombu's filesystem transport), so a bare machine can run it. DATABASE_URL and
CELERY_BROKER_URL (or REDIS_URL) switch it to PostgreSQL and Redis.
"""

import ipaddress
from datetime import timedelta
from pathlib import Path

import environ
from celery.schedules import crontab
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from kombu import Queue

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"

env = environ.Env()


def required_env(name: str, hint: str) -> str:
    """A setting a deployment must give: refuse to start without it, saying which."""
    value = env.str(name, default="").strip()
    if not value:
        raise ImproperlyConfigured(f"{name} is not set. {hint}")
    return value


# No key here: the production settings refuse to start without DJANGO_SECRET_KEY, and only
# the local demo and the tests have keys of their own. Django refuses an empty key.
SECRET_KEY = env.str("DJANGO_SECRET_KEY", default="")
DEBUG = env.bool("DJANGO_DEBUG", default=False)
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rest_framework",
    "knox",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "patients",
    "sessions.apps.DosingConfig",
    "journals",
    "groups",
    "integration_clinic",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Below WhiteNoise: static files go out before these, everything Django answers after.
    "csp.middleware.CSPMiddleware",
    "patients.middleware.SecurityHeadersMiddleware",
    "patients.middleware.RequestIdMiddleware",
    "integration_clinic.input_guard.RejectNulMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Anonymous pages follow Accept-Language (or the language cookie); a signed-in
    # person's own choice is applied below, once the user is known.
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "patients.middleware.StaffSessionLimitsMiddleware",
    "patients.middleware.StaffMFARequiredMiddleware",
    "patients.middleware.TokenEndpointThrottleMiddleware",
    "patients.middleware.ViewerTimeZoneMiddleware",
    "patients.middleware.UserLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "integration_clinic.urls"
WSGI_APPLICATION = "integration_clinic.wsgi.application"

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
                "integration_clinic.context_processors.navigation",
                "integration_clinic.context_processors.urgent_alerts",
                "integration_clinic.context_processors.crisis_footer",
            ],
        },
    },
]

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
# PostgreSQL in production: DATABASE_URL names the app's role, which may only INSERT and
# SELECT audit events; DATABASE_OWNER_URL names the role that owns the tables, used by
# `migrate` (and `db_roles`) only. See patients/db_roles.py.
DATABASE_OWNER = env.db("DATABASE_OWNER_URL") if env("DATABASE_OWNER_URL", default="") else None
# Persistent connections: a worker delivering one prompt per task would otherwise pay a new
# PostgreSQL connection for each; health checks drop a connection the server closed.
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Web, worker and beat share one SQLite file: wait for locks instead of failing.
    DATABASES["default"].setdefault("OPTIONS", {})["timeout"] = 20
    DATABASES["default"]["OPTIONS"]["transaction_mode"] = "IMMEDIATE"
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # JIT off: the app's queries are short page-sized lookups, and PostgreSQL's JIT fires on
    # their cost estimates (stale statistics, or clinics above a few thousand patients),
    # spending 240-430 ms compiling a query that runs in a few. Other options (test
    # settings add theirs) are kept.
    _pg_options = DATABASES["default"].setdefault("OPTIONS", {})
    _pg_options["options"] = f"{_pg_options.get('options', '')} -c jit=off".strip()

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "patients.User"

AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("es", "Español")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Journal attachments (drawings, photos, voice notes) live in Django's default storage:
# files under var/ here, never served by URL (no MEDIA_URL route exists); every read goes
# through a view that checks who may see the entry. Production may use S3-compatible
# storage instead (production.py).
MEDIA_ROOT = env("MEDIA_ROOT", default=str(VAR_DIR / "media"))
# How attachment bytes leave: "django" streams them, "x-accel" hands the file to the front
# server (X-Accel-Redirect to ATTACHMENT_X_ACCEL_PREFIX, an internal location), and
# "signed-url" redirects to a short-lived signed storage URL (S3-compatible storage).
ATTACHMENT_SERVING = env.str("ATTACHMENT_SERVING", default="django")
if ATTACHMENT_SERVING not in ("django", "x-accel", "signed-url"):
    raise ImproperlyConfigured("ATTACHMENT_SERVING is one of django, x-accel, signed-url.")
ATTACHMENT_X_ACCEL_PREFIX = env.str("ATTACHMENT_X_ACCEL_PREFIX", default="/protected-media/")
# Each patient's room for attachments, in bytes (500 MB unless the clinic sets otherwise).
ATTACHMENT_QUOTA_BYTES = env.int("ATTACHMENT_QUOTA_BYTES", default=500 * 1024 * 1024)

# A real cache: allauth's rate limits count failed logins in it, across processes.
REDIS_URL = env("REDIS_URL", default="")
if env("CACHE_URL", default=""):
    CACHES = {"default": env.cache("CACHE_URL")}
elif REDIS_URL:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(VAR_DIR / "cache"),
        }
    }

# Who the client is (patients/client_ip.py): X-Forwarded-For is believed only from these
# proxies (addresses or networks, e.g. "10.0.0.0/8,127.0.0.1"), for the API's throttles and
# allauth's login limits alike. Empty: the header is ignored and the connection's address is
# the client.
TRUSTED_PROXIES = env.list("TRUSTED_PROXIES", default=[])
try:
    for _proxy in TRUSTED_PROXIES:
        ipaddress.ip_network(_proxy.strip(), strict=False)
except ValueError as error:
    raise ImproperlyConfigured(f"TRUSTED_PROXIES: {error}") from error

# Content-Security-Policy (django-csp): scripts and styles come from our own static files
# only; no inline script, event handler or style attribute runs. The API docs pages relax
# styles for Swagger UI and ReDoc (integration_clinic/urls.py).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        # Icons in the docs' style sheets are data: URLs.
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "media-src": [SELF, "blob:"],
        # The service worker (/sw.js) and the web app manifest, from our own origin only.
        "worker-src": [SELF],
        "manifest-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
# Browser features: the microphone and camera for voice notes recorded in our own pages,
# nothing else.
PERMISSIONS_POLICY = ", ".join(
    [
        "camera=(self)",
        "microphone=(self)",
        "geolocation=()",
        "payment=()",
        "usb=()",
        "serial=()",
        "hid=()",
        "midi=()",
        "accelerometer=()",
        "gyroscope=()",
        "magnetometer=()",
        "display-capture=()",
        "browsing-topics=()",
    ]
)

# Sessions: everyone's session ends 12 hours after login at most; staff sessions also
# end after 15 idle minutes (patients/middleware.py).
SESSION_COOKIE_AGE = 12 * 60 * 60
# Not on every request: patients.middleware.StaffSessionLimitsMiddleware saves a signed-in
# session at most once a SESSION_TOUCH_INTERVAL, which keeps the idle timeouts sliding.
SESSION_SAVE_EVERY_REQUEST = False
SESSION_TOUCH_INTERVAL = timedelta(minutes=1)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
STAFF_IDLE_TIMEOUT = timedelta(minutes=15)
STAFF_SESSION_MAX_AGE = timedelta(hours=12)

# Staff must have MFA before they reach any health data. Only the local demo turns it off.
MFA_ENFORCED_FOR_STAFF = env.bool("MFA_ENFORCED_FOR_STAFF", default=True)

# API tokens (django-rest-knox, our model patients.ApiToken): stored as SHA-512 digests, shown
# once, one per device. A patient's token lasts 30 days, so the journaling app on their phone
# does not ask for a new one every morning; a staff token lasts no longer than a staff session
# (12 hours), since it reaches every record of the clinic. Tokens also die on password, MFA,
# activation and clinic-role changes (patients/tokens.py).
KNOX_TOKEN_MODEL = "patients.ApiToken"  # noqa: S105 (a model label, not a secret)
REST_KNOX = {
    "TOKEN_TTL": timedelta(days=30),
    "AUTO_REFRESH": False,
    # A prefix lets secret scanners recognise a leaked token.
    "TOKEN_PREFIX": "icl_",
}
API_TOKEN_TTL_STAFF = STAFF_SESSION_MAX_AGE
API_TOKENS_PER_USER = 10
# knox's own migrations would create its unswapped table, which nothing uses.
MIGRATION_MODULES = {"knox": None}

# django-allauth
SITE_NAME = "Integration Clinic"
ACCOUNT_ADAPTER = "patients.adapters.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGIN_ON_PASSWORD_RESET = False
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = True
ACCOUNT_SESSION_REMEMBER = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Integration Clinic] "
ACCOUNT_RATE_LIMITS = {
    "login_failed": "10/m/ip,5/5m/key",
    "reset_password": "20/m/ip,5/m/key",
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Integration Clinic"
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home"
ACCOUNT_LOGOUT_REDIRECT_URL = "account_login"

# Email
EMAIL_BACKEND = env("EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend")
EMAIL_FILE_PATH = env("EMAIL_FILE_PATH", default=str(VAR_DIR / "mail"))
if env("EMAIL_URL", default=""):
    vars().update(env.email_url("EMAIL_URL"))
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="Integration Clinic <care@clinic.test>")
SITE_URL = env("SITE_URL", default="http://127.0.0.1:8000")

# Web push (VAPID): the keys come from the environment. Without them, a VAPID_KEYS_FILE
# (the local demo's and the tests', under var/) supplies a pair made on first use; with
# neither, push is off (patients/vapid.py).
VAPID_PUBLIC_KEY = env.str("VAPID_PUBLIC_KEY", default="")
VAPID_PRIVATE_KEY = env.str("VAPID_PRIVATE_KEY", default="")
VAPID_KEYS_FILE = None
# Who the push services may contact about our messages (a mailto: or https: URL).
VAPID_SUBJECT = env.str("VAPID_SUBJECT", default="mailto:care@clinic.test")
# The push services browsers subscribe with (a host or any of its subdomains): the only
# addresses push messages are posted to, so a client cannot point the server elsewhere.
WEB_PUSH_SERVICE_HOSTS = env.list(
    "WEB_PUSH_SERVICE_HOSTS",
    default=[
        "fcm.googleapis.com",
        "push.services.mozilla.com",
        "push.apple.com",
        "notify.windows.com",
    ],
)

# Text messages (patients/sms.py): "console" logs them; "twilio" sends them through Twilio
# with the account's SID and auth token (the token also verifies Twilio's webhooks).
SMS_BACKEND = env.str("SMS_BACKEND", default="console")
TWILIO_ACCOUNT_SID = env.str("TWILIO_ACCOUNT_SID", default="")
TWILIO_AUTH_TOKEN = env.str("TWILIO_AUTH_TOKEN", default="")
TWILIO_MESSAGING_SERVICE_SID = env.str("TWILIO_MESSAGING_SERVICE_SID", default="")
# Where Twilio's REST calls go: Twilio itself unless set (tests point it at a fake).
TWILIO_API_BASE_URL = env.str("TWILIO_API_BASE_URL", default="")
# The sender of clinics without their own (Clinic.sms_sender): E.164 or a sender id.
SMS_DEFAULT_SENDER = env.str("SMS_DEFAULT_SENDER", default="")
SMS_TIMEOUT_SECONDS = env.int("SMS_TIMEOUT_SECONDS", default=10)
# A push or text message that failed waits this long before it is tried again, up to
# CHANNEL_MAX_ATTEMPTS; one left "sending" by a crash is sent again after as long.
CHANNEL_RETRY_AFTER = timedelta(minutes=env.int("CHANNEL_RETRY_AFTER_MINUTES", default=5))
CHANNEL_MAX_ATTEMPTS = env.int("CHANNEL_MAX_ATTEMPTS", default=3)

# REST API
REST_FRAMEWORK = {
    "DEFAULT_PARSER_CLASSES": [
        "integration_clinic.json_parser.DepthLimitedJSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    "DEFAULT_AUTHENTICATION_CLASSES": [
        # Token first, so an anonymous API call gets 401 with a WWW-Authenticate header.
        "knox.auth.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": [
        "rest_framework.permissions.IsAuthenticated",
        "patients.api_permissions.StaffHasMFA",
    ],
    "DEFAULT_PAGINATION_CLASS": "patients.api_pagination.TotalOrderPageNumberPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    # Counted per client address (patients/client_ip.py) before sign-in, per user after;
    # views naming throttle_scope "token" (the token endpoints) get their own, lower rate.
    "DEFAULT_THROTTLE_CLASSES": [
        "patients.throttles.AnonThrottle",
        "patients.throttles.UserThrottle",
        "patients.throttles.ScopedThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "anon": env("API_THROTTLE_ANON", default="60/min"),
        "user": env("API_THROTTLE_USER", default="600/min"),
        "token": env("API_THROTTLE_TOKEN", default="20/hour"),
    },
    "EXCEPTION_HANDLER": "patients.api_errors.exception_handler",
}
# Pages (plain Django views) that make or revoke API tokens: their POSTs count against the
# "token" rate above (patients.middleware.TokenEndpointThrottleMiddleware).
TOKEN_ENDPOINT_URL_NAMES = ["api_token"]
SPECTACULAR_SETTINGS = {
    "TITLE": "Integration Clinic API",
    "DESCRIPTION": "Dosing sessions, integration prompts, journals, care teams and groups.",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": "/api/v1",
    # Swagger UI and ReDoc come from our own static files, so the docs work offline and
    # no page of ours loads code from a third-party CDN.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    # Swagger UI would otherwise send the schema to an outside validator.
    "SWAGGER_UI_SETTINGS": {"deepLinking": True, "validatorUrl": None},
    # Error answers (400/401/403/404/415/429) are documented on every operation.
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "patients.api_errors.document_error_responses",
        "integration_clinic.api_schema.describe_role_dependent_shapes",
    ],
    "ENUM_NAME_OVERRIDES": {
        "DosingSessionStatusEnum": "sessions.models.DosingSession.Status",
        "PromptStatusEnum": "sessions.models.ScheduledPrompt.Status",
        "JournalEntryKindEnum": "journals.models.JournalEntry.Kind",
        "AttachmentKindEnum": "journals.models.Attachment.Kind",
        "HabitKindEnum": "journals.habits.Habit.Kind",
        "GroupSessionStatusEnum": "groups.models.GroupSession.Status",
        "EnrollmentStatusEnum": "groups.models.Enrollment.Status",
        "AlertContactMethodEnum": "patients.models.AlertContact.Method",
        "AlertContactPersonEnum": "patients.models.AlertContact.Person",
        "PromptKindEnum": "sessions.models.PromptKind",
        "DeliveryChannelEnum": "patients.models.Delivery.Channel",
        "DeliveryOutcomeEnum": "patients.models.Delivery.Outcome",
        "AuditActionEnum": "patients.models.AuditEvent.Action",
    },
}


# Celery: the database holds the schedule; the broker only carries short-lived work.
def filesystem_broker_options(folder: Path) -> dict:
    """kombu's filesystem transport, in `folder`. kombu does not create its folders, and
    every command that may publish (seed_demo, the web process, the worker) needs them:
    they are made here, wherever this broker is chosen."""
    options = {
        "data_folder_in": str(folder / "queue"),
        "data_folder_out": str(folder / "queue"),
        "processed_folder": str(folder / "processed"),
        "control_folder": str(folder / "control"),
        "store_processed": False,
    }
    for key in ("data_folder_in", "processed_folder", "control_folder"):
        Path(options[key]).mkdir(parents=True, exist_ok=True)
    return options


CELERY_BROKER_URL = env("CELERY_BROKER_URL", default=REDIS_URL or "filesystem://")
CELERY_BROKER_DIR = Path(env("CELERY_BROKER_DIR", default=str(VAR_DIR / "broker")))
if CELERY_BROKER_URL.startswith("filesystem://"):
    CELERY_BROKER_TRANSPORT_OPTIONS = filesystem_broker_options(CELERY_BROKER_DIR)
else:
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "visibility_timeout": env.int("CELERY_VISIBILITY_TIMEOUT", default=60 * 60)
    }
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = "UTC"
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# A worker that loses the broker cancels what it was running rather than finishing work
# whose acknowledgement can no longer reach the broker (redelivered anyway): the
# conditional updates make a rerun harmless. Said explicitly, as Celery 6 will default it.
CELERY_WORKER_CANCEL_LONG_RUNNING_TASKS_ON_CONNECTION_LOSS = True
# Deliveries go to the default queue; the work that keeps the schedule moving (dispatch,
# requeue, sweeps, expiry, reminders, re-sends) to its own, with its own worker process
# (`-Q housekeeping`), so it never waits behind thousands of deliveries. A worker started
# without -Q consumes both.
CELERY_TASK_DEFAULT_QUEUE = "celery"
HOUSEKEEPING_QUEUE = "housekeeping"
CELERY_TASK_QUEUES = (Queue(CELERY_TASK_DEFAULT_QUEUE), Queue(HOUSEKEEPING_QUEUE))
CELERY_TASK_ROUTES = {
    name: {"queue": HOUSEKEEPING_QUEUE}
    for name in (
        "sessions.tasks.dispatch_due_prompts",
        "sessions.tasks.requeue_stuck_prompts",
        "sessions.tasks.send_prompt_reminders",
        "sessions.tasks.expire_prompts",
        "patients.tasks.send_pending_emails",
        "patients.tasks.send_pending_channel_messages",
        "patients.tasks.resend_unacknowledged_alerts",
        "groups.tasks.dispatch_group_reminders",
        "groups.tasks.complete_past_group_sessions",
        "journals.tasks.purge_deleted_entries",
    )
}
CELERY_BEAT_SCHEDULE_FILENAME = env(
    "CELERY_BEAT_SCHEDULE_FILENAME", default=str(VAR_DIR / "celerybeat-schedule")
)
CELERY_BEAT_SCHEDULE = {
    "dispatch-due-prompts": {
        "task": "sessions.tasks.dispatch_due_prompts",
        "schedule": crontab(),
    },
    "requeue-stuck-prompts": {
        "task": "sessions.tasks.requeue_stuck_prompts",
        "schedule": crontab(),
    },
    "send-prompt-reminders": {
        "task": "sessions.tasks.send_prompt_reminders",
        "schedule": crontab(minute="*/5"),
    },
    "send-pending-emails": {
        "task": "patients.tasks.send_pending_emails",
        "schedule": crontab(minute="*/5"),
    },
    # Push and text messages that waited out quiet hours, or failed and wait for a retry.
    "send-pending-channel-messages": {
        "task": "patients.tasks.send_pending_channel_messages",
        "schedule": crontab(),
    },
    "expire-prompts": {
        "task": "sessions.tasks.expire_prompts",
        "schedule": crontab(minute="*/5"),
    },
    "dispatch-group-reminders": {
        "task": "groups.tasks.dispatch_group_reminders",
        "schedule": crontab(),
    },
    "complete-past-group-sessions": {
        "task": "groups.tasks.complete_past_group_sessions",
        "schedule": crontab(minute="*/15"),
    },
    "purge-deleted-entries": {
        "task": "journals.tasks.purge_deleted_entries",
        "schedule": crontab(minute=17),
    },
    "resend-unacknowledged-alerts": {
        "task": "patients.tasks.resend_unacknowledged_alerts",
        "schedule": crontab(),
    },
}

# Audit rows also go out as JSON lines, to stdout or to AUDIT_LOG_FILE, for a collector
# outside the database to keep: a copy that no one with database access can rewrite.
AUDIT_LOG_FILE = env("AUDIT_LOG_FILE", default="")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
        "audit_json": {"()": "patients.audit_log.AuditJsonFormatter"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain"},
        "audit": (
            {
                "class": "logging.handlers.WatchedFileHandler",
                "filename": AUDIT_LOG_FILE,
                "formatter": "audit_json",
            }
            if AUDIT_LOG_FILE
            else {
                "class": "logging.StreamHandler",
                "stream": "ext://sys.stdout",
                "formatter": "audit_json",
            }
        ),
    },
    "loggers": {"audit": {"handlers": ["audit"], "level": "INFO", "propagate": False}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
}

# Dosing: above these mg/kg a clinician must confirm the dose (per route).
DOSE_CEILING_MG_PER_KG = {
    "iv_ketamine": env.float("DOSE_CEILING_IV_KETAMINE", default=1.0),
    "im_ketamine": env.float("DOSE_CEILING_IM_KETAMINE", default=1.0),
    "oral_ketamine": env.float("DOSE_CEILING_ORAL_KETAMINE", default=7.0),
    "intranasal_esketamine": env.float("DOSE_CEILING_INTRANASAL_ESKETAMINE", default=1.5),
}

# Dispatch: how many due prompts one claim takes, how many one delivery task delivers
# (one conditional UPDATE ... RETURNING and set-based inserts for all of them), how long one
# dispatch may claim before it hands over to the next, and when a claim is deemed abandoned
# by a dead worker and queued again: a batch takes seconds, so a few minutes is ample.
PROMPT_CLAIM_BATCH_SIZE = env.int("PROMPT_CLAIM_BATCH_SIZE", default=1000)
PROMPT_DELIVERY_BATCH_SIZE = env.int("PROMPT_DELIVERY_BATCH_SIZE", default=200)
PROMPT_DISPATCH_BUDGET_SECONDS = env.float("PROMPT_DISPATCH_BUDGET_SECONDS", default=45.0)
PROMPT_STUCK_AFTER = timedelta(seconds=env.int("PROMPT_STUCK_AFTER_SECONDS", default=180))
# Emails wait in the outbox (the delivery log) until sent; leftovers are retried. A row
# left "sending" (a worker that died after its batch committed, or between the SMTP call
# and its outcome) is sent again after EMAIL_SENDING_STALE_AFTER, well past a batch's
# sending time, with the same Message-ID, and logged as a possible duplicate.
EMAIL_RETRY_AFTER = timedelta(minutes=env.int("EMAIL_RETRY_AFTER_MINUTES", default=5))
EMAIL_SENDING_STALE_AFTER = timedelta(
    minutes=env.int("EMAIL_SENDING_STALE_AFTER_MINUTES", default=5)
)
# A batch's emails go over one SMTP connection; their outcomes are committed this many
# at a time (a process killed mid-group repeats at most these, under their Message-IDs).
EMAIL_OUTCOME_GROUP_SIZE = env.int("EMAIL_OUTCOME_GROUP_SIZE", default=20)
# The right-hand side of every Message-ID the app sets (receivers drop repeats by it).
EMAIL_MESSAGE_ID_DOMAIN = env("EMAIL_MESSAGE_ID_DOMAIN", default="integration-clinic.invalid")
EMAIL_MAX_ATTEMPTS = env.int("EMAIL_MAX_ATTEMPTS", default=5)
# An urgent safety alert no one has acknowledged is sent again, to every clinician of the
# clinic, this long after its last sending.
ALERT_RESEND_AFTER = timedelta(minutes=env.int("ALERT_RESEND_AFTER_MINUTES", default=15))
