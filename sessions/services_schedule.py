"""The rules that shape a window's schedule beyond its plan, and the writes that apply them.

- A window scheduled after the fact (a session recorded late): a prompt whose answer-by
  time has passed is skipped, never sent and never counted as missed; the prompts already
  due and still open reach the patient together, in one message, not a burst of them.
- Overlapping windows (doses on consecutive days): no two PHQ-9s, nor two GAD-7s, of
  different windows fall closer than the clinic's `assessment_min_gap_days`; the later one
  not yet sent is superseded, and comes back if the earlier one's session is cancelled.
- A cancelled session withdraws its prompts: unsent ones are cancelled, sent ones
  withdrawn, and their inbox items and unsent emails go with them.
"""

from datetime import timedelta

from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from patients.models import Delivery, Notification, Patient
from patients.services import absolute_url

from .models import DosingSession, PromptKind, ScheduledPrompt
from .scheduling import outside_quiet_hours

Status = ScheduledPrompt.Status

# Assessments the patient has been, or is being, asked: later ones are spaced from these.
ASKED = (Status.QUEUED, Status.SENT, Status.ANSWERED, Status.EXPIRED)


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
                    if other.session_id != prompt.session_id
                    and abs(other.due_at - prompt.due_at) < gap
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
    title = f"{count} prompts are waiting for you"
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
    inbox_body = "Your session was recorded after some prompts had come due:\n" + "\n".join(lines)
    return title, inbox_body, title, body, url


def digest_wants_email(patient: Patient, prompts: list[ScheduledPrompt]) -> bool:
    """Email as well, unless the patient chose the app only, overall or for every kind of
    prompt in the message."""
    skipped_kinds = patient.prompt_kinds_without_email or []
    return patient.preferred_channel == Patient.Channel.EMAIL and any(
        prompt.kind not in skipped_kinds for prompt in prompts
    )
