"""The care team's pages, for the whole cast.

Markers prove what each role sees: a coach sees dates, windows, shared entries and notes,
never a dose, a lot number or an assessment (Harbor Clinic keeps assessments from
coaches); a private entry's words reach no one but the patient; clinic admins keep the
roster and see no care at all."""

from tests.authz import FORBIDDEN, LOGIN, NOT_FOUND, OK, REDIRECT, Row, expect
from tests.care_team.helpers import make_entry, make_phq9, raise_alert, write_note
from tests.sessions.helpers import record_session

PATIENTS_FORBIDDEN = {"anonymous": LOGIN, "patient": FORBIDDEN, "other_patient": FORBIDDEN}
CARE_TEAM = ("coach", "clinician")

LOT = "LOT-CARE-5512"
SHARED_WORDS = "The lake was bright and I felt light."
PRIVATE_WORDS = "Something I keep for myself only."
NOTE_WORDS = "Talked through the image of the open door."
HIDDEN_NOTE_WORDS = "Watch for low sleep this week."
PHQ9_BAND = "moderately severe"


def _last_name(world):
    return world.patient.user.last_name


def _patient_pk(world):
    return {"pk": world.patient.pk}


def _with_dose(world):
    record_session(world, lot_number=LOT)
    return {"pk": world.patient.pk}


def _with_entries(world):
    record_session(world)
    make_entry(world.patient, text=SHARED_WORDS, mood=7, shared=True)
    make_entry(world.patient, text=PRIVATE_WORDS, mood=2, shared=False)
    return {"pk": world.patient.pk}


def _with_entries_for_list(world):
    _with_entries(world)
    return {}


def _with_phq9(world):
    make_phq9(world.patient, 17)
    return {"pk": world.patient.pk}


def _with_phq9_for_list(world):
    _with_phq9(world)
    return {}


def _with_notes(world):
    session = record_session(world)
    write_note(session, text=NOTE_WORDS, visible=True)
    write_note(session, text=HIDDEN_NOTE_WORDS, visible=False)
    return {"pk": world.patient.pk}


def _with_notes_for_list(world):
    _with_notes(world)
    return {}


def _alert_pk(world):
    return {"pk": raise_alert(world.patient).pk}


def _with_alert(world):
    raise_alert(world.patient)
    return {}


def _session_pk(world):
    return {"session_pk": record_session(world).pk}


def _note_pk(world):
    return {"pk": write_note(record_session(world), text=NOTE_WORDS).pk}


def _resolution(world):
    return {"resolution_note": "Called her; she is safe and sees her therapist tomorrow."}


def _note_form(world):
    return {"text": "A new note.", "visible_to_patient": ""}


