"""The demo clinic's dosing history: past windows and one that ended an hour ago, so the
inbox and the staff pages show prompts in every state. Idempotent: a patient who has
sessions already is left alone."""

from datetime import datetime, timedelta
from decimal import Decimal

from django.urls import reverse

from patients.demo import inbox_retime
from patients.services import notification_send

from . import services
from .models import DosingSession, PromptKind, Route, ScheduledPrompt

Status = ScheduledPrompt.Status

# (days ago the session ended, route, dose mg per kg)
HISTORY = [
    (15, Route.IV_KETAMINE, Decimal("0.5")),
    (8, Route.IV_KETAMINE, Decimal("0.6")),
    (1.25, Route.IV_KETAMINE, Decimal("0.7")),
]

# Minutes after the start, moment, systolic BP, heart rate.
VITALS = [(0, "before", 124, 72), (40, "during", 141, 84), (85, "discharge", 128, 76)]


def _still_to_come(session, now):
    """A demo built around an instant before the real clock schedules its windows as if
    recorded late, skipping what the real clock has closed: prompts still to come at the
    demo's instant are put back on the schedule."""
    session.prompts.filter(status=Status.SKIPPED, due_at__gt=now).update(status=Status.SCHEDULED)


def _play_out(session, now):
    """What would have happened by now: most due prompts answered, some missed, the open
    ones delivered to the inbox, later ones still to come. Follow-up the next dose stopped
    (or the assessment gap held back) stays as it is."""
    # The demo records its past doses now, so their windows look recorded late (skipped);
    # they are played out as if recorded on the day. What the next dose stopped stays so.
    _still_to_come(session, now)
    stopped = [s for s in ScheduledPrompt.NOT_FOR_PATIENT if s != Status.SKIPPED]
    prompts = session.prompts.exclude(status__in=stopped)
    for n, prompt in enumerate(prompts.order_by("due_at")):
        if prompt.due_at > now:
            continue
        if prompt.expires_at <= now:
            # Some prompts missed, never an assessment: the demo's scores tell a story.
            missed = n % 4 == 3 and prompt.kind != PromptKind.ASSESSMENT
            status = Status.EXPIRED if missed else Status.ANSWERED
        else:
            status = Status.ANSWERED if n % 3 == 0 else Status.SENT
        ScheduledPrompt.objects.filter(pk=prompt.pk).update(
            status=status,
            sent_at=prompt.due_at,
            answered_at=prompt.due_at + timedelta(hours=1) if status == Status.ANSWERED else None,
        )
        if status == Status.SENT:
            notification_send(
                user=session.patient.user,
                dedupe_key=prompt.dedupe_key,
                title=prompt.title,
                body=prompt.instructions,
                url=reverse("prompt_detail", args=[prompt.pk]),
                patient=session.patient,
            )
            inbox_retime(dedupe_key=prompt.dedupe_key, at=prompt.due_at)


def seed_sessions(people, now: datetime):
    for index, patient in enumerate(people.patients):
        if DosingSession.objects.filter(patient=patient).exists():
            continue
        clinician = patient.care_clinician
        history = HISTORY if index % 3 != 2 else HISTORY[:2]
        recorded = []
        for days_ago, route, mg_per_kg in history:
            ended = now - timedelta(days=days_ago)
            session = services.session_create(
                acting_user=clinician,
                patient=patient,
                route=route,
                dose_mg=(mg_per_kg * patient.weight_kg).quantize(Decimal("1")),
                lot_number=f"KET-{2400 + index}",
                started_at=ended - timedelta(minutes=55),
                ended_at=ended,
                ready_to_leave_at=ended + timedelta(minutes=30),
                transport_arranged=True,
                intention="To be kinder to myself and notice old patterns.",
            )
            for minutes, moment, systolic, heart_rate in VITALS:
                services.vitals_add(
                    acting_user=clinician,
                    session=session,
                    taken_at=session.started_at + timedelta(minutes=minutes),
                    moment=moment,
                    systolic=systolic,
                    diastolic=systolic - 44,
                    heart_rate=heart_rate,
                    spo2=98,
                )
            recorded.append(session)
        # Once every dose is in, so each later one has stopped the earlier follow-up.
        for session in recorded:
            _play_out(session, now)
        if index == 0:
            # The demo patient's latest session ended an hour ago: a fresh window.
            ended = now - timedelta(hours=1)
            latest = services.session_create(
                acting_user=clinician,
                patient=patient,
                route=Route.IV_KETAMINE,
                dose_mg=(Decimal("0.75") * patient.weight_kg).quantize(Decimal("1")),
                lot_number="KET-2500",
                started_at=ended - timedelta(minutes=50),
                ended_at=ended,
                intention="To let go of the need to have everything figured out.",
            )
            _still_to_come(latest, now)
