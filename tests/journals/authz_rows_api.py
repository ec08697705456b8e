"""The journal endpoints for the whole cast: the patient keeps their own; the care team
reads what is shared; clinicians (and coaches where the clinic allows) read assessments;
everyone else finds nothing, and no one but the patient reads a private entry."""

from tests.authz import FORBIDDEN, NOT_FOUND, OK, UNAUTHORIZED, Row, expect
from tests.journals.authz_rows import _assessment, _check_in, _private, _shared
from tests.journals.helpers import PRIVATE_WORDS, SHARED_WORDS, write_entry

CREATED = 201
NO_CONTENT = 204
BAD_REQUEST = 400
CARE_TEAM_READS = ("patient", "coach", "clinician")
PATIENT_ONLY = expect(NOT_FOUND, anonymous=UNAUTHORIZED, patient=OK)
SHARED_READERS = expect(NOT_FOUND, anonymous=UNAUTHORIZED, patient=OK, coach=OK, clinician=OK)


def _with_both(world):
    write_entry(world.patient, PRIVATE_WORDS)
    write_entry(world.patient, SHARED_WORDS, share=True)
    return {}


def _with_comment(world):
    from journals import services

    entry = write_entry(world.patient, SHARED_WORDS, share=True)
    services.comment_create(acting_user=world.user("coach"), entry=entry, text="Comment-Q81")
    return {}


def _with_assessment(world):
    from journals import services

    services.assessment_create(
        acting_user=world.patient.user, instrument="phq9", item_scores=[2] * 8 + [0]
    )
    return {}


def _comment_data(world):
    return {"entry": write_entry(world.patient, SHARED_WORDS, share=True).pk, "text": "Hello"}


ROWS = [
    Row(
        "journal-entry-list",
        expect(OK, anonymous=UNAUTHORIZED),
        kwargs=_with_both,
        shows=("patient",),
        marker=lambda world: PRIVATE_WORDS,
    ),
    Row(
        "journal-entry-list",
        expect(OK, anonymous=UNAUTHORIZED),
        kwargs=_with_both,
        shows=CARE_TEAM_READS,
        marker=lambda world: SHARED_WORDS,
    ),
    Row(
        "journal-entry-list",
        expect(
            FORBIDDEN,
            anonymous=UNAUTHORIZED,
            patient=CREATED,
            other_patient=CREATED,
        ),
        method="post",
        data=lambda world: {"text": "Through the API"},
    ),
    Row(
        "journal-entry-detail",
        PATIENT_ONLY,
        kwargs=_private,
        shows=("patient",),
        marker=lambda world: PRIVATE_WORDS,
    ),
    Row(
        "journal-entry-detail",
        SHARED_READERS,
        kwargs=_shared,
        shows=CARE_TEAM_READS,
        marker=lambda world: SHARED_WORDS,
    ),
    Row(
        "journal-entry-detail",
        expect(NOT_FOUND, anonymous=UNAUTHORIZED, patient=NO_CONTENT),
        kwargs=_shared,
        method="delete",
    ),
    Row("journal-entry-share", PATIENT_ONLY, kwargs=_private, method="post"),
    Row("journal-entry-unshare", PATIENT_ONLY, kwargs=_shared, method="post"),
    Row(
        "assessment-list",
        expect(OK, anonymous=UNAUTHORIZED),
        kwargs=_with_assessment,
        shows=("patient", "clinician", "therapist"),
        marker=lambda world: "moderately severe",
    ),
    Row(
        "assessment-list",
        expect(FORBIDDEN, anonymous=UNAUTHORIZED, patient=CREATED, other_patient=CREATED),
        method="post",
        data=lambda world: {"instrument": "gad7", "item_scores": [0, 1, 0, 1, 0, 1, 0]},
    ),
    Row(
        "assessment-detail",
        expect(NOT_FOUND, anonymous=UNAUTHORIZED, patient=OK, clinician=OK, therapist=OK),
        kwargs=_assessment,
    ),
    Row(
        "comment-list",
        expect(OK, anonymous=UNAUTHORIZED),
        kwargs=_with_comment,
        shows=CARE_TEAM_READS,
        marker=lambda world: "Comment-Q81",
    ),
    Row(
        "comment-list",
        expect(
            BAD_REQUEST,
            anonymous=UNAUTHORIZED,
            patient=CREATED,
            coach=CREATED,
            clinician=CREATED,
        ),
        method="post",
        data=_comment_data,
    ),
    Row(
        "prompt-answer",
        expect(NOT_FOUND, anonymous=UNAUTHORIZED, patient=CREATED),
        kwargs=_check_in,
        method="post",
        data=lambda world: {"mood": 5},
    ),
]
