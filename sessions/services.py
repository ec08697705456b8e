"""Every write about dosing sessions and their windows, and the dispatch of prompts.

Dispatch, in short: beat calls `prompts_dispatch_due` each minute; it claims due rows with
SKIP LOCKED, marks them queued and enqueues one `deliver_prompt` per row on commit. The
delivery moves queued -> sent with a conditional UPDATE in the same transaction as the
inbox item and the email's claim, so a rerun finds nothing to do. Claims left queued by a
dead worker are queued again by `prompts_requeue_stuck`.
"""

import logging
import time as clock
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from patients.audit import audit_record
from patients.models import AuditEvent, Patient
from patients.selectors import is_on_care_team
from patients.services import absolute_url, email_claim, email_deliver, notification_send

from .models import (
    DebriefNote,
    DebriefNoteRevision,
    DosingSession,
    Instrument,
    IntegrationProgram,
    ProgramStep,
    PromptKind,
    ScheduledPrompt,
    VitalsReading,
)
from .scheduling import outside_quiet_hours, prompt_times
from .selectors import can_record_sessions, can_write_debrief_notes, program_for

logger = logging.getLogger(__name__)
Status = ScheduledPrompt.Status

# The clinic default plan of a 72-hour window (hours after the session ends). The first
# prompt may reach someone still drowsy, so it is a one-tap check-in.
DEFAULT_STEPS = [
    {
        "offset_hours": 2,
        "kind": PromptKind.CHECK_IN,
        "title": "How are you feeling?",
        "instructions": "One tap: how are you feeling right now, from 1 to 10?",
        "expires_after_hours": 12,
    },
    {
        "offset_hours": 6,
        "kind": PromptKind.JOURNAL,
        "title": "Debrief reflection",
        "instructions": "What stood out during your session? What did you feel, see or understand?",
        "expires_after_hours": 24,
        "reminder_after_hours": 12,
    },
    {
        "offset_hours": 24,
        "kind": PromptKind.JOURNAL,
        "title": "Day one journal",
        "instructions": "Looking back a day later: what feels different? What do you want to keep?",
        "expires_after_hours": 24,
        "reminder_after_hours": 8,
    },
    {
        "offset_hours": 30,
        "kind": PromptKind.MINDFULNESS,
        "title": "Guided breathing",
        "instructions": "Ten minutes of slow breathing. Notice what comes up without judging it.",
        "expires_after_hours": 18,
    },
    {
        "offset_hours": 48,
        "kind": PromptKind.JOURNAL,
        "title": "Day two journal",
        "instructions": "How are your commitments going? What got in the way, and what helped?",
        "expires_after_hours": 24,
        "reminder_after_hours": 8,
    },
    {
        "offset_hours": 54,
        "kind": PromptKind.THERAPY,
        "title": "Therapy reflection",
        "instructions": "Write down what you want to bring to your next therapy session.",
        "expires_after_hours": 24,
    },
    {
        "offset_hours": 72,
        "kind": PromptKind.ASSESSMENT,
        "instrument": Instrument.PHQ9,
        "title": "PHQ-9 check",
        "instructions": "Nine questions about how you have felt over the last two weeks.",
        "expires_after_hours": 48,
        "reminder_after_hours": 24,
    },
    {
        "offset_hours": 72,
        "kind": PromptKind.JOURNAL,
        "title": "Closing reflection",
        "instructions": "As this window closes: what will you carry forward into the coming weeks?",
        "expires_after_hours": 48,
        "reminder_after_hours": 24,
    },
]


@transaction.atomic
def program_ensure_default(*, clinic) -> IntegrationProgram:
    """The clinic's default program, made from the standard 72-hour plan the first time."""
    program, created = IntegrationProgram.objects.get_or_create(
        clinic=clinic,
        is_clinic_default=True,
        defaults={"name": "72-hour integration window", "window_hours": 72},
    )
    if created:
        ProgramStep.objects.bulk_create(
            ProgramStep(program=program, **step) for step in DEFAULT_STEPS
        )
    return program


# Sessions -------------------------------------------------------------------------------

