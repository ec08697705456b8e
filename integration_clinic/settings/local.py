"""The local demo: `make run`. Debug on, email to the console, MFA enforcement off."""

from .base import *  # noqa: F403
from .base import env

# Published with the code, so it signs nothing worth having: the production settings
# refuse it.
LOCAL_ONLY_SECRET_KEY = "insecure-local-only-key-change-me"  # noqa: S105
SECRET_KEY = env("DJANGO_SECRET_KEY", default=LOCAL_ONLY_SECRET_KEY)
DEBUG = env.bool("DJANGO_DEBUG", default=True)
MFA_ENFORCED_FOR_STAFF = env.bool("MFA_ENFORCED_FOR_STAFF", default=False)
ACCOUNT_EMAIL_VERIFICATION = env("ACCOUNT_EMAIL_VERIFICATION", default="optional")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Web push without VAPID keys in the environment: a pair made once and kept here.
VAPID_KEYS_FILE = VAR_DIR / "vapid-keys.json"  # noqa: F405
