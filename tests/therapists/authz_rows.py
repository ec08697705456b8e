"""Therapy notes and the pre-appointment page, for the whole cast.

Therapy notes are for the clinical staff: the clinic's clinicians and the patient's own
therapist. A coach who sees the patient is told no (403); anyone who may not see the
patient, or the note, gets a 404; the patient reads only what is shared with them, on a
page of their own."""

from datetime import timedelta

from django.utils import timezone

from tests.authz import FORBIDDEN, LOGIN, NOT_FOUND, OK, REDIRECT, Row, expect
from tests.therapists.helpers import (
    NOTE_WORDS,
    PRIVATE_REFLECTION_WORDS,
    REFLECTION_WORDS,
    SHARED_NOTE_WORDS,
    write_reflection,
    write_therapy_note,
)

PATIENTS_FORBIDDEN = {"anonymous": LOGIN, "patient": FORBIDDEN, "other_patient": FORBIDDEN}
# Staff who see the patient but keep no therapy notes.
SEES_PATIENT_ONLY = {"coach": FORBIDDEN, "clinic_admin": FORBIDDEN}
CLINICAL = ("clinician", "therapist")


def _patient_pk(world):
    return {"patient_pk": world.patient.pk}


def _with_note(world):
    write_therapy_note(world.patient)
    return _patient_pk(world)


def _note_pk(world):
    return {"pk": write_therapy_note(world.patient).pk}


def _with_reflections(world):
    write_therapy_note(world.patient, days_ago=10)
    write_reflection(world.patient)
    write_reflection(world.patient, text=PRIVATE_REFLECTION_WORDS, shared=False)
    return _patient_pk(world)


def _with_shared_and_private_notes(world):
    write_therapy_note(world.patient, text=SHARED_NOTE_WORDS, shared=True)
    write_therapy_note(world.patient, text=NOTE_WORDS)
    return {}


def _new_note(world):
    yesterday = timezone.localtime() - timedelta(days=1)
    return {"appointment_at": yesterday.strftime("%Y-%m-%dT%H:%M"), "text": "About sleep."}


ROWS = [
    Row(
        "therapy_note_list",
        expect(NOT_FOUND, **PATIENTS_FORBIDDEN, **SEES_PATIENT_ONLY, clinician=OK, therapist=OK),
        kwargs=_with_note,
    ),
    Row(
        "therapy_note_create",
        expect(NOT_FOUND, **PATIENTS_FORBIDDEN, **SEES_PATIENT_ONLY, clinician=OK, therapist=OK),
        kwargs=_patient_pk,
    ),
    Row(
        "therapy_note_create",
        expect(
            NOT_FOUND,
            **PATIENTS_FORBIDDEN,
            **SEES_PATIENT_ONLY,
            clinician=REDIRECT,
            therapist=REDIRECT,
        ),
        kwargs=_patient_pk,
        method="post",
        data=_new_note,
    ),
    Row(
        "therapy_note_detail",
        expect(NOT_FOUND, **PATIENTS_FORBIDDEN, clinician=OK, therapist=OK),
        kwargs=_note_pk,
        shows=CLINICAL,
        marker=lambda world: NOTE_WORDS,
    ),
    # Only its author (the patient's therapist) edits a note or shares it.
    Row(
        "therapy_note_edit",
        expect(NOT_FOUND, **PATIENTS_FORBIDDEN, therapist=OK),
        kwargs=_note_pk,
    ),
    Row(
        "therapy_note_share",
        expect(NOT_FOUND, **PATIENTS_FORBIDDEN, therapist=REDIRECT),
        kwargs=_note_pk,
        method="post",
        data=lambda world: {"shared": "1"},
    ),
    Row(
        "my_therapy_notes",
        expect(FORBIDDEN, anonymous=LOGIN, patient=OK, other_patient=OK),
        kwargs=_with_shared_and_private_notes,
        shows=("patient",),
        marker=lambda world: SHARED_NOTE_WORDS,
    ),
    Row(
        "my_therapy_notes",
        expect(FORBIDDEN, anonymous=LOGIN, patient=OK, other_patient=OK),
        kwargs=_with_shared_and_private_notes,
        marker=lambda world: NOTE_WORDS,
    ),
    Row(
        "therapy_reflections",
        expect(NOT_FOUND, **PATIENTS_FORBIDDEN, **SEES_PATIENT_ONLY, clinician=OK, therapist=OK),
        kwargs=_with_reflections,
        shows=CLINICAL,
        marker=lambda world: REFLECTION_WORDS,
    ),
    Row(
        "therapy_reflections",
        expect(NOT_FOUND, **PATIENTS_FORBIDDEN, **SEES_PATIENT_ONLY, clinician=OK, therapist=OK),
        kwargs=_with_reflections,
        marker=lambda world: PRIVATE_REFLECTION_WORDS,
    ),
]
