"""Attachments for the whole cast. An attachment is read exactly when its entry is: a
private entry's files by the patient alone; a shared entry's by the patient and the care
team (the clinic's clinicians, the patient's coach and therapist). Only the patient adds
or removes one."""

from tests.attachments.helpers import png_bytes, private_attachment, shared_attachment, upload
from tests.authz import FORBIDDEN, LOGIN, NOT_FOUND, OK, REDIRECT, Row, expect
from tests.journals.helpers import PRIVATE_WORDS, write_entry

PATIENT_READS = expect(NOT_FOUND, anonymous=LOGIN, patient=OK)
CARE_TEAM_READS = expect(
    NOT_FOUND, anonymous=LOGIN, patient=OK, coach=OK, clinician=OK, therapist=OK
)
OWN_WRITE = expect(FORBIDDEN, anonymous=LOGIN, patient=REDIRECT, other_patient=NOT_FOUND)


def _private(world):
    return {"pk": private_attachment(world).pk}


def _shared(world):
    return {"pk": shared_attachment(world).pk}


def _entry(world):
    return {"pk": write_entry(world.patient, PRIVATE_WORDS).pk}


ROWS = [
    Row("attachment_file", PATIENT_READS, kwargs=_private),
    Row("attachment_file", CARE_TEAM_READS, kwargs=_shared),
    Row("attachment_thumbnail", PATIENT_READS, kwargs=_private),
    Row("attachment_thumbnail", CARE_TEAM_READS, kwargs=_shared),
    Row(
        "entry_attachments_add",
        OWN_WRITE,
        kwargs=_entry,
        method="post",
        data=lambda world: {"photos": upload("p.png", png_bytes())},
    ),
    Row("attachment_remove", OWN_WRITE, kwargs=_private, method="post"),
    Row("attachment_remove", OWN_WRITE, kwargs=_shared, method="post"),
]

# The export with every file: the patient's own; staff are refused.
ROWS.append(
    Row(
        "export_zip",
        expect(FORBIDDEN, anonymous=LOGIN, patient=OK, other_patient=OK),
        setup=lambda world: private_attachment(world),
    )
)
