"""The program builder's preview: the schedule a program gives one patient's window, worked
out by the very function that schedules real windows (services_schedule.prompts_build),
on a session that is never saved."""

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from django.utils import timezone

from patients.models import Patient

from .models import DosingSession, IntegrationProgram, ProgramStep, StepPhase
from .services_schedule import prompts_build


@dataclass
class PreviewRow:
    step: ProgramStep
    occurrence: int
    title: str
    # When the step falls by its offset alone, and when the patient gets it.
    planned_at: datetime
    due_at: datetime | None
    expires_at: datetime | None

    @property
    def moved_by_quiet_hours(self) -> bool:
        return self.due_at is not None and self.due_at != self.planned_at

    @property
    def dropped(self) -> bool:
        """A step before the session that quiet hours push to its start or later."""
        return self.due_at is None


@dataclass
class SchedulePreview:
    patient: Patient
    window_start: datetime
    window_end: datetime
    rows: list = field(default_factory=list)

    @property
    def zone(self):
        return self.patient.zone

    @property
    def moved_count(self) -> int:
        return sum(1 for row in self.rows if row.moved_by_quiet_hours)


def schedule_preview(
    *, program: IntegrationProgram, patient: Patient, window_start: datetime
) -> SchedulePreview:
    """Every prompt the program would give `patient` for a session ending (and, for the
    steps before it, starting) at `window_start`: the window, the follow-up and the steps
    before the session, each with its time by the offset alone and its time after the
    patient's quiet hours. Nothing is saved."""
    window_start = window_start.astimezone(UTC)
    steps = list(program.steps.all())
    planned = DosingSession(
        patient=patient, started_at=window_start, status=DosingSession.Status.PLANNED
    )
    completed = DosingSession(
        patient=patient,
        started_at=window_start,
        ended_at=window_start,
        status=DosingSession.Status.COMPLETED,
    )
    prompts = [
        *prompts_build(session=planned, program=program, steps=steps),
        *prompts_build(session=completed, program=program, steps=steps),
    ]
    rows = [
        PreviewRow(
            step=prompt.step,
            occurrence=prompt.occurrence,
            title=prompt.title,
            planned_at=window_start + timedelta(hours=float(prompt.offset_hours)),
            due_at=prompt.due_at,
            expires_at=prompt.expires_at,
        )
        for prompt in prompts
    ]
    scheduled = {prompt.step.pk for prompt in prompts}
    rows += [
        PreviewRow(
            step=step,
            occurrence=1,
            title=step.title,
            planned_at=window_start + timedelta(hours=float(step.offset_hours)),
            due_at=None,
            expires_at=None,
        )
        for step in steps
        if step.phase == StepPhase.PRE_SESSION and step.pk not in scheduled
    ]
    rows.sort(key=lambda row: (row.due_at or row.planned_at, row.planned_at))
    return SchedulePreview(
        patient=patient,
        window_start=timezone.localtime(window_start, patient.zone),
        window_end=timezone.localtime(
            window_start + timedelta(hours=program.window_hours), patient.zone
        ),
        rows=rows,
    )
