"""The outcome pages for the whole cast. The clinic's figures are for its clinicians and
clinic admins and name no one; a patient's outcome report is for the clinic's clinicians
and the patient's own therapist, and never shows what the patient wrote."""

from tests.authz import FORBIDDEN, LOGIN, NOT_FOUND, OK, Row, expect
from tests.care_team.helpers import make_entry
from tests.outcomes.helpers import treated

PATIENTS_FORBIDDEN = {"anonymous": LOGIN, "patient": FORBIDDEN, "other_patient": FORBIDDEN}
FIGURES = expect(
    FORBIDDEN,
    anonymous=LOGIN,
    clinician=OK,
    other_clinician=OK,
    clinic_admin=OK,
    other_therapist=FORBIDDEN,
)
REPORT = expect(
    NOT_FOUND,
    **PATIENTS_FORBIDDEN,
    coach=FORBIDDEN,
    clinic_admin=FORBIDDEN,
    therapist=OK,
    clinician=OK,
)
SHARED_WORDS = "The pier at dawn, written for the team 5521."
BAND = "moderately severe"


def _treated(world):
    treated(world.patient, answered=2, closed=3, baseline=17, latest=6)


def _report(world):
    _treated(world)
    make_entry(world.patient, text=SHARED_WORDS, shared=True)
    return {"pk": world.patient.pk}


ROWS = [
    Row(
        "staff_outcomes",
        FIGURES,
        setup=_treated,
        marker=lambda world: world.patient.user.last_name,
    ),
    Row(
        "staff_outcomes_csv",
        FIGURES,
        setup=_treated,
        marker=lambda world: world.patient.user.last_name,
    ),
    Row(
        "staff_outcome_report",
        REPORT,
        kwargs=_report,
        shows=("clinician", "therapist"),
        marker=lambda world: BAND,
    ),
    Row("staff_outcome_report", REPORT, kwargs=_report, marker=lambda world: SHARED_WORDS),
]
