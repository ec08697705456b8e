"""The API operations that mirror the pages (integration_clinic/api_urls_capabilities.py),
for the whole cast: the same rules as the pages they mirror."""

from tests.api_parity.helpers import (
    DELETED_WORDS,
    DELIVERY_KEY,
    NOTICE_WORDS,
    audited_read,
    commitment,
    deleted_entry,
    delivery,
    notice,
)
from tests.authz import FORBIDDEN, NOT_FOUND, OK, UNAUTHORIZED, Row, expect
from tests.group_suggestions.helpers import first_key, shared_window

BAD_REQUEST = 400
CREATED = 201
NO_CONTENT = 204

# A patient's own records: patients only, each their own.
OWN = expect(FORBIDDEN, anonymous=UNAUTHORIZED, patient=OK, other_patient=OK)
# Records of the world's patient: theirs alone.
PATIENTS_OWN = expect(FORBIDDEN, anonymous=UNAUTHORIZED, patient=OK, other_patient=NOT_FOUND)
EVERYONE = expect(OK, anonymous=UNAUTHORIZED)
STAFF = expect(OK, anonymous=UNAUTHORIZED, patient=FORBIDDEN, other_patient=FORBIDDEN)
CLINICIANS_AND_ADMINS = expect(
    FORBIDDEN,
    anonymous=UNAUTHORIZED,
    clinician=OK,
    other_clinician=OK,
    clinic_admin=OK,
    other_therapist=FORBIDDEN,
)
# Clinicians invite patients and keep the habits, as clinic admins do (each at their own
# clinic); no one else makes either.
CLINICIANS_AND_ADMINS_MAKE = {
    role: CREATED if answer == OK else answer for role, answer in CLINICIANS_AND_ADMINS.items()
}
GROUP_MANAGERS = expect(
    FORBIDDEN,
    anonymous=UNAUTHORIZED,
    coach=OK,
    other_coach=OK,
    clinician=OK,
    other_clinician=OK,
    therapist=FORBIDDEN,
    other_therapist=FORBIDDEN,
)
# A habit of the world's clinic: those who keep the clinic's list; another clinic's
# clinician is a stranger to it.
ONE_OF_THE_CLINICS_HABITS = expect(
    FORBIDDEN,
    anonymous=UNAUTHORIZED,
    clinician=OK,
    clinic_admin=OK,
    other_clinician=NOT_FOUND,
    other_therapist=FORBIDDEN,
)


def _pk(builder):
    return lambda world: {"pk": builder(world).pk}


def _session_pk(world):
    from tests.sessions.helpers import record_session

    return {"session_pk": record_session(world).pk}


def _commitment_session(world):
    return {"session_pk": commitment(world).session_id}


def _open_group(world):
    from tests.groups.helpers import schedule

    return {"pk": schedule(world, hours_ahead=48).pk}


def _patient_pk(world):
    return {"pk": world.patient.pk}


def _suggested(world):
    shared_window(world)
    return {"key": first_key(world)}


def _habit(world):
    from tests.habits.helpers import clinic_habit

    return {"pk": clinic_habit(world.clinic).pk}


def _new_habit(world):
    return {"name": "Stretching", "question": "Did you stretch?", "kind": "yes_no"}


