# The dashboard's per-patient summary rows (patients/summary.py). Existing data gets its rows
# from `manage.py rebuild_patient_summaries`, run once after this migration (README): the
# figures come from the sessions' and journals' code, which a migration cannot call.

import django.db.models.deletion
import django.utils.timezone
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("patients", "0015_safety_plan")]

    operations = [
        migrations.CreateModel(
            name="PatientSummary",
            fields=[
                (
                    "patient",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="summary",
                        serialize=False,
                        to="patients.patient",
                    ),
                ),
                ("open_alerts", models.PositiveIntegerField(default=0)),
                ("unacknowledged_alerts", models.PositiveIntegerField(default=0)),
                ("open_followups", models.PositiveIntegerField(default=0)),
                ("last_session_id", models.BigIntegerField(blank=True, null=True)),
                ("last_session_started_at", models.DateTimeField(blank=True, null=True)),
                ("last_session_ended_at", models.DateTimeField(blank=True, null=True)),
                ("window_hours", models.PositiveIntegerField(blank=True, null=True)),
                ("window_ends_at", models.DateTimeField(blank=True, null=True)),
                ("prompts_due", models.PositiveIntegerField(default=0)),
                ("prompts_answered", models.PositiveIntegerField(default=0)),
                ("prompts_open", models.PositiveIntegerField(default=0)),
                ("mood_latest", models.PositiveSmallIntegerField(blank=True, null=True)),
                ("mood_previous", models.PositiveSmallIntegerField(blank=True, null=True)),
                ("phq9_latest", models.PositiveSmallIntegerField(blank=True, null=True)),
                ("phq9_band", models.CharField(blank=True, max_length=30)),
                ("phq9_first", models.PositiveSmallIntegerField(blank=True, null=True)),
                ("refreshed_at", models.DateTimeField(default=django.utils.timezone.now)),
            ],
            options={
                "verbose_name": "patient summary",
                "verbose_name_plural": "patient summaries",
            },
        ),
    ]
