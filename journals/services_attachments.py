"""Every write about attachments: adding drawings, photos and voice notes to an entry,
removing one, and deleting the files of purged entries.

A row and its file commit together or not at all. Files are checked and re-encoded before
any transaction opens; they are written inside it, and every file written is removed again
if the outermost transaction that wrote it does not commit (files_kept_only_on_commit).
Files of rows deleted are removed only after the deletion commits.
"""

import contextlib
import contextvars
import logging
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext

from patients.models import Patient, SafetyAlert
from patients.services import alert_raise
from patients.validators import validate_single_line

from . import crisis, files
from .attachments import bytes_used_by, quota_bytes
from .models import Attachment, JournalEntry, attachment_path

logger = logging.getLogger(__name__)
Kind = Attachment.Kind

_written: contextvars.ContextVar[list | None] = contextvars.ContextVar(
    "attachment_files_written", default=None
)


@dataclass
class NewAttachment:
    """One file to attach: the upload, what the patient made it as, and a caption."""

    upload: object
    kind: str = ""
    caption: str = ""


def _storage():
    return Attachment._meta.get_field("file").storage


def _delete_files(names) -> None:
    storage = _storage()
    for name in names:
        if not name:
            continue
        try:
            storage.delete(name)
        except Exception:  # a file left behind is logged, never a failed request
            logger.warning("Could not delete attachment file %s", name, exc_info=True)


def files_delete_on_commit(names) -> None:
    names = [name for name in names if name]
    if names:
        transaction.on_commit(lambda: _delete_files(names))


@contextlib.contextmanager
def files_kept_only_on_commit():
    """Wrap a unit of work that writes attachment files (and its transaction): if it
    raises, every file written inside it is deleted again. Nested uses share the outermost
    one, which alone decides."""
    if _written.get() is not None:
        yield
        return
    token = _written.set([])
    try:
        yield
    except BaseException:
        _delete_files(_written.get())
        raise
    finally:
        _written.reset(token)


def _store(patient: Patient, content: bytes, extension: str) -> str:
    probe = Attachment(patient=patient)
    name = _storage().save(attachment_path(probe, f"file{extension}"), ContentFile(content))
    written = _written.get()
    if written is not None:
        written.append(name)
    return name


def _kind_for(prepared: files.Prepared, asked: str) -> str:
    if not prepared.is_image:
        return Kind.VOICE
    return Kind.DRAWING if asked == Kind.DRAWING else Kind.PHOTO


def _clean_caption(caption: str) -> str:
    caption = (caption or "").strip()
    if len(caption) > Attachment.CAPTION_MAX_CHARS:
        raise ValidationError(
            {
                "caption": gettext("A caption can be up to %(most)s characters.")
                % {"most": Attachment.CAPTION_MAX_CHARS}
            }
        )
    try:
        validate_single_line(caption)
    except ValidationError as error:
        raise ValidationError({"caption": error.messages}) from None
    return caption


def attachment_prepare(new: NewAttachment) -> tuple[files.Prepared, str, str]:
    """Reads, sniffs and re-encodes one upload outside any transaction. Raises a
    ValidationError on the "file" field saying what is wrong."""
    if new.kind and new.kind not in Kind.values:
        raise ValidationError({"kind": gettext("Choose drawing, photo or voice.")})
    try:
        prepared = files.prepare(files.read_upload(new.upload), drawing=new.kind == Kind.DRAWING)
        files.check_name(getattr(new.upload, "name", ""), prepared.content_type)
    except ValidationError as error:
        raise ValidationError({"file": error.messages}) from None
    if new.kind == Kind.VOICE and prepared.is_image:
        raise ValidationError({"file": gettext("A voice note is a recording, not an image.")})
    if new.kind == Kind.PHOTO and not prepared.is_image:
        raise ValidationError({"file": gettext("A photo is a JPEG, PNG or WebP image.")})
    return prepared, _kind_for(prepared, new.kind), _clean_caption(new.caption)


def _screen_captions(entry: JournalEntry, captions: list[str]) -> None:
    """Captions are words the patient wrote: the crisis screen reads them like entry text.
    The images and recordings themselves are not analysed."""
    if entry.flagged or not crisis.screen(*captions):
        return
    JournalEntry.objects.filter(pk=entry.pk).update(flagged=True)
    entry.flagged = True
    alert_raise(
        patient=entry.patient,
        kind=SafetyAlert.Kind.JOURNAL_FLAG,
        source=entry,
        source_private=not entry.shared_with_care_team,
    )


def attachments_add(
    *, acting_user, entry: JournalEntry, new: list[NewAttachment], now=None
) -> list[Attachment]:
    """Attaches files to the patient's own entry, all or none. Refuses, with a message on
    "file", what is not a JPEG/PNG/WebP image or a WebM/Ogg/MP4 recording, what passes the
    size caps, and what would take the patient past their quota."""
    if entry.patient.user_id != acting_user.pk:
        raise PermissionDenied(gettext("Only the patient adds to their journal."))
    if entry.deleted_at is not None:
        raise ValidationError(gettext("Restore this entry before adding to it."))
    ready = [attachment_prepare(item) for item in new]
    if not ready:
        return []
    now = now or timezone.now()
    with files_kept_only_on_commit(), transaction.atomic():
        patient = Patient.objects.select_for_update().get(pk=entry.patient_id)
        adding = sum(len(p.content) + len(p.thumbnail) for p, _, _ in ready)
        used = bytes_used_by(patient)
        if used + adding > quota_bytes():
            left = max(quota_bytes() - used, 0)
            raise ValidationError(
                {
                    "file": gettext(
                        "Your space for attachments is full: %(left)s left of %(quota)s. Remove "
                        "some attachments, or ask your clinic for more room."
                    )
                    % {"left": files._mb(left), "quota": files._mb(quota_bytes())}
                }
            )
        made = []
        for prepared, kind, caption in ready:
            attachment = Attachment(
                entry=entry,
                patient=patient,
                kind=kind,
                content_type=prepared.content_type,
                size=len(prepared.content) + len(prepared.thumbnail),
                width=prepared.width,
                height=prepared.height,
                caption=caption,
                created_at=now,
            )
            attachment.file.name = _store(patient, prepared.content, prepared.extension)
            if prepared.thumbnail:
                attachment.thumbnail.name = _store(patient, prepared.thumbnail, prepared.extension)
            attachment.save()
            made.append(attachment)
        _screen_captions(entry, [caption for _, _, caption in ready])
    return made


@transaction.atomic
def attachment_delete(*, acting_user, attachment: Attachment) -> None:
    """Removes one attachment for good; its files go once the deletion commits."""
    if attachment.entry.patient.user_id != acting_user.pk:
        raise PermissionDenied(gettext("Only the patient changes their journal."))
    names = [attachment.file.name, attachment.thumbnail.name]
    attachment.delete()
    files_delete_on_commit(names)


def attachment_files_of(entries: QuerySet[JournalEntry]) -> list[str]:
    """The stored names of every file on these entries, to delete with them."""
    names = []
    for file, thumbnail in Attachment.objects.filter(entry__in=entries).values_list(
        "file", "thumbnail"
    ):
        names += [file, thumbnail]
    return [name for name in names if name]
