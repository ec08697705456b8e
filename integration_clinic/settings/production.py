"""Production: everything secret or host-specific comes from the environment, and the app
refuses to start without it. wsgi, asgi and the Celery app load these settings when no
DJANGO_SETTINGS_MODULE says otherwise, so a forgotten variable never means a debug server."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env, required_env
from .local import LOCAL_ONLY_SECRET_KEY

DEBUG = False
SECRET_KEY = required_env(
    "DJANGO_SECRET_KEY",
    "The production settings need a long random secret key of their own, e.g. "
    "DJANGO_SECRET_KEY=$(python3 -c 'import secrets; print(secrets.token_urlsafe(50))'). "
    "To run the local demo instead, set DJANGO_SETTINGS_MODULE=integration_clinic.settings.local.",
)
if SECRET_KEY == LOCAL_ONLY_SECRET_KEY:
    raise ImproperlyConfigured(
        "DJANGO_SECRET_KEY is the local demo's published key; production needs its own."
    )
ALLOWED_HOSTS = [
    host.strip()
    for host in required_env(
        "DJANGO_ALLOWED_HOSTS",
        "Name the host names this site answers to, comma-separated, e.g. "
        "DJANGO_ALLOWED_HOSTS=clinic.example.org.",
    ).split(",")
    if host.strip()
]
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])
MFA_ENFORCED_FOR_STAFF = True

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = env.int("DJANGO_SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"
if not env("EMAIL_URL", default=""):
    EMAIL_BACKEND = env("EMAIL_BACKEND", default="django.core.mail.backends.smtp.EmailBackend")

# Journal attachments in S3-compatible object storage (django-storages) when a bucket is
# named; otherwise the filesystem under MEDIA_ROOT (a volume in docker-compose.yml). The
# bucket stays private: objects carry no public ACL, and with ATTACHMENT_SERVING=signed-url
# the browser gets a signed URL that expires after ATTACHMENT_SIGNED_URL_SECONDS.
ATTACHMENT_S3_BUCKET = env.str("ATTACHMENT_S3_BUCKET", default="")
if ATTACHMENT_S3_BUCKET:
    STORAGES = {
        **STORAGES,  # noqa: F405
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": ATTACHMENT_S3_BUCKET,
                "endpoint_url": env.str("ATTACHMENT_S3_ENDPOINT_URL", default="") or None,
                "region_name": env.str("ATTACHMENT_S3_REGION", default="") or None,
                # Empty keys: boto3 finds credentials itself (its environment
                # variables, the host's role).
                "access_key": env.str("ATTACHMENT_S3_ACCESS_KEY_ID", default="") or None,
                "secret_key": env.str("ATTACHMENT_S3_SECRET_ACCESS_KEY", default="") or None,
                "default_acl": None,
                "querystring_auth": True,
                "querystring_expire": env.int("ATTACHMENT_SIGNED_URL_SECONDS", default=60),
                "file_overwrite": False,
                "location": env.str("ATTACHMENT_S3_PREFIX", default=""),
            },
        },
    }
