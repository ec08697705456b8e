"""The rules that shape a window's schedule beyond its plan, and the writes that apply them.

- A window scheduled after the fact (a session recorded late): a prompt whose answer-by
  time has passed is skipped, never sent and never counted as missed; the prompts already
  due and still open reach the patient together, in one message, not a burst of them.
- Overlapping windows (doses on consecutive days): no two PHQ-9s, nor two GAD-7s, of
  different windows fall closer than the clinic's `assessment_min_gap_days`; the later one
  not yet sent is superseded, and comes back if the earlier one's session is cancelled.
- A cancelled session withdraws its prompts: unsent ones are cancelled, sent ones
  withdrawn, and their inbox items and unsent emails go with them.
- Beyond the window: a planned session gets its program's steps before it (intentions),
  anchored to its scheduled start and closing when it starts; a completed one gets its
  window and the follow-up steps that repeat after it. Follow-up stops at the next dose:
  the unsent follow-up prompts of an earlier session due at or after a later session's
  start are cancelled, and come back if that session is cancelled or moved.
"""

from datetime import timedelta

from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext, ngettext

from patients.languages import language_for
from patients.models import Delivery, Notification, Patient
from patients.services import absolute_url

from .models import DosingSession, IntegrationProgram, PromptKind, ScheduledPrompt, StepPhase
from .scheduling import outside_quiet_hours, prompt_times

Status = ScheduledPrompt.Status

# Follow-up prompts the next dose stops: never sent.
STOPPABLE = (Status.SCHEDULED, Status.SUPERSEDED)
# Assessments the patient has been, or is being, asked: later ones are spaced from these.
ASKED = (Status.QUEUED, Status.SENT, Status.ANSWERED, Status.EXPIRED)


def prompt_times_in_phase(
    *, session: DosingSession, phase: str, offset_hours, expires_after_hours: int
):
    """(due_at, expires_at) of a prompt: after the session's end, or for a step before the
    session, before its scheduled start, closing when it starts. None for a step before
    the session that quiet hours push to its start or later."""
    patient = session.patient
    before = phase == StepPhase.PRE_SESSION
    due_at, expires_at = prompt_times(
        ended_at=session.started_at if before else session.ended_at,
        offset_hours=offset_hours,
        expires_after_hours=expires_after_hours,
        zone=patient.zone,
        quiet_start=patient.quiet_hours_start,
        quiet_end=patient.quiet_hours_end,
    )
    if before:
        expires_at = min(expires_at, session.started_at)
    return due_at, expires_at


def reads_spanish(patient: Patient, steps) -> bool:
    """Whether the patient gets the steps' Spanish texts: they read Spanish and some step
    has one (asked only then, so a plan in one language costs no query)."""
    if not any(step.title_es or step.instructions_es for step in steps):
        return False
    return language_for(patient.user) == "es"


def prompts_build(
    *, session: DosingSession, program: IntegrationProgram, steps=None, version=None
) -> list:
    """The prompts the program gives the session as it stands: a planned session its
    steps before it; a completed one its window and follow-up steps, each follow-up step
    once per repetition. Unsaved; prompts copy what they need from their step, in Spanish
    where the patient reads it and the step has it. `steps` are the program's own unless
    given; `version` is the ProgramVersion they make up, recorded on each prompt. The
    program builder's preview calls this too, with an unsaved session."""
    if session.status == DosingSession.Status.PLANNED:
        phases = (StepPhase.PRE_SESSION,)
    elif session.status == DosingSession.Status.COMPLETED and session.ended_at:
        phases = (StepPhase.WINDOW, StepPhase.FOLLOW_UP)
    else:
        return []
    steps = list(program.steps.all()) if steps is None else steps
    spanish = reads_spanish(session.patient, steps)
    prompts = []
    for step in steps:
        if step.phase not in phases:
            continue
        for occurrence, offset in enumerate(step.occurrence_offsets(program.window_hours), 1):
            due_at, expires_at = prompt_times_in_phase(
                session=session,
                phase=step.phase,
                offset_hours=offset,
                expires_after_hours=step.expires_after_hours,
            )
            if expires_at <= due_at:
                continue
            prompts.append(
                ScheduledPrompt(
                    session=session,
                    patient=session.patient,
                    step=step,
                    phase=step.phase,
                    occurrence=occurrence,
                    kind=step.kind,
                    instrument=step.instrument,
                    title=(spanish and step.title_es) or step.title,
                    instructions=(spanish and step.instructions_es) or step.instructions,
                    program_version=version,
                    offset_hours=offset,
                    expires_after_hours=step.expires_after_hours,
                    reminder_after_hours=step.reminder_after_hours,
                    due_at=due_at,
                    expires_at=expires_at,
                )
            )
    return prompts