SESSION_FIELDS = set(DosingSession.RECORD_FIELDS)


def _require_recorder(acting_user, patient: Patient):
    if not can_record_sessions(acting_user, patient):
        raise PermissionDenied("Only the clinic's clinicians record dosing sessions.")


def _check_dose(session: DosingSession, confirm_high_dose: bool):
    if session.effective_weight_kg is None:
        raise ValidationError(
            {"weight_kg": "Enter the patient's weight: it is needed to work out mg/kg."}
        )
    if session.exceeds_dose_ceiling() and not confirm_high_dose:
        raise ValidationError(
            {
                "dose_mg": (
                    f"{session.dose_mg} mg is {session.mg_per_kg} mg/kg, above the "
                    f"{session.dose_ceiling_mg_per_kg()} mg/kg ceiling for "
                    f"{session.get_route_display()}. Check the dose, and confirm it if right."
                )
            }
        )


@transaction.atomic
def session_create(
    *, acting_user, patient: Patient, confirm_high_dose=False, **fields
) -> DosingSession:
    """Records a dosing session: planned, under way, or (entered afterwards) completed,
    in which case its window is scheduled at once."""
    _require_recorder(acting_user, patient)
    unknown = set(fields) - SESSION_FIELDS - {"status"}
    if unknown:
        raise TypeError(f"Unknown session fields: {sorted(unknown)}")
    session = DosingSession(patient=patient, clinician=acting_user, **fields)
    if session.weight_kg is None:
        session.weight_kg = patient.weight_kg
    if session.ended_at and "status" not in fields:
        session.status = DosingSession.Status.COMPLETED
    session.full_clean()
    _check_dose(session, confirm_high_dose)
    session.save()
    audit_record(actor=acting_user, patient=patient, action=AuditEvent.Action.CREATE, obj=session)
    if session.status == DosingSession.Status.COMPLETED:
        prompts_schedule(session=session)
    return session


@transaction.atomic
def session_update(
    *, acting_user, session: DosingSession, confirm_high_dose=False, **changes
) -> DosingSession:
    """Changes a session. A new end time moves the prompts not yet sent; a signed record
    is closed to changes."""
    _require_recorder(acting_user, session.patient)
    session = DosingSession.objects.select_for_update().get(pk=session.pk)
    if session.is_signed:
        raise ValidationError("This record is signed and can no longer be changed.")
    if session.status == DosingSession.Status.CANCELLED:
        raise ValidationError("This session was cancelled.")
    unknown = set(changes) - SESSION_FIELDS
    if unknown:
        raise TypeError(f"Unknown session fields: {sorted(unknown)}")
    old_end = session.ended_at
    dose_changed = any(
        field in changes and changes[field] != getattr(session, field)
        for field in ("dose_mg", "weight_kg", "route")
    )
    for field, value in changes.items():
        setattr(session, field, value)
    if session.ended_at and session.status in (
        DosingSession.Status.PLANNED,
        DosingSession.Status.IN_PROGRESS,
    ):
        session.status = DosingSession.Status.COMPLETED
    session.full_clean()
    if dose_changed:
        _check_dose(session, confirm_high_dose)
    session.save()
    audit_record(
        actor=acting_user, patient=session.patient, action=AuditEvent.Action.UPDATE, obj=session
    )
    if session.status == DosingSession.Status.COMPLETED:
        if not session.prompts.exists():
            prompts_schedule(session=session)
        elif session.ended_at != old_end:
            prompts_reschedule(session=session)
    return session


@transaction.atomic
def session_start(*, acting_user, session: DosingSession, started_at=None) -> DosingSession:
    _require_recorder(acting_user, session.patient)
    updated = DosingSession.objects.filter(
        pk=session.pk, status=DosingSession.Status.PLANNED
    ).update(status=DosingSession.Status.IN_PROGRESS, started_at=started_at or timezone.now())
    if not updated:
        raise ValidationError("Only a planned session can be started.")
    session.refresh_from_db()
    audit_record(
        actor=acting_user, patient=session.patient, action=AuditEvent.Action.UPDATE, obj=session
    )
    return session


