"""The habit pages for the whole cast: the patient's page and taps are theirs alone (staff
403, another patient 404 on a habit they do not track); the clinic's list is kept by its
clinicians and clinic admins, each at their own clinic."""

from tests.authz import FORBIDDEN, LOGIN, NOT_FOUND, OK, REDIRECT, Row, expect
from tests.habits.helpers import HABIT_WORDS, clinic_habit, habit_named, track

OWN = expect(FORBIDDEN, anonymous=LOGIN, patient=OK, other_patient=OK)
OWN_WRITE = expect(FORBIDDEN, anonymous=LOGIN, patient=REDIRECT, other_patient=REDIRECT)
OWN_OBJECT_WRITE = expect(FORBIDDEN, anonymous=LOGIN, patient=REDIRECT, other_patient=NOT_FOUND)
# The clinic's list: clinicians and clinic admins, each of their own clinic.
KEEPERS = expect(
    FORBIDDEN,
    anonymous=LOGIN,
    clinician=OK,
    clinic_admin=OK,
    other_clinician=OK,
    other_therapist=FORBIDDEN,
)
KEEPERS_WRITE = expect(
    FORBIDDEN,
    anonymous=LOGIN,
    clinician=REDIRECT,
    clinic_admin=REDIRECT,
    other_clinician=REDIRECT,
    other_therapist=FORBIDDEN,
)
KEEPERS_OBJECT = expect(
    FORBIDDEN,
    anonymous=LOGIN,
    clinician=OK,
    clinic_admin=OK,
    other_clinician=NOT_FOUND,
    other_therapist=FORBIDDEN,
)


def _sleep_marked(world):
    from journals import services_habits

    tracker = track(world.patient, "Sleep")
    services_habits.habit_mark(acting_user=world.patient.user, tracker=tracker, value="7.5")


def _tracker(world):
    return {"pk": track(world.patient, "Time outdoors").pk}


def _clinic_habit(world):
    clinic_habit(world.clinic)


def _clinic_habit_pk(world):
    return {"pk": clinic_habit(world.clinic).pk}


ROWS = [
    Row(
        "habit_list",
        OWN,
        setup=_sleep_marked,
        shows=("patient",),
        marker=lambda world: "Today: 7.5 hours",
    ),
    Row(
        "habit_pick",
        OWN_WRITE,
        method="post",
        data=lambda world: {"habit": habit_named(world.clinic, "Movement").pk},
    ),
    Row("habit_stop", OWN_OBJECT_WRITE, kwargs=_tracker, method="post"),
    Row(
        "habit_mark",
        OWN_OBJECT_WRITE,
        kwargs=_tracker,
        method="post",
        data=lambda world: {"done": "yes"},
    ),
    Row(
        "habit_settings",
        KEEPERS,
        setup=_clinic_habit,
        shows=("clinician", "clinic_admin"),
        marker=lambda world: HABIT_WORDS,
    ),
    Row(
        "habit_settings",
        KEEPERS_WRITE,
        method="post",
        data=lambda world: {"name": "Stretching", "kind": "yes_no", "order": 3, "active": "on"},
    ),
    Row("habit_edit", KEEPERS_OBJECT, kwargs=_clinic_habit_pk),
]
