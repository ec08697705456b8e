"""Follow-up alerts, for the whole cast. They rest on PHQ-9 scores and moods, so they go
to those who see assessments: the clinic's clinicians and the patient's own therapist
(Harbor Clinic keeps assessments from coaches). Clinic admins keep the roster, not care."""

from tests.authz import FORBIDDEN, LOGIN, NOT_FOUND, OK, REDIRECT, UNAUTHORIZED, Row, expect
from tests.followup.helpers import raise_followup

PATIENTS_FORBIDDEN = {"anonymous": LOGIN, "patient": FORBIDDEN, "other_patient": FORBIDDEN}
FOLLOWERS = ("clinician", "therapist")


def _last_name(world):
    return world.patient.user.last_name


def _with_alert(world):
    raise_followup(world.patient)
    return {}


def _alert_pk(world):
    return {"pk": raise_followup(world.patient).pk}


def _call(world):
    return {"resolution": "call", "resolution_note": "Spoke for twenty minutes."}


ROWS = [
    Row(
        "followup_alert_list",
        expect(
            FORBIDDEN,
            anonymous=LOGIN,
            clinician=OK,
            other_clinician=OK,
            therapist=OK,
            other_therapist=OK,
        ),
        kwargs=_with_alert,
        shows=FOLLOWERS,
        marker=_last_name,
    ),
    Row(
        "followup_alert_detail",
        expect(NOT_FOUND, **PATIENTS_FORBIDDEN, clinician=OK, therapist=OK),
        kwargs=_alert_pk,
        shows=FOLLOWERS,
        marker=_last_name,
    ),
    Row(
        "followup_alert_acknowledge",
        expect(NOT_FOUND, **PATIENTS_FORBIDDEN, clinician=REDIRECT, therapist=REDIRECT),
        kwargs=_alert_pk,
        method="post",
    ),
    Row(
        "followup_alert_resolve",
        expect(NOT_FOUND, **PATIENTS_FORBIDDEN, clinician=REDIRECT, therapist=REDIRECT),
        kwargs=_alert_pk,
        method="post",
        data=_call,
    ),
    # The API.
    Row(
        "followup-alert-list",
        expect(OK, anonymous=UNAUTHORIZED),
        kwargs=_with_alert,
        shows=FOLLOWERS,
        marker=_last_name,
    ),
    Row(
        "followup-alert-detail",
        expect(NOT_FOUND, anonymous=UNAUTHORIZED, clinician=OK, therapist=OK),
        kwargs=_alert_pk,
        shows=FOLLOWERS,
        marker=_last_name,
    ),
    Row(
        "followup-alert-acknowledge",
        expect(NOT_FOUND, anonymous=UNAUTHORIZED, clinician=OK, therapist=OK),
        kwargs=_alert_pk,
        method="post",
    ),
    Row(
        "followup-alert-resolve",
        expect(NOT_FOUND, anonymous=UNAUTHORIZED, clinician=OK, therapist=OK),
        kwargs=_alert_pk,
        method="post",
        data=_call,
    ),
]
