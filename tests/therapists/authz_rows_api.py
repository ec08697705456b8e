"""The therapy notes API for the whole cast: the clinical staff (the clinic's clinicians,
the patient's therapist) read and write; the patient reads what is shared with them;
coaches and clinic admins see none."""

from datetime import timedelta

from django.utils import timezone

from tests.authz import FORBIDDEN, NOT_FOUND, OK, UNAUTHORIZED, Row, expect
from tests.therapists.helpers import NOTE_WORDS, SHARED_NOTE_WORDS, write_therapy_note

CREATED = 201


def _with_shared_and_private_notes(world):
    write_therapy_note(world.patient, text=SHARED_NOTE_WORDS, shared=True)
    write_therapy_note(world.patient, text=NOTE_WORDS)
    return {}


def _note_pk(world):
    return {"pk": write_therapy_note(world.patient).pk}


def _new_note(world):
    return {
        "patient": world.patient.pk,
        "appointment_at": (timezone.now() - timedelta(days=1)).isoformat(),
        "text": "We talked about sleep.",
    }


ROWS = [
    Row(
        "therapy-note-list",
        expect(OK, anonymous=UNAUTHORIZED),
        kwargs=_with_shared_and_private_notes,
        shows=("patient", "clinician", "therapist"),
        marker=lambda world: SHARED_NOTE_WORDS,
    ),
    Row(
        "therapy-note-list",
        expect(OK, anonymous=UNAUTHORIZED),
        kwargs=_with_shared_and_private_notes,
        shows=("clinician", "therapist"),
        marker=lambda world: NOTE_WORDS,
    ),
    # A patient, a coach and a clinic admin who see the patient are refused; anyone who
    # may not see the patient is told there is no such patient.
    Row(
        "therapy-note-list",
        expect(
            NOT_FOUND,
            anonymous=UNAUTHORIZED,
            patient=FORBIDDEN,
            coach=FORBIDDEN,
            clinic_admin=FORBIDDEN,
            clinician=CREATED,
            therapist=CREATED,
        ),
        method="post",
        data=_new_note,
    ),
    Row(
        "therapy-note-detail",
        expect(NOT_FOUND, anonymous=UNAUTHORIZED, clinician=OK, therapist=OK),
        kwargs=_note_pk,
        shows=("clinician", "therapist"),
        marker=lambda world: NOTE_WORDS,
    ),
    # Only its author edits; an empty edit changes nothing.
    Row(
        "therapy-note-detail",
        expect(NOT_FOUND, anonymous=UNAUTHORIZED, therapist=OK),
        kwargs=_note_pk,
        method="patch",
    ),
]
