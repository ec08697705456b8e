# The application image: web (gunicorn), Celery worker and Celery beat all run from it.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app

COPY requirements/base.txt requirements/base.txt
RUN pip install -r requirements/base.txt

COPY . .

ENV DJANGO_SETTINGS_MODULE=integration_clinic.settings.production

# Static files are collected into the image; the key and host only let the settings load.
RUN DJANGO_SECRET_KEY=collectstatic-at-build-time-only-not-used-to-sign-anything \
    DJANGO_ALLOWED_HOSTS=localhost \
    python manage.py collectstatic --noinput

RUN useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin clinic \
    && mkdir -p /app/var/media \
    && chown clinic /app/var /app/var/media
USER clinic

EXPOSE 8000

CMD ["gunicorn", "integration_clinic.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3"]