ROWS = [
    # The dashboard: clinicians see the clinic's patients, a coach their care team.
    Row(
        "staff_dashboard",
        expect(OK, **PATIENTS_FORBIDDEN, clinic_admin=FORBIDDEN),
        shows=CARE_TEAM,
        marker=_last_name,
    ),
    Row(
        "staff_dashboard",
        expect(OK, **PATIENTS_FORBIDDEN, clinic_admin=FORBIDDEN),
        kwargs=_with_phq9_for_list,
        shows=("clinician", "therapist"),
        marker=lambda world: PHQ9_BAND,
    ),
    Row(
        "staff_dashboard",
        expect(OK, **PATIENTS_FORBIDDEN, clinic_admin=FORBIDDEN),
        kwargs=_with_entries_for_list,
        marker=lambda world: PRIVATE_WORDS,
    ),
    # The coach's workspace: their care team's shared entries, never a private one.
    Row(
        "coach_workspace",
        expect(FORBIDDEN, anonymous=LOGIN, coach=OK, other_coach=OK, therapist=FORBIDDEN),
        kwargs=_with_entries_for_list,
        shows=("coach",),
        marker=lambda world: SHARED_WORDS,
    ),
    Row(
        "coach_workspace",
        expect(FORBIDDEN, anonymous=LOGIN, coach=OK, other_coach=OK, therapist=FORBIDDEN),
        kwargs=_with_entries_for_list,
        marker=lambda world: PRIVATE_WORDS,
    ),
    # The overview: figures that name no one, for clinicians and clinic admins.
    Row(
        "staff_overview",
        expect(
            FORBIDDEN,
            anonymous=LOGIN,
            clinician=OK,
            other_clinician=OK,
            clinic_admin=OK,
            other_therapist=FORBIDDEN,
        ),
        kwargs=_with_phq9_for_list,
        marker=_last_name,
    ),
    # The staff view of one patient, section by section.
    Row(
        "staff_patient",
        expect(NOT_FOUND, **PATIENTS_FORBIDDEN, coach=OK, clinician=OK, clinic_admin=OK),
        kwargs=_with_dose,
        shows=("clinician",),
        marker=lambda world: LOT,
    ),
    Row(
        "staff_patient",
        expect(NOT_FOUND, **PATIENTS_FORBIDDEN, coach=OK, clinician=OK, clinic_admin=OK),
        kwargs=_with_entries,
        shows=CARE_TEAM,
        marker=lambda world: SHARED_WORDS,
    ),
    Row(
        "staff_patient",
        expect(NOT_FOUND, **PATIENTS_FORBIDDEN, coach=OK, clinician=OK, clinic_admin=OK),
        kwargs=_with_entries,
        marker=lambda world: PRIVATE_WORDS,
    ),
    Row(
        "staff_patient",
        expect(NOT_FOUND, **PATIENTS_FORBIDDEN, coach=OK, clinician=OK, clinic_admin=OK),
        kwargs=_with_phq9,
        shows=("clinician", "therapist"),
        marker=lambda world: PHQ9_BAND,
    ),
    Row(
        "staff_patient",
        expect(NOT_FOUND, **PATIENTS_FORBIDDEN, coach=OK, clinician=OK, clinic_admin=OK),
        kwargs=_with_notes,
        shows=CARE_TEAM,
        marker=lambda world: HIDDEN_NOTE_WORDS,
    ),
    # Safety alerts: the care team's.
    Row(
        "alert_list",
        expect(
            FORBIDDEN, anonymous=LOGIN, coach=OK, other_coach=OK, clinician=OK, other_clinician=OK
        ),
        kwargs=_with_alert,
        shows=CARE_TEAM,
        marker=_last_name,
    ),
    Row(
        "alert_detail",
        expect(NOT_FOUND, **PATIENTS_FORBIDDEN, coach=OK, clinician=OK),
        kwargs=_alert_pk,
        shows=CARE_TEAM,
        marker=_last_name,
    ),
    Row(
        "alert_acknowledge",
        expect(NOT_FOUND, **PATIENTS_FORBIDDEN, coach=REDIRECT, clinician=REDIRECT),
        kwargs=_alert_pk,
        method="post",
    ),
    # Resolving is a clinician's decision.
    Row(
        "alert_resolve",
        expect(NOT_FOUND, **PATIENTS_FORBIDDEN, coach=FORBIDDEN, clinician=REDIRECT),
        kwargs=_alert_pk,
        method="post",
        data=_resolution,
    ),
    # Debrief notes: written and read by the care team; edited by their author.
    Row(
        "debrief_note_create",
        expect(NOT_FOUND, **PATIENTS_FORBIDDEN, coach=OK, clinician=OK),
        kwargs=_session_pk,
    ),
    Row(
        "debrief_note_create",
        expect(NOT_FOUND, **PATIENTS_FORBIDDEN, coach=REDIRECT, clinician=REDIRECT),
        kwargs=_session_pk,
        method="post",
        data=_note_form,
    ),
    Row(
        "debrief_note_detail",
        expect(NOT_FOUND, **PATIENTS_FORBIDDEN, coach=OK, clinician=OK),
        kwargs=_note_pk,
        shows=CARE_TEAM,
        marker=lambda world: NOTE_WORDS,
    ),
    Row(
        "debrief_note_edit",
        expect(NOT_FOUND, **PATIENTS_FORBIDDEN, clinician=OK),
        kwargs=_note_pk,
    ),
    Row(
        "debrief_note_publish",
        expect(NOT_FOUND, **PATIENTS_FORBIDDEN, clinician=REDIRECT),
        kwargs=_note_pk,
        method="post",
        data=lambda world: {"visible": "1"},
    ),
    # The patient reads the notes shown to them, and only those.
    Row(
        "my_debrief_notes",
        expect(FORBIDDEN, anonymous=LOGIN, patient=OK, other_patient=OK),
        kwargs=_with_notes_for_list,
        shows=("patient",),
        marker=lambda world: NOTE_WORDS,
    ),
    Row(
        "my_debrief_notes",
        expect(FORBIDDEN, anonymous=LOGIN, patient=OK, other_patient=OK),
        kwargs=_with_notes_for_list,
        marker=lambda world: HIDDEN_NOTE_WORDS,
    ),
]
