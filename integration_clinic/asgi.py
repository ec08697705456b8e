"""The ASGI application. Like wsgi.py, it loads the production settings unless
DJANGO_SETTINGS_MODULE says otherwise, and those refuse to start half-configured."""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "integration_clinic.settings.production")

from django.core.asgi import get_asgi_application  # noqa: E402

application = get_asgi_application()
