"""Every write about journals: entries and their sharing, drafts, answers to prompts,
assessments, comments and the integration plan.

Safety: an entry the crisis screen flags, or a PHQ-9 with item 9 above 0, raises the
alert inside the transaction that saves it, so the alert, the care team's inbox items and
their emails (in the outbox) commit with the answer or not at all.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import number_format
from django.utils.translation import gettext

from patients.audit import audit_record
from patients.languages import language_for
from patients.models import AuditEvent, Patient, SafetyAlert
from patients.selectors import patient_profile_of, user_is_staff
from patients.services import alert_raise, notification_send
from patients.summary import summary_refresh
from sessions.models import DosingSession, Instrument, PromptKind, ScheduledPrompt
from sessions.services import prompt_complete

from . import crisis, followup_signals, scoring
from .models import (
    IDEMPOTENCY_KEY_MAX_CHARS,
    Assessment,
    Commitment,
    EntryComment,
    JournalDraft,
    JournalEntry,
)
from .selectors import can_comment, open_window_session_for, restore_period
from .services_attachments import attachment_files_of, files_delete_on_commit

Status = ScheduledPrompt.Status
Kind = JournalEntry.Kind

DRAFT_MAX_CHARS = 200_000
COMMENT_MAX_CHARS = 5_000
ENTRY_FIELDS = {
    "title",
    "text",
    "mood",
    "feelings",
    "practice_minutes",
    "next_therapy_at",
}
# What each kind of prompt is answered with; anything else is not part of the answer.
ANSWER_FIELDS = {
    PromptKind.CHECK_IN: {"mood"},
    PromptKind.JOURNAL: {"title", "text", "mood", "feelings", "share", "commitment_progress"},
    PromptKind.MINDFULNESS: {"practice_minutes", "text", "mood", "share"},
    PromptKind.THERAPY: {"text", "next_therapy_at", "share"},
    PromptKind.ASSESSMENT: {"item_scores"},
    # The drawings, photos and voice notes come with it (services_attachments).
    PromptKind.CREATIVE: {"title", "text", "mood", "share"},
    PromptKind.INTENTION: {"text", "share"},
}
ENTRY_KIND_FOR_PROMPT = {
    PromptKind.CHECK_IN: Kind.CHECK_IN,
    PromptKind.JOURNAL: Kind.JOURNAL,
    PromptKind.MINDFULNESS: Kind.MINDFULNESS,
    PromptKind.THERAPY: Kind.THERAPY,
    PromptKind.CREATIVE: Kind.CREATIVE,
    # A guided entry; its prompt's kind says it holds intentions.
    PromptKind.INTENTION: Kind.JOURNAL,
}


def _own_patient(acting_user) -> Patient:
    patient = patient_profile_of(acting_user)
    if patient is None:
        raise PermissionDenied(gettext("Only patients write journal entries."))
    return patient


def _require_owner(acting_user, entry: JournalEntry):
    if entry.patient.user_id != acting_user.pk:
        raise PermissionDenied(gettext("Only the patient changes their journal."))


def _screen(entry: JournalEntry, *, was_flagged: bool) -> None:
    """Runs the crisis screen on what the entry now says and raises one alert the first
    time it flags. Called inside the transaction that saves the entry."""
    if was_flagged or not crisis.screen(entry.title, entry.text):
        return
    JournalEntry.objects.filter(pk=entry.pk).update(flagged=True)
    entry.flagged = True
    alert_raise(
        patient=entry.patient,
        kind=SafetyAlert.Kind.JOURNAL_FLAG,
        source=entry,
        source_private=not entry.shared_with_care_team,
    )


def _made_with(queryset, key: str, *, owner: dict, same: dict):
    """The row an earlier submission with this idempotency key made, marked `replayed`,
    or None. A key that made something else (another prompt's answer, a comment under
    another entry) is refused: the client reused it by mistake."""
    if not key:
        return None
    if len(key) > IDEMPOTENCY_KEY_MAX_CHARS:
        raise ValidationError(
            {
                "idempotency_key": gettext("A key has up to %(most)s characters.")
                % {"most": IDEMPOTENCY_KEY_MAX_CHARS}
            }
        )
    row = queryset.filter(**owner, idempotency_key=key).first()
    if row is None:
        return None
    if any(getattr(row, name) != value for name, value in same.items()):
        raise ValidationError(
            {"idempotency_key": gettext("This key was used for something else; send a new key.")}
        )
    row.replayed = True
    return row


def _save_once(row, key: str, find_again):
    """Saves a new row under its idempotency key. Of two submissions racing with one key,
    the second finds the first's row once the first commits, and returns that."""
    row.idempotency_key = key
    row.replayed = False
    if not key:
        row.save()
        return row
    try:
        with transaction.atomic():
            row.save()
    except IntegrityError:
        again = find_again()
        if again is None:
            raise
        return again
    return row


