"""The dashboard's sort keys on the summary rows (clinic, alert rank, names) and the index
that reads a page of them in order; existing rows get their keys, and patients without a
row get one (their alerts counted; the other figures follow from the services or
summary_rebuild, as before)."""

import django.db.models.deletion
from django.db import migrations, models
from django.db.models import Count, Q
from django.utils import timezone

FILL_KEYS = """
UPDATE patients_patientsummary SET
    clinic_id = (SELECT p.clinic_id FROM patients_patient p
                 WHERE p.id = patients_patientsummary.patient_id),
    sort_last_name = (SELECT u.last_name FROM patients_patient p
                      JOIN patients_user u ON u.id = p.user_id
                      WHERE p.id = patients_patientsummary.patient_id),
    sort_first_name = (SELECT u.first_name FROM patients_patient p
                       JOIN patients_user u ON u.id = p.user_id
                       WHERE p.id = patients_patientsummary.patient_id),
    alert_rank = CASE WHEN unacknowledged_alerts > 0 THEN 2
                      WHEN open_alerts > 0 THEN 1 ELSE 0 END
"""


def add_missing_rows(apps, schema_editor):
    Patient = apps.get_model("patients", "Patient")
    PatientSummary = apps.get_model("patients", "PatientSummary")
    SafetyAlert = apps.get_model("patients", "SafetyAlert")
    FollowUpAlert = apps.get_model("patients", "FollowUpAlert")
    missing = list(
        Patient.objects.filter(summary__isnull=True).values_list(
            "pk", "clinic_id", "user__last_name", "user__first_name"
        )
    )
    for start in range(0, len(missing), 1_000):
        chunk = missing[start : start + 1_000]
        ids = [row[0] for row in chunk]
        safety = {
            row["patient_id"]: row
            for row in SafetyAlert.objects.filter(patient_id__in=ids, resolved_at=None)
            .order_by()
            .values("patient_id")
            .annotate(open=Count("pk"), unack=Count("pk", filter=Q(acknowledged_at=None)))
        }
        followups = dict(
            FollowUpAlert.objects.filter(patient_id__in=ids, resolved_at=None)
            .order_by()
            .values("patient_id")
            .annotate(open=Count("pk"))
            .values_list("patient_id", "open")
        )
        rows = []
        for pk, clinic_id, last_name, first_name in chunk:
            alerts = safety.get(pk, {"open": 0, "unack": 0})
            rows.append(
                PatientSummary(
                    patient_id=pk,
                    clinic_id=clinic_id,
                    sort_last_name=last_name,
                    sort_first_name=first_name,
                    open_alerts=alerts["open"],
                    unacknowledged_alerts=alerts["unack"],
                    open_followups=followups.get(pk, 0),
                    alert_rank=2 if alerts["unack"] else (1 if alerts["open"] else 0),
                    refreshed_at=timezone.now(),
                )
            )
        PatientSummary.objects.bulk_create(rows, ignore_conflicts=True)


class Migration(migrations.Migration):
    dependencies = [
        ("patients", "0018_invitation_therapist"),
    ]

    operations = [
        migrations.AddField(
            model_name="patientsummary",
            name="alert_rank",
            field=models.PositiveSmallIntegerField(default=0),
        ),
        migrations.AddField(
            model_name="patientsummary",
            name="clinic",
            field=models.ForeignKey(
                blank=True,
                db_index=False,
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="+",
                to="patients.clinic",
            ),
        ),
        migrations.AddField(
            model_name="patientsummary",
            name="sort_first_name",
            field=models.CharField(blank=True, max_length=150),
        ),
        migrations.AddField(
            model_name="patientsummary",
            name="sort_last_name",
            field=models.CharField(blank=True, max_length=150),
        ),
        migrations.RunSQL(FILL_KEYS, migrations.RunSQL.noop),
        migrations.RunPython(add_missing_rows, migrations.RunPython.noop),
        migrations.AddIndex(
            model_name="patientsummary",
            index=models.Index(
                models.F("clinic"),
                models.OrderBy(models.F("alert_rank"), descending=True),
                models.F("sort_last_name"),
                models.F("sort_first_name"),
                models.F("patient"),
                name="patients_summary_dash_idx",
            ),
        ),
    ]