def prompts_stop_at_next_dose(*, patient: Patient, now=None) -> int:
    """Follow-up runs until the next dose: a follow-up prompt not yet sent that falls due
    at or after the start of a later session (planned, under way or done) is cancelled,
    since that session brings its own window. One cancelled this way comes back, while
    still answerable, once no later session stands before it (the later one cancelled or
    moved). Rows the dispatcher claimed meanwhile are left alone. Returns how many
    changed."""
    now = now or timezone.now()
    starts = dict(
        DosingSession.objects.filter(patient=patient)
        .exclude(status=DosingSession.Status.CANCELLED)
        .values_list("pk", "started_at")
    )
    rows = ScheduledPrompt.objects.filter(
        patient=patient,
        phase=StepPhase.FOLLOW_UP,
        status__in=(*STOPPABLE, Status.CANCELLED),
        session_id__in=list(starts),
    ).values_list("pk", "session_id", "status", "due_at", "expires_at")
    stop, restore = [], []
    for pk, session_id, status, due_at, expires_at in rows:
        own_start = starts[session_id]
        next_start = min((start for start in starts.values() if start > own_start), default=None)
        stopped = next_start is not None and due_at >= next_start
        if stopped and status in STOPPABLE:
            stop.append(pk)
        elif not stopped and status == Status.CANCELLED and expires_at > now:
            restore.append(pk)
    changed = ScheduledPrompt.objects.filter(pk__in=stop, status__in=STOPPABLE).update(
        status=Status.CANCELLED, superseded_by=None
    )
    changed += ScheduledPrompt.objects.filter(pk__in=restore, status=Status.CANCELLED).update(
        status=Status.SCHEDULED
    )
    if changed:
        # What a stopped one held back, or a restored one now holds back, changes too.
        prompts_space_assessments(patient=patient, now=now)
    return changed


def prompts_schedule_for(
    *, session: DosingSession, program: IntegrationProgram, now, steps=None, version=None
) -> int:
    """Inserts the prompts `prompts_build` gives, in one statement; a prompt is unique per
    (session, step, occurrence), so doing it twice changes nothing. Then spaces the
    patient's assessments and stops follow-up at the next dose. Returns how many were
    new."""
    prompts = prompts_build(session=session, program=program, steps=steps, version=version)
    shape_late_window(prompts, session=session, now=now)
    created = ScheduledPrompt.objects.bulk_create(prompts, ignore_conflicts=True)
    # Stopped first: follow-up the next dose ends must not hold back this window's.
    stopped = prompts_stop_at_next_dose(patient=session.patient, now=now)
    if not stopped and any(prompt.kind == PromptKind.ASSESSMENT for prompt in prompts):
        prompts_space_assessments(patient=session.patient, now=now)
    return len(created)


