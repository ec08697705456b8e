"""The group-session endpoints of the REST API, for the whole cast: the same rules as the
pages (tests/groups/authz_rows.py)."""

from datetime import timedelta

from tests.authz import FORBIDDEN, NOT_FOUND, OK, UNAUTHORIZED, Row, expect
from tests.groups.authz_rows import (
    CLINIC_STAFF,
    PATIENTS,
    ROSTER_SEERS,
    TITLE,
    _patient_name,
    _patient_pk,
    _seated_session,
    _session,
    _starting_session,
    _title,
)

CREATED = 201


def _new_session(world):
    from django.utils import timezone

    return {
        "title": "API circle",
        "starts_at": (timezone.now() + timedelta(days=3)).isoformat(),
        "duration_minutes": 90,
        "capacity": 6,
        "place_kind": "room",
        "room": "Garden room",
    }


def _marks(world):
    from groups.models import Enrollment

    enrollment = Enrollment.objects.get(patient=world.patient, group_session__title=TITLE)
    return {"marks[0]enrollment": enrollment.pk, "marks[0]attendance": "present"}


ROWS = [
    Row(
        "group-session-list",
        expect(OK, anonymous=UNAUTHORIZED),
        setup=_session,
        shows=(*PATIENTS, *CLINIC_STAFF),
        marker=_title,
    ),
    Row(
        "group-session-list",
        expect(
            FORBIDDEN,
            anonymous=UNAUTHORIZED,
            coach=CREATED,
            other_coach=CREATED,
            clinician=CREATED,
            other_clinician=CREATED,
            # Therapists do not schedule groups.
            therapist=FORBIDDEN,
            other_therapist=FORBIDDEN,
        ),
        method="post",
        data=_new_session,
    ),
    Row(
        "group-session-detail",
        expect(OK, anonymous=UNAUTHORIZED, other_clinician=NOT_FOUND),
        kwargs=_seated_session,
        shows=(*PATIENTS, *CLINIC_STAFF),
        marker=_title,
    ),
    Row(
        "group-session-cancel",
        expect(
            NOT_FOUND,
            anonymous=UNAUTHORIZED,
            coach=OK,
            other_coach=OK,
            clinician=OK,
            therapist=NOT_FOUND,
        ),
        kwargs=_seated_session,
        method="post",
    ),
    Row(
        "group-session-enroll",
        expect(
            NOT_FOUND,
            anonymous=UNAUTHORIZED,
            patient=CREATED,
            coach=CREATED,
            clinician=CREATED,
            therapist=NOT_FOUND,
        ),
        kwargs=_session,
        method="post",
        data=_patient_pk,
    ),
    Row(
        "group-session-withdraw",
        expect(
            NOT_FOUND,
            anonymous=UNAUTHORIZED,
            patient=OK,
            coach=OK,
            clinician=OK,
            therapist=NOT_FOUND,
        ),
        kwargs=_seated_session,
        method="post",
        data=_patient_pk,
    ),
    Row(
        "group-session-roster",
        expect(NOT_FOUND, anonymous=UNAUTHORIZED, coach=OK, other_coach=OK, clinician=OK),
        kwargs=_seated_session,
        shows=ROSTER_SEERS,
        marker=_patient_name,
    ),
    Row(
        "group-session-attendance",
        expect(NOT_FOUND, anonymous=UNAUTHORIZED, coach=OK, clinician=OK, therapist=NOT_FOUND),
        kwargs=_starting_session,
        method="post",
        data=_marks,
    ),
]
