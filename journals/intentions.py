"""Intentions set before a planned session: the patient's answer to the session's
intention prompt, a journal entry shared with the care team unless they keep it private.
The window's reflections quote them back; the clinician reads them on the session page."""

from django.db.models import QuerySet

from patients.audit import audit_record_many
from patients.models import AuditEvent
from patients.selectors import user_is_staff
from sessions.models import DosingSession, PromptKind, StepPhase

from .models import JournalEntry
from .selectors import entry_list_for

# The reflections that quote the intentions back.
QUOTING_KINDS = (PromptKind.JOURNAL, PromptKind.THERAPY)


def _intentions(user, session_id) -> QuerySet[JournalEntry]:
    return (
        entry_list_for(user)
        .filter(session_id=session_id, prompt__kind=PromptKind.INTENTION)
        .order_by("created_at", "pk")
    )


def intentions_for(user, session: DosingSession) -> list[JournalEntry]:
    """The intentions set before `session` that `user` may read: the patient's own, or
    those shared with the care team. A staff read is audited."""
    entries = list(_intentions(user, session.pk))
    if entries and user_is_staff(user):
        audit_record_many(
            actor=user, rows=[(e.patient, e) for e in entries], action=AuditEvent.Action.VIEW
        )
    return entries


def intentions_kept_private(session: DosingSession) -> bool:
    """Whether the patient set intentions for the session and kept them to themselves
    (staff are told that much, never what they say)."""
    return (
        JournalEntry.objects.alive()
        .filter(session=session, prompt__kind=PromptKind.INTENTION, shared_with_care_team=False)
        .exists()
    )


def intentions_to_quote(user, prompt) -> list[str]:
    """For a reflection of the window: the patient's own intentions for its session, in
    their words, to quote back. Empty for other prompts."""
    if prompt.phase != StepPhase.WINDOW or prompt.kind not in QUOTING_KINDS:
        return []
    texts = _intentions(user, prompt.session_id).values_list("text", flat=True)
    return [text.strip() for text in texts if text.strip()]
