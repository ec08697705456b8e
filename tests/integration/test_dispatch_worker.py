"""The real thing: PostgreSQL, Redis and a Celery worker process. 2,000 due prompts are
dispatched by two racing dispatchers while the worker is killed with SIGKILL and
restarted; every prompt must reach the inbox and the mail exactly once."""

import os
import re
import signal
import subprocess
import sys
import threading
import time
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.core import mail
from django.db import connection

from integration_clinic.celery import app as celery_app
from patients.models import Delivery, Notification
from patients.services import emails_send_pending
from sessions import services
from sessions.loadgen import due_prompts
from sessions.models import ScheduledPrompt
from tests.conftest import skip_unless

PROMPTS = 2000
PATIENTS = 100
ROOT = Path(__file__).resolve().parents[2]

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]


def _redis_reachable(url):
    try:
        import redis

        return redis.Redis.from_url(url, socket_connect_timeout=2).ping()
    except Exception:
        return False


@pytest.fixture
def real_services():
    skip_unless(
        connection.vendor == "postgresql",
        "needs PostgreSQL: set DATABASE_URL=postgres://... (CI does)",
    )
    broker = settings.CELERY_BROKER_URL
    skip_unless(
        broker.startswith("redis://") and _redis_reachable(broker),
        "needs Redis: set CELERY_BROKER_URL=redis://... (CI does)",
    )
    eager = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = False
    celery_app.control.purge()
    yield broker
    celery_app.conf.task_always_eager = eager


class Worker:
    """A Celery worker in its own process group, on the test database."""

    def __init__(self, mail_dir: Path, log_path: Path):
        db = connection.settings_dict
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "integration_clinic.settings.test",
            "DATABASE_URL": (
                f"postgres://{db['USER']}:{db['PASSWORD'] or ''}@{db['HOST'] or '127.0.0.1'}"
                f":{db['PORT'] or 5432}/{db['NAME']}"
            ),
            "CELERY_BROKER_URL": settings.CELERY_BROKER_URL,
            "CELERY_TASK_ALWAYS_EAGER": "false",
            "TEST_EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "EMAIL_FILE_PATH": str(mail_dir),
        }
        self.log_path = log_path
        self.process = None

    def start(self):
        self.log = open(self.log_path, "ab")  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "integration_clinic",
                "worker",
                "--concurrency=4",
                "--loglevel=WARNING",
                "--without-gossip",
                "--without-mingle",
                "-n",
                f"integration-{os.getpid()}-{time.monotonic_ns()}@%h",
            ],
            cwd=ROOT,
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"worker exited: {self.log_path.read_text()[-2000:]}")
            if celery_app.control.ping(timeout=1):
                return
        raise RuntimeError("worker did not answer a ping within 60 s")

    def kill(self):
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)

    def stop(self):
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=30)
        self.log.close()


def _dispatcher(errors):
    try:
        while services.prompts_claim_due(batch_size=50):
            pass
    except Exception as exc:  # reported by the test
        errors.append(exc)
    finally:
        connection.close()


def _wait_for(condition, timeout, what):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.5)
    raise AssertionError(f"timed out waiting for {what}")


def test_two_racing_dispatchers_and_a_killed_worker_deliver_each_prompt_exactly_once(
    real_services, tmp_path
):
    mail_dir = tmp_path / "mail"
    mail_dir.mkdir()
    worker = Worker(mail_dir, tmp_path / "worker.log")
    due_prompts(PROMPTS, patients=PATIENTS)
    worker.start()
    try:
        errors = []
        dispatchers = [threading.Thread(target=_dispatcher, args=(errors,)) for _ in range(2)]
        for thread in dispatchers:
            thread.start()

        _wait_for(lambda: Notification.objects.count() >= PROMPTS // 5, 120, "first deliveries")
        worker.kill()
        killed_at = Notification.objects.count()
        for thread in dispatchers:
            thread.join(timeout=120)
        assert errors == []
        assert not ScheduledPrompt.objects.filter(status="scheduled").exists()

        worker.start()

        def all_sent():
            # What the beat task does every few minutes, sped up: claims older than a
            # few seconds belong to the dead worker.
            services.prompts_requeue_stuck(stuck_after=timedelta(seconds=5))
            # An email's lease must outlast a send by a worker slowed by a loaded machine;
            # production waits five minutes.
            emails_send_pending(older_than=timedelta(seconds=30))
            return (
                ScheduledPrompt.objects.filter(status="sent").count() == PROMPTS
                and not Delivery.objects.filter(outcome="pending").exists()
            )

        _wait_for(all_sent, 240, "every prompt to be sent")
        # Let late duplicates (requeued while still in the broker) run: they must be no-ops.
        time.sleep(3)
    finally:
        worker.stop()

    assert killed_at < PROMPTS, "the worker was killed after it had finished"
    prompt_ids = set(ScheduledPrompt.objects.values_list("pk", flat=True))
    keys = list(Notification.objects.values_list("dedupe_key", flat=True))
    assert len(keys) == PROMPTS
    assert {int(k.split(":")[1]) for k in keys} == prompt_ids
    # The worker writes mail to files; the sweep run here, to this process's outbox.
    texts = [path.read_text() for path in mail_dir.iterdir()]
    texts += [message.body for message in mail.outbox]
    emailed = [int(m) for text in texts for m in re.findall(r"/prompts/(\d+)/", text)]
    assert len(emailed) == PROMPTS, f"{len(emailed)} emails for {PROMPTS} prompts"
    assert set(emailed) == prompt_ids
    assert Delivery.objects.filter(channel="email", outcome="sent").count() == PROMPTS
