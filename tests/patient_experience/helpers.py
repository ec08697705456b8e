"""Test data for the patient's own pages. Entries and assessments are written as rows:
they set the scene; the pages and the progress figures are what is under test."""

from datetime import timedelta

from django.utils import timezone

from journals.models import Assessment, JournalEntry
from sessions.models import ScheduledPrompt
from tests.sessions.helpers import record_session

Status = ScheduledPrompt.Status


def make_entry(patient, *, text="Today felt lighter.", session=None, at=None, **fields):
    return JournalEntry.objects.create(
        patient=patient,
        session=session,
        text=text,
        created_at=at or timezone.now(),
        **fields,
    )


def make_assessment(patient, instrument, total, band, *, at=None, session=None, items=None):
    count = 9 if instrument == "phq9" else 7
    scores = items or _spread(total, count)
    return Assessment.objects.create(
        patient=patient,
        instrument=instrument,
        item_scores=scores,
        total=total,
        band=band,
        session=session,
        created_at=at or timezone.now(),
    )


def _spread(total, count):
    """Item scores 0-3 adding up to `total`."""
    scores = []
    for _ in range(count):
        score = min(3, total - sum(scores))
        scores.append(max(0, score))
    return scores


def window_with_moods(world, moods, *, days_ago, patient=None):
    """A completed session `days_ago` days back, with a mood entry for each of `moods`
    written in its window."""
    patient = patient or world.patient
    session = record_session(world, patient=patient, hours_ago=24 * days_ago)
    for hour, mood in enumerate(moods, start=3):
        make_entry(
            patient,
            kind="check_in",
            text="",
            mood=mood,
            session=session,
            at=session.ended_at + timedelta(hours=hour),
        )
    return session


def set_statuses(session, *statuses):
    """Gives the session's prompts, in order of their offset, these statuses."""
    prompts = list(session.prompts.order_by("offset_hours", "pk"))
    for prompt, status in zip(prompts, statuses, strict=False):
        ScheduledPrompt.objects.filter(pk=prompt.pk).update(status=status)
    return prompts
