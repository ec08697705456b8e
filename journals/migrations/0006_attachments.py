# Journal attachments (drawings, photos, voice notes) and the creative entry kind.

import django.db.models.deletion
import django.utils.timezone
from django.db import migrations, models

import journals.models
import patients.validators


class Migration(migrations.Migration):
    dependencies = [
        ("journals", "0005_habits"),
        ("patients", "0004_safety_alerts"),
    ]

    operations = [
        migrations.AlterField(
            model_name="journalentry",
            name="kind",
            field=models.CharField(
                choices=[
                    ("free", "Journal entry"),
                    ("check_in", "Check-in"),
                    ("journal", "Guided journal"),
                    ("mindfulness", "Mindfulness practice"),
                    ("therapy", "Therapy reflection"),
                    ("creative", "Creative expression"),
                ],
                default="free",
                max_length=12,
            ),
        ),
        migrations.CreateModel(
            name="Attachment",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "kind",
                    models.CharField(
                        choices=[
                            ("drawing", "Drawing"),
                            ("photo", "Photo"),
                            ("voice", "Voice note"),
                        ],
                        max_length=8,
                    ),
                ),
                (
                    "file",
                    models.FileField(max_length=200, upload_to=journals.models.attachment_path),
                ),
                (
                    "thumbnail",
                    models.FileField(
                        blank=True, max_length=200, upload_to=journals.models.attachment_path
                    ),
                ),
                (
                    "content_type",
                    models.CharField(
                        help_text="Decided from the file's bytes, never from its name.",
                        max_length=40,
                    ),
                ),
                ("size", models.PositiveIntegerField(help_text="Bytes stored, after re-encoding.")),
                ("width", models.PositiveIntegerField(blank=True, null=True)),
                ("height", models.PositiveIntegerField(blank=True, null=True)),
                (
                    "caption",
                    models.CharField(
                        blank=True,
                        max_length=300,
                        validators=[patients.validators.validate_single_line],
                    ),
                ),
                ("created_at", models.DateTimeField(default=django.utils.timezone.now)),
                (
                    "entry",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="attachments",
                        to="journals.journalentry",
                    ),
                ),
                (
                    "patient",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="attachments",
                        to="patients.patient",
                    ),
                ),
            ],
            options={
                "ordering": ["created_at", "pk"],
                "indexes": [
                    models.Index(
                        fields=["patient", "created_at"], name="journals_at_patient_e600a1_idx"
                    )
                ],
            },
        ),
    ]
