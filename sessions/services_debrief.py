"""Debrief notes: a care-team member writes one on a dosing session; every version is
kept as a revision; the patient reads a note once its author shows it to them."""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Max
from django.urls import reverse
from django.utils import dateformat, timezone, translation
from django.utils.translation import gettext

from patients.audit import audit_record
from patients.languages import language_for
from patients.models import AuditEvent
from patients.selectors import is_on_care_team
from patients.services import notification_send

from .models import DebriefNote, DebriefNoteRevision, DosingSession
from .selectors import can_write_debrief_notes


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
    with translation.override(language_for(note.patient.user)):
        title = gettext("A note from your care team")
        body = gettext("%(author)s wrote about your session of %(day)s.") % {
            "author": note.author.display_name,
            "day": dateformat.format(day, gettext("F j")),
        }
    notification_send(
        user=note.patient.user,
        dedupe_key=f"debrief:{note.pk}",
        title=title,
        body=body,
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
        raise PermissionDenied(gettext("Only the patient's care team writes debrief notes."))
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
        raise PermissionDenied(gettext("Only the note's author changes it."))
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
