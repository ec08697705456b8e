"""Faults during dispatch, with a real Celery worker: Redis killed with SIGKILL and
restarted, and PostgreSQL restarted immediately (as after a crash), each on servers the
test owns. Every prompt reaches the inbox exactly once; every prompt gets its email, and
any repeat carries the same Message-ID, so receivers can drop it. Emails per prompt are
reported."""

import logging
import time
from datetime import timedelta

import pytest
from django.core import mail
from django.db import InterfaceError, OperationalError, connection

from patients.models import Delivery, Notification
from patients.services import emails_send_pending
from sessions import services
from sessions.loadgen import due_prompts
from sessions.models import ScheduledPrompt
from tests.conftest import skip_unless
from tests.integration.servers import (
    OwnPostgres,
    OwnRedis,
    Worker,
    celery_broker_at,
    django_database_at,
    emails_by_prompt,
    missing_programs,
    wait_for,
)

PROMPTS = 600
PATIENTS = 30
BATCH = 25

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]
logger = logging.getLogger(__name__)


@pytest.fixture
def own_servers(tmp_path, settings):
    """This test's own PostgreSQL (a copy of the test database) and Redis."""
    skip_unless(
        connection.vendor == "postgresql",
        "needs PostgreSQL: set DATABASE_URL=postgres://... (CI does)",
    )
    missing = missing_programs()
    skip_unless(not missing, f"needs {', '.join(missing)} (PostgreSQL 15 and Redis)")
    settings.PROMPT_DELIVERY_BATCH_SIZE = BATCH
    settings.EMAIL_SENDING_STALE_AFTER = timedelta(seconds=15)
    source = dict(connection.settings_dict)
    postgres, redis = OwnPostgres(), OwnRedis(tmp_path)
    try:
        postgres.start()
        postgres.copy_database(source)
        redis.start()
        with django_database_at(postgres.port), celery_broker_at(redis.url):
            yield postgres, redis
    finally:
        redis.stop()
        postgres.remove()


def _tolerant(read):
    """A read that waits out a database restart: None while the server is away."""
    try:
        return read()
    except (OperationalError, InterfaceError):
        connection.close()
        return None


def _deliver_through(fault, tmp_path):
    """Dispatches PROMPTS due prompts to a worker, applies `fault` once the first
    deliveries are in, then runs the sweeps (sped up) until everything is out."""
    mail_dir = tmp_path / "mail"
    mail_dir.mkdir()
    prompt_ids = {p.pk for p in due_prompts(PROMPTS, patients=PATIENTS)}
    worker = Worker(
        mail_dir,
        tmp_path / "worker.log",
        concurrency=2,
        env={"PROMPT_DELIVERY_BATCH_SIZE": str(BATCH)},
    )
    worker.start()
    started = time.monotonic()
    try:
        services.prompts_dispatch_due()
        wait_for(lambda: Notification.objects.count() >= BATCH, 60, "first deliveries")
        delivered_before = Notification.objects.count()
        fault()

        def all_out():
            def sweep():
                # Beat's tasks, sped up: claims older than a few seconds were lost with
                # the broker or a task; emails left sending were interrupted.
                services.prompts_requeue_stuck(stuck_after=timedelta(seconds=8))
                services.prompts_dispatch_due()
                emails_send_pending(older_than=timedelta(seconds=20))
                return (
                    ScheduledPrompt.objects.filter(pk__in=prompt_ids, status="sent").count()
                    == PROMPTS
                    and not Delivery.objects.filter(outcome__in=("pending", "sending")).exists()
                )

            return bool(_tolerant(sweep))

        wait_for(all_out, 150, "every prompt and email to go out", pause=1)
        time.sleep(2)  # late duplicates still in the broker must be no-ops
    finally:
        worker.stop()
    elapsed = time.monotonic() - started
    return prompt_ids, mail_dir, delivered_before, elapsed


def _assert_exactly_once(prompt_ids, mail_dir, what):
    keys = list(Notification.objects.values_list("dedupe_key", flat=True))
    assert len(keys) == len(prompt_ids)
    assert {int(key.split(":")[1]) for key in keys} == prompt_ids
    emails = emails_by_prompt(mail_dir, mail.outbox)
    assert set(emails) == prompt_ids, f"{len(prompt_ids - set(emails))} prompts got no email"
    repeated = {pk: ids for pk, ids in emails.items() if len(ids) > 1}
    for pk, ids in repeated.items():
        assert len(set(ids)) == 1, f"prompt {pk} got emails with different Message-IDs: {ids}"
    per_prompt = sum(len(ids) for ids in emails.values()) / len(prompt_ids)
    report = (
        f"{what}: {len(prompt_ids)} prompts, {len(keys)} inbox items, "
        f"{sum(len(ids) for ids in emails.values())} emails ({per_prompt:.3f} per prompt), "
        f"{len(repeated)} repeated under the same Message-ID"
    )
    print(report)
    logger.warning(report)
    return repeated


def test_redis_killed_and_restarted_during_dispatch_loses_and_repeats_nothing(
    own_servers, tmp_path
):
    postgres, redis = own_servers

    def kill_redis():
        redis.kill()
        time.sleep(1)
        redis.start()

    prompt_ids, mail_dir, before, elapsed = _deliver_through(kill_redis, tmp_path)

    assert before < PROMPTS, "Redis was killed after everything was delivered"
    _assert_exactly_once(prompt_ids, mail_dir, f"Redis kill -9 and restart ({elapsed:.0f} s)")


def test_postgresql_restarted_immediately_during_dispatch_loses_and_repeats_nothing(
    own_servers, tmp_path
):
    postgres, redis = own_servers

    def restart_postgres():
        postgres.restart_immediately()

    prompt_ids, mail_dir, before, elapsed = _deliver_through(restart_postgres, tmp_path)

    assert before < PROMPTS, "PostgreSQL restarted after everything was delivered"
    _assert_exactly_once(prompt_ids, mail_dir, f"PostgreSQL immediate restart ({elapsed:.0f} s)")
