"""Therapy notes: the patient's therapist and the clinic's clinicians keep them; the patient
reads the ones shared with them. Who may do what is decided in sessions.selectors."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from patients.audit import audit_record, audit_record_many
from patients.models import AuditEvent
from patients.selectors import patient_get_for
from patients.views import form_errors_into, patient_required, staff_required

from . import services_therapy
from .forms_therapy import TherapyNoteForm
from .selectors import can_keep_therapy_notes, therapy_note_get_for, therapy_note_list_for

NOTES_PER_PAGE = 50


def _patient_for_notes(request, patient_pk):
    """The patient, if the user keeps their therapy notes: 404 for a patient they may not
    see, 403 for one they see but whose notes are not theirs to read (a coach)."""
    patient = patient_get_for(request.user, patient_pk, audit=False)
    if not can_keep_therapy_notes(request.user, patient):
        raise PermissionDenied(_("Therapy notes are for the patient's therapist and clinicians."))
    return patient


@staff_required
def therapy_note_list(request, patient_pk):
    patient = _patient_for_notes(request, patient_pk)
    notes = list(therapy_note_list_for(request.user).filter(patient=patient)[:NOTES_PER_PAGE])
    audit_record_many(
        actor=request.user,
        rows=[(patient, patient), *((patient, note) for note in notes)],
        action=AuditEvent.Action.LIST,
    )
    return render(request, "sessions/therapy_note_list.html", {"patient": patient, "notes": notes})


@staff_required
def therapy_note_create(request, patient_pk):
    patient = _patient_for_notes(request, patient_pk)
    form = TherapyNoteForm(
        request.POST or None,
        initial={"appointment_at": timezone.localtime().replace(second=0, microsecond=0)},
    )
    if request.method == "POST" and form.is_valid():
        try:
            note = services_therapy.therapy_note_create(
                acting_user=request.user, patient=patient, **form.cleaned_data
            )
        except ValidationError as error:
            form_errors_into(form, error)
        else:
            if note.shared_with_patient:
                saved = _("Therapy note saved and shared with %(patient)s.") % {"patient": patient}
            else:
                saved = _("Therapy note saved.")
            messages.success(request, saved)
            return redirect("therapy_note_detail", pk=note.pk)
    audit_record(actor=request.user, patient=patient, action=AuditEvent.Action.VIEW)
    return render(request, "sessions/therapy_note_form.html", {"form": form, "patient": patient})


@staff_required
def therapy_note_detail(request, pk):
    note = therapy_note_get_for(request.user, pk)
    is_author = note.author_id == request.user.pk
    context = {"note": note, "patient": note.patient, "is_author": is_author}
    return render(request, "sessions/therapy_note_detail.html", context)


@staff_required
def therapy_note_edit(request, pk):
    note = therapy_note_get_for(request.user, pk, for_write=True, audit=False)
    form = TherapyNoteForm(request.POST or None, instance=note)
    if request.method == "POST" and form.is_valid():
        try:
            services_therapy.therapy_note_update(
                acting_user=request.user, note=note, **form.cleaned_data
            )
        except ValidationError as error:
            form_errors_into(form, error)
        else:
            messages.success(request, _("Therapy note updated."))
            return redirect("therapy_note_detail", pk=note.pk)
    # The form edits the instance in place: show the saved note, not half-applied values.
    note.refresh_from_db()
    audit_record(actor=request.user, patient=note.patient, action=AuditEvent.Action.VIEW, obj=note)
    return render(
        request,
        "sessions/therapy_note_form.html",
        {"form": form, "patient": note.patient, "note": note},
    )


@require_POST
@staff_required
def therapy_note_share(request, pk):
    """Shares the note with the patient (shared=1) or takes it back (shared=0)."""
    note = therapy_note_get_for(request.user, pk, for_write=True, audit=False)
    shared = request.POST.get("shared") == "1"
    services_therapy.therapy_note_update(
        acting_user=request.user, note=note, shared_with_patient=shared
    )
    if shared:
        messages.success(
            request, _("%(patient)s can now read this note.") % {"patient": note.patient}
        )
    else:
        messages.success(
            request, _("The note is kept from %(patient)s again.") % {"patient": note.patient}
        )
    return redirect("therapy_note_detail", pk=note.pk)


@patient_required
def my_therapy_notes(request, patient):
    notes = therapy_note_list_for(request.user)[:NOTES_PER_PAGE]
    return render(request, "sessions/my_therapy_notes.html", {"notes": notes})
