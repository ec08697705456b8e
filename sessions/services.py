"""Every write about dosing sessions and their windows, and the dispatch of prompts.

Dispatch, in short: beat calls `prompts_dispatch_due` each minute (on the housekeeping
queue); it claims due rows with SKIP LOCKED, marks them queued and publishes one
`deliver_prompts` task per batch of them on commit. The delivery moves its batch queued ->
sent with one conditional UPDATE ... RETURNING in the same transaction as the inbox items
and the emails' outbox rows, so a rerun finds nothing to do (services_dispatch.py). Claims
left queued by a dead worker are published again by `prompts_requeue_stuck`.
"""

import logging
import time as clock

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import InterfaceError, OperationalError, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from patients.audit import audit_record
from patients.channels import channels_deliver
from patients.languages import language_for
from patients.models import AuditEvent, Notification, Patient
from patients.outbox import emails_send_leased
from patients.services import emails_deliver, notification_send
from patients.summary import summary_refresh

from . import services_dispatch as dispatch
from .models import (
    DosingSession,
    Instrument,
    IntegrationProgram,
    ProgramStep,
    PromptKind,
    ScheduledPrompt,
    StepPhase,
    VitalsReading,
)
from .selectors import can_record_sessions, program_for

# Debrief notes have their own module; their services stay reachable from here.
from .services_debrief import debrief_note_create as debrief_note_create
from .services_debrief import debrief_note_publish as debrief_note_publish
from .services_debrief import debrief_note_update as debrief_note_update
from .services_programs import program_version_take
from .services_schedule import (
    prompts_move,
    prompts_schedule_for,
    prompts_space_assessments,
    prompts_stop_at_next_dose,
    prompts_withdraw,
)
from .summary import prompts_summary_refresh

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
        "offset_hours": 36,
        "kind": PromptKind.CREATIVE,
        "title": "Creative expression",
        "instructions": "Draw, photograph or record something that holds what you felt.",
        "expires_after_hours": 24,
        "reminder_after_hours": 12,
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
        "kind": PromptKind.ASSESSMENT,
        "instrument": Instrument.GAD7,
        "title": "GAD-7 check",
        "instructions": "Seven questions about worry and anxiety over the last two weeks.",
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
    # A day before a planned session: its intentions, which the clinician reads on the
    # session page and the window's reflections quote back.
    {
        "phase": StepPhase.PRE_SESSION,
        "offset_hours": -24,
        "kind": PromptKind.INTENTION,
        "title": "Set your intentions",
        "instructions": "Before your session: what do you hope to explore, let go of or "
        "understand? A few words are enough; your care team will read them.",
        "expires_after_hours": 24,
        "reminder_after_hours": 12,
    },
    # Between doses, for six weeks after the window closes (or until the next dose): a
    # weekly one-tap check-in, and a PHQ-9 every two weeks, which feeds the relapse signals.
    {
        "phase": StepPhase.FOLLOW_UP,
        "offset_hours": 72 + 168,
        "repeat_every_hours": 168,
        "repeat_for_weeks": 6,
        "kind": PromptKind.CHECK_IN,
        "title": "Weekly check-in",
        "instructions": "One tap: how have you been this week, from 1 to 10?",
        "expires_after_hours": 72,
    },
    {
        "phase": StepPhase.FOLLOW_UP,
        "offset_hours": 72 + 336,
        "repeat_every_hours": 336,
        "repeat_for_weeks": 6,
        "kind": PromptKind.ASSESSMENT,
        "instrument": Instrument.PHQ9,
        "title": "PHQ-9 follow-up",
        "instructions": "Nine questions about how you have felt over the last two weeks.",
        "expires_after_hours": 72,
        "reminder_after_hours": 24,
    },
    # The integration plan's weekly review (commitments and habits), five days after the
    # window closes and then weekly, apart from the check-in.
    {
        "phase": StepPhase.FOLLOW_UP,
        "offset_hours": 72 + 120,
        "repeat_every_hours": 168,
        "repeat_for_weeks": 6,
        "kind": PromptKind.JOURNAL,
        "title": "Weekly plan review",
        "instructions": "Look back at your week: how did your commitments and habits go? What "
        "helped, what got in the way, and what will you keep or change for the week ahead?",
        "expires_after_hours": 72,
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
        program_version_take(program=program)
    return program


# Sessions -------------------------------------------------------------------------------

SESSION_FIELDS = set(DosingSession.RECORD_FIELDS)


def _require_recorder(acting_user, patient: Patient):
    if not can_record_sessions(acting_user, patient):
        raise PermissionDenied(gettext("Only the clinic's clinicians record dosing sessions."))


def _check_dose(session: DosingSession, confirm_high_dose: bool):
    if session.effective_weight_kg is None:
        raise ValidationError(
            {"weight_kg": gettext("Enter the patient's weight: it is needed to work out mg/kg.")}
        )
    if session.exceeds_dose_ceiling() and not confirm_high_dose:
        raise ValidationError(
            {
                "dose_mg": gettext(
                    "%(dose)s mg is %(ratio)s mg/kg, above the %(ceiling)s mg/kg ceiling for "
                    "%(route)s. Check the dose, and confirm it if right."
                )
                % {
                    "dose": session.dose_mg,
                    "ratio": session.mg_per_kg,
                    "ceiling": session.dose_ceiling_mg_per_kg(),
                    "route": session.get_route_display(),
                }
            }
        )


def _lock_patient(patient: Patient) -> None:
    """Serialises writes to one patient's sessions, so two clinicians recording at once
    cannot both slip past the overlap check."""
    list(Patient.objects.select_for_update().filter(pk=patient.pk).values_list("pk"))


def _check_no_overlap(session: DosingSession) -> None:
    """Refuses a session whose time overlaps another of the patient's that was not
    cancelled. A session occupies its start to its end; one without an end yet, a
    default span (DosingSession.UNENDED_SPAN). Touching ends do not overlap."""
    if session.started_at is None:
        return
    start, end = session.started_at, session.occupied_until
    others = (
        DosingSession.objects.filter(patient_id=session.patient_id, started_at__lt=end)
        .exclude(status=DosingSession.Status.CANCELLED)
        .filter(
            Q(ended_at__gt=start)
            | Q(ended_at=None, started_at__gt=start - DosingSession.UNENDED_SPAN)
        )
        .order_by("started_at", "pk")
    )
    if session.pk:
        others = others.exclude(pk=session.pk)
    other = others.first()
    if other is not None:
        raise ValidationError(
            {
                "started_at": gettext(
                    "This overlaps the patient's session of %(other)s. One "
                    "patient's sessions cannot overlap: check the times, or cancel the other "
                    "session first."
                )
                % {"other": other.describe_when()}
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
    _lock_patient(patient)
    session = DosingSession(patient=patient, clinician=acting_user, **fields)
    if session.weight_kg is None:
        session.weight_kg = patient.weight_kg
    if session.ended_at and "status" not in fields:
        session.status = DosingSession.Status.COMPLETED
    session.full_clean()
    _check_dose(session, confirm_high_dose)
    if session.status != DosingSession.Status.CANCELLED:
        _check_no_overlap(session)
    session.save()
    audit_record(actor=acting_user, patient=patient, action=AuditEvent.Action.CREATE, obj=session)
    if session.status != DosingSession.Status.CANCELLED:
        prompts_schedule(session=session)
    summary_refresh([patient.pk])
    return session


@transaction.atomic
def session_update(
    *, acting_user, session: DosingSession, confirm_high_dose=False, **changes
) -> DosingSession:
    """Changes a session. A new end time moves the prompts not yet sent; a signed record
    is closed to changes."""
    _require_recorder(acting_user, session.patient)
    _lock_patient(session.patient)
    session = DosingSession.objects.select_for_update().get(pk=session.pk)
    if session.is_signed:
        raise ValidationError(
            gettext(
                "This record is signed and can no longer be changed; add an addendum to correct it."
            )
        )
    if session.status == DosingSession.Status.CANCELLED:
        raise ValidationError(gettext("This session was cancelled."))
    unknown = set(changes) - SESSION_FIELDS
    if unknown:
        raise TypeError(f"Unknown session fields: {sorted(unknown)}")
    old_start, old_end = session.started_at, session.ended_at
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
    if (session.started_at, session.ended_at) != (old_start, old_end):
        _check_no_overlap(session)
    session.save()
    audit_record(
        actor=acting_user, patient=session.patient, action=AuditEvent.Action.UPDATE, obj=session
    )
    if session.status == DosingSession.Status.COMPLETED:
        if not session.prompts.exclude(phase=StepPhase.PRE_SESSION).exists():
            prompts_schedule(session=session)
        elif session.ended_at != old_end:
            prompts_reschedule(session=session)
    elif session.status == DosingSession.Status.PLANNED and session.started_at != old_start:
        prompts_move(session=session, phases=(StepPhase.PRE_SESSION,), now=timezone.now())
    if session.started_at != old_start:
        prompts_stop_at_next_dose(patient=session.patient)
    summary_refresh([session.patient_id])
    return session


@transaction.atomic
def session_start(*, acting_user, session: DosingSession, started_at=None) -> DosingSession:
    _require_recorder(acting_user, session.patient)
    _lock_patient(session.patient)
    session = DosingSession.objects.get(pk=session.pk)
    if session.status != DosingSession.Status.PLANNED:
        raise ValidationError(gettext("Only a planned session can be started."))
    session.started_at = started_at or timezone.now()
    _check_no_overlap(session)
    updated = DosingSession.objects.filter(
        pk=session.pk, status=DosingSession.Status.PLANNED
    ).update(status=DosingSession.Status.IN_PROGRESS, started_at=session.started_at)
    if not updated:
        raise ValidationError(gettext("Only a planned session can be started."))
    session.refresh_from_db()
    audit_record(
        actor=acting_user, patient=session.patient, action=AuditEvent.Action.UPDATE, obj=session
    )
    return session


def session_end(*, acting_user, session: DosingSession, ended_at=None) -> DosingSession:
    """Ends the session: its integration window begins and its prompts are scheduled."""
    if session.status not in (DosingSession.Status.PLANNED, DosingSession.Status.IN_PROGRESS):
        raise ValidationError(gettext("Only a session that is planned or under way can be ended."))
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
        raise ValidationError(gettext("End the session before signing it."))
    if session.is_signed:
        raise ValidationError(gettext("This record is already signed."))
    missing = session.rems_missing()
    if missing:
        raise ValidationError(
            gettext(
                "Esketamine records need the REMS monitoring before signing: still missing "
                "%(missing)s."
            )
            % {"missing": "; ".join(missing)}
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
    """Cancels the session and withdraws its window: prompts not yet delivered are
    cancelled, delivered ones still unanswered are withdrawn from the patient's inbox and
    get no reminder. An assessment of a later window held back for this one's comes back."""
    _require_recorder(acting_user, session.patient)
    session = DosingSession.objects.select_for_update().select_related("patient").get(pk=session.pk)
    if session.is_signed:
        raise ValidationError(gettext("A signed record cannot be cancelled."))
    if session.status == DosingSession.Status.CANCELLED:
        raise ValidationError(gettext("This session is cancelled already."))
    DosingSession.objects.filter(pk=session.pk).update(
        status=DosingSession.Status.CANCELLED, updated_at=timezone.now()
    )
    prompts_withdraw(session=session)
    prompts_space_assessments(patient=session.patient)
    prompts_stop_at_next_dose(patient=session.patient)
    summary_refresh([session.patient_id])
    session.refresh_from_db()
    audit_record(
        actor=acting_user, patient=session.patient, action=AuditEvent.Action.UPDATE, obj=session
    )
    return session


@transaction.atomic
def vitals_add(*, acting_user, session: DosingSession, **fields) -> VitalsReading:
    _require_recorder(acting_user, session.patient)
    if session.is_signed or session.status == DosingSession.Status.CANCELLED:
        raise ValidationError(gettext("Vitals cannot be added to a signed or cancelled record."))
    reading = VitalsReading(session=session, **fields)
    reading.full_clean()
    reading.save()
    audit_record(
        actor=acting_user, patient=session.patient, action=AuditEvent.Action.CREATE, obj=reading
    )
    return reading


# The schedule ---------------------------------------------------------------------------


def prompts_schedule(*, session: DosingSession, now=None) -> int:
    """Creates the session's prompts in one insert: a planned session's steps before it
    (intentions), a completed one's window and follow-up. Doing it twice changes nothing:
    a prompt is unique per (session, step, occurrence). A window scheduled late skips what
    has closed and sends what is due together; its assessments keep their distance from
    other windows'; follow-up stops at the next dose (services_schedule)."""
    now = now or timezone.now()
    patient = session.patient
    program = program_for(patient) or program_ensure_default(clinic=patient.clinic)
    # The window keeps this version: later edits to the program leave its prompts alone.
    steps = list(program.steps.all())
    version = program_version_take(program=program, steps=steps)
    pinned = {"program_version": version}
    if session.ended_at and session.window_hours != program.window_hours:
        pinned["window_hours"] = program.window_hours
    if session.program_version_id != version.pk or len(pinned) > 1:
        for name, value in pinned.items():
            setattr(session, name, value)
        DosingSession.objects.filter(pk=session.pk).update(**pinned)
    return prompts_schedule_for(
        session=session, program=program, now=now, steps=steps, version=version
    )


@transaction.atomic
def prompts_reschedule(*, session: DosingSession, now=None, new_end=True) -> int:
    """Moves the window's and follow-up's prompts not yet sent to follow the session's new
    end time (`new_end`), or every phase's after the patient's new time zone or quiet
    hours. Sent and answered prompts stay as they were."""
    now = now or timezone.now()
    if not new_end:
        return prompts_move(session=session, phases=list(StepPhase), now=now, new_time=False)
    phases = (StepPhase.WINDOW, StepPhase.FOLLOW_UP)
    return prompts_move(session=session, phases=phases, now=now)


def prompts_reschedule_for_patient(*, patient: Patient) -> int:
    """Moves every window's prompts not yet sent after the patient's time zone or quiet
    hours changed. Returns how many moved."""
    sessions = DosingSession.objects.filter(
        pk__in=ScheduledPrompt.objects.filter(
            patient=patient, status__in=(Status.SCHEDULED, Status.SUPERSEDED)
        ).values("session_id")
    )
    moved = 0
    for session in sessions:
        session.patient = patient
        moved += prompts_reschedule(session=session, new_end=False)
    if moved:
        prompts_space_assessments(patient=patient)
    return moved


# Dispatch -------------------------------------------------------------------------------


def prompts_claim_due(*, now=None, batch_size=None) -> list[int]:
    """Claims due prompts (queued) and publishes their delivery, a task per batch of
    PROMPT_DELIVERY_BATCH_SIZE, when the claim commits. Rows another dispatcher holds are
    skipped, so two dispatchers never claim one row. Claims whose publish fails go back
    to the schedule at once."""
    now = now or timezone.now()
    batch_size = batch_size or settings.PROMPT_CLAIM_BATCH_SIZE
    with transaction.atomic():
        ids = list(
            ScheduledPrompt.objects.select_for_update(skip_locked=True)
            .filter(status=Status.SCHEDULED, due_at__lte=now, expires_at__gt=now)
            .order_by("due_at", "pk")
            .values_list("pk", flat=True)[:batch_size]
        )
        if ids:
            ScheduledPrompt.objects.filter(pk__in=ids, status=Status.SCHEDULED).update(
                status=Status.QUEUED, queued_at=now
            )
            transaction.on_commit(lambda: dispatch.publish_deliveries(ids))
    return ids


def prompts_dispatch_due(*, now=None, time_budget_seconds=None) -> int:
    """Claims until nothing is due or the budget is spent; a dispatch that runs out of
    time queues the next one at once."""
    budget = time_budget_seconds or settings.PROMPT_DISPATCH_BUDGET_SECONDS
    started = clock.monotonic()
    total = 0
    while True:
        claimed = prompts_claim_due(now=now)
        total += len(claimed)
        if len(claimed) < settings.PROMPT_CLAIM_BATCH_SIZE:
            return total
        if clock.monotonic() - started >= budget:
            dispatch.publish_next_dispatch()
            return total


def prompt_deliver(*, prompt_id: int) -> bool:
    """Delivers one claimed prompt, as a batch of one. Returns False, doing nothing, if
    the prompt is no longer queued (delivered already, cancelled, or gone)."""
    return prompts_deliver(prompt_ids=[prompt_id]) == 1


def prompts_deliver(*, prompt_ids) -> int:
    """Delivers a batch of claimed prompts: queued -> sent by one conditional UPDATE ...
    RETURNING, their inbox items, log and outbox rows in the same transaction, then their
    emails over one SMTP connection. A claim whose session was cancelled since is
    cancelled instead. Should the batch fail on a bad row, the prompts are delivered one
    by one, so that row holds up no other. Returns how many were delivered."""
    try:
        delivered, emails, _, pushed_or_texted = dispatch.deliver_batch(prompt_ids)
    except (OperationalError, InterfaceError):
        raise  # the database is away: the task retries the whole batch
    except Exception:
        if len(prompt_ids) == 1:
            raise
        logger.warning(
            "A batch of %d prompts failed; delivering them one by one",
            len(prompt_ids),
            exc_info=True,
        )
        return _deliver_one_by_one(prompt_ids)
    # As written and committed "sending" by the batch: sent without reading them back.
    emails_send_leased(emails)
    channels_deliver(delivery_ids=pushed_or_texted)
    # After the emails: a failure here must not hold them up (the batch is delivered).
    prompts_summary_refresh(prompt_ids)
    return delivered


def _deliver_one_by_one(prompt_ids) -> int:
    delivered = 0
    for prompt_id in prompt_ids:
        try:
            delivered += prompts_deliver(prompt_ids=[prompt_id])
        except (OperationalError, InterfaceError):
            raise
        except Exception:  # left queued, visible on the dispatch status page
            logger.exception("Prompt %s could not be delivered", prompt_id)
    return delivered


def prompts_requeue_stuck(*, now=None, stuck_after=None) -> list[int]:
    """Publishes again the claims a dead worker left behind (PROMPT_STUCK_AFTER, a few
    times a batch's runtime). The conditional update moves `queued_at`, so two beats
    cannot both requeue a row; delivering a claim twice delivers it once."""
    now = now or timezone.now()
    stuck_after = settings.PROMPT_STUCK_AFTER if stuck_after is None else stuck_after
    with transaction.atomic():
        ids = list(
            ScheduledPrompt.objects.select_for_update(skip_locked=True)
            .filter(status=Status.QUEUED, queued_at__lte=now - stuck_after)
            .order_by("queued_at", "pk")
            .values_list("pk", flat=True)[: settings.PROMPT_CLAIM_BATCH_SIZE * 10]
        )
        if ids:
            ScheduledPrompt.objects.filter(pk__in=ids, status=Status.QUEUED).update(queued_at=now)
            transaction.on_commit(lambda: dispatch.publish_deliveries(ids))
    if ids:
        logger.warning("Requeued %d prompts left queued by a worker", len(ids))
    return ids


def prompts_send_reminders(*, now=None) -> int:
    """One reminder per unanswered prompt, at its `remind_at` (already outside quiet hours)."""
    now = now or timezone.now()
    with transaction.atomic():
        prompts = list(
            ScheduledPrompt.objects.select_for_update(skip_locked=True, of=("self",))
            .select_related("patient__user", "patient__clinic")
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
        reminders = dispatch.Reminders(prompts, now)
        for prompt in prompts:
            key = f"{prompt.dedupe_key}:reminder"
            with translation.override(language_for(prompt.patient.user)):
                subject, body, link = dispatch.prompt_message(prompt, reminder=True)
                title = gettext("Reminder: %(title)s") % {"title": prompt.title}
            notification_send(
                user=prompt.patient.user,
                dedupe_key=key,
                title=title,
                url=reverse("prompt_detail", args=[prompt.pk]),
                patient=prompt.patient,
            )
            reminders.claim(prompt, key=key, subject=subject, body=body)
    emails_deliver(delivery_ids=reminders.emails)
    channels_deliver(delivery_ids=reminders.pushed_or_texted)
    return len(prompts)


def prompts_expire(*, now=None) -> int:
    """Closes prompts past their answer-by time; an expired prompt counts as missed. The
    rows are locked first, so the summaries refreshed are those of the rows expired."""
    now = now or timezone.now()
    expiring = Q(status=Status.SENT) | Q(status=Status.SCHEDULED), Q(expires_at__lte=now)
    with transaction.atomic():
        rows = list(
            ScheduledPrompt.objects.select_for_update(skip_locked=True)
            .filter(*expiring)
            .values_list("pk", "patient_id")
        )
        expired = ScheduledPrompt.objects.filter(*expiring, pk__in=[pk for pk, _ in rows]).update(
            status=Status.EXPIRED
        )
        summary_refresh({patient_id for _, patient_id in rows})
    return expired


# Answers ----------------------------------------------------------------------------------


def prompt_complete(*, acting_user, prompt: ScheduledPrompt, at=None) -> bool:
    """Marks the patient's prompt answered, and its inbox items read: its own and its
    reminder's, and the message it came in with others once none of those is left open.
    An expired prompt stays expired (missed) even when the patient writes to it later.
    Returns whether the prompt changed."""
    if prompt.patient.user_id != acting_user.pk:
        raise PermissionDenied(gettext("Only the patient answers their prompts."))
    changed = bool(
        ScheduledPrompt.objects.filter(pk=prompt.pk, status__in=ScheduledPrompt.PENDING)
        .filter(due_at__lte=at or timezone.now())
        .update(status=Status.ANSWERED, answered_at=at or timezone.now())
    )
    keys = prompt.inbox_keys
    if (
        prompt.digest_key
        and not ScheduledPrompt.objects.filter(
            session_id=prompt.session_id,
            digest_key=prompt.digest_key,
            status__in=ScheduledPrompt.PENDING,
        ).exists()
    ):
        keys.append(prompt.digest_key)
    Notification.objects.filter(user=acting_user, dedupe_key__in=keys, read_at=None).update(
        read_at=timezone.now()
    )
    if changed:
        summary_refresh([prompt.patient_id])
    return changed
