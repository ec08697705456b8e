"""Dispatch benchmark, on PostgreSQL and Redis with a real Celery worker (`make bench`).

1. Queries to schedule one window, for a program of 8 steps and one of 64: the count must
   not grow with the program (one INSERT).
2. Prompts per second from due to delivered (claimed, published in batches of
   PROMPT_DELIVERY_BATCH_SIZE, delivered by the worker: the exactly-once UPDATE ...
   RETURNING, inbox items, delivery log, outbox rows, emails) by a worker that has
   delivered a few small batches already (its processes' first task is not timed),
   against the raw rate of the same two status UPDATEs per prompt in plain SQL,
   autocommitted, on the same database in the same run. The last line is the ratio:
   `ratio dispatch_vs_raw_sql X`.
"""

import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "integration_clinic.settings.local")
os.environ.setdefault("MFA_ENFORCED_FOR_STAFF", "false")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

from integration_clinic.celery import app as celery_app  # noqa: E402
from patients.models import (  # noqa: E402
    Clinic,
    Delivery,
    Notification,
    Patient,
    StaffMembership,
    User,
)
from sessions import services  # noqa: E402
from sessions.loadgen import due_prompts  # noqa: E402
from sessions.models import (  # noqa: E402
    DosingSession,
    IntegrationProgram,
    ProgramStep,
    ScheduledPrompt,
)

PROMPTS = int(os.environ.get("BENCH_PROMPTS", "3000"))
RUNS = int(os.environ.get("BENCH_RUNS", "1"))
PATIENTS = 100
# As production runs a delivery worker on this machine: one process a core (the default).
WORKER_PROCESSES = int(os.environ.get("BENCH_WORKER_PROCESSES", os.cpu_count() or 2))


def _require_real_services():
    if connection.vendor != "postgresql":
        sys.exit("bench_dispatch needs PostgreSQL: set DATABASE_URL (make bench does).")
    if not settings.CELERY_BROKER_URL.startswith("redis://"):
        sys.exit("bench_dispatch needs Redis: set CELERY_BROKER_URL (make bench does).")


def _fresh_clinic(tag):
    clinic = Clinic.objects.create(name=f"Bench {tag}", slug=f"bench-{tag}-{time.time_ns()}")
    clinician = User.objects.create_user(email=f"bench-{tag}-{time.time_ns()}@bench.test")
    StaffMembership.objects.create(user=clinician, clinic=clinic, role="clinician")
    return clinic, clinician


def _patients(clinic, count):
    users = User.objects.bulk_create(
        User(email=f"p{n}-{time.time_ns()}@bench.test") for n in range(count)
    )
    return Patient.objects.bulk_create(
        Patient(user=user, clinic=clinic, weight_kg=70, time_zone="UTC") for user in users
    )


def queries_to_schedule_one_window():
    results = {}
    for steps in (8, 64):
        clinic, clinician = _fresh_clinic(f"steps{steps}")
        (patient,) = _patients(clinic, 1)
        program = IntegrationProgram.objects.create(
            clinic=clinic, name="Bench", is_clinic_default=True
        )
        ProgramStep.objects.bulk_create(
            ProgramStep(program=program, kind="journal", offset_hours=n, title=f"Step {n}")
            for n in range(steps)
        )
        now = timezone.now()
        session = DosingSession.objects.create(
            patient=patient,
            clinician=clinician,
            route="iv_ketamine",
            dose_mg=35,
            started_at=now - timedelta(hours=1),
            ended_at=now,
            status="completed",
        )
        with CaptureQueriesContext(connection) as captured:
            services.prompts_schedule(session=session)
        inserts = sum(1 for q in captured.captured_queries if q["sql"].startswith("INSERT"))
        results[steps] = (len(captured), inserts)
    return results


def _start_worker(mail_dir):
    env = {
        **os.environ,
        "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "EMAIL_FILE_PATH": str(mail_dir),
    }
    worker = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "integration_clinic", "worker",
         f"--concurrency={WORKER_PROCESSES}", "--loglevel=WARNING",
         "--without-gossip", "--without-mingle",
         "-n", f"bench-{os.getpid()}@%h"],
        cwd=ROOT, env=env, start_new_session=True,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while not celery_app.control.ping(timeout=1):
        if time.monotonic() > deadline or worker.poll() is not None:
            sys.exit("The Celery worker did not start.")
    return worker