def session_end(*, acting_user, session: DosingSession, ended_at=None) -> DosingSession:
    """Ends the session: its integration window begins and its prompts are scheduled."""
    if session.status not in (DosingSession.Status.PLANNED, DosingSession.Status.IN_PROGRESS):
        raise ValidationError("Only a session that is planned or under way can be ended.")
    return session_update(
        acting_user=acting_user, session=session, ended_at=ended_at or timezone.now()
    )


@transaction.atomic
def session_sign(*, acting_user, session: DosingSession) -> DosingSession:
    _require_recorder(acting_user, session.patient)
    session = (
        DosingSession.objects.select_for_update()
        .select_related("patient")
        .prefetch_related("vitals")
        .get(pk=session.pk)
    )
    if session.status != DosingSession.Status.COMPLETED:
        raise ValidationError("End the session before signing it.")
    if session.is_signed:
        raise ValidationError("This record is already signed.")
    missing = session.rems_missing()
    if missing:
        raise ValidationError(
            "Esketamine records need the REMS monitoring before signing: still missing "
            + "; ".join(missing)
            + "."
        )
    session.signed_by = acting_user
    session.signed_at = timezone.now()
    session.save(update_fields=["signed_by", "signed_at", "updated_at"])
    audit_record(
        actor=acting_user, patient=session.patient, action=AuditEvent.Action.UPDATE, obj=session
    )
    return session


@transaction.atomic
def session_cancel(*, acting_user, session: DosingSession) -> DosingSession:
    """Cancels the session and the prompts of its window not yet sent."""
    _require_recorder(acting_user, session.patient)
    if session.is_signed:
        raise ValidationError("A signed record cannot be cancelled.")
    DosingSession.objects.filter(pk=session.pk).update(
        status=DosingSession.Status.CANCELLED, updated_at=timezone.now()
    )
    session.prompts.filter(status__in=ScheduledPrompt.UNSENT).update(status=Status.CANCELLED)
    session.refresh_from_db()
    audit_record(
        actor=acting_user, patient=session.patient, action=AuditEvent.Action.UPDATE, obj=session
    )
    return session


@transaction.atomic
def vitals_add(*, acting_user, session: DosingSession, **fields) -> VitalsReading:
    _require_recorder(acting_user, session.patient)
    if session.is_signed or session.status == DosingSession.Status.CANCELLED:
        raise ValidationError("Vitals cannot be added to a signed or cancelled record.")
    reading = VitalsReading(session=session, **fields)
    reading.full_clean()
    reading.save()
    audit_record(
        actor=acting_user, patient=session.patient, action=AuditEvent.Action.CREATE, obj=reading
    )
    return reading


# The schedule ---------------------------------------------------------------------------


def prompts_schedule(*, session: DosingSession) -> int:
    """Creates the window's prompts in one insert. Doing it twice changes nothing: a
    prompt is unique per (session, step)."""
    patient = session.patient
    program = program_for(patient) or program_ensure_default(clinic=patient.clinic)
    if session.window_hours != program.window_hours:
        session.window_hours = program.window_hours
        DosingSession.objects.filter(pk=session.pk).update(window_hours=program.window_hours)
    prompts = []
    for step in program.steps.all():
        due_at, expires_at = prompt_times(
            ended_at=session.ended_at,
            offset_hours=step.offset_hours,
            expires_after_hours=step.expires_after_hours,
            zone=patient.zone,
            quiet_start=patient.quiet_hours_start,
            quiet_end=patient.quiet_hours_end,
        )
        prompts.append(
            ScheduledPrompt(
                session=session,
                patient=patient,
                step=step,
                kind=step.kind,
                instrument=step.instrument,
                title=step.title,
                instructions=step.instructions,
                offset_hours=step.offset_hours,
                expires_after_hours=step.expires_after_hours,
                reminder_after_hours=step.reminder_after_hours,
                due_at=due_at,
                expires_at=expires_at,
            )
        )
    created = ScheduledPrompt.objects.bulk_create(prompts, ignore_conflicts=True)
    return len(created)


