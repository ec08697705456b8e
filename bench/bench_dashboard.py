"""Dashboard benchmark, on PostgreSQL (`make bench`).

Two clinics, one of 2,000 and one of 20,000 patients, are built once. Their first 2,000
patients have the same histories: 5 dosing sessions (8 prompts each), 30 journal entries
and a PHQ-9 a session; the larger clinic's other 18,000 have one session and five entries
each. They are built once (bulk inserts in one transaction; their summaries after; a later run finds
them and skips). Then, in the same run and through the same test client, middleware
and database connection, alternating requests time:

1. the clinician dashboard page (50 rows: last session and window, prompts, mood and its
   trend, PHQ-9 and its change, open alerts first), as a clinician with MFA;
2. a bare Django view that runs one hand-written SQL query for the same 50 rows and
   columns and returns them as JSON, with no template.

The dashboard is timed as served with nothing changed (its rows cached), after a service
changed one patient on the page (the page queried again, that one row drawn again, the
others' rendered rows from the cache), and cold (cache emptied). Prints the median and p95
of each, the query count, and last `ratio dashboard_vs_bare_sql_2k X` and `..._20k X`,
for the page after one change.
"""

import os
import random
import statistics
import sys
import time
import types
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "integration_clinic.settings.test")

import django  # noqa: E402

django.setup()

from allauth.mfa.models import Authenticator  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.http import JsonResponse  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, override_settings  # noqa: E402
from django.urls import clear_url_caches, include, path  # noqa: E402
from django.utils import timezone  # noqa: E402

from journals.models import Assessment, JournalEntry  # noqa: E402
from patients.models import (  # noqa: E402
    Clinic,
    Patient,
    PatientSummary,
    SafetyAlert,
    StaffMembership,
    User,
)
from patients.summary import summary_refresh  # noqa: E402
from sessions.models import DosingSession, ScheduledPrompt  # noqa: E402
from sessions.services import DEFAULT_STEPS  # noqa: E402

# Two clinics of the same shape a patient, 2,000 and 20,000 patients.
SIZES = {"2k": 2_000, "20k": 20_000}
SESSIONS_PER_PATIENT = 5
ENTRIES_PER_PATIENT = 30
REQUESTS = int(os.environ.get("BENCH_REQUESTS", "30"))
WARMUP = 3
BATCH = 5_000
LAST_NAMES = ["Alvarez", "Brooks", "Chen", "Diallo", "Evans", "Fischer", "Garcia", "Haddad",
              "Ito", "Jensen", "Kowalski", "Li", "Moreau", "Nakamura", "Okafor", "Patel",
              "Quinn", "Rossi", "Silva", "Tanaka", "Umar", "Varga", "Walker", "Yilmaz"]  # fmt: skip
PHQ9_BANDS = [(20, "severe"), (15, "moderately severe"), (10, "moderate"), (5, "mild")]


def _band(total):
    return next((band for low, band in PHQ9_BANDS if total >= low), "minimal")


def _require_postgresql():
    if connection.vendor != "postgresql":
        sys.exit("bench_dashboard needs PostgreSQL: set DATABASE_URL (make bench does).")


def _bulk(model, rows):
    return model.objects.bulk_create(rows, batch_size=BATCH)


def _prompt_status(due_at, expires_at, now, rng):
    if due_at > now:
        return ScheduledPrompt.Status.SCHEDULED, None, None
    answered = rng.random() < 0.7
    if expires_at <= now:
        if answered:
            return ScheduledPrompt.Status.ANSWERED, due_at, due_at + timedelta(hours=2)
        return ScheduledPrompt.Status.EXPIRED, due_at, None
    if answered:
        return ScheduledPrompt.Status.ANSWERED, due_at, due_at + timedelta(hours=1)
    return ScheduledPrompt.Status.SENT, due_at, None


def _history(n):
    """Sessions and entries of the clinic's n-th patient. The first 2,000 patients of both
    clinics have the same histories; the 18,000 more of the larger clinic have lighter
    ones (one session, five entries), so it builds in minutes on the 2-core machine: the
    pages measured read a page of patients and one patient's history, never all of it."""
    if n < SIZES["2k"]:
        return SESSIONS_PER_PATIENT, ENTRIES_PER_PATIENT
    return 1, 5


def slug_for(size):
    return f"bench-dashboard-{size}"


def clinician_email_for(size):
    return f"bench-dashboard-{size}-clinician@bench.test"


