"""Builders for the care team's tests. They write journal rows directly (the journals
app's own tests drive its services), refreshing the patient's dashboard summary as those
services do; alerts and notes go through their services."""

from datetime import timedelta

from django.utils import timezone

from journals.models import Assessment, JournalEntry
from patients.models import SafetyAlert
from patients.services import alert_raise
from patients.summary import summary_refresh
from sessions import services as session_services

PHQ9_BANDS = [
    (4, "minimal"),
    (9, "mild"),
    (14, "moderate"),
    (19, "moderately severe"),
    (27, "severe"),
]


def phq9_band(total: int) -> str:
    return next(band for top, band in PHQ9_BANDS if total <= top)


def make_entry(patient, *, text="A quiet day.", mood=None, shared=True, at=None, **fields):
    at = at or timezone.now()
    entry = JournalEntry.objects.create(
        patient=patient,
        text=text,
        mood=mood,
        shared_with_care_team=shared,
        shared_at=at if shared else None,
        created_at=at,
        **fields,
    )
    summary_refresh([patient.pk])
    return entry


def make_phq9(patient, total, *, at=None, item9=0):
    items = [0] * 9
    items[8] = item9
    remaining = total - item9
    for n in range(8):
        items[n] = min(3, remaining)
        remaining -= items[n]
    assessment = Assessment.objects.create(
        patient=patient,
        instrument="phq9",
        item_scores=items,
        total=total,
        band=phq9_band(total),
        created_at=at or timezone.now(),
    )
    summary_refresh([patient.pk])
    return assessment


def raise_alert(patient, *, private=True, minutes_ago=0):
    """An urgent alert from a flagged entry, raised as the crisis screen would, with its
    first sending `minutes_ago`."""
    entry = make_entry(patient, text="flagged words", shared=not private)
    alert = alert_raise(
        patient=patient,
        kind=SafetyAlert.Kind.JOURNAL_FLAG,
        source=entry,
        source_private=private,
    )
    if minutes_ago:
        sent = timezone.now() - timedelta(minutes=minutes_ago)
        SafetyAlert.objects.filter(pk=alert.pk).update(created_at=sent, last_sent_at=sent)
        alert.refresh_from_db()
    return alert


def write_note(session, *, author=None, text="We talked about the garden.", visible=False):
    return session_services.debrief_note_create(
        acting_user=author or session.patient.care_clinician,
        session=session,
        text=text,
        visible_to_patient=visible,
    )