def prompts_move(*, session: DosingSession, phases, now, new_time=True) -> int:
    """Moves the session's prompts of these phases not yet sent to follow its new start
    or end (`new_time`), or the patient's new time zone or quiet hours. A new time may
    put some of them in the past: those are shaped like a window recorded late. Rows are
    locked, so the dispatcher skips them while they move."""
    unsent = list(
        session.prompts.select_for_update(skip_locked=True).filter(
            status__in=ScheduledPrompt.NOT_SENT, phase__in=phases
        )
    )
    for prompt in unsent:
        prompt.due_at, prompt.expires_at = prompt_times_in_phase(
            session=session,
            phase=prompt.phase,
            offset_hours=prompt.offset_hours,
            expires_after_hours=prompt.expires_after_hours,
        )
    if not new_time:
        ScheduledPrompt.objects.bulk_update(unsent, ["due_at", "expires_at"])
        return len(unsent)
    shape_late_window(unsent, session=session, now=now)
    ScheduledPrompt.objects.bulk_update(
        unsent, ["due_at", "expires_at", "status", "digest_key", "superseded_by"]
    )
    stopped = prompts_stop_at_next_dose(patient=session.patient, now=now)
    if not stopped and any(prompt.kind == PromptKind.ASSESSMENT for prompt in unsent):
        prompts_space_assessments(patient=session.patient, now=now)
    return len(unsent)


def digest_key_for(session: DosingSession, now) -> str:
    # The moment is part of the key: a window moved into the past a second time gets a
    # message of its own rather than one swallowed by the first one's dedupe.
    return f"window:{session.pk}:late:{now:%Y%m%dT%H%M%S}"


def shape_late_window(prompts: list[ScheduledPrompt], *, session: DosingSession, now) -> None:
    """Sets the status of a window's unsent prompts from their times (in memory; the
    caller saves them). Closed already: skipped. Due and open: scheduled for the
    dispatcher, and when more than one is waiting, marked to share one message. A window
    recorded during the patient's quiet hours waits for them to end, like any prompt;
    one that would close before then is skipped too."""
    patient = session.patient
    send_at = outside_quiet_hours(
        now, patient.zone, patient.quiet_hours_start, patient.quiet_hours_end
    )
    waiting = []
    for prompt in prompts:
        prompt.digest_key = ""
        prompt.superseded_by = None
        overdue = prompt.due_at <= now
        if prompt.expires_at <= (send_at if overdue else now):
            prompt.status = Status.SKIPPED
            continue
        prompt.status = Status.SCHEDULED
        if overdue:
            prompt.due_at = max(prompt.due_at, send_at)
            waiting.append(prompt)
    if len(waiting) > 1:
        key = digest_key_for(session, now)
        for prompt in waiting:
            prompt.digest_key = key


def prompts_space_assessments(*, patient: Patient, now=None) -> int:
    """Supersedes each PHQ-9 or GAD-7 not yet sent that falls within the clinic's minimum
    gap of the same instrument in another window, and brings back a superseded one whose
    reason has gone (its session cancelled, or times moved). Prompts already on their way
    to the patient are never touched. Returns how many changed."""
    now = now or timezone.now()
    gap = timedelta(days=patient.clinic.assessment_min_gap_days)
    prompts = list(
        ScheduledPrompt.objects.filter(
            patient=patient,
            kind=PromptKind.ASSESSMENT,
            status__in=(*ASKED, Status.SCHEDULED, Status.SUPERSEDED),
        ).order_by("due_at", "offset_hours", "pk")
    )
    changed = 0
    for instrument in sorted({prompt.instrument for prompt in prompts}):
        same = [prompt for prompt in prompts if prompt.instrument == instrument]
        kept = [prompt for prompt in same if prompt.status in ASKED]
        for prompt in same:
            if prompt.status in ASKED:
                continue
            clash = next(
                (
                    other
                    for other in kept
                    if _spaced_apart(other, prompt) and abs(other.due_at - prompt.due_at) < gap
                ),
                None,
            )
            if clash is not None:
                if prompt.status != Status.SUPERSEDED or prompt.superseded_by_id != clash.pk:
                    changed += _move(prompt, Status.SUPERSEDED, superseded_by=clash)
                continue
            if prompt.status == Status.SUPERSEDED:
                if prompt.expires_at <= now:
                    # It closed while superseded: bringing it back would only make it missed.
                    continue
                changed += _move(prompt, Status.SCHEDULED, superseded_by=None)
            kept.append(prompt)
    return changed


