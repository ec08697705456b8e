# Therapy notes: private to the clinic's clinicians and the patient's therapist until shared.

import django.core.validators
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

import patients.validators


class Migration(migrations.Migration):
    dependencies = [
        ("dosing", "0007_program_phases"),
        ("patients", "0014_therapist_followup_alerts"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="TherapyNote",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "appointment_at",
                    models.DateTimeField(
                        help_text="When the session was.",
                        validators=[patients.validators.validate_sane_datetime],
                        verbose_name="appointment",
                    ),
                ),
                (
                    "text",
                    models.TextField(
                        max_length=10000,
                        validators=[
                            patients.validators.validate_multiline,
                            django.core.validators.MaxLengthValidator(10000),
                        ],
                    ),
                ),
                (
                    "shared_with_patient",
                    models.BooleanField(
                        default=False,
                        help_text="Let the patient read this note. Until then only the clinic's clinicians and the patient's therapist can.",
                    ),
                ),
                (
                    "shared_at",
                    models.DateTimeField(
                        blank=True,
                        help_text="When the note was last shared with the patient.",
                        null=True,
                    ),
                ),
                ("created_at", models.DateTimeField(auto_now_add=True)),
                ("updated_at", models.DateTimeField(auto_now=True)),
                (
                    "author",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="therapy_notes_written",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "patient",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="therapy_notes",
                        to="patients.patient",
                    ),
                ),
            ],
            options={
                "ordering": ["-appointment_at", "-pk"],
                "indexes": [
                    models.Index(
                        fields=["patient", "-appointment_at"], name="dosing_ther_patient_a6e1db_idx"
                    ),
                    models.Index(
                        fields=["patient", "shared_with_patient"],
                        name="dosing_ther_patient_0cea4b_idx",
                    ),
                ],
            },
        ),
    ]