def _delivered(patients) -> bool:
    """Every prompt of these patients (made for this run alone) sent, so in the inbox, and
    every email of theirs handed to the mail server. Asked by patient, a hundred ids,
    not by prompt: a query of 3,000 ids fifty times a second would take the worker's CPU."""
    return not (
        ScheduledPrompt.objects.filter(
            patient__in=patients, status__in=("scheduled", "queued")
        ).exists()
        or Delivery.objects.filter(
            patient__in=patients, outcome__in=("pending", "sending")
        ).exists()
    )


def _warm_up(worker_processes=2):
    """A few small batches first, a task for each of the worker's processes and more, so
    the timing is of a running worker, as in production, and not of each process's first
    task (its database connection, URL resolver, templates and crisis lines)."""
    from sessions.tasks import deliver_prompts

    prompts = due_prompts(8 * worker_processes, patients=2 * worker_processes)
    ids = [p.pk for p in prompts]
    ScheduledPrompt.objects.filter(pk__in=ids).update(status="queued", queued_at=timezone.now())
    for start in range(0, len(ids), 4):
        deliver_prompts.delay(ids[start : start + 4])
    patients = {p.patient_id for p in prompts}
    deadline = time.monotonic() + 60
    while not _delivered(patients):
        if time.monotonic() > deadline:
            sys.exit("The warm-up batches were not delivered.")
        time.sleep(0.05)


def prompts_per_second():
    celery_app.control.purge()
    prompts = due_prompts(PROMPTS, patients=PATIENTS)
    ids = [p.pk for p in prompts]
    patients = {p.patient_id for p in prompts}
    with tempfile.TemporaryDirectory() as mail_dir:
        worker = _start_worker(mail_dir)
        try:
            _warm_up(WORKER_PROCESSES)
            started = time.perf_counter()
            services.prompts_dispatch_due()
            # Checked every 20 ms: the time is the rate's denominator, so it may not be
            # overstated by much more than that.
            while not _delivered(patients):
                time.sleep(0.02)
            elapsed = time.perf_counter() - started
        finally:
            # A warm shutdown of the worker alone: its running task finishes.
            os.kill(worker.pid, signal.SIGTERM)
            worker.wait(timeout=60)
    assert Notification.objects.filter(dedupe_key__in=[f"prompt:{i}" for i in ids]).count() == len(
        ids
    )
    return len(ids) / elapsed


def raw_update_rate():
    """The same two status changes per prompt (scheduled -> queued -> sent), one
    autocommitted UPDATE each, in plain SQL: the floor the database sets."""
    prompts = due_prompts(PROMPTS, patients=PATIENTS)
    ids = [p.pk for p in prompts]
    table = ScheduledPrompt._meta.db_table
    started = time.perf_counter()
    with connection.cursor() as cursor:
        for pk in ids:
            cursor.execute(
                f"UPDATE {table} SET status = 'queued', queued_at = now() "
                "WHERE id = %s AND status = 'scheduled'",
                [pk],
            )
        for pk in ids:
            cursor.execute(
                f"UPDATE {table} SET status = 'sent', sent_at = now() "
                "WHERE id = %s AND status = 'queued'",
                [pk],
            )
    return len(ids) / (time.perf_counter() - started)


def main():
    _require_real_services()
    schedule = queries_to_schedule_one_window()
    for steps, (queries, inserts) in schedule.items():
        print(f"Scheduling one window of {steps} steps: {queries} queries, {inserts} INSERT")
    delivered, raw = [], []
    # Alternating, so both sides see the same load from whatever else the machine runs.
    for _ in range(RUNS):
        delivered.append(prompts_per_second())
        raw.append(raw_update_rate())
    app_rate, raw_rate = statistics.median(delivered), statistics.median(raw)
    print(f"Load average: {Path('/proc/loadavg').read_text().split()[:3]}")
    print(f"Due to delivered: {app_rate:,.0f} prompts/s (runs: {[round(r) for r in delivered]})")
    print(f"Plain SQL status UPDATEs: {raw_rate:,.0f} prompts/s (runs: {[round(r) for r in raw]})")
    print(f"prompts_per_second {app_rate:.0f}")
    print(f"ratio dispatch_vs_raw_sql {app_rate / raw_rate:.2f}")
    if schedule[8][0] != schedule[64][0]:
        sys.exit("FAIL: scheduling queries grow with the program's size")


if __name__ == "__main__":
    main()
