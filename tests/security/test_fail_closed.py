"""Fail closed: a server or worker started without DJANGO_SETTINGS_MODULE runs the production
settings, and those refuse to start without a secret key and allowed hosts. Only manage.py
(and so `make run`) defaults to the local demo."""

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
STRONG_KEY = "k3y-for-this-test-only-9f2c1e8a7b6d5c4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a"

REPORT_SETTINGS = (
    "from django.conf import settings; "
    "print(settings.SETTINGS_MODULE, settings.DEBUG, settings.MFA_ENFORCED_FOR_STAFF, "
    "settings.ALLOWED_HOSTS)"
)
LOADERS = {
    "wsgi": "from integration_clinic.wsgi import application; " + REPORT_SETTINGS,
    "asgi": "from integration_clinic.asgi import application; " + REPORT_SETTINGS,
    # Reading the Celery app's configuration is what a worker or beat does first.
    "celery": "from integration_clinic.celery import app; app.conf.broker_url; " + REPORT_SETTINGS,
}


def _run(code: str, **env) -> subprocess.CompletedProcess:
    # An empty environment but for what the test names: no DJANGO_SETTINGS_MODULE.
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO,
        env={"PATH": "/usr/bin:/bin", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("entry", LOADERS)
def test_without_any_environment_the_app_refuses_to_start(entry):
    result = _run(LOADERS[entry])

    assert result.returncode != 0
    assert "ImproperlyConfigured: DJANGO_SECRET_KEY is not set" in result.stderr
    assert "settings.local" not in result.stdout


@pytest.mark.parametrize("entry", LOADERS)
def test_with_a_key_and_hosts_the_app_runs_production_settings(entry):
    result = _run(
        LOADERS[entry], DJANGO_SECRET_KEY=STRONG_KEY, DJANGO_ALLOWED_HOSTS="clinic.example.org"
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "integration_clinic.settings.production",
        "False",  # DEBUG
        "True",  # MFA enforced for staff
        "['clinic.example.org']",
    ]


def test_without_allowed_hosts_production_refuses_and_says_which_variable():
    result = _run(LOADERS["wsgi"], DJANGO_SECRET_KEY=STRONG_KEY)

    assert result.returncode != 0
    assert "ImproperlyConfigured: DJANGO_ALLOWED_HOSTS is not set" in result.stderr


def test_production_refuses_the_local_demos_published_key():
    result = _run(
        LOADERS["wsgi"],
        DJANGO_SECRET_KEY="insecure-local-only-key-change-me",
        DJANGO_ALLOWED_HOSTS="clinic.example.org",
    )

    assert result.returncode != 0
    assert "the local demo's published key" in result.stderr


def test_manage_py_keeps_the_local_demo():
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "--verbosity", "0", "-c", REPORT_SETTINGS],
        cwd=REPO,
        env={"PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[:3] == ["integration_clinic.settings.local", "True", "False"]


def test_make_run_starts_worker_and_beat_on_the_local_settings():
    lines = (REPO / "Procfile.dev").read_text().splitlines()
    processes = dict(line.split(":", 1) for line in lines if line and not line.startswith("#"))

    for name in ("worker", "beat"):
        assert "DJANGO_SETTINGS_MODULE=integration_clinic.settings.local" in processes[name]
        assert "celery -A integration_clinic" in processes[name]


def test_the_shared_settings_carry_no_secret_key():
    result = _run("from integration_clinic.settings import base; print(repr(base.SECRET_KEY))")

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "''"