def _notify_care_team_of_share(entry: JournalEntry) -> None:
    """An in-app note to the patient's clinician, coach and therapist; it names the
    patient, never what the entry says."""
    patient = entry.patient
    therapist = patient.care_therapist if patient.care_therapist_id else None
    for person in {patient.care_clinician, patient.care_coach, therapist} - {None}:
        with translation.override(language_for(person)):
            title = gettext("%(patient)s shared a journal entry") % {"patient": patient}
        notification_send(
            user=person,
            dedupe_key=f"entry-shared:{entry.pk}",
            title=title,
            url=reverse("staff_entry_detail", args=[entry.pk]),
            patient=patient,
        )


def _share(entry: JournalEntry, now) -> None:
    entry.shared_with_care_team = True
    entry.shared_at = now
    JournalEntry.objects.filter(pk=entry.pk).update(shared_with_care_team=True, shared_at=now)
    _notify_care_team_of_share(entry)


# Entries ----------------------------------------------------------------------------------


@transaction.atomic
def entry_create(
    *,
    acting_user,
    kind: str = Kind.FREE,
    share: bool = False,
    prompt: ScheduledPrompt | None = None,
    draft_key: str = "",
    idempotency_key: str = "",
    now=None,
    **fields,
) -> JournalEntry:
    """Saves an entry, private unless `share`. It belongs to the prompt's window, or to
    the window open now. Its draft is discarded. A flagged entry has `flagged` set and
    the care team alerted before this returns.

    Sent again with the same `idempotency_key` (a double submit, a retry), it returns
    the entry the first one made, with `replayed` set, and changes nothing."""
    patient = _own_patient(acting_user)
    unknown = set(fields) - ENTRY_FIELDS
    if unknown:
        raise TypeError(f"Unknown entry fields: {sorted(unknown)}")

    def made_already():
        return _made_with(
            JournalEntry.objects.select_related("patient"),
            idempotency_key,
            owner={"patient": patient},
            same={"prompt_id": prompt.pk if prompt else None},
        )

    replayed = made_already()
    if replayed is not None:
        return replayed
    now = now or timezone.now()
    fields = {name: value for name, value in fields.items() if value is not None}
    fields["feelings"] = list(fields.get("feelings") or [])
    session = prompt.session if prompt else open_window_session_for(patient, now=now)
    entry = JournalEntry(
        patient=patient, session=session, prompt=prompt, kind=kind, created_at=now, **fields
    )
    entry.full_clean(exclude=["patient", "session", "prompt"])
    entry = _save_once(entry, idempotency_key, made_already)
    if entry.replayed:
        return entry
    if share:
        _share(entry, now)
        if entry.mood is not None:
            summary_refresh([patient.pk])
    _screen(entry, was_flagged=False)
    if entry.mood is not None:
        followup_signals.signals_after_mood(patient, now)
    if draft_key:
        JournalDraft.objects.filter(patient=patient, key=draft_key).delete()
    return entry


