"""The demo patient beyond the window: intentions set the day before their latest session
(shared with the care team, quoted back by its reflections) and one follow-up alert. The
follow-up prompts themselves come with each session from the clinic's program.
Idempotent: a patient with intentions already is left alone."""

from datetime import datetime, timedelta

from patients.models import FollowUpAlert
from sessions.models import DosingSession, ProgramStep, PromptKind, ScheduledPrompt, StepPhase

from .models import JournalEntry

INTENTIONS = (
    "To let go of needing everything figured out, and to notice when I brace for the "
    "worst instead of waiting to see."
)
MOOD_DROP_DETAIL = "Mean mood 4.6 over the last 7 days, down from 6.8 the 7 days before."


def _intention_step(patient):
    return (
        ProgramStep.objects.filter(
            program__clinic=patient.clinic,
            program__is_clinic_default=True,
            phase=StepPhase.PRE_SESSION,
            kind=PromptKind.INTENTION,
        )
        .order_by("pk")
        .first()
    )


def seed_followup(people, now: datetime) -> None:
    patient = people.patients[0]
    latest = (
        DosingSession.objects.filter(patient=patient, status=DosingSession.Status.COMPLETED)
        .order_by("-ended_at")
        .first()
    )
    step = _intention_step(patient)
    if latest is None or step is None:
        return
    if JournalEntry.objects.filter(patient=patient, prompt__kind=PromptKind.INTENTION).exists():
        return
    due = latest.started_at + timedelta(hours=float(step.offset_hours))
    answered = due + timedelta(hours=3)
    prompt = ScheduledPrompt.objects.create(
        session=latest,
        patient=patient,
        step=step,
        phase=StepPhase.PRE_SESSION,
        kind=step.kind,
        title=step.title,
        instructions=step.instructions,
        offset_hours=step.offset_hours,
        expires_after_hours=step.expires_after_hours,
        due_at=due,
        expires_at=latest.started_at,
        status=ScheduledPrompt.Status.ANSWERED,
        sent_at=due,
        answered_at=answered,
    )
    JournalEntry.objects.create(
        patient=patient,
        session=latest,
        prompt=prompt,
        kind=JournalEntry.Kind.JOURNAL,
        text=INTENTIONS,
        shared_with_care_team=True,
        shared_at=answered,
        created_at=answered,
    )
    FollowUpAlert.objects.get_or_create(
        patient=patient,
        reason=FollowUpAlert.Reason.MOOD_DROP,
        resolved_at=None,
        defaults={"detail": MOOD_DROP_DETAIL, "created_at": now - timedelta(days=2)},
    )
