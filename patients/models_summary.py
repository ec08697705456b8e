"""The dashboard's summary rows: one per patient, kept by patients/summary.py."""

from django.db import models
from django.utils import timezone


class PatientSummary(models.Model):
    """One row per patient with what the care team's dashboard shows of them, kept current
    by the services that change it (patients/summary.py), so the dashboard reads one row a
    patient instead of working out each figure from the histories. A patient without a row
    has nothing to show yet. Who may see a row is still the selectors' to say."""

    patient = models.OneToOneField(
        "patients.Patient", on_delete=models.CASCADE, primary_key=True, related_name="summary"
    )
    # Safety alerts (urgent) and follow-up alerts (not urgent), kept apart.
    open_alerts = models.PositiveIntegerField(default=0)
    unacknowledged_alerts = models.PositiveIntegerField(default=0)
    open_followups = models.PositiveIntegerField(default=0)
    # The latest completed session and its window (sessions.windows' rule).
    last_session_id = models.BigIntegerField(null=True, blank=True)
    last_session_started_at = models.DateTimeField(null=True, blank=True)
    last_session_ended_at = models.DateTimeField(null=True, blank=True)
    window_hours = models.PositiveIntegerField(null=True, blank=True)
    window_ends_at = models.DateTimeField(null=True, blank=True)
    # That window's prompts: reached the patient, answered, still open.
    prompts_due = models.PositiveIntegerField(default=0)
    prompts_answered = models.PositiveIntegerField(default=0)
    prompts_open = models.PositiveIntegerField(default=0)
    # The latest two moods of entries shared with the care team.
    mood_latest = models.PositiveSmallIntegerField(null=True, blank=True)
    mood_previous = models.PositiveSmallIntegerField(null=True, blank=True)
    # PHQ-9: the latest total and band, and the first total, for the change since.
    phq9_latest = models.PositiveSmallIntegerField(null=True, blank=True)
    phq9_band = models.CharField(max_length=30, blank=True)
    phq9_first = models.PositiveSmallIntegerField(null=True, blank=True)
    refreshed_at = models.DateTimeField(default=timezone.now)
    # The dashboard's order, kept on the row so a page is read from one index in that
    # order (clinic, who needs attention, name) and never sorts the whole clinic: the
    # patient's clinic, 2 with a safety alert no one has acknowledged, 1 with one still
    # open, 0 otherwise, and the patient's names.
    clinic = models.ForeignKey(
        "patients.Clinic",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        db_index=False,
    )
    alert_rank = models.PositiveSmallIntegerField(default=0)
    sort_last_name = models.CharField(max_length=150, blank=True)
    sort_first_name = models.CharField(max_length=150, blank=True)

    class Meta:
        verbose_name = "patient summary"
        verbose_name_plural = "patient summaries"
        indexes = [
            models.Index(
                "clinic",
                models.F("alert_rank").desc(),
                "sort_last_name",
                "sort_first_name",
                "patient",
                name="patients_summary_dash_idx",
            )
        ]

    def __str__(self):
        return f"Summary of {self.patient_id}"
