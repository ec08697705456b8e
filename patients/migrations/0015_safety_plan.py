# The safety plan: one per patient, and its append-only versions.

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("patients", "0014_therapist_followup_alerts")]

    operations = [
        migrations.CreateModel(
            name="SafetyPlan",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("version_count", models.PositiveIntegerField(default=0)),
                ("created_at", models.DateTimeField(default=django.utils.timezone.now)),
                ("updated_at", models.DateTimeField(default=django.utils.timezone.now)),
                (
                    "patient",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="safety_plan",
                        to="patients.patient",
                    ),
                ),
                (
                    "updated_by",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "ordering": ["-updated_at", "pk"],
            },
        ),
        migrations.CreateModel(
            name="SafetyPlanVersion",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("number", models.PositiveIntegerField()),
                (
                    "content",
                    models.JSONField(
                        help_text="The sections as saved: lists of lines, and of people with their numbers."
                    ),
                ),
                (
                    "author_role",
                    models.CharField(
                        choices=[
                            ("patient", "Patient"),
                            ("clinician", "Clinician"),
                            ("coach", "Integration coach"),
                            ("therapist", "Therapist"),
                        ],
                        max_length=20,
                    ),
                ),
                (
                    "created_at",
                    models.DateTimeField(db_index=True, default=django.utils.timezone.now),
                ),
                (
                    "author",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "plan",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="versions",
                        to="patients.safetyplan",
                    ),
                ),
            ],
            options={
                "ordering": ["plan", "-number"],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("plan", "number"), name="safety_plan_version_once"
                    )
                ],
            },
        ),
    ]
