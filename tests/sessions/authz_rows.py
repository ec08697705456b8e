from zoneinfo import ZoneInfo

from tests.authz import FORBIDDEN, LOGIN, NOT_FOUND, OK, REDIRECT, Row, expect
from tests.sessions.helpers import make_due, record_session

LOT = "LOT-AUTHZ-7731"


def _session(world):
    return {"pk": record_session(world, lot_number=LOT).pk}


def _signed_session(world):
    from sessions import services

    session = record_session(world, lot_number=LOT)
    services.session_sign(acting_user=world.user("clinician"), session=session)
    return {"pk": session.pk}


def _addendum(world):
    """The whole correction form, as the page fills it in, with the lot number changed."""
    from django.utils import timezone

    from sessions.models import DosingSession

    session = DosingSession.objects.filter(patient=world.patient).latest("pk")
    zone, when = ZoneInfo(world.clinic.time_zone), "%Y-%m-%dT%H:%M"
    return {
        "reason": "The lot number was misread.",
        "setting": session.setting,
        "route": session.route,
        "dose_mg": str(session.dose_mg),
        "weight_kg": str(session.weight_kg),
        "lot_number": "LOT-AUTHZ-7732",
        "started_at": timezone.localtime(session.started_at, zone).strftime(when),
        "ended_at": timezone.localtime(session.ended_at, zone).strftime(when),
    }


def _open_session(world):
    from django.utils import timezone

    from sessions import services

    session = services.session_create(
        acting_user=world.user("clinician"),
        patient=world.patient,
        route="iv_ketamine",
        dose_mg=35,
        started_at=timezone.now(),
        status="in_progress",
    )
    return {"pk": session.pk}


def _prompt(world):
    session = record_session(world)
    return {"pk": make_due(session.prompts.first()).pk}


def _patient(world):
    return {"patient_pk": world.patient.pk}


def _lot(world):
    return LOT


def _vitals(world):
    from django.utils import timezone

    return {
        "taken_at": timezone.localtime().strftime("%Y-%m-%dT%H:%M"),
        "moment": "before",
        "systolic": 128,
        "diastolic": 82,
        "heart_rate": 72,
        "spo2": 98,
    }


# Staff session pages: the care team sees; only the clinic's clinicians write.
SEES_SESSION = {"coach": OK, "clinician": OK}
PATIENTS_FORBIDDEN = {"anonymous": LOGIN, "patient": FORBIDDEN, "other_patient": FORBIDDEN}
WRITE = {**PATIENTS_FORBIDDEN, "clinician": REDIRECT}

ROWS = [
    Row(
        "session_list",
        expect(OK, **PATIENTS_FORBIDDEN),
        setup=_session,
        shows=("coach", "clinician"),
        marker=lambda world: world.patient.user.last_name,
    ),
    Row(
        "session_create",
        expect(
            NOT_FOUND,
            **PATIENTS_FORBIDDEN,
            clinician=OK,
            coach=FORBIDDEN,
            clinic_admin=FORBIDDEN,
        ),
        kwargs=_patient,
    ),
    Row(
        "session_detail",
        expect(NOT_FOUND, **PATIENTS_FORBIDDEN, **SEES_SESSION),
        kwargs=_session,
        shows=("clinician",),
        marker=_lot,
    ),
    Row(
        "session_edit",
        expect(NOT_FOUND, **PATIENTS_FORBIDDEN, clinician=OK),
        kwargs=_session,
    ),
    Row("session_end", expect(NOT_FOUND, **WRITE), kwargs=_open_session, method="post"),
    # Corrections to a signed record: the clinic's clinicians only.
    Row(
        "session_addendum_create",
        expect(NOT_FOUND, **PATIENTS_FORBIDDEN, clinician=OK),
        kwargs=_signed_session,
    ),
    Row(
        "session_addendum_create",
        expect(NOT_FOUND, **WRITE),
        kwargs=_signed_session,
        method="post",
        data=_addendum,
    ),
    Row("session_sign", expect(NOT_FOUND, **WRITE), kwargs=_session, method="post"),
    Row("session_cancel", expect(NOT_FOUND, **WRITE), kwargs=_session, method="post"),
    Row(
        "session_vitals",
        expect(NOT_FOUND, **WRITE),
        kwargs=_open_session,
        method="post",
        data=_vitals,
    ),
    # The patient's own prompts.
    Row(
        "prompt_inbox",
        expect(FORBIDDEN, anonymous=LOGIN, patient=OK, other_patient=OK),
    ),
    Row(
        "prompt_detail",
        expect(FORBIDDEN, anonymous=LOGIN, patient=REDIRECT, other_patient=NOT_FOUND),
        kwargs=_prompt,
    ),
    Row(
        "prompt_done",
        expect(FORBIDDEN, anonymous=LOGIN, patient=REDIRECT, other_patient=NOT_FOUND),
        kwargs=_prompt,
        method="post",
    ),
]
