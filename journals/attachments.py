"""Who may read which attachment, and how its bytes go out.

An attachment is read exactly when its entry is: journals.selectors.entry_list_for
decides (the patient, always; the care team, while the entry is shared; nobody, once it
is deleted), so the two can never disagree. A staff read is audited like the entry's.

No file has a public URL. Every read comes through here and leaves with Cache-Control:
no-store, nosniff and the type sniffed on upload. In production the bytes can be handed
to the front server (X-Accel-Redirect to an internal location) or fetched by the browser
from a short-lived signed storage URL, chosen by ATTACHMENT_SERVING.
"""

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


def attachment_response(attachment: Attachment, *, thumbnail=False) -> HttpResponse:
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
        response = FileResponse(handle, filename=name)
    response["Content-Disposition"] = f'inline; filename="{name}"'
    return _private(response, attachment.content_type)
