"""The habits API for the whole cast: a patient's own habits are theirs alone; the care
team (the clinic's clinicians, the patient's coach and therapist) reads them; clinic
admins, other coaches and other clinics find nothing."""

from tests.authz import FORBIDDEN, NOT_FOUND, OK, UNAUTHORIZED, Row, expect
from tests.habits.helpers import habit_named, track

CREATED = 201
NO_CONTENT = 204
PATIENTS_ONLY = expect(FORBIDDEN, anonymous=UNAUTHORIZED, patient=OK, other_patient=OK)
HABIT_READERS = ("patient", "clinician", "coach", "therapist")


def _tracked(world):
    track(world.patient, "Sleep")
    return {}


def _tracker(world):
    return {"pk": track(world.patient, "Time outdoors").pk}


def _patient(world):
    track(world.patient, "Sleep")
    return {"patient_pk": world.patient.pk}


ROWS = [
    Row(
        "habit-list",
        PATIENTS_ONLY,
        kwargs=_tracked,
        shows=("patient",),
        marker=lambda world: "Sleep",
    ),
    Row(
        "habit-list",
        expect(FORBIDDEN, anonymous=UNAUTHORIZED, patient=CREATED, other_patient=CREATED),
        method="post",
        data=lambda world: {"habit": habit_named(world.clinic, "Movement").pk},
    ),
    Row(
        "habit-detail",
        expect(FORBIDDEN, anonymous=UNAUTHORIZED, patient=NO_CONTENT, other_patient=NOT_FOUND),
        kwargs=_tracker,
        method="delete",
    ),
    Row(
        "habit-marks",
        expect(FORBIDDEN, anonymous=UNAUTHORIZED, patient=OK, other_patient=NOT_FOUND),
        kwargs=_tracker,
        method="post",
        data=lambda world: {"done": True},
    ),
    Row("habit-options", PATIENTS_ONLY, setup=lambda world: habit_named(world.clinic, "Sleep")),
    Row(
        "patient-habits",
        expect(
            NOT_FOUND,
            anonymous=UNAUTHORIZED,
            patient=OK,
            clinician=OK,
            coach=OK,
            therapist=OK,
        ),
        kwargs=_patient,
        shows=HABIT_READERS,
        marker=lambda world: "Sleep",
    ),
]
