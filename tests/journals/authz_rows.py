"""The journal pages for the whole cast. The patient's pages are theirs alone (staff get
403, another patient 404 on an object); the care team's pages show shared entries only,
and a private entry to no one."""

from tests.authz import FORBIDDEN, LOGIN, NOT_FOUND, OK, REDIRECT, Row, expect
from tests.journals.helpers import PRIVATE_WORDS, SHARED_WORDS, due_prompt, write_entry
from tests.sessions.helpers import record_session

COMMITMENT_WORDS = "Walk-by-the-river-commitment"
DRAFT_WORDS = "Half-written-draft-words"

# Patient pages: anonymous logs in, staff are refused, another patient finds nothing.
OWN = expect(FORBIDDEN, anonymous=LOGIN, patient=OK, other_patient=OK)
OWN_OBJECT = expect(FORBIDDEN, anonymous=LOGIN, patient=OK, other_patient=NOT_FOUND)
OWN_WRITE = expect(FORBIDDEN, anonymous=LOGIN, patient=REDIRECT, other_patient=NOT_FOUND)
# Care-team pages: the patient's coach and the clinic's clinicians.
CARE_TEAM = expect(
    NOT_FOUND, anonymous=LOGIN, patient=FORBIDDEN, other_patient=FORBIDDEN, coach=OK, clinician=OK
)
CARE_TEAM_WRITE = expect(
    NOT_FOUND,
    anonymous=LOGIN,
    patient=FORBIDDEN,
    other_patient=FORBIDDEN,
    coach=REDIRECT,
    clinician=REDIRECT,
)
NO_STAFF_SEES = expect(NOT_FOUND, anonymous=LOGIN, patient=FORBIDDEN, other_patient=FORBIDDEN)


def _private(world):
    return {"pk": write_entry(world.patient, PRIVATE_WORDS).pk}


def _shared(world):
    return {"pk": write_entry(world.patient, SHARED_WORDS, share=True).pk}


def _with_private(world):
    write_entry(world.patient, PRIVATE_WORDS)


def _with_both(world):
    write_entry(world.patient, PRIVATE_WORDS)
    write_entry(world.patient, SHARED_WORDS, share=True)


def _deleted(world):
    from journals import services

    entry = write_entry(world.patient, PRIVATE_WORDS)
    services.entry_delete(acting_user=world.patient.user, entry=entry)
    return {"pk": entry.pk}


def _with_deleted(world):
    _deleted(world)


def _with_draft(world):
    from journals import services

    services.draft_save(acting_user=world.patient.user, key="new", text=DRAFT_WORDS)
    return {"key": "new"}


def _session(world):
    from journals import services

    session = record_session(world)
    services.commitment_add(acting_user=world.patient.user, session=session, text=COMMITMENT_WORDS)
    return {"session_pk": session.pk}


def _commitment(world):
    from journals.models import Commitment

    _session(world)
    return {"pk": Commitment.objects.get().pk}


def _check_in(world):
    return {"pk": due_prompt(world, "check_in").pk}


def _assessment(world):
    from journals import services

    assessment = services.assessment_create(
        acting_user=world.patient.user, instrument="gad7", item_scores=[1] * 7
    )
    return {"pk": assessment.pk}


def _patient(world):
    _with_both(world)
    return {"patient_pk": world.patient.pk}


ROWS = [
    Row(
        "journal_list",
        OWN,
        setup=_with_private,
        shows=("patient",),
        marker=lambda world: PRIVATE_WORDS,
    ),
    Row("entry_create", OWN),
    Row(
        "entry_create",
        expect(FORBIDDEN, anonymous=LOGIN, patient=REDIRECT, other_patient=REDIRECT),
        method="post",
        data=lambda world: {"text": "Written now"},
    ),
    Row(
        "entry_deleted_list",
        OWN,
        setup=_with_deleted,
        shows=("patient",),
        marker=lambda world: PRIVATE_WORDS,
    ),
    Row("entry_restore", OWN_WRITE, kwargs=_deleted, method="post"),
    Row(
        "journal_draft",
        OWN,
        kwargs=_with_draft,
        shows=("patient",),
        marker=lambda world: DRAFT_WORDS,
    ),
    Row(
        "journal_draft",
        OWN,
        kwargs=lambda world: {"key": "new"},
        method="post",
        data=lambda world: {"text": "Autosaved"},
    ),
    Row(
        "entry_detail",
        OWN_OBJECT,
        kwargs=_private,
        shows=("patient",),
        marker=lambda world: PRIVATE_WORDS,
    ),
    Row(
        "entry_edit",
        OWN_OBJECT,
        kwargs=_private,
        shows=("patient",),
        marker=lambda world: PRIVATE_WORDS,
    ),
    Row("entry_delete", OWN_WRITE, kwargs=_private, method="post"),
    Row("entry_share", OWN_WRITE, kwargs=_private, method="post"),
    Row("entry_unshare", OWN_WRITE, kwargs=_shared, method="post"),
    Row(
        "entry_comment",
        OWN_WRITE,
        kwargs=_shared,
        method="post",
        data=lambda world: {"text": "A reply"},
    ),
    Row("assessment_create", OWN, kwargs=lambda world: {"instrument": "phq9"}),
    Row(
        "assessment_detail",
        expect(NOT_FOUND, anonymous=LOGIN, patient=OK, clinician=OK, therapist=OK),
        kwargs=_assessment,
    ),
    Row(
        "commitment_list",
        OWN_OBJECT,
        kwargs=_session,
        shows=("patient",),
        marker=lambda world: COMMITMENT_WORDS,
    ),
    Row(
        "commitment_list",
        OWN_WRITE,
        kwargs=_session,
        method="post",
        data=lambda world: {"text": "Another"},
    ),
    Row(
        "commitment_progress",
        OWN_WRITE,
        kwargs=_commitment,
        method="post",
        data=lambda world: {"progress": "done"},
    ),
    Row("commitment_delete", OWN_WRITE, kwargs=_commitment, method="post"),
    Row("prompt_answer", OWN_OBJECT, kwargs=_check_in),
    Row(
        "prompt_answer",
        OWN_WRITE,
        kwargs=_check_in,
        method="post",
        data=lambda world: {"mood": "6"},
    ),
    # The care team's pages: shared entries only; a private entry reaches no one.
    Row(
        "staff_entry_list",
        CARE_TEAM,
        kwargs=_patient,
        shows=(),
        marker=lambda world: PRIVATE_WORDS,
    ),
    Row(
        "staff_entry_detail",
        CARE_TEAM,
        kwargs=_shared,
        shows=("coach", "clinician"),
        marker=lambda world: SHARED_WORDS,
    ),
    Row("staff_entry_detail", NO_STAFF_SEES, kwargs=_private),
    Row(
        "staff_entry_comment",
        CARE_TEAM_WRITE,
        kwargs=_shared,
        method="post",
        data=lambda world: {"text": "Thank you for sharing"},
    ),
    Row(
        "staff_entry_comment",
        NO_STAFF_SEES,
        kwargs=_private,
        method="post",
        data=lambda world: {"text": "Hello"},
    ),
]