ROWS = [
    Row(
        "api_inbox",
        EVERYONE,
        setup=notice,
        shows=("patient",),
        marker=lambda world: NOTICE_WORDS,
    ),
    Row(
        "api_inbox_read",
        expect(NOT_FOUND, anonymous=UNAUTHORIZED, patient=OK),
        kwargs=_pk(notice),
        method="post",
    ),
    Row(
        "api_invitations",
        CLINICIANS_AND_ADMINS_MAKE,
        method="post",
        data=lambda world: {"email": "new.patient@example.com", "role": "patient"},
    ),
    Row("api_preferences", OWN),
    Row("api_preferences", OWN, method="patch"),
    Row("api_draft", OWN, kwargs=lambda world: {"key": "new"}),
    Row("api_draft", OWN, kwargs=lambda world: {"key": "new"}, method="put"),
    Row(
        "api_deleted_entries",
        OWN,
        setup=deleted_entry,
        shows=("patient",),
        marker=lambda world: DELETED_WORDS,
    ),
    Row("api_entry_restore", PATIENTS_OWN, kwargs=_pk(deleted_entry), method="post"),
    Row("api_session_plan", PATIENTS_OWN, kwargs=_commitment_session),
    Row(
        "api_session_plan",
        expect(FORBIDDEN, anonymous=UNAUTHORIZED, patient=CREATED, other_patient=NOT_FOUND),
        kwargs=_session_pk,
        method="post",
        data=lambda world: {"text": "Ten minutes outside each morning"},
    ),
    Row(
        "api_plan_item",
        expect(FORBIDDEN, anonymous=UNAUTHORIZED, patient=NO_CONTENT, other_patient=NOT_FOUND),
        kwargs=_pk(commitment),
        method="delete",
    ),
    Row(
        "api_plan_item_progress",
        PATIENTS_OWN,
        kwargs=_pk(commitment),
        method="post",
        data=lambda world: {"progress": "done"},
    ),
    Row("api_export", OWN),
    Row("api_export_zip", OWN),
    Row("api_overview", CLINICIANS_AND_ADMINS),
    Row(
        "api_audit_events",
        expect(FORBIDDEN, anonymous=UNAUTHORIZED, clinic_admin=OK, other_therapist=FORBIDDEN),
        setup=audited_read,
        shows=("clinic_admin",),
        marker=lambda world: "Pat Pattison",
    ),
    Row(
        "api_patient_deliveries",
        expect(
            NOT_FOUND,
            anonymous=UNAUTHORIZED,
            patient=OK,
            coach=OK,
            clinician=OK,
            clinic_admin=OK,
        ),
        kwargs=_patient_pk,
        setup=delivery,
        shows=("coach", "clinician"),
        marker=lambda world: DELIVERY_KEY,
    ),
    Row(
        "api_group_invite",
        expect(
            NOT_FOUND,
            anonymous=UNAUTHORIZED,
            coach=OK,
            clinician=OK,
            therapist=NOT_FOUND,
        ),
        kwargs=_open_group,
        method="post",
        data=lambda world: {"patient": world.patient.pk},
    ),
    Row(
        "api_group_invite_suggestions",
        expect(
            NOT_FOUND,
            anonymous=UNAUTHORIZED,
            coach=OK,
            other_coach=OK,
            clinician=OK,
            therapist=NOT_FOUND,
        ),
        kwargs=_open_group,
        shows=("coach", "clinician"),
        marker=lambda world: "Pat Pattison",
    ),
    Row(
        "api_group_suggestions",
        GROUP_MANAGERS,
        setup=shared_window,
        shows=("coach", "clinician"),
        hides=("therapist",),
        marker=lambda world: "Pat Pattison",
    ),
    Row(
        "api_group_suggestion_schedule",
        expect(
            FORBIDDEN,
            anonymous=UNAUTHORIZED,
            coach=CREATED,
            clinician=CREATED,
            other_coach=NOT_FOUND,
            other_clinician=NOT_FOUND,
            therapist=FORBIDDEN,
            other_therapist=FORBIDDEN,
        ),
        kwargs=_suggested,
        method="post",
        data=lambda world: {"room": "Garden room"},
    ),
    Row("api_calendar_feed", EVERYONE),
    Row("api_calendar_feed", expect(CREATED, anonymous=UNAUTHORIZED), method="post"),
    Row("api_calendar_feed", expect(NO_CONTENT, anonymous=UNAUTHORIZED), method="delete"),
    Row("api_habit_catalog", CLINICIANS_AND_ADMINS),
    Row(
        "api_habit_catalog",
        CLINICIANS_AND_ADMINS_MAKE,
        method="post",
        data=_new_habit,
    ),
    Row(
        "api_habit_catalog_item",
        ONE_OF_THE_CLINICS_HABITS,
        kwargs=_habit,
    ),
    Row(
        "api_habit_catalog_item",
        ONE_OF_THE_CLINICS_HABITS,
        kwargs=_habit,
        method="patch",
    ),
    Row("api_dispatch_status", CLINICIANS_AND_ADMINS),
    Row("api_language", EVERYONE),
    Row("api_alert_channels", STAFF),
    Row("api_alert_channels", STAFF, method="patch"),
    # No body: everyone signed in is told which field is missing.
    Row("api_language", expect(BAD_REQUEST, anonymous=UNAUTHORIZED), method="put"),
]
