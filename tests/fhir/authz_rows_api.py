"""The FHIR export for the whole cast: whoever may see the patient gets a Bundle, holding
only what they may see (a dose's lot number for the patient and the clinic's clinicians;
a PHQ-9 band for those who see assessments)."""

from tests.authz import FORBIDDEN, LOGIN, NOT_FOUND, OK, UNAUTHORIZED, Row, expect
from tests.care_team.helpers import make_phq9
from tests.sessions.helpers import record_session

LOT = "LOT-FHIR-AUTHZ-7731"
PHQ9_BAND = "moderately severe"
SEES_PATIENT = expect(
    NOT_FOUND, anonymous=UNAUTHORIZED, patient=OK, coach=OK, clinician=OK, clinic_admin=OK
)


def _with_dose(world):
    record_session(world, lot_number=LOT)
    return {"pk": world.patient.pk}


def _with_phq9(world):
    make_phq9(world.patient, 17)
    return {"pk": world.patient.pk}


def _own_dose(world):
    record_session(world, lot_number=LOT)
    return {}


ROWS = [
    Row(
        "api_patient_fhir",
        SEES_PATIENT,
        kwargs=_with_dose,
        shows=("patient", "clinician"),
        marker=lambda world: LOT,
    ),
    Row(
        "api_patient_fhir",
        SEES_PATIENT,
        kwargs=_with_phq9,
        shows=("patient", "clinician", "therapist"),
        marker=lambda world: PHQ9_BAND,
    ),
    Row(
        "api_me_fhir",
        expect(FORBIDDEN, anonymous=UNAUTHORIZED, patient=OK, other_patient=OK),
        kwargs=_own_dose,
        shows=("patient",),
        marker=lambda world: LOT,
    ),
    Row(
        "export_fhir",
        expect(FORBIDDEN, anonymous=LOGIN, patient=OK, other_patient=OK),
        kwargs=_own_dose,
        shows=("patient",),
        marker=lambda world: LOT,
    ),
]