def prompts_reschedule(*, session: DosingSession) -> int:
    """Moves the prompts not yet sent to follow the session's new end time. Sent and
    answered prompts stay as they were."""
    patient = session.patient
    unsent = list(session.prompts.filter(status__in=ScheduledPrompt.UNSENT))
    for prompt in unsent:
        prompt.due_at, prompt.expires_at = prompt_times(
            ended_at=session.ended_at,
            offset_hours=prompt.offset_hours,
            expires_after_hours=prompt.expires_after_hours,
            zone=patient.zone,
            quiet_start=patient.quiet_hours_start,
            quiet_end=patient.quiet_hours_end,
        )
    ScheduledPrompt.objects.bulk_update(unsent, ["due_at", "expires_at"])
    return len(unsent)


def prompts_reschedule_for_patient(*, patient: Patient) -> int:
    """Moves every window's prompts not yet sent after the patient's time zone or quiet
    hours changed. Returns how many moved."""
    sessions = DosingSession.objects.filter(
        pk__in=ScheduledPrompt.objects.filter(
            patient=patient, status__in=ScheduledPrompt.UNSENT
        ).values("session_id")
    )
    moved = 0
    for session in sessions:
        session.patient = patient
        moved += prompts_reschedule(session=session)
    return moved


# Dispatch -------------------------------------------------------------------------------


def _enqueue_deliveries(prompt_ids):
    from .tasks import deliver_prompt

    for prompt_id in prompt_ids:
        deliver_prompt.delay(prompt_id)


def prompts_claim_due(*, now=None, batch_size=None) -> list[int]:
    """Claims one batch of due prompts and enqueues their delivery when the claim commits.
    Rows another dispatcher holds are skipped, so two dispatchers never claim one row."""
    now = now or timezone.now()
    batch_size = batch_size or settings.PROMPT_CLAIM_BATCH_SIZE
    with transaction.atomic():
        ids = list(
            ScheduledPrompt.objects.select_for_update(skip_locked=True)
            .filter(status=Status.SCHEDULED, due_at__lte=now, expires_at__gt=now)
            .order_by("due_at")
            .values_list("pk", flat=True)[:batch_size]
        )
        if ids:
            ScheduledPrompt.objects.filter(pk__in=ids, status=Status.SCHEDULED).update(
                status=Status.QUEUED, queued_at=now
            )
            transaction.on_commit(lambda: _enqueue_deliveries(ids))
    return ids


def prompts_dispatch_due(*, now=None, time_budget_seconds=45.0) -> int:
    """Claims batches until nothing is due or the minute's budget is spent."""
    started = clock.monotonic()
    total = 0
    while clock.monotonic() - started < time_budget_seconds:
        claimed = prompts_claim_due(now=now)
        total += len(claimed)
        if len(claimed) < settings.PROMPT_CLAIM_BATCH_SIZE:
            break
    return total


def _prompt_message(prompt: ScheduledPrompt, *, reminder=False):
    link = absolute_url(reverse("prompt_detail", args=[prompt.pk]))
    context = {"prompt": prompt, "link": link, "reminder": reminder}
    subject = ("Reminder: " if reminder else "") + prompt.title
    return subject, render_to_string("sessions/email/prompt.txt", context), link


def _wants_email(patient: Patient, prompt: ScheduledPrompt) -> bool:
    """Email as well as the inbox, unless the patient chose the app only, overall or for
    this kind of prompt. The in-app item is always sent."""
    return patient.preferred_channel == Patient.Channel.EMAIL and prompt.kind not in (
        patient.prompt_kinds_without_email or []
    )


