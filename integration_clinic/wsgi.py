"""The WSGI application (gunicorn integration_clinic.wsgi). Without DJANGO_SETTINGS_MODULE it
loads the production settings, which refuse to start without a secret key and allowed
hosts: a server started without the variable never runs the local demo's settings."""

import os

# integration_clinic/__init__.py imports the Celery app, which sets this default first: the
# two must agree.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "integration_clinic.settings.production")

from django.core.wsgi import get_wsgi_application  # noqa: E402

application = get_wsgi_application()

# Each server process loads its URLs (and with them every view and the crisis screen) now,
# before its first request, so no patient's request pays for the process's start.
from django.urls import get_resolver  # noqa: E402

get_resolver().url_patterns  # noqa: B018
