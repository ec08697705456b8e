import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "integration_clinic.settings.local")

app = Celery("integration_clinic")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
