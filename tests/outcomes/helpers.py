"""A clinic's record written as rows with known figures: sessions, the prompts that
reached each patient and what became of them, and PHQ-9s around the first dose. Every
time is fixed, so the figures never depend on the clock."""

from datetime import UTC, datetime, timedelta

from journals.models import Assessment
from sessions.models import DosingSession, IntegrationProgram, ScheduledPrompt
from tests.care_team.helpers import phq9_band

FIRST_DOSE = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)
DAY = timedelta(days=1)
Status = ScheduledPrompt.Status


def dose(patient, *, at=FIRST_DOSE, clinician=None):
    return DosingSession.objects.create(
        patient=patient,
        clinician=clinician or patient.care_clinician,
        route="iv_ketamine",
        dose_mg=35,
        started_at=at,
        ended_at=at + timedelta(minutes=50),
        status=DosingSession.Status.COMPLETED,
    )


def prompts(session, *, answered=0, missed=0, still_open=0, never_sent=0):
    """Prompts of the session's window that reached the patient (answered, expired after
    being sent, still open), and expired ones that were never sent (not counted)."""
    plan = (
        [Status.ANSWERED] * answered
        + [Status.EXPIRED] * missed
        + [Status.SENT] * still_open
        + ["never-sent"] * never_sent
    )
    due = session.ended_at + timedelta(hours=1)
    ScheduledPrompt.objects.bulk_create(
        ScheduledPrompt(
            session=session,
            patient=session.patient,
            kind="journal",
            title=f"Prompt {n}",
            offset_hours=n,
            expires_after_hours=24,
            due_at=due + timedelta(hours=n),
            expires_at=due + timedelta(hours=n + 24),
            status=Status.EXPIRED if status == "never-sent" else status,
            sent_at=None if status == "never-sent" else due + timedelta(hours=n),
        )
        for n, status in enumerate(plan)
    )


def phq9(patient, total, at):
    return Assessment.objects.create(
        patient=patient,
        instrument="phq9",
        item_scores=[min(3, max(0, total - 3 * n)) for n in range(9)],
        total=total,
        band=phq9_band(total),
        created_at=at,
    )


def program(clinic, name, *, patient=None):
    if patient is None:
        found, _created = IntegrationProgram.objects.get_or_create(
            clinic=clinic, is_clinic_default=True, defaults={"name": name}
        )
        return found
    return IntegrationProgram.objects.create(clinic=clinic, patient=patient, name=name)


def treated(patient, *, answered, closed, baseline, latest, sessions=1):
    """A patient dosed on FIRST_DOSE (and `sessions - 1` more a week apart) who answered
    `answered` of `closed` prompts (and has one still open, which never counts), with a
    PHQ-9 of `baseline` two days before the first dose and `latest` twenty days after."""
    first = dose(patient)
    prompts(first, answered=answered, missed=closed - answered, still_open=1, never_sent=1)
    for n in range(1, sessions):
        dose(patient, at=FIRST_DOSE + 7 * n * DAY)
    if baseline is not None:
        phq9(patient, baseline, FIRST_DOSE - 2 * DAY)
    if latest is not None:
        phq9(patient, latest, FIRST_DOSE + 20 * DAY)
    return first
