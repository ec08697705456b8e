"""Who may read which attachment, and how its bytes go out.

An attachment is read exactly when its entry is: journals.selectors.entry_list_for
decides (the patient, always; the care team, while the entry is shared; nobody, once it
is deleted), so the two can never disagree. A staff read is audited like the entry's.

No file has a public URL. Every read comes through here and leaves with Cache-Control:
no-store, nosniff and the type sniffed on upload. In production the bytes can be handed
to the front server (X-Accel-Redirect to an internal location) or fetched by the browser
from a short-lived signed storage URL, chosen by ATTACHMENT_SERVING.
"""

import re

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db.models import QuerySet, Sum
from django.http import FileResponse, Http404, HttpResponse, HttpResponseRedirect

from patients.audit import audit_record
from patients.models import AuditEvent, Patient
from patients.selectors import user_is_staff

from .models import Attachment, JournalEntry
from .selectors import entry_list_for

SERVE_DIRECT = "django"
SERVE_X_ACCEL = "x-accel"
SERVE_SIGNED_URL = "signed-url"


def attachment_list_for(user) -> QuerySet[Attachment]:
    """Attachments on the entries `user` may read."""
    return Attachment.objects.filter(entry__in=entry_list_for(user).values("pk")).select_related(
        "entry__patient"
    )


def attachments_of(entry: JournalEntry) -> QuerySet[Attachment]:
    """The attachments of an entry the user may already read (through entry_get_for)."""
    return entry.attachments.order_by("created_at", "pk")


def attachment_get_for(user, pk, *, for_write=False, audit=True) -> Attachment:
    """One attachment; with `for_write` only its patient may have it. 404 otherwise."""
    try:
        attachment = attachment_list_for(user).get(pk=pk)
    except (Attachment.DoesNotExist, ValueError, TypeError):
        raise Http404("No such attachment.") from None
    if for_write and attachment.entry.patient.user_id != user.pk:
        raise Http404("No such attachment.")
    if audit and user_is_staff(user):
        audit_record(
            actor=user,
            patient=attachment.entry.patient,
            action=AuditEvent.Action.VIEW,
            obj=attachment,
        )
    return attachment


def bytes_used_by(patient: Patient) -> int:
    """What the patient's files take, deleted entries' included until they are purged."""
    return Attachment.objects.filter(patient=patient).aggregate(total=Sum("size"))["total"] or 0


def quota_bytes() -> int:
    return getattr(settings, "ATTACHMENT_QUOTA_BYTES", 500 * 1024 * 1024)


def download_name(attachment: Attachment, *, thumbnail=False) -> str:
    from .files import EXTENSIONS

    part = "-thumbnail" if thumbnail else ""
    return f"{attachment.kind}-{attachment.pk}{part}{EXTENSIONS.get(attachment.content_type, '')}"


def _private(response: HttpResponse, content_type: str) -> HttpResponse:
    response["Content-Type"] = content_type
    response["Cache-Control"] = "no-store, private"
    response["X-Content-Type-Options"] = "nosniff"
    # Opened on its own, an attachment runs nothing and loads nothing.
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


def _byte_range(header: str, size: int) -> tuple[int, int] | None:
    """The one range a Range header asks for, clipped to the file, or None for the whole
    file. Safari plays audio only from a server that answers ranges."""
    match = RANGE.match(header.strip())
    if not match or not any(match.groups()) or size == 0:
        return None
    first, last = match.groups()
    if first == "":
        start, end = max(size - int(last), 0), size - 1
    else:
        start, end = int(first), min(int(last), size - 1) if last else size - 1
    if start > end or start >= size:
        return None
    return start, end


def _ranged(handle, size: int, byte_range) -> HttpResponse:
    start, end = byte_range
    handle.seek(start)
    response = HttpResponse(handle.read(end - start + 1), status=206)
    handle.close()
    response["Content-Range"] = f"bytes {start}-{end}/{size}"
    return response


def attachment_response(
    attachment: Attachment, *, thumbnail=False, range_header: str = ""
) -> HttpResponse:
    """The bytes of an attachment the caller was granted through attachment_get_for."""
    field = attachment.thumbnail if thumbnail else attachment.file
    if not field:
        raise Http404("This attachment has no thumbnail.")
    name = download_name(attachment, thumbnail=thumbnail)
    serving = getattr(settings, "ATTACHMENT_SERVING", SERVE_DIRECT)
    # A signed URL needs object storage; the filesystem's URLs are not signed, so there the
    # bytes are streamed instead.
    if serving == SERVE_SIGNED_URL and not isinstance(field.storage, FileSystemStorage):
        response = HttpResponseRedirect(field.storage.url(field.name))
        response["Cache-Control"] = "no-store, private"
        return response
    if serving == SERVE_X_ACCEL:
        response = HttpResponse()
        response["X-Accel-Redirect"] = getattr(
            settings, "ATTACHMENT_X_ACCEL_PREFIX", "/protected-media/"
        ).rstrip("/") + ("/" + field.name)
    else:
        try:
            handle = field.storage.open(field.name, "rb")
        except FileNotFoundError:
            raise Http404("This attachment's file is missing.") from None
        size = field.storage.size(field.name)
        byte_range = _byte_range(range_header, size) if range_header else None
        if byte_range:
            response = _ranged(handle, size, byte_range)
        else:
            response = FileResponse(handle, filename=name)
        response["Accept-Ranges"] = "bytes"
    response["Content-Disposition"] = f'inline; filename="{name}"'
    return _private(response, attachment.content_type)
