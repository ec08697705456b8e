"""The attachment endpoints for the whole cast: the patient adds, reads and removes their
own; the care team reads those of shared entries; everyone else finds nothing."""

from tests.attachments.helpers import png_bytes, private_attachment, shared_attachment, upload
from tests.authz import NOT_FOUND, OK, UNAUTHORIZED, Row, expect
from tests.journals.helpers import PRIVATE_WORDS, SHARED_WORDS, write_entry

CREATED = 201
NO_CONTENT = 204
PATIENT_ONLY = expect(NOT_FOUND, anonymous=UNAUTHORIZED, patient=OK)
SHARED_READERS = expect(
    NOT_FOUND, anonymous=UNAUTHORIZED, patient=OK, coach=OK, clinician=OK, therapist=OK
)


def _private(world):
    return {"pk": private_attachment(world).pk}


def _shared(world):
    return {"pk": shared_attachment(world).pk}


def _private_entry(world):
    return {"pk": write_entry(world.patient, PRIVATE_WORDS).pk}


def _shared_entry(world):
    return {"pk": write_entry(world.patient, SHARED_WORDS, share=True).pk}


def _png(world):
    return {"file": upload("drawing.png", png_bytes())}


ROWS = [
    Row("api-entry-attachments", PATIENT_ONLY, kwargs=_private_entry),
    Row("api-entry-attachments", SHARED_READERS, kwargs=_shared_entry),
    Row(
        "api-entry-attachments",
        expect(NOT_FOUND, anonymous=UNAUTHORIZED, patient=CREATED),
        kwargs=_private_entry,
        method="post",
        data=_png,
    ),
    Row(
        "api-entry-attachments",
        expect(NOT_FOUND, anonymous=UNAUTHORIZED, patient=CREATED),
        kwargs=_shared_entry,
        method="post",
        data=_png,
    ),
    Row("api-attachment", PATIENT_ONLY, kwargs=_private),
    Row("api-attachment", SHARED_READERS, kwargs=_shared),
    Row(
        "api-attachment",
        expect(NOT_FOUND, anonymous=UNAUTHORIZED, patient=NO_CONTENT),
        kwargs=_shared,
        method="delete",
    ),
    Row("api-attachment-file", PATIENT_ONLY, kwargs=_private),
    Row("api-attachment-file", SHARED_READERS, kwargs=_shared),
    Row("api-attachment-thumbnail", PATIENT_ONLY, kwargs=_private),
    Row("api-attachment-thumbnail", SHARED_READERS, kwargs=_shared),
]
