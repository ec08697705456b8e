"""What the journals app adds to each patient's summary row (patients/summary.py): the
latest two moods the patient shared with the care team, and the latest and first PHQ-9.
Registered in JournalsConfig.ready. A private entry's mood never reaches the row."""

from datetime import datetime

from django.db.models import OuterRef, Subquery

from patients.models import Patient
from patients.summary import summary_source
from sessions.models import Instrument

from .models import Assessment, JournalEntry


def _latest(queryset, field, *, offset=0, oldest_first=False):
    order = ("created_at", "pk") if oldest_first else ("-created_at", "-pk")
    return Subquery(
        queryset.filter(patient=OuterRef("pk")).order_by(*order).values(field)[offset : offset + 1]
    )


@summary_source
def journal_figures(patient_ids: list[int], now: datetime) -> dict[int, dict]:
    moods = JournalEntry.objects.alive().filter(shared_with_care_team=True).exclude(mood=None)
    phq9 = Assessment.objects.filter(instrument=Instrument.PHQ9)
    rows = (
        Patient.objects.filter(pk__in=patient_ids)
        .annotate(
            mood_latest=_latest(moods, "mood"),
            mood_previous=_latest(moods, "mood", offset=1),
            phq9_latest=_latest(phq9, "total"),
            phq9_band=_latest(phq9, "band"),
            phq9_first=_latest(phq9, "total", oldest_first=True),
        )
        .values("pk", "mood_latest", "mood_previous", "phq9_latest", "phq9_band", "phq9_first")
    )
    figures = {}
    for row in rows:
        patient_id = row.pop("pk")
        if any(value is not None for value in row.values()):
            figures[patient_id] = {**row, "phq9_band": row["phq9_band"] or ""}
    return figures