def _spaced_apart(one: ScheduledPrompt, other: ScheduledPrompt) -> bool:
    """Whether the minimum gap applies between two assessments: across windows, and
    within one for follow-up ones (a window's own plan may ask twice close together)."""
    if one.pk == other.pk:
        return False
    follow_up = StepPhase.FOLLOW_UP in (one.phase, other.phase)
    return one.session_id != other.session_id or follow_up


def _move(prompt: ScheduledPrompt, status: str, *, superseded_by) -> int:
    """A conditional update: a row the dispatcher claimed meanwhile is left alone."""
    updated = ScheduledPrompt.objects.filter(pk=prompt.pk, status=prompt.status).update(
        status=status, superseded_by=superseded_by
    )
    if updated:
        prompt.status, prompt.superseded_by = status, superseded_by
    return updated


def prompts_withdraw(*, session: DosingSession) -> list[int]:
    """Takes back a cancelled session's window: claimed and unsent prompts are cancelled,
    sent and unanswered ones withdrawn, with their inbox items removed and their unsent
    emails called off. Answered and expired ones stay as they were. Returns the ids of the
    withdrawn prompts."""
    prompts = session.prompts.all()
    prompts.filter(status__in=(*ScheduledPrompt.NOT_SENT, Status.QUEUED)).update(
        status=Status.CANCELLED, superseded_by=None
    )
    withdrawn = list(prompts.filter(status=Status.SENT).values_list("pk", flat=True))
    prompts.filter(pk__in=withdrawn, status=Status.SENT).update(status=Status.WITHDRAWN)
    keys = [f"prompt:{pk}{suffix}" for pk in withdrawn for suffix in ("", ":reminder")]
    digest = Q(dedupe_key__startswith=f"window:{session.pk}:late:")
    user_id = session.patient.user_id
    Notification.objects.filter(Q(dedupe_key__in=keys) | digest, user_id=user_id).delete()
    Delivery.objects.filter(
        Q(dedupe_key__in=keys) | digest,
        user_id=user_id,
        channel=Delivery.Channel.EMAIL,
        outcome=Delivery.Outcome.PENDING,
    ).update(outcome=Delivery.Outcome.FAILED, detail="Not sent: the session was cancelled.")
    return withdrawn


def digest_message(prompts: list[ScheduledPrompt], *, patient: Patient):
    """(title, inbox body, email subject, email body, url) of the one message that brings
    a late window's open prompts."""
    count = len(prompts)
    title = ngettext(
        "%(count)s prompt is waiting for you", "%(count)s prompts are waiting for you", count
    ) % {"count": count}
    url = reverse("prompt_inbox")
    lines = [f"- {prompt.title}" for prompt in prompts]
    body = render_to_string(
        "sessions/email/late_prompts.txt",
        {
            "prompts": [
                (prompt, absolute_url(reverse("prompt_detail", args=[prompt.pk])))
                for prompt in prompts
            ],
            "link": absolute_url(url),
            "patient": patient,
        },
    )
    inbox_body = gettext("Your session was recorded after some prompts had come due:")
    inbox_body += "\n" + "\n".join(lines)
    return title, inbox_body, title, body, url


def digest_wants_email(patient: Patient, prompts: list[ScheduledPrompt]) -> bool:
    """Email as well, unless the patient chose the app only, overall or for every kind of
    prompt in the message."""
    skipped_kinds = patient.prompt_kinds_without_email or []
    return patient.preferred_channel == Patient.Channel.EMAIL and any(
        prompt.kind not in skipped_kinds for prompt in prompts
    )