@transaction.atomic
def entry_update(*, acting_user, entry: JournalEntry, draft_key: str = "", **changes):
    """Changes the patient's own entry. New words are screened again; an entry flagged
    once does not alert twice."""
    _require_owner(acting_user, entry)
    unknown = set(changes) - ENTRY_FIELDS
    if unknown:
        raise TypeError(f"Unknown entry fields: {sorted(unknown)}")
    entry = JournalEntry.objects.select_for_update().select_related("patient").get(pk=entry.pk)
    if entry.deleted_at is not None:
        raise ValidationError(gettext("Restore this entry before changing it."))
    for field, value in changes.items():
        setattr(entry, field, list(value or []) if field == "feelings" else value)
    entry.full_clean(exclude=["patient", "session", "prompt"])
    entry.save()
    if entry.shared_with_care_team:
        summary_refresh([entry.patient_id])
    _screen(entry, was_flagged=entry.flagged)
    if "mood" in changes and entry.mood is not None:
        followup_signals.signals_after_mood(entry.patient, timezone.now())
    if draft_key:
        JournalDraft.objects.filter(patient=entry.patient, key=draft_key).delete()
    return entry


@transaction.atomic
def entry_share(*, acting_user, entry: JournalEntry) -> JournalEntry:
    _require_owner(acting_user, entry)
    if not entry.shared_with_care_team:
        _share(entry, timezone.now())
        summary_refresh([entry.patient_id])
    return entry


@transaction.atomic
def entry_unshare(*, acting_user, entry: JournalEntry) -> JournalEntry:
    """Takes the entry back: from this moment no one on the care team can read it."""
    _require_owner(acting_user, entry)
    JournalEntry.objects.filter(pk=entry.pk).update(shared_with_care_team=False, shared_at=None)
    entry.shared_with_care_team = False
    entry.shared_at = None
    summary_refresh([entry.patient_id])
    return entry


@transaction.atomic
def entry_delete(*, acting_user, entry: JournalEntry) -> JournalEntry:
    """Moves the entry to "recently deleted": hidden everywhere, restorable for 30 days."""
    _require_owner(acting_user, entry)
    entry.deleted_at = timezone.now()
    JournalEntry.objects.filter(pk=entry.pk).update(deleted_at=entry.deleted_at)
    summary_refresh([entry.patient_id])
    return entry


@transaction.atomic
def entry_restore(*, acting_user, entry: JournalEntry, now=None) -> JournalEntry:
    _require_owner(acting_user, entry)
    now = now or timezone.now()
    if entry.deleted_at is None:
        return entry
    if entry.deleted_at <= now - restore_period():
        raise ValidationError(
            gettext("Entries can be restored for 30 days after they are deleted.")
        )
    JournalEntry.objects.filter(pk=entry.pk).update(deleted_at=None)
    entry.deleted_at = None
    summary_refresh([entry.patient_id])
    return entry


@transaction.atomic
def entries_purge_deleted(*, now=None) -> int:
    """Deletes for good the entries deleted more than 30 days ago, with their comments
    and attachments; the attachments' files go once that commits."""
    now = now or timezone.now()
    doomed = JournalEntry.objects.filter(deleted_at__lte=now - restore_period())
    names = attachment_files_of(doomed)
    deleted, by_model = doomed.delete()
    files_delete_on_commit(names)
    return by_model.get(JournalEntry._meta.label, 0)


# Drafts -----------------------------------------------------------------------------------


def draft_save(*, acting_user, key: str, text: str, mood: int | None = None) -> JournalDraft:
    patient = _own_patient(acting_user)
    if len(text) > DRAFT_MAX_CHARS:
        raise ValidationError(
            {
                "text": gettext("A draft can be up to %(most)s characters.")
                % {"most": number_format(DRAFT_MAX_CHARS, force_grouping=True)}
            }
        )
    if mood is not None and not 1 <= mood <= 10:
        raise ValidationError({"mood": gettext("Choose a mood from 1 to 10.")})
    draft, _ = JournalDraft.objects.update_or_create(
        patient=patient, key=key, defaults={"text": text, "mood": mood}
    )
    return draft


# Answers to prompts -----------------------------------------------------------------------


def prompt_draft_key(prompt: ScheduledPrompt) -> str:
    return f"prompt-{prompt.pk}"


def prompt_open_problem(prompt: ScheduledPrompt, now=None) -> str:
    """Why the prompt cannot be answered now, or "" when it can. An expired prompt can
    still be written to; it stays expired, which counts as missed."""
    now = now or timezone.now()
    if prompt.status == Status.ANSWERED:
        return gettext("You have answered this prompt already.")
    if prompt.status == Status.CANCELLED:
        return gettext("This prompt was cancelled.")
    if prompt.due_at > now:
        return gettext("This prompt is not open yet.")
    return ""


