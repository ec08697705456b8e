"""Therapy notes: the patient's therapist, or a clinician of the clinic, writes one after an
appointment; it stays with the clinical staff until its author shares it with the patient,
and can be taken back. Every write is audited."""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.urls import reverse
from django.utils import dateformat, timezone, translation
from django.utils.translation import gettext

from patients.audit import audit_record
from patients.languages import language_for
from patients.models import AuditEvent, Patient
from patients.services import notification_send

from .models_therapy import TherapyNote
from .selectors import can_keep_therapy_notes


def _note_tell_patient(note: TherapyNote) -> None:
    """An inbox item the first time a note is shared; never its text, which the patient
    reads on their page once logged in."""
    day = timezone.localtime(note.appointment_at, note.patient.zone)
    with translation.override(language_for(note.patient.user)):
        title = gettext("A note from your therapy session")
        body = gettext("%(author)s shared a note on your session of %(day)s.") % {
            "author": note.author.display_name,
            "day": dateformat.format(day, gettext("F j")),
        }
    notification_send(
        user=note.patient.user,
        dedupe_key=f"therapy-note:{note.pk}",
        title=title,
        body=body,
        url=reverse("my_therapy_notes"),
        patient=note.patient,
    )


@transaction.atomic
def therapy_note_create(
    *, acting_user, patient: Patient, appointment_at, text: str, shared_with_patient=False
) -> TherapyNote:
    if not can_keep_therapy_notes(acting_user, patient):
        raise PermissionDenied(
            gettext("Only the patient's therapist and clinicians keep therapy notes.")
        )
    note = TherapyNote(
        patient=patient,
        author=acting_user,
        appointment_at=appointment_at,
        text=text,
        shared_with_patient=bool(shared_with_patient),
        shared_at=timezone.now() if shared_with_patient else None,
    )
    note.full_clean()
    note.save()
    audit_record(actor=acting_user, patient=patient, action=AuditEvent.Action.CREATE, obj=note)
    if note.shared_with_patient:
        _note_tell_patient(note)
    return note


@transaction.atomic
def therapy_note_update(*, acting_user, note: TherapyNote, **changes) -> TherapyNote:
    """Its author changes the appointment time, the text, or whether the patient may read
    it. A call that changes nothing writes nothing."""
    note = (
        TherapyNote.objects.select_for_update(of=("self",))
        .select_related("patient__user", "patient__clinic", "author")
        .get(pk=note.pk)
    )
    if note.author_id != acting_user.pk or not can_keep_therapy_notes(acting_user, note.patient):
        raise PermissionDenied(gettext("Only the note's author changes it."))
    changed = {
        field: value
        for field, value in changes.items()
        if field in ("appointment_at", "text", "shared_with_patient")
        and value is not None
        and value != getattr(note, field)
    }
    if not changed:
        return note
    for field, value in changed.items():
        setattr(note, field, value)
    note.full_clean()
    newly_shared = changed.get("shared_with_patient") is True
    if "shared_with_patient" in changed:
        note.shared_at = timezone.now() if note.shared_with_patient else None
    note.save()
    audit_record(actor=acting_user, patient=note.patient, action=AuditEvent.Action.UPDATE, obj=note)
    if newly_shared:
        _note_tell_patient(note)
    return note
