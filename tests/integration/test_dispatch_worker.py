"""The real thing: PostgreSQL, Redis and a Celery worker process. 2,000 due prompts are
dispatched by two racing dispatchers while the worker is killed with SIGKILL and
restarted; every prompt must reach the inbox and the mail exactly once."""

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
from tests.integration.servers import Worker, emails_by_prompt, wait_for

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


def _dispatcher(errors):
    try:
        while services.prompts_claim_due(batch_size=50):
            pass
    except Exception as exc:  # reported by the test
        errors.append(exc)
    finally:
        connection.close()


def test_two_racing_dispatchers_and_a_killed_worker_deliver_each_prompt_exactly_once(
    real_services, tmp_path, settings
):
    # A worker killed between the SMTP server's answer and its record leaves the email
    # "sending"; production sends it again after ten minutes, here after half a minute.
    settings.EMAIL_SENDING_STALE_AFTER = timedelta(seconds=30)
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

        wait_for(lambda: Notification.objects.count() >= PROMPTS // 5, 120, "first deliveries")
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
                and not Delivery.objects.filter(outcome__in=("pending", "sending")).exists()
            )

        wait_for(all_sent, 240, "every prompt to be sent")
        # Let late duplicates (requeued while still in the broker) run: they must be no-ops.
        time.sleep(3)
    finally:
        worker.stop()

    assert killed_at < PROMPTS, "the worker was killed after it had finished"
    prompt_ids = set(ScheduledPrompt.objects.values_list("pk", flat=True))
    keys = list(Notification.objects.values_list("dedupe_key", flat=True))
    assert len(keys) == PROMPTS
    assert {int(k.split(":")[1]) for k in keys} == prompt_ids
    # The worker writes mail to files; the sweep run here, to this process's outbox. An
    # email is repeated only by a kill between its send and its record (outcomes are
    # committed a group at a time: at most a group for each of the 4 processes killed),
    # and then under the same Message-ID, which receivers use to drop it.
    emailed = emails_by_prompt(mail_dir, mail.outbox)
    assert set(emailed) == prompt_ids
    for prompt_id, message_ids in emailed.items():
        assert len(set(message_ids)) == 1, f"prompt {prompt_id}: {message_ids}"
    repeated = sum(len(ids) - 1 for ids in emailed.values())
    most = 4 * settings.EMAIL_OUTCOME_GROUP_SIZE
    assert repeated <= most, f"{repeated} repeated emails for {PROMPTS} prompts"
    assert Delivery.objects.filter(channel="email", outcome="sent").count() == PROMPTS
