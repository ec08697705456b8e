"""Group pages for the whole cast.

The schedule is the clinic's: its patients and staff see it, no one else. Rosters name
patients: the clinic's clinicians and the session's facilitators (`coach` here) see them,
another coach of the clinic sees only their own patients' entries (so not `patient`), a
clinic admin none. Patients never see each other's names. Writes by staff who may see a
session but not change it are 404s, as elsewhere."""

from datetime import timedelta

from tests.authz import FORBIDDEN, LOGIN, NOT_FOUND, OK, REDIRECT, Row, expect
from tests.groups.helpers import schedule, seat, starts_in

TITLE = "Circle AUTHZ-5521"
PATIENTS = ("patient", "other_patient")
CLINIC_STAFF = ("coach", "other_coach", "clinician", "clinic_admin")
ROSTER_SEERS = ("coach", "clinician")
FOR_PATIENTS = {"anonymous": LOGIN, **dict.fromkeys(CLINIC_STAFF, FORBIDDEN)}
STAFF_ONLY = {"anonymous": LOGIN, "patient": FORBIDDEN, "other_patient": FORBIDDEN}
# Therapists see their patients' places in groups but do not schedule or run them.
THERAPISTS_FORBIDDEN = {"therapist": FORBIDDEN, "other_therapist": FORBIDDEN}


def _session(world):
    return {"pk": schedule(world, title=TITLE).pk}


def _seated_session(world):
    group_session = schedule(world, title=TITLE)
    seat(group_session, world.patient)
    return {"pk": group_session.pk}


def _seated_enrollment(world):
    group_session = schedule(world, title=TITLE)
    enrollment = seat(group_session, world.patient)
    return {"pk": group_session.pk, "enrollment_pk": enrollment.pk}


def _starting_session(world):
    group_session = schedule(world, title=TITLE)
    seat(group_session, world.patient)
    starts_in(group_session, timedelta(minutes=10))
    return {"pk": group_session.pk}


def _attendance(world):
    from groups.models import Enrollment

    enrollment = Enrollment.objects.get(patient=world.patient, group_session__title=TITLE)
    return {f"attendance-{enrollment.pk}": "present"}


def _feed_token(world, *, revoked=False):
    from groups import services

    group_session = schedule(world, title=TITLE)
    seat(group_session, world.patient)
    token = services.calendar_feed_token_rotate(acting_user=world.patient.user)
    if revoked:
        services.calendar_feed_token_revoke(acting_user=world.patient.user)
    return {"token": token.token}


def _title(world):
    return TITLE


def _patient_name(world):
    return world.patient.user.last_name


def _patient_pk(world):
    return {"patient": world.patient.pk}


def _new_session(world):
    from django.utils import timezone

    return {
        "title": "New circle",
        "starts_at": (timezone.localtime() + timedelta(days=3)).strftime("%Y-%m-%dT%H:%M"),
        "duration_minutes": 90,
        "capacity": 6,
        "place_kind": "room",
        "room": "Garden room",
        "weeks": 1,
    }


