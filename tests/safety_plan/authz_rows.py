"""The safety plan's pages, for the whole cast: the patient's own plan, and one patient's
plan for their care team (the clinic's clinicians, their coach, their therapist). Clinic
admins keep the roster, not clinical records: they do not see it. Nothing crosses
clinics."""

from tests.authz import FORBIDDEN, LOGIN, NOT_FOUND, OK, REDIRECT, Row, expect
from tests.safety_plan.helpers import edit_form, save_plan

PLAN_WORDS = "Walk the dog along the canal"
CARE_TEAM = ("coach", "clinician", "therapist")
PATIENTS_FORBIDDEN = {"anonymous": LOGIN, "patient": FORBIDDEN, "other_patient": FORBIDDEN}
STAFF_FORBIDDEN = expect(FORBIDDEN, anonymous=LOGIN, patient=OK, other_patient=OK)


def _with_plan(world):
    save_plan(world.patient, coping_strategies=[PLAN_WORDS])
    return {}


def _plan_words(world):
    return PLAN_WORDS


def _first_version(world):
    _with_plan(world)
    return {"number": 1}


def _patient_with_plan(world):
    _with_plan(world)
    return {"pk": world.patient.pk}


def _patient_version(world):
    _with_plan(world)
    return {"pk": world.patient.pk, "number": 1}


def _form(world):
    return edit_form(coping_strategies="Call my brother")


def _staff_form(world):
    return edit_form(base_version=1, coping_strategies="Call my brother")


STAFF_SEE = expect(NOT_FOUND, **PATIENTS_FORBIDDEN, coach=OK, clinician=OK, therapist=OK)

ROWS = [
    # The patient's own plan: every patient has one (empty until written); staff use the
    # care team's pages.
    Row("safety_plan", STAFF_FORBIDDEN, kwargs=_with_plan, shows=("patient",), marker=_plan_words),
    Row(
        "safety_plan_print",
        STAFF_FORBIDDEN,
        kwargs=_with_plan,
        shows=("patient",),
        marker=_plan_words,
    ),
    Row(
        "safety_plan_edit",
        STAFF_FORBIDDEN,
        kwargs=_with_plan,
        shows=("patient",),
        marker=_plan_words,
    ),
    Row(
        "safety_plan_edit",
        expect(FORBIDDEN, anonymous=LOGIN, patient=REDIRECT, other_patient=REDIRECT),
        method="post",
        data=_form,
    ),
    Row("safety_plan_history", STAFF_FORBIDDEN, kwargs=_with_plan),
    Row(
        "safety_plan_version",
        expect(FORBIDDEN, anonymous=LOGIN, patient=OK, other_patient=NOT_FOUND),
        kwargs=_first_version,
        shows=("patient",),
        marker=_plan_words,
    ),
    # One patient's plan, for their care team.
    Row(
        "staff_safety_plan",
        STAFF_SEE,
        kwargs=_patient_with_plan,
        shows=CARE_TEAM,
        marker=_plan_words,
    ),
    Row(
        "staff_safety_plan_print",
        STAFF_SEE,
        kwargs=_patient_with_plan,
        shows=CARE_TEAM,
        marker=_plan_words,
    ),
    Row(
        "staff_safety_plan_edit",
        STAFF_SEE,
        kwargs=_patient_with_plan,
        shows=CARE_TEAM,
        marker=_plan_words,
    ),
    Row(
        "staff_safety_plan_edit",
        expect(
            NOT_FOUND, **PATIENTS_FORBIDDEN, coach=REDIRECT, clinician=REDIRECT, therapist=REDIRECT
        ),
        kwargs=_patient_with_plan,
        method="post",
        data=_staff_form,
    ),
    Row("staff_safety_plan_history", STAFF_SEE, kwargs=_patient_with_plan),
    Row(
        "staff_safety_plan_version",
        STAFF_SEE,
        kwargs=_patient_version,
        shows=CARE_TEAM,
        marker=_plan_words,
    ),
]
