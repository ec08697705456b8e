"""The figures the relapse rules (patients.followup) need, gathered when a PHQ-9 or a mood
is saved: the journals app holds them, so it hands them over."""

from datetime import timedelta

from patients.followup import (
    MOOD_DAYS,
    followup_signals_after_mood,
    followup_signals_after_phq9,
)
from patients.models import Patient
from sessions.models import DosingSession, Instrument

from .models import Assessment, JournalEntry


def last_dose_start(patient: Patient, now):
    """When the patient's latest dose (under way or done) began, or None."""
    return (
        DosingSession.objects.filter(
            patient=patient,
            status__in=(DosingSession.Status.IN_PROGRESS, DosingSession.Status.COMPLETED),
            started_at__lte=now,
        )
        .order_by("-started_at")
        .values_list("started_at", flat=True)
        .first()
    )


def signals_after_assessment(assessment: Assessment) -> list:
    """A PHQ-9 compared with the others since the patient's last dose."""
    if assessment.instrument != Instrument.PHQ9:
        return []
    patient, now = assessment.patient, assessment.created_at
    totals = Assessment.objects.filter(
        patient=patient, instrument=Instrument.PHQ9, created_at__lte=now
    )
    since = last_dose_start(patient, now)
    if since is not None:
        totals = totals.filter(created_at__gte=since)
    ordered = list(totals.order_by("created_at", "pk").values_list("pk", "total"))
    # The new one last, whatever its timestamp ties with.
    series = [total for pk, total in ordered if pk != assessment.pk] + [assessment.total]
    return followup_signals_after_phq9(patient=patient, totals=series, now=now)


def signals_after_mood(patient: Patient, now) -> list:
    """The mean mood of the last 7 days against the 7 days before them."""
    week = timedelta(days=MOOD_DAYS)
    rows = (
        JournalEntry.objects.alive()
        .filter(patient=patient, mood__isnull=False, created_at__gt=now - 2 * week)
        .filter(created_at__lte=now)
        .values_list("created_at", "mood")
    )
    recent = [mood for at, mood in rows if at > now - week]
    previous = [mood for at, mood in rows if at <= now - week]
    return followup_signals_after_mood(patient=patient, recent=recent, previous=previous, now=now)