ROWS = [
    # The patient's side.
    Row(
        "group_list",
        expect(OK, **FOR_PATIENTS, other_clinician=FORBIDDEN),
        setup=_session,
        shows=PATIENTS,
        marker=_title,
    ),
    Row(
        "group_detail",
        expect(NOT_FOUND, **FOR_PATIENTS, other_clinician=FORBIDDEN, patient=OK, other_patient=OK),
        kwargs=_session,
        shows=PATIENTS,
        marker=_title,
    ),
    # Another patient never sees the name of one who has a seat (the patient sees their own
    # name in the page header).
    Row(
        "group_detail",
        expect(NOT_FOUND, **FOR_PATIENTS, other_clinician=FORBIDDEN, patient=OK, other_patient=OK),
        kwargs=_seated_session,
        shows=("patient",),
        marker=_patient_name,
    ),
    Row(
        "group_enroll",
        expect(REDIRECT, **FOR_PATIENTS, other_clinician=FORBIDDEN),
        kwargs=_session,
        method="post",
    ),
    Row(
        "group_withdraw",
        expect(REDIRECT, **FOR_PATIENTS, other_clinician=FORBIDDEN),
        kwargs=_seated_session,
        method="post",
    ),
    Row(
        "group_name_preference",
        expect(REDIRECT, **FOR_PATIENTS, other_clinician=FORBIDDEN),
        method="post",
        data=lambda world: {"show_first_name_in_groups": "on"},
    ),
    # Calendars.
    Row(
        "group_calendar",
        expect(OK, anonymous=LOGIN, other_clinician=NOT_FOUND),
        kwargs=_session,
        shows=(*PATIENTS, *CLINIC_STAFF),
        marker=_title,
    ),
    Row("calendar_feed", expect(OK, anonymous=LOGIN)),
    Row("calendar_feed", expect(REDIRECT, anonymous=LOGIN), method="post"),
    # The secret token is the key, whoever holds it; a revoked one opens nothing.
    Row(
        "calendar_feed_ics",
        expect(OK),
        kwargs=_feed_token,
        shows=("anonymous", *PATIENTS, *CLINIC_STAFF, "other_clinician"),
        marker=_title,
    ),
    Row(
        "calendar_feed_ics",
        expect(NOT_FOUND),
        kwargs=lambda world: _feed_token(world, revoked=True),
    ),
    # The staff's side.
    Row(
        "group_schedule",
        expect(OK, **STAFF_ONLY),
        setup=_session,
        shows=CLINIC_STAFF,
        marker=_title,
    ),
    Row(
        "group_create",
        expect(OK, **STAFF_ONLY, clinic_admin=FORBIDDEN, **THERAPISTS_FORBIDDEN),
    ),
    Row(
        "group_create",
        expect(REDIRECT, **STAFF_ONLY, clinic_admin=FORBIDDEN, **THERAPISTS_FORBIDDEN),
        method="post",
        data=_new_session,
    ),
    Row(
        "group_staff",
        expect(NOT_FOUND, **STAFF_ONLY, **dict.fromkeys(CLINIC_STAFF, OK)),
        kwargs=_seated_session,
        shows=ROSTER_SEERS,
        marker=_patient_name,
    ),
    Row(
        "group_edit",
        expect(
            NOT_FOUND, **STAFF_ONLY, coach=OK, other_coach=OK, clinician=OK, therapist=NOT_FOUND
        ),
        kwargs=_session,
    ),
    Row(
        "group_cancel",
        expect(
            NOT_FOUND,
            **STAFF_ONLY,
            coach=REDIRECT,
            other_coach=REDIRECT,
            clinician=REDIRECT,
            therapist=NOT_FOUND,
        ),
        kwargs=_seated_session,
        method="post",
    ),
    # Staff enrol and invite the patients they may see: not another coach's patient.
    Row(
        "group_staff_enroll",
        expect(NOT_FOUND, **STAFF_ONLY, coach=REDIRECT, clinician=REDIRECT, therapist=NOT_FOUND),
        kwargs=_session,
        method="post",
        data=_patient_pk,
    ),
    Row(
        "group_staff_invite",
        expect(NOT_FOUND, **STAFF_ONLY, coach=REDIRECT, clinician=REDIRECT, therapist=NOT_FOUND),
        kwargs=_session,
        method="post",
        data=_patient_pk,
    ),
    Row(
        "group_staff_withdraw",
        expect(NOT_FOUND, **STAFF_ONLY, coach=REDIRECT, clinician=REDIRECT, therapist=NOT_FOUND),
        kwargs=_seated_enrollment,
        method="post",
    ),
    Row(
        "group_attendance",
        expect(NOT_FOUND, **STAFF_ONLY, coach=REDIRECT, clinician=REDIRECT, therapist=NOT_FOUND),
        kwargs=_starting_session,
        method="post",
        data=_attendance,
    ),
]