def prompt_deliver(*, prompt_id: int) -> bool:
    """Delivers one claimed prompt: queued -> sent, the inbox item and the email's claim in
    one transaction, then the email. Returns False, doing nothing, if the prompt is no
    longer queued (delivered already, cancelled, or gone)."""
    now = timezone.now()
    with transaction.atomic():
        updated = ScheduledPrompt.objects.filter(pk=prompt_id, status=Status.QUEUED).update(
            status=Status.SENT, sent_at=now
        )
        if not updated:
            return False
        prompt = ScheduledPrompt.objects.select_related("patient__user").get(pk=prompt_id)
        patient = prompt.patient
        if prompt.reminder_after_hours is not None:
            prompt.remind_at = outside_quiet_hours(
                now + timedelta(hours=prompt.reminder_after_hours),
                patient.zone,
                patient.quiet_hours_start,
                patient.quiet_hours_end,
            )
            if prompt.remind_at < prompt.expires_at:
                prompt.save(update_fields=["remind_at"])
        subject, body, link = _prompt_message(prompt)
        notification_send(
            user=patient.user,
            dedupe_key=prompt.dedupe_key,
            title=prompt.title,
            body=prompt.instructions,
            url=reverse("prompt_detail", args=[prompt.pk]),
            patient=patient,
        )
        claim = (
            email_claim(
                user=patient.user,
                dedupe_key=prompt.dedupe_key,
                subject=subject,
                body=body,
                patient=patient,
            )
            if _wants_email(patient, prompt)
            else None
        )
    if claim:
        email_deliver(delivery=claim)
    return True


def prompts_requeue_stuck(*, now=None, stuck_after=None) -> list[int]:
    """Queues again the claims a dead worker left behind. The conditional update moves
    `queued_at`, so two beats cannot both requeue a row."""
    now = now or timezone.now()
    stuck_after = settings.PROMPT_STUCK_AFTER if stuck_after is None else stuck_after
    with transaction.atomic():
        ids = list(
            ScheduledPrompt.objects.select_for_update(skip_locked=True)
            .filter(status=Status.QUEUED, queued_at__lte=now - stuck_after)
            .values_list("pk", flat=True)[: settings.PROMPT_CLAIM_BATCH_SIZE * 10]
        )
        if ids:
            ScheduledPrompt.objects.filter(pk__in=ids, status=Status.QUEUED).update(queued_at=now)
            transaction.on_commit(lambda: _enqueue_deliveries(ids))
    if ids:
        logger.warning("Requeued %d prompts left queued by a worker", len(ids))
    return ids


def prompts_send_reminders(*, now=None) -> int:
    """One reminder per unanswered prompt, at its `remind_at` (already outside quiet hours)."""
    now = now or timezone.now()
    with transaction.atomic():
        prompts = list(
            ScheduledPrompt.objects.select_for_update(skip_locked=True, of=("self",))
            .select_related("patient__user")
            .filter(
                status=Status.SENT,
                remind_at__lte=now,
                reminded_at=None,
                expires_at__gt=now,
            )[: settings.PROMPT_CLAIM_BATCH_SIZE]
        )
        ScheduledPrompt.objects.filter(pk__in=[p.pk for p in prompts], reminded_at=None).update(
            reminded_at=now
        )
        emails = []
        for prompt in prompts:
            key = f"{prompt.dedupe_key}:reminder"
            subject, body, link = _prompt_message(prompt, reminder=True)
            notification_send(
                user=prompt.patient.user,
                dedupe_key=key,
                title=f"Reminder: {prompt.title}",
                url=reverse("prompt_detail", args=[prompt.pk]),
                patient=prompt.patient,
            )
            if _wants_email(prompt.patient, prompt):
                claim = email_claim(
                    user=prompt.patient.user,
                    dedupe_key=key,
                    subject=subject,
                    body=body,
                    patient=prompt.patient,
                )
                if claim:
                    emails.append(claim)
    for claim in emails:
        email_deliver(delivery=claim)
    return len(prompts)


def prompts_expire(*, now=None) -> int:
    """Closes prompts past their answer-by time; an expired prompt counts as missed."""
    now = now or timezone.now()
    return ScheduledPrompt.objects.filter(
        Q(status=Status.SENT) | Q(status=Status.SCHEDULED), expires_at__lte=now
    ).update(status=Status.EXPIRED)


# Answers ----------------------------------------------------------------------------------


