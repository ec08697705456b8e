"""The care team's endpoints, for the whole cast: alerts, debrief notes, the dashboard."""

from tests.authz import FORBIDDEN, NOT_FOUND, OK, UNAUTHORIZED, Row, expect
from tests.care_team.authz_rows import (
    CARE_TEAM,
    HIDDEN_NOTE_WORDS,
    NOTE_WORDS,
    PHQ9_BAND,
    PRIVATE_WORDS,
    _alert_pk,
    _last_name,
    _note_pk,
    _resolution,
    _with_alert,
    _with_entries_for_list,
    _with_notes_for_list,
    _with_phq9_for_list,
)
from tests.sessions.helpers import record_session

CREATED = 201


def _new_note(world):
    return {"session": record_session(world).pk, "text": "Notes from today."}


ROWS = [
    Row(
        "alert-list",
        expect(OK, anonymous=UNAUTHORIZED),
        kwargs=_with_alert,
        shows=CARE_TEAM,
        marker=_last_name,
    ),
    Row(
        "alert-detail",
        expect(NOT_FOUND, anonymous=UNAUTHORIZED, coach=OK, clinician=OK),
        kwargs=_alert_pk,
        shows=CARE_TEAM,
        marker=_last_name,
    ),
    Row(
        "alert-acknowledge",
        expect(NOT_FOUND, anonymous=UNAUTHORIZED, coach=OK, clinician=OK),
        kwargs=_alert_pk,
        method="post",
    ),
    Row(
        "alert-resolve",
        expect(NOT_FOUND, anonymous=UNAUTHORIZED, coach=FORBIDDEN, clinician=OK),
        kwargs=_alert_pk,
        method="post",
        data=_resolution,
    ),
    Row(
        "debrief-note-list",
        expect(OK, anonymous=UNAUTHORIZED),
        kwargs=_with_notes_for_list,
        shows=("patient", *CARE_TEAM),
        marker=lambda world: NOTE_WORDS,
    ),
    Row(
        "debrief-note-list",
        expect(OK, anonymous=UNAUTHORIZED),
        kwargs=_with_notes_for_list,
        shows=CARE_TEAM,
        marker=lambda world: HIDDEN_NOTE_WORDS,
    ),
    Row(
        "debrief-note-list",
        expect(
            NOT_FOUND,
            anonymous=UNAUTHORIZED,
            patient=FORBIDDEN,
            coach=CREATED,
            clinician=CREATED,
        ),
        method="post",
        data=_new_note,
    ),
    Row(
        "debrief-note-detail",
        expect(NOT_FOUND, anonymous=UNAUTHORIZED, coach=OK, clinician=OK),
        kwargs=_note_pk,
        shows=CARE_TEAM,
        marker=lambda world: NOTE_WORDS,
    ),
    # Only the author (the patient's clinician) edits; an empty edit changes nothing.
    Row(
        "debrief-note-detail",
        expect(NOT_FOUND, anonymous=UNAUTHORIZED, clinician=OK),
        kwargs=_note_pk,
        method="patch",
    ),
    Row(
        "api_dashboard",
        expect(
            OK,
            anonymous=UNAUTHORIZED,
            patient=FORBIDDEN,
            other_patient=FORBIDDEN,
            clinic_admin=FORBIDDEN,
        ),
        shows=CARE_TEAM,
        marker=_last_name,
    ),
    Row(
        "api_dashboard",
        expect(
            OK,
            anonymous=UNAUTHORIZED,
            patient=FORBIDDEN,
            other_patient=FORBIDDEN,
            clinic_admin=FORBIDDEN,
        ),
        kwargs=_with_phq9_for_list,
        shows=("clinician", "therapist"),
        marker=lambda world: PHQ9_BAND,
    ),
    Row(
        "api_dashboard",
        expect(
            OK,
            anonymous=UNAUTHORIZED,
            patient=FORBIDDEN,
            other_patient=FORBIDDEN,
            clinic_admin=FORBIDDEN,
        ),
        kwargs=_with_entries_for_list,
        marker=lambda world: PRIVATE_WORDS,
    ),
]
