"""Before the next appointment: what the patient shared since their last therapy note,
gathered for their therapist (and the clinic's clinicians). It brings journals and
sessions together, so it lives here; both apps' selectors decide what it may show."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from journals.selectors import therapy_reflections_for
from patients.audit import audit_record_many
from patients.models import AuditEvent
from patients.selectors import patient_get_for
from patients.views import staff_required
from sessions.selectors import can_keep_therapy_notes, last_therapy_note_for


def _next_appointment(entries, now):
    """The next appointment the patient gave in a therapy reflection, if one is still
    ahead."""
    ahead = [e.next_therapy_at for e in entries if e.next_therapy_at and e.next_therapy_at > now]
    return min(ahead) if ahead else None


@staff_required
def therapy_reflections(request, patient_pk):
    user = request.user
    patient = patient_get_for(user, patient_pk, audit=False)
    if not can_keep_therapy_notes(user, patient):
        raise PermissionDenied(_("This page is for the patient's therapist and clinicians."))
    last_note = last_therapy_note_for(user, patient)
    since = last_note.appointment_at if last_note else None
    entries = therapy_reflections_for(user, patient, since=since)
    audit_record_many(
        actor=user,
        rows=[(patient, patient), *((patient, entry) for entry in entries)],
        action=AuditEvent.Action.LIST,
    )
    context = {
        "patient": patient,
        "last_note": last_note,
        "reflections": [e for e in entries if e.kind == "therapy"],
        "other_entries": [e for e in entries if e.kind != "therapy"],
        "next_appointment": _next_appointment(entries, timezone.now()),
    }
    return render(request, "sessions/therapy_reflections.html", context)
