"""The safety plan's endpoints, for the whole cast. A PUT with no body proves who gets
past the door: the care team and the patient are told what is missing (400), everyone
else gets what they get for a GET."""

from tests.authz import FORBIDDEN, NOT_FOUND, OK, UNAUTHORIZED, Row, expect
from tests.safety_plan.authz_rows import (
    CARE_TEAM,
    _first_version,
    _patient_version,
    _patient_with_plan,
    _plan_words,
    _with_plan,
)

BAD_REQUEST = 400
OWN = expect(FORBIDDEN, anonymous=UNAUTHORIZED, patient=OK, other_patient=OK)
OWN_PUT = expect(FORBIDDEN, anonymous=UNAUTHORIZED, patient=BAD_REQUEST, other_patient=BAD_REQUEST)
TEAM = expect(NOT_FOUND, anonymous=UNAUTHORIZED, patient=OK, coach=OK, clinician=OK, therapist=OK)
TEAM_PUT = expect(
    NOT_FOUND,
    anonymous=UNAUTHORIZED,
    patient=BAD_REQUEST,
    coach=BAD_REQUEST,
    clinician=BAD_REQUEST,
    therapist=BAD_REQUEST,
)

ROWS = [
    Row("api_safety_plan", OWN, kwargs=_with_plan, shows=("patient",), marker=_plan_words),
    Row("api_safety_plan", OWN_PUT, method="put"),
    Row("api_safety_plan_versions", OWN, kwargs=_with_plan),
    Row(
        "api_safety_plan_version",
        expect(FORBIDDEN, anonymous=UNAUTHORIZED, patient=OK, other_patient=NOT_FOUND),
        kwargs=_first_version,
        shows=("patient",),
        marker=_plan_words,
    ),
    Row(
        "api_patient_safety_plan",
        TEAM,
        kwargs=_patient_with_plan,
        shows=("patient", *CARE_TEAM),
        marker=_plan_words,
    ),
    Row("api_patient_safety_plan", TEAM_PUT, kwargs=_patient_with_plan, method="put"),
    Row("api_patient_safety_plan_versions", TEAM, kwargs=_patient_with_plan),
    Row(
        "api_patient_safety_plan_version",
        TEAM,
        kwargs=_patient_version,
        shows=("patient", *CARE_TEAM),
        marker=_plan_words,
    ),
]
