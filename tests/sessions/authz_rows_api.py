"""The dosing-session and prompt endpoints of the REST API, for the whole cast.

A coach on the care team sees a session's dates and window but never its dose or lot; a
clinic admin keeps the roster and sees no sessions at all. Only the clinic's clinicians
write, and only the patient marks their prompt done; everyone else who may see the row
gets 404 on a write, like a stranger."""

from datetime import timedelta

from tests.authz import FORBIDDEN, NOT_FOUND, OK, UNAUTHORIZED, Row, expect
from tests.sessions.helpers import make_due, record_session

CREATED = 201
BAD_REQUEST = 400

LOT_NUMBER = "LOT-AUTHZ-4471"
SEES_DOSING_DETAILS = ("patient", "clinician")
SEES_WINDOWS = ("patient", "coach", "clinician")


def _with_session(world):
    record_session(world, lot_number=LOT_NUMBER)
    return {}


def _session_pk(world):
    return {"pk": record_session(world, lot_number=LOT_NUMBER).pk}


def _first_prompt(world):
    return record_session(world).prompts.order_by("due_at").first()


def _prompt_pk(world):
    return {"pk": _first_prompt(world).pk}


def _due_prompt_pk(world):
    return {"pk": make_due(_first_prompt(world)).pk}


def _signed_session_pk(world):
    from sessions import services

    session = record_session(world, lot_number=LOT_NUMBER)
    services.session_sign(acting_user=world.user("clinician"), session=session)
    return {"pk": session.pk}


def _addendum_data(world):
    # A form post: DRF reads the nested corrections from dotted keys.
    return {"reason": "The lot number was misread.", "corrections.lot_number": "LOT-4472"}


def _lot_number(world):
    return LOT_NUMBER


def _prompt_title(world):
    from sessions.models import ScheduledPrompt

    return ScheduledPrompt.objects.filter(patient=world.patient).order_by("due_at").first().title


def _new_session_data(world):
    from django.utils import timezone

    return {
        "patient": world.patient.pk,
        "route": "iv_ketamine",
        "dose_mg": "35",
        "started_at": (timezone.now() - timedelta(hours=1)).isoformat(),
    }


def _vitals_data(world):
    from django.utils import timezone

    return {
        "taken_at": timezone.now().isoformat(),
        "moment": "discharge",
        "systolic": 128,
        "diastolic": 82,
        "heart_rate": 74,
        "spo2": 98,
    }


def _clinician_only(answer):
    return expect(NOT_FOUND, anonymous=UNAUTHORIZED, clinician=answer)


ROWS = [
    Row(
        "dosing-session-list",
        expect(OK, anonymous=UNAUTHORIZED),
        kwargs=_with_session,
        shows=SEES_DOSING_DETAILS,
        marker=_lot_number,
    ),
    Row(
        "dosing-session-list",
        expect(
            NOT_FOUND,
            anonymous=UNAUTHORIZED,
            patient=FORBIDDEN,
            coach=FORBIDDEN,
            clinician=CREATED,
            clinic_admin=FORBIDDEN,
        ),
        method="post",
        data=_new_session_data,
    ),
    Row(
        "dosing-session-detail",
        expect(NOT_FOUND, anonymous=UNAUTHORIZED, patient=OK, coach=OK, clinician=OK),
        kwargs=_session_pk,
        shows=SEES_DOSING_DETAILS,
        marker=_lot_number,
    ),
    # The session is completed already, so ending it again is refused.
    Row(
        "dosing-session-end",
        _clinician_only(BAD_REQUEST),
        kwargs=_session_pk,
        method="post",
    ),
    Row("dosing-session-sign", _clinician_only(OK), kwargs=_session_pk, method="post"),
    Row("dosing-session-cancel", _clinician_only(OK), kwargs=_session_pk, method="post"),
    Row(
        "dosing-session-vitals",
        _clinician_only(CREATED),
        kwargs=_session_pk,
        method="post",
        data=_vitals_data,
    ),
    Row(
        "dosing-session-addenda",
        _clinician_only(CREATED),
        kwargs=_signed_session_pk,
        method="post",
        data=_addendum_data,
    ),
    Row(
        "prompt-list",
        expect(OK, anonymous=UNAUTHORIZED),
        kwargs=_with_session,
        shows=SEES_WINDOWS,
        marker=_prompt_title,
    ),
    Row(
        "prompt-detail",
        expect(NOT_FOUND, anonymous=UNAUTHORIZED, patient=OK, coach=OK, clinician=OK),
        kwargs=_prompt_pk,
        shows=SEES_WINDOWS,
        marker=_prompt_title,
    ),
    Row(
        "prompt-done",
        expect(NOT_FOUND, anonymous=UNAUTHORIZED, patient=OK),
        kwargs=_due_prompt_pk,
        method="post",
    ),
]