def build_clinic(size):
    """A benchmark clinic, built once in one transaction: a crash leaves nothing."""
    rng = random.Random(2026)
    now = timezone.now()
    started = time.perf_counter()
    patient_count = SIZES[size]
    clinic = Clinic.objects.create(name=f"Bench Dashboard Clinic {size}", slug=slug_for(size))
    clinician = User.objects.create_user(
        email=clinician_email_for(size), first_name="Bench", last_name="Clinician"
    )
    StaffMembership.objects.create(user=clinician, clinic=clinic, role="clinician")
    Authenticator.objects.create(
        user=clinician, type=Authenticator.Type.TOTP, data={"secret": "JBSWY3DPEHPK3PXP"}
    )
    users = _bulk(
        User,
        [
            User(
                email=f"bench-dashboard-{size}-p{n}@bench.test",
                first_name=f"Pat{n}",
                last_name=f"{LAST_NAMES[n % len(LAST_NAMES)]}{n // len(LAST_NAMES)}",
                password="!",
            )
            for n in range(patient_count)
        ],
    )
    patients = _bulk(
        Patient,
        [
            Patient(
                user=user,
                clinic=clinic,
                time_zone="America/New_York",
                weight_kg=70,
                care_clinician=clinician if n % 2 == 0 else None,
            )
            for n, user in enumerate(users)
        ],
    )
    sessions = []
    for n, patient in enumerate(patients):
        # A fifth of the patients are in a window now; the others' last session is older.
        latest_end = now - timedelta(
            hours=rng.randint(3, 60) if n % 5 == 0 else rng.randint(4, 20) * 24
        )
        for k in range(_history(n)[0]):
            ended = latest_end - timedelta(days=7 * k)
            sessions.append(
                DosingSession(
                    patient=patient,
                    clinician=clinician,
                    route="iv_ketamine",
                    dose_mg=35,
                    weight_kg=70,
                    started_at=ended - timedelta(minutes=50),
                    ended_at=ended,
                    status=DosingSession.Status.COMPLETED,
                    # As ending a session through the services keeps it.
                    window_hours=72,
                )
            )
    sessions = _bulk(DosingSession, sessions)
    print(f"  {len(patients):,} patients, {len(sessions):,} sessions", flush=True)

    prompts, assessments = [], []
    for session in sessions:
        for step in DEFAULT_STEPS:
            due_at = session.ended_at + timedelta(hours=step["offset_hours"])
            expires_at = due_at + timedelta(hours=step["expires_after_hours"])
            status, sent_at, answered_at = _prompt_status(due_at, expires_at, now, rng)
            prompts.append(
                ScheduledPrompt(
                    session=session,
                    patient_id=session.patient_id,
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
        taken = session.ended_at + timedelta(hours=72)
        if taken < now:
            total = rng.randint(3, 24)
            items = [min(3, max(0, total - 3 * i)) for i in range(8)] + [0]
            assessments.append(
                Assessment(
                    patient_id=session.patient_id,
                    session=session,
                    instrument="phq9",
                    item_scores=items,
                    total=sum(items),
                    band=_band(sum(items)),
                    created_at=taken,
                )
            )
        if len(prompts) >= 8 * BATCH:
            _bulk(ScheduledPrompt, prompts)
            prompts = []
    _bulk(ScheduledPrompt, prompts)
    _bulk(Assessment, assessments)
    print(f"  prompts and {len(assessments):,} PHQ-9s", flush=True)

    by_patient = {}
    for session in sessions:
        by_patient.setdefault(session.patient_id, []).append(session)
    entries = []
    for n, patient in enumerate(patients):
        own = by_patient[patient.pk]
        for k in range(_history(n)[1]):
            session = own[k % len(own)]
            at = session.ended_at + timedelta(hours=2 + (k // len(own)) * 7)
            shared = rng.random() < 0.3
            entries.append(
                JournalEntry(
                    patient=patient,
                    session=session,
                    kind="check_in" if k % 4 == 0 else "free",
                    text="" if k % 4 == 0 else "Benchmark entry: a walk, a talk, a quiet evening.",
                    mood=rng.randint(1, 10) if k % 2 == 0 else None,
                    shared_with_care_team=shared,
                    shared_at=at if shared else None,
                    created_at=min(at, now),
                )
            )
        if len(entries) >= 4 * BATCH:
            _bulk(JournalEntry, entries)
            entries = []
    _bulk(JournalEntry, entries)
    print("  entries", flush=True)

    alerts = []
    for n, patient in enumerate(rng.sample(patients, 60 * patient_count // 2_000)):
        raised = now - timedelta(minutes=rng.randint(5, 600))
        alerts.append(
            SafetyAlert(
                patient=patient,
                kind=SafetyAlert.Kind.JOURNAL_FLAG,
                source_type="journals.journalentry",
                source_id=f"bench-{n}",
                source_private=True,
                created_at=raised,
                last_sent_at=raised,
                acknowledged_by=clinician if n % 3 == 0 else None,
                acknowledged_at=raised + timedelta(minutes=5) if n % 3 == 0 else None,
                resolved_by=clinician if n % 6 == 0 else None,
                resolved_at=raised + timedelta(hours=1) if n % 6 == 0 else None,
            )
        )
    _bulk(SafetyAlert, alerts)
    print(f"Built the benchmark clinic in {time.perf_counter() - started:.0f} s", flush=True)


def ensure_clinic(size):
    clinic = Clinic.objects.filter(slug=slug_for(size)).first()
    if clinic is None:
        print(f"Building the {size} benchmark clinic (once)...", flush=True)
        with transaction.atomic():
            build_clinic(size)
        clinic = Clinic.objects.get(slug=slug_for(size))
    patients = Patient.objects.filter(clinic=clinic)
    # Sessions ended through the services keep their window's length (sessions/services.py);
    # clinics built before this bench did so get it, and their summaries are made again.
    stale = DosingSession.objects.filter(patient__clinic=clinic, window_hours=None)
    if stale.exists():
        stale.update(window_hours=72)
        PatientSummary.objects.filter(patient__clinic=clinic).delete()
    if PatientSummary.objects.filter(patient__clinic=clinic).count() < patients.count():
        # Built with bulk inserts, outside the services: the summaries are made after.
        started = time.perf_counter()
        ids = list(patients.order_by("pk").values_list("pk", flat=True))
        for start in range(0, len(ids), 1_000):
            with transaction.atomic():
                summary_refresh(ids[start : start + 1_000])
        print(f"  summaries in {time.perf_counter() - started:.0f} s", flush=True)
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    counts = (
        Patient.objects.filter(clinic=clinic).count(),
        DosingSession.objects.filter(patient__clinic=clinic).count(),
        JournalEntry.objects.filter(patient__clinic=clinic).count(),
    )
    print(f"Clinic: {counts[0]:,} patients, {counts[1]:,} sessions, {counts[2]:,} entries")
    return clinic, User.objects.get(email=clinician_email_for(size))


# The dashboard's first page in one query: the page of patients first (open alerts first,
# then by name), then each row's figures through LATERAL joins on the 50 rows only.
BARE_SQL = """
WITH page AS (
    SELECT p.id, u.first_name, u.last_name,
           EXISTS (SELECT 1 FROM patients_safetyalert a
                   WHERE a.patient_id = p.id AND a.resolved_at IS NULL
                     AND a.acknowledged_at IS NULL) AS has_unacknowledged,
           EXISTS (SELECT 1 FROM patients_safetyalert a
                   WHERE a.patient_id = p.id AND a.resolved_at IS NULL) AS has_open,
           count(*) OVER () AS total
    FROM patients_patient p JOIN patients_user u ON u.id = p.user_id
    WHERE p.clinic_id = %(clinic)s
    ORDER BY has_unacknowledged DESC, has_open DESC, u.last_name, u.first_name, p.id
    LIMIT 50
)
SELECT page.id, page.first_name, page.last_name, page.total,
       alerts.open_count, alerts.unacknowledged_count,
       s.id AS session_id, s.started_at, s.ended_at,
       coalesce(pr.window_ends_at, s.ended_at + interval '72 hours') AS window_ends_at,
       coalesce(pr.due, 0) AS due, coalesce(pr.answered, 0) AS answered,
       coalesce(pr.still_open, 0) AS still_open,
       mood.latest AS mood, mood.previous AS previous_mood,
       phq.latest_total, phq.latest_band, phq.first_total
FROM page
CROSS JOIN LATERAL (
    SELECT count(*) FILTER (WHERE a.resolved_at IS NULL) AS open_count,
           count(*) FILTER (WHERE a.resolved_at IS NULL AND a.acknowledged_at IS NULL)
             AS unacknowledged_count
    FROM patients_safetyalert a WHERE a.patient_id = page.id
) alerts
LEFT JOIN LATERAL (
    SELECT id, started_at, ended_at FROM dosing_dosingsession
    WHERE patient_id = page.id AND status = 'completed' AND ended_at IS NOT NULL
    ORDER BY ended_at DESC, id DESC LIMIT 1
) s ON true
LEFT JOIN LATERAL (
    SELECT max(expires_at) FILTER (WHERE status <> 'cancelled') AS window_ends_at,
           count(*) FILTER (WHERE status IN ('sent', 'answered', 'expired')) AS due,
           count(*) FILTER (WHERE status = 'answered') AS answered,
           count(*) FILTER (WHERE status = 'sent' AND expires_at > now()) AS still_open
    FROM dosing_scheduledprompt WHERE session_id = s.id
) pr ON true
LEFT JOIN LATERAL (
    SELECT (array_agg(mood ORDER BY created_at DESC, id DESC))[1] AS latest,
           (array_agg(mood ORDER BY created_at DESC, id DESC))[2] AS previous
    FROM (SELECT mood, created_at, id FROM journals_journalentry
          WHERE patient_id = page.id AND shared_with_care_team AND deleted_at IS NULL
            AND mood IS NOT NULL
          ORDER BY created_at DESC, id DESC LIMIT 2) recent
) mood ON true
LEFT JOIN LATERAL (
    SELECT (SELECT total FROM journals_assessment
            WHERE patient_id = page.id AND instrument = 'phq9'
            ORDER BY created_at DESC, id DESC LIMIT 1) AS latest_total,
           (SELECT band FROM journals_assessment
            WHERE patient_id = page.id AND instrument = 'phq9'
            ORDER BY created_at DESC, id DESC LIMIT 1) AS latest_band,
           (SELECT total FROM journals_assessment
            WHERE patient_id = page.id AND instrument = 'phq9'
            ORDER BY created_at, id LIMIT 1) AS first_total
) phq ON true
ORDER BY page.has_unacknowledged DESC, page.has_open DESC, page.last_name, page.first_name,
         page.id
"""


def bare_dashboard(clinic_id):
    def view(request):
        with connection.cursor() as cursor:
            cursor.execute(BARE_SQL, {"clinic": clinic_id})
            columns = [c.name for c in cursor.description]
            rows = [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]
        return JsonResponse({"results": rows})

    return view


def _urlconf(clinic_id):
    module = types.ModuleType("bench_dashboard_urls")
    module.urlpatterns = [
        path("bench/bare-dashboard/", bare_dashboard(clinic_id)),
        path("", include("integration_clinic.urls")),
    ]
    sys.modules[module.__name__] = module
    return module.__name__


def _timed(client, url):
    started = time.perf_counter()
    response = client.get(url)
    elapsed = time.perf_counter() - started
    if response.status_code != 200:
        sys.exit(f"{url} answered {response.status_code}")
    return elapsed * 1000, response


def _p95(values):
    ordered = sorted(values)
    return ordered[max(0, round(0.95 * len(ordered)) - 1)]


def measure(size):
    """Times the dashboard, served as usual (its rows cached until a service changes
    them) and recomputed on every request (the cache emptied before each), against the
    bare view, alternating, in one clinic."""
    clinic, clinician = ensure_clinic(size)
    client = Client()
    client.force_login(clinician)
    with override_settings(ROOT_URLCONF=_urlconf(clinic.pk)):
        clear_url_caches()
        page_url, bare_url = "/staff/", "/bench/bare-dashboard/"
        cache.clear()
        with CaptureQueriesContext(connection) as captured:
            _, response = _timed(client, page_url)
        # Counted now: the next request clears the connection's query log.
        page_queries = len(captured)
        rows = response.content.decode().count('data-label="Patient"')
        _, bare = _timed(client, bare_url)
        if rows != 50 or len(bare.json()["results"]) != 50:
            sys.exit(f"FAIL: expected 50 rows, got {rows} and {len(bare.json()['results'])}")
        for _ in range(WARMUP):
            _timed(client, page_url)
            _timed(client, bare_url)
        # A patient on the page, whose summary a service changes before each such request.
        changed = bare.json()["results"][0]["id"]
        cached, after_change, cold, bare_times = [], [], [], []
        for _ in range(REQUESTS):
            cached.append(_timed(client, page_url)[0])
            bare_times.append(_timed(client, bare_url)[0])
            with transaction.atomic():
                summary_refresh([changed])
            after_change.append(_timed(client, page_url)[0])
            cache.clear()
            cold.append(_timed(client, page_url)[0])
    clear_url_caches()
    bare_median = statistics.median(bare_times)
    print(f"[{size}] Dashboard page, 50 rows: {page_queries} queries for a recomputed request")
    series = (
        ("served (cached rows)", cached),
        ("after one patient changed", after_change),
        ("cold (empty cache)", cold),
    )
    for label, times in series:
        print(
            f"[{size}] Dashboard {label}: median {statistics.median(times):.1f} ms, "
            f"p95 {_p95(times):.1f} ms ({REQUESTS} requests)"
        )
    print(
        f"[{size}] Bare view, one hand-written SQL query: median {bare_median:.1f} ms, "
        f"p95 {_p95(bare_times):.1f} ms"
    )
    ratios = ", ".join(
        f"{label} {statistics.median(times) / bare_median:.2f}" for label, times in series
    )
    print(f"[{size}] Ratios to the bare view (medians): {ratios}", flush=True)
    # The ratio kept: the page after a service changed one of its patients, as in a busy
    # clinic, where some summary changes every minute.
    return statistics.median(after_change) / bare_median


def main():
    _require_postgresql()
    ratios = {size: measure(size) for size in SIZES}
    for size, ratio in ratios.items():
        print(f"ratio dashboard_vs_bare_sql_{size} {ratio:.2f}")


if __name__ == "__main__":
    main()
