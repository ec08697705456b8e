"""Debrief notes: the care team writes them on a session; the patient reads the ones their
authors chose to show. Who may do what is decided in sessions.selectors."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from patients.audit import audit_record, audit_record_many
from patients.models import AuditEvent
from patients.views import form_errors_into, patient_required, staff_required

from . import services
from .forms import DebriefNoteForm
from .selectors import (
    can_write_debrief_notes,
    debrief_note_get_for,
    debrief_note_list_for,
    session_get_for,
)


@staff_required
def debrief_note_create(request, session_pk):
    session = session_get_for(request.user, session_pk, audit=False)
    if not can_write_debrief_notes(request.user, session):
        raise PermissionDenied(_("Only the patient's care team writes debrief notes."))
    form = DebriefNoteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            note = services.debrief_note_create(
                acting_user=request.user, session=session, **form.cleaned_data
            )
        except ValidationError as error:
            form_errors_into(form, error)
        else:
            if note.visible_to_patient:
                messages.success(request, _("Debrief note saved and shown to the patient."))
            else:
                messages.success(request, _("Debrief note saved."))
            return redirect("debrief_note_detail", pk=note.pk)
    notes = list(debrief_note_list_for(request.user).filter(session=session))
    # The form names the patient and the session it is for, besides the notes listed.
    audit_record_many(
        actor=request.user,
        rows=[(session.patient, session), *((note.patient, note) for note in notes)],
        action=AuditEvent.Action.LIST,
    )
    return render(
        request,
        "sessions/debrief_note_form.html",
        {"form": form, "session": session, "patient": session.patient, "notes": notes},
    )


@staff_required
def debrief_note_detail(request, pk):
    note = debrief_note_get_for(request.user, pk)
    context = {
        "note": note,
        "revisions": note.revisions.select_related("edited_by"),
        "is_author": note.author_id == request.user.pk,
    }
    return render(request, "sessions/debrief_note_detail.html", context)


@staff_required
def debrief_note_edit(request, pk):
    note = debrief_note_get_for(request.user, pk, for_write=True, audit=False)
    form = DebriefNoteForm(request.POST or None, instance=note)
    if request.method == "POST" and form.is_valid():
        try:
            services.debrief_note_update(acting_user=request.user, note=note, **form.cleaned_data)
        except ValidationError as error:
            form_errors_into(form, error)
        else:
            messages.success(request, _("Debrief note updated; the earlier version is kept."))
            return redirect("debrief_note_detail", pk=note.pk)
    # The form edits the instance in place: show the saved note, not half-applied values.
    note.refresh_from_db()
    # Drawing the form shows the record: a read, audited; a saved change is audited by
    # the service instead.
    audit_record(actor=request.user, patient=note.patient, action=AuditEvent.Action.VIEW, obj=note)
    return render(
        request,
        "sessions/debrief_note_form.html",
        {"form": form, "session": note.session, "patient": note.patient, "note": note},
    )


@require_POST
@staff_required
def debrief_note_publish(request, pk):
    """Shows the note to the patient (visible=1) or takes it back (visible=0)."""
    note = debrief_note_get_for(request.user, pk, for_write=True, audit=False)
    visible = request.POST.get("visible") == "1"
    services.debrief_note_publish(acting_user=request.user, note=note, visible=visible)
    if visible:
        messages.success(
            request, _("%(patient)s can now read this note.") % {"patient": note.patient}
        )
    else:
        messages.success(
            request, _("The note is hidden from %(patient)s again.") % {"patient": note.patient}
        )
    return redirect("debrief_note_detail", pk=note.pk)


@patient_required
def my_debrief_notes(request, patient):
    notes = debrief_note_list_for(request.user).order_by("-session__started_at", "-created_at")
    return render(request, "sessions/my_debrief_notes.html", {"notes": notes})