@transaction.atomic
def prompt_answer(
    *, acting_user, prompt: ScheduledPrompt, idempotency_key: str = "", now=None, **answer
):
    """Answers a prompt: saves the entry or assessment, marks the prompt answered (an
    expired prompt stays expired) and, for a journal prompt, records how each of the
    window's commitments is going. Returns the entry or the assessment.

    The same answer sent again with its `idempotency_key` returns the first one's entry
    or assessment, `replayed`; the prompt's lock makes a racing second wait for it."""
    now = now or timezone.now()
    prompt = ScheduledPrompt.objects.select_for_update().select_related("session").get(pk=prompt.pk)
    if prompt.patient.user_id != acting_user.pk:
        raise PermissionDenied(gettext("Only the patient answers their prompts."))
    model = Assessment if prompt.kind == PromptKind.ASSESSMENT else JournalEntry
    replayed = _made_with(
        model.objects.select_related("patient"),
        idempotency_key,
        owner={"patient": prompt.patient},
        same={"prompt_id": prompt.pk},
    )
    if replayed is not None:
        return replayed
    problem = prompt_open_problem(prompt, now) or (
        gettext("You have answered this prompt already.")
        if prompt.journal_entries.exists() or prompt.assessments.exists()
        else ""
    )
    if problem:
        raise ValidationError(problem)
    unknown = set(answer) - ANSWER_FIELDS[prompt.kind]
    if unknown:
        raise TypeError(f"A {prompt.kind} prompt is not answered with {sorted(unknown)}")
    if prompt.kind == PromptKind.ASSESSMENT:
        result = assessment_create(
            acting_user=acting_user,
            instrument=prompt.instrument,
            item_scores=answer.get("item_scores"),
            prompt=prompt,
            idempotency_key=idempotency_key,
            now=now,
        )
    else:
        progress = answer.pop("commitment_progress", None) or {}
        result = entry_create(
            acting_user=acting_user,
            kind=ENTRY_KIND_FOR_PROMPT[prompt.kind],
            prompt=prompt,
            draft_key=prompt_draft_key(prompt),
            idempotency_key=idempotency_key,
            now=now,
            **answer,
        )
        for commitment in Commitment.objects.filter(
            patient=prompt.patient, session=prompt.session, pk__in=list(progress)
        ):
            _set_progress(commitment, progress[commitment.pk])
    prompt_complete(acting_user=acting_user, prompt=prompt, at=now)
    return result


# Assessments ------------------------------------------------------------------------------


@transaction.atomic
def assessment_create(
    *,
    acting_user,
    instrument: str,
    item_scores,
    prompt: ScheduledPrompt | None = None,
    idempotency_key: str = "",
    now=None,
) -> Assessment:
    """Scores and stores a PHQ-9 or GAD-7, item by item. PHQ-9 item 9 above 0 alerts the
    care team in this transaction; an assessment is a clinical record the clinicians
    read, so the alert is not marked private. Sent again with the same
    `idempotency_key`, it returns the first one's assessment, `replayed`."""
    patient = _own_patient(acting_user)

    def made_already():
        return _made_with(
            Assessment.objects.select_related("patient"),
            idempotency_key,
            owner={"patient": patient},
            same={"prompt_id": prompt.pk if prompt else None, "instrument": instrument},
        )

    replayed = made_already()
    if replayed is not None:
        return replayed
    now = now or timezone.now()
    result = scoring.score(instrument, item_scores)
    session = prompt.session if prompt else open_window_session_for(patient, now=now)
    assessment = Assessment(
        patient=patient,
        instrument=instrument,
        prompt=prompt,
        session=session,
        item_scores=list(item_scores),
        total=result.total,
        band=result.band,
        created_at=now,
    )
    assessment = _save_once(assessment, idempotency_key, made_already)
    if assessment.replayed:
        return assessment
    if assessment.shows_self_harm_thoughts:
        alert_raise(
            patient=patient,
            kind=SafetyAlert.Kind.PHQ9_ITEM9,
            source=assessment,
            source_private=False,
        )
    if instrument == Instrument.PHQ9:
        summary_refresh([patient.pk])
    followup_signals.signals_after_assessment(assessment)
    return assessment


