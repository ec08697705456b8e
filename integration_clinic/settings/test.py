"""pytest: fast hashing, mail in memory, a per-process cache. The database and broker
come from the environment, so CI runs the same tests on PostgreSQL and Redis."""

import tempfile

from .base import *  # noqa: F403
from .base import (
    CELERY_BROKER_DIR,
    CELERY_BROKER_TRANSPORT_OPTIONS,
    CELERY_BROKER_URL,
    REST_FRAMEWORK,
    env,
    filesystem_broker_options,
)

SECRET_KEY = "test-only-key-not-used-outside-the-test-suite"  # noqa: S105
DEBUG = False
# Tests that flush the database between them empty the audit table with TRUNCATE, which
# its trigger refuses unless a superuser session asks (patients migration 0012).
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":  # noqa: F405
    _pg_options = DATABASES["default"].setdefault("OPTIONS", {})  # noqa: F405
    # Added to base's options (jit=off), not in place of them.
    _pg_options["options"] = (
        f"{_pg_options.get('options', '')} -c integration_clinic.allow_audit_truncate=on"
    ).strip()
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
MFA_ENFORCED_FOR_STAFF = True
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Attachments written by tests go to a folder of this process's own, never to var/.
MEDIA_ROOT = tempfile.mkdtemp(prefix="ic-test-media-")
SITE_URL = "http://testserver"
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
EMAIL_BACKEND = env("TEST_EMAIL_BACKEND", default="django.core.mail.backends.locmem.EmailBackend")
# Tasks run in the test's own process when their transaction commits; the integration
# tests turn this off and start a real worker.
CELERY_TASK_ALWAYS_EAGER = env.bool("CELERY_TASK_ALWAYS_EAGER", default=True)

# pytest-xdist runs several test processes at once (pytest-django gives each its own test
# database). Each also gets its own part of the broker, inherited by the Celery workers
# the integration tests start: one process's worker must never take, purge or answer a
# ping meant for another's.
XDIST_WORKER = env("PYTEST_XDIST_WORKER", default="")
if XDIST_WORKER and CELERY_BROKER_URL.startswith(("redis://", "rediss://")):
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        **CELERY_BROKER_TRANSPORT_OPTIONS,
        "global_keyprefix": f"test-{XDIST_WORKER}:",
    }
elif XDIST_WORKER and CELERY_BROKER_URL.startswith("filesystem://"):
    CELERY_BROKER_TRANSPORT_OPTIONS = filesystem_broker_options(
        CELERY_BROKER_DIR / f"test-{XDIST_WORKER}"
    )

# Throttles stay on, at rates no test (nor the schema fuzzing) reaches by accident; the
# tests that prove a 429 lower them.
REST_FRAMEWORK = {
    **REST_FRAMEWORK,
    "DEFAULT_THROTTLE_RATES": {"anon": "100000/min", "user": "100000/min", "token": "100000/min"},
}

# Web push without VAPID keys in the environment: a pair made once and kept here.
VAPID_KEYS_FILE = VAR_DIR / "vapid-keys.json"  # noqa: F405
