"""Today page benchmark, on PostgreSQL (`make bench`): does a patient's Today page cost
more after years of windows than after one?

A small clinic is built once (bulk inserts): a patient with a long history (200 weekly
sessions, a prompt per step of the default program each, 2,000 journal entries) and one
with a short one (one session, 10 entries), both with a session that ended three hours
ago, so both are in a window with prompts due. Their Today pages are timed alternately
through the test client, each as its own patient. Prints the medians and, last,
`ratio today_long_vs_short_history X`.
"""

import random
import statistics
import sys
import time
from datetime import timedelta

# Sets Django up: the helpers and request timing are the dashboard bench's.
import bench_dashboard as common  # noqa: I001
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import timezone  # noqa: E402

from journals.models import JournalEntry  # noqa: E402
from patients.models import Clinic, Patient, StaffMembership, User  # noqa: E402
from patients.summary import summary_refresh  # noqa: E402
from sessions.models import DosingSession, ScheduledPrompt  # noqa: E402
from sessions.services import DEFAULT_STEPS  # noqa: E402

SLUG = "bench-today"
HISTORIES = {"long": (200, 2_000), "short": (1, 10)}


def _email(kind):
    return f"bench-today-{kind}@bench.test"


def build():
    rng = random.Random(2026)
    now = timezone.now()
    started = time.perf_counter()
    clinic = Clinic.objects.create(name="Bench Today Clinic", slug=SLUG)
    clinician = User.objects.create_user(email="bench-today-clinician@bench.test")
    StaffMembership.objects.create(user=clinician, clinic=clinic, role="clinician")
    for kind, (session_count, entry_count) in HISTORIES.items():
        user = User.objects.create_user(email=_email(kind), first_name=kind.title())
        patient = Patient.objects.create(
            user=user, clinic=clinic, time_zone="America/New_York", weight_kg=70
        )
        latest_end = now - timedelta(hours=3)
        sessions = common._bulk(
            DosingSession,
            [
                DosingSession(
                    patient=patient,
                    clinician=clinician,
                    route="iv_ketamine",
                    dose_mg=35,
                    weight_kg=70,
                    started_at=latest_end - timedelta(days=7 * k, minutes=50),
                    ended_at=latest_end - timedelta(days=7 * k),
                    status=DosingSession.Status.COMPLETED,
                )
                for k in range(session_count)
            ],
        )
        prompts = []
        for session in sessions:
            for step in DEFAULT_STEPS:
                due_at = session.ended_at + timedelta(hours=step["offset_hours"])
                expires_at = due_at + timedelta(hours=step["expires_after_hours"])
                status, sent_at, answered_at = common._prompt_status(due_at, expires_at, now, rng)
                prompts.append(
                    ScheduledPrompt(
                        session=session,
                        patient=patient,
                        kind=step["kind"],
                        instrument=step.get("instrument", ""),
                        title=step["title"],
                        offset_hours=step["offset_hours"],
                        expires_after_hours=step["expires_after_hours"],
                        due_at=due_at,
                        expires_at=expires_at,
                        status=status,
                        sent_at=sent_at,
                        answered_at=answered_at,
                    )
                )
        common._bulk(ScheduledPrompt, prompts)
        entries = []
        for k in range(entry_count):
            session = sessions[k % len(sessions)]
            at = min(session.ended_at + timedelta(hours=2 + (k // len(sessions)) * 7), now)
            entries.append(
                JournalEntry(
                    patient=patient,
                    session=session,
                    kind="free",
                    text="Benchmark entry: a walk, a talk, a quiet evening.",
                    mood=rng.randint(1, 10),
                    shared_with_care_team=k % 3 == 0,
                    shared_at=at if k % 3 == 0 else None,
                    created_at=at,
                )
            )
        common._bulk(JournalEntry, entries)
        summary_refresh([patient.pk])
    print(f"Built the Today clinic in {time.perf_counter() - started:.0f} s", flush=True)


def main():
    common._require_postgresql()
    if not Clinic.objects.filter(slug=SLUG).exists():
        with transaction.atomic():
            build()
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    clients = {}
    for kind in HISTORIES:
        user = User.objects.get(email=_email(kind))
        client = Client()
        client.force_login(user)
        _, response = common._timed(client, "/today/")
        if "Due now" not in response.content.decode() and "due" not in response.content.decode():
            sys.exit(f"FAIL: the {kind} patient's Today page shows nothing due")
        patient = Patient.objects.get(user=user)
        print(
            f"[{kind}] {patient.prompts.count():,} prompts, "
            f"{patient.journal_entries.count():,} entries"
        )
        clients[kind] = client
    for _ in range(common.WARMUP):
        for client in clients.values():
            common._timed(client, "/today/")
    times = {kind: [] for kind in clients}
    for _ in range(common.REQUESTS):
        for kind, client in clients.items():
            times[kind].append(common._timed(client, "/today/")[0])
    for kind, values in times.items():
        print(
            f"[{kind}] Today: median {statistics.median(values):.1f} ms, "
            f"p95 {common._p95(values):.1f} ms ({common.REQUESTS} requests)"
        )
    ratio = statistics.median(times["long"]) / statistics.median(times["short"])
    print(f"ratio today_long_vs_short_history {ratio:.2f}")


if __name__ == "__main__":
    main()