# Comments ---------------------------------------------------------------------------------


@transaction.atomic
def comment_create(
    *, acting_user, entry: JournalEntry, text: str, idempotency_key: str = ""
) -> EntryComment:
    """A care-team comment under a shared entry (audited), or the patient's reply. The
    patient hears of a care-team comment in their inbox. Sent again with the same
    `idempotency_key`, it returns the first one's comment, `replayed`."""
    if not can_comment(acting_user, entry):
        raise PermissionDenied(gettext("Only the care team comments, and only on shared entries."))

    def made_already():
        return _made_with(
            EntryComment.objects.select_related("author"),
            idempotency_key,
            owner={"author": acting_user},
            same={"entry_id": entry.pk},
        )

    replayed = made_already()
    if replayed is not None:
        return replayed
    text = (text or "").strip()
    if not text:
        raise ValidationError({"text": gettext("Write the comment before sending it.")})
    if len(text) > COMMENT_MAX_CHARS:
        raise ValidationError(
            {
                "text": gettext("Comments can be up to %(most)s characters.")
                % {"most": number_format(COMMENT_MAX_CHARS, force_grouping=True)}
            }
        )
    comment = EntryComment(entry=entry, author=acting_user, text=text)
    # The key's uniqueness is _save_once's to settle: a repeat is a replay, not an error.
    comment.full_clean(exclude=["idempotency_key"])
    comment = _save_once(comment, idempotency_key, made_already)
    if comment.replayed:
        return comment
    if user_is_staff(acting_user):
        audit_record(
            actor=acting_user, patient=entry.patient, action=AuditEvent.Action.CREATE, obj=comment
        )
        with translation.override(language_for(entry.patient.user)):
            title = gettext("%(author)s commented on your journal entry") % {
                "author": acting_user.display_name
            }
        notification_send(
            user=entry.patient.user,
            dedupe_key=f"entry-comment:{comment.pk}",
            title=title,
            url=reverse("entry_detail", args=[entry.pk]),
            patient=entry.patient,
        )
    return comment


# The integration plan ---------------------------------------------------------------------


@transaction.atomic
def commitment_add(*, acting_user, session: DosingSession, text: str) -> Commitment:
    """One of up to three things the patient will do differently after this session."""
    patient = _own_patient(acting_user)
    if session.patient_id != patient.pk:
        raise PermissionDenied(gettext("This is not your session."))
    if session.status != DosingSession.Status.COMPLETED:
        raise ValidationError(gettext("You can write your plan once the session has ended."))
    # Lock the session row so two tabs cannot both add a third commitment.
    DosingSession.objects.select_for_update().filter(pk=session.pk).first()
    if Commitment.objects.filter(session=session).count() >= Commitment.MAX_PER_SESSION:
        raise ValidationError(
            gettext(
                "You have %(most)s commitments for this window already, the most a plan holds. "
                "Change or remove one to add another."
            )
            % {"most": Commitment.MAX_PER_SESSION}
        )
    commitment = Commitment(patient=patient, session=session, text=(text or "").strip())
    if not commitment.text:
        raise ValidationError({"text": gettext("Write what you will do differently.")})
    commitment.full_clean()
    commitment.save()
    return commitment


def _set_progress(commitment: Commitment, progress: str) -> None:
    if progress not in Commitment.Progress.values:
        raise ValidationError({"progress": gettext("Choose not started, some progress or done.")})
    if commitment.progress != progress:
        commitment.progress = progress
        commitment.save(update_fields=["progress", "updated_at"])


@transaction.atomic
def commitment_set_progress(*, acting_user, commitment: Commitment, progress: str) -> Commitment:
    if commitment.patient.user_id != acting_user.pk:
        raise PermissionDenied(gettext("Only the patient marks their progress."))
    _set_progress(commitment, progress)
    return commitment


@transaction.atomic
def commitment_delete(*, acting_user, commitment: Commitment) -> None:
    if commitment.patient.user_id != acting_user.pk:
        raise PermissionDenied(gettext("Only the patient changes their plan."))
    commitment.delete()
