"""Attachment pages: the bytes of a drawing, photo or voice note (for whoever may read the
entry), adding to an entry from its page, removing one; and the helper the entry form and
the prompt answers use to save their files with the entry, all or nothing."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import transaction
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from patients.views import patient_required

from .attachments import attachment_get_for, attachment_response
from .models import Attachment, JournalEntry
from .selectors import entry_get_for
from .services_attachments import (
    NewAttachment,
    attachment_delete,
    attachments_add,
    files_kept_only_on_commit,
)

Kind = Attachment.Kind
# The form fields files come in, and what the patient made them as.
FILE_FIELDS = (("drawing", Kind.DRAWING), ("photos", Kind.PHOTO), ("voice", Kind.VOICE))
MAX_FILES_AT_ONCE = 10


def new_attachments_in(request) -> list[NewAttachment]:
    """The files a form sent: a drawing from the canvas, photos, a voice note."""
    new = [
        NewAttachment(upload=upload, kind=kind, caption=request.POST.get("caption", ""))
        for field, kind in FILE_FIELDS
        for upload in request.FILES.getlist(field)
        if upload.size
    ]
    if len(new) > MAX_FILES_AT_ONCE:
        raise ValidationError(
            _("Attach up to %(most)s files at a time.") % {"most": MAX_FILES_AT_ONCE}
        )
    return new


def save_with_attachments(request, save, *, words: str = "", need_something=False):
    """Runs `save` (which makes or changes an entry, or answers a prompt) and attaches the
    request's files to the entry it returns, in one transaction: a refused file leaves no
    entry, and a failed entry leaves no file. With `need_something`, an answer with neither
    words nor files is refused."""
    new = new_attachments_in(request)
    if need_something and not new and not words.strip():
        raise ValidationError(_("Attach a drawing, photo or voice note, or write a few words."))
    with files_kept_only_on_commit(), transaction.atomic():
        result = save()
        if new and isinstance(result, JournalEntry) and not getattr(result, "replayed", False):
            attachments_add(acting_user=request.user, entry=result, new=new)
    return result


@require_GET
@login_required
def attachment_file(request, pk):
    """The attachment's bytes, for the patient and, while the entry is shared, the care
    team (audited). Never cached, never sniffed."""
    return attachment_response(
        attachment_get_for(request.user, pk), range_header=request.headers.get("Range", "")
    )


@require_GET
@login_required
def attachment_thumbnail(request, pk):
    return attachment_response(attachment_get_for(request.user, pk), thumbnail=True)


@require_POST
@patient_required
def entry_attachments_add(request, patient, pk):
    entry = entry_get_for(request.user, pk, for_write=True)
    if not new_count(request):
        messages.error(request, _("Choose a photo, make a drawing or record a voice note first."))
        return redirect("entry_detail", pk=entry.pk)
    try:
        save_with_attachments(request, lambda: entry)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(request, _("Attached."))
    return redirect("entry_detail", pk=entry.pk)


def new_count(request) -> int:
    return sum(len(request.FILES.getlist(field)) for field, _kind in FILE_FIELDS)


@require_POST
@patient_required
def attachment_remove(request, patient, pk):
    attachment = attachment_get_for(request.user, pk, for_write=True)
    attachment_delete(acting_user=request.user, attachment=attachment)
    messages.success(request, _("%(kind)s removed.") % {"kind": attachment.get_kind_display()})
    return redirect("entry_detail", pk=attachment.entry_id)