def prompt_complete(*, acting_user, prompt: ScheduledPrompt, at=None) -> bool:
    """Marks the patient's prompt answered. An expired prompt stays expired (missed) even
    when the patient writes to it later. Returns whether it changed."""
    if prompt.patient.user_id != acting_user.pk:
        raise PermissionDenied("Only the patient answers their prompts.")
    return bool(
        ScheduledPrompt.objects.filter(
            pk=prompt.pk, status__in=(Status.SENT, Status.QUEUED, Status.SCHEDULED)
        )
        .filter(due_at__lte=at or timezone.now())
        .update(status=Status.ANSWERED, answered_at=at or timezone.now())
    )


# Debrief notes ----------------------------------------------------------------------------


def _note_revise(note: DebriefNote, *, by, at) -> DebriefNoteRevision:
    """Keeps the version just saved; the note's row lock (or its creation) serialises
    revision numbers."""
    last = note.revisions.aggregate(last=Max("number"))["last"] or 0
    return DebriefNoteRevision.objects.create(
        note=note,
        number=last + 1,
        text=note.text,
        visible_to_patient=note.visible_to_patient,
        edited_by=by,
        edited_at=at,
    )


def _note_tell_patient(note: DebriefNote) -> None:
    """An inbox item the first time a note is shown to the patient; never its text, which
    the patient reads on their notes page once logged in."""
    day = timezone.localtime(note.session.started_at, note.patient.zone)
    notification_send(
        user=note.patient.user,
        dedupe_key=f"debrief:{note.pk}",
        title="A note from your care team",
        body=f"{note.author.display_name} wrote about your session of {day:%B} {day.day}.",
        url=reverse("my_debrief_notes"),
        patient=note.patient,
    )


@transaction.atomic
def debrief_note_create(
    *, acting_user, session: DosingSession, text: str, visible_to_patient: bool = False
) -> DebriefNote:
    """A care-team member writes a note on a session; shown to the patient at once only
    when the author says so."""
    if not can_write_debrief_notes(acting_user, session):
        raise PermissionDenied("Only the patient's care team writes debrief notes.")
    now = timezone.now()
    note = DebriefNote(
        session=session,
        patient=session.patient,
        author=acting_user,
        text=text,
        visible_to_patient=visible_to_patient,
        published_at=now if visible_to_patient else None,
    )
    note.full_clean()
    note.save()
    _note_revise(note, by=acting_user, at=now)
    audit_record(actor=acting_user, patient=note.patient, action=AuditEvent.Action.CREATE, obj=note)
    if visible_to_patient:
        _note_tell_patient(note)
    return note


@transaction.atomic
def debrief_note_update(
    *, acting_user, note: DebriefNote, text: str | None = None, visible_to_patient=None
) -> DebriefNote:
    """Its author changes a note's text or who may read it. Each change keeps a revision;
    a call that changes nothing writes nothing."""
    note = (
        DebriefNote.objects.select_for_update(of=("self",))
        .select_related("session", "patient__user", "author")
        .get(pk=note.pk)
    )
    if note.author_id != acting_user.pk or not is_on_care_team(acting_user, note.patient):
        raise PermissionDenied("Only the note's author changes it.")
    changed = False
    if text is not None and text != note.text:
        note.text = text
        changed = True
    if visible_to_patient is not None and visible_to_patient != note.visible_to_patient:
        note.visible_to_patient = visible_to_patient
        changed = True
    if not changed:
        return note
    note.full_clean()
    now = timezone.now()
    first_shown = note.visible_to_patient and note.published_at is None
    if first_shown:
        note.published_at = now
    note.save()
    _note_revise(note, by=acting_user, at=now)
    audit_record(actor=acting_user, patient=note.patient, action=AuditEvent.Action.UPDATE, obj=note)
    if first_shown:
        _note_tell_patient(note)
    return note


def debrief_note_publish(*, acting_user, note: DebriefNote, visible: bool = True) -> DebriefNote:
    """Shows the note to the patient, or takes it back."""
    return debrief_note_update(acting_user=acting_user, note=note, visible_to_patient=visible)
