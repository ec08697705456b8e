from datetime import timedelta

from django.utils import timezone

from journals.models import JournalEntry
from sessions.models_therapy import TherapyNote

NOTE_WORDS = "Worked on the grief that surfaced in the second dose."
SHARED_NOTE_WORDS = "Practise the breathing we tried, twice a day."
REFLECTION_WORDS = "I want to talk about my father and the open door."
PRIVATE_REFLECTION_WORDS = "Something about therapy I keep to myself."


def write_therapy_note(patient, *, author=None, text=NOTE_WORDS, shared=False, days_ago=7):
    author = author or patient.care_therapist
    return TherapyNote.objects.create(
        patient=patient,
        author=author,
        appointment_at=timezone.now() - timedelta(days=days_ago),
        text=text,
        shared_with_patient=shared,
        shared_at=timezone.now() if shared else None,
    )


def write_reflection(patient, *, text=REFLECTION_WORDS, shared=True, days_ago=1, **fields):
    at = timezone.now() - timedelta(days=days_ago)
    return JournalEntry.objects.create(
        patient=patient,
        kind=fields.pop("kind", JournalEntry.Kind.THERAPY),
        text=text,
        shared_with_care_team=shared,
        shared_at=at if shared else None,
        created_at=at,
        **fields,
    )
