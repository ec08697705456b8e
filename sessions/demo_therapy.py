"""The demo clinic's therapy note: the therapist saw Alex four days before the demo's
instant and shared a note with them. Idempotent: a patient who has a note by their
therapist gets no other."""

from datetime import datetime, time, timedelta

from django.utils import timezone

from patients.demo import inbox_retime

from .models_therapy import TherapyNote
from .services_therapy import therapy_note_create

NOTE = (
    "We went back over the image of the open door from your last session. You named the "
    "fear of being a burden to your sister. Between now and next week: notice when that "
    "thought comes, write it down in a therapy reflection, and bring one example."
)


def seed_therapy_notes(people, now: datetime):
    patient = people.patients[0]
    therapist = patient.care_therapist
    if therapist is None or TherapyNote.objects.filter(patient=patient).exists():
        return
    day = timezone.localtime(now, patient.zone).date() - timedelta(days=4)
    appointment = datetime.combine(day, time(16, 0), tzinfo=patient.zone)
    # The demo may be built around an instant ahead of the real clock, where the form would
    # refuse an appointment still to come: the note is made now and dated after.
    note = therapy_note_create(
        acting_user=therapist,
        patient=patient,
        appointment_at=min(appointment, timezone.now()),
        text=NOTE,
        shared_with_patient=True,
    )
    written = appointment + timedelta(hours=2)
    TherapyNote.objects.filter(pk=note.pk).update(
        appointment_at=appointment, created_at=written, updated_at=written, shared_at=written
    )
    inbox_retime(dedupe_key=f"therapy-note:{note.pk}", at=written)
