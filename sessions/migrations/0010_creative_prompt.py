"""A "creative" prompt kind: draw, photograph or record something. Clinics' default
programs gain one creative step in the window, unless they have one already; patients' own
programs are left as their clinicians made them."""

from decimal import Decimal

from django.db import migrations, models

KINDS = [
    ("check_in", "Check-in"),
    ("journal", "Journal"),
    ("mindfulness", "Mindfulness"),
    ("therapy", "Therapy reflection"),
    ("assessment", "Assessment"),
    ("creative", "Creative expression"),
    ("intention", "Intentions"),
]
# As in sessions.services.DEFAULT_STEPS when this migration was written; a migration keeps
# its own copy so later changes to the plan do not change what it did.
CREATIVE_STEP = {
    "phase": "window",
    "kind": "creative",
    "title": "Creative expression",
    "instructions": "Draw, photograph or record something that holds what you felt.",
    "expires_after_hours": 24,
    "reminder_after_hours": 12,
}
STANDARD_OFFSET = Decimal(36)


def add_creative(apps, schema_editor):
    IntegrationProgram = apps.get_model("dosing", "IntegrationProgram")
    ProgramStep = apps.get_model("dosing", "ProgramStep")
    for program in IntegrationProgram.objects.filter(is_clinic_default=True).exclude(
        steps__kind="creative"
    ):
        # Halfway through the standard window; inside a shorter one.
        offset = min(STANDARD_OFFSET, Decimal(program.window_hours) / 2)
        ProgramStep.objects.create(program=program, offset_hours=offset, **CREATIVE_STEP)


def remove_creative(apps, schema_editor):
    ProgramStep = apps.get_model("dosing", "ProgramStep")
    ProgramStep.objects.filter(
        program__is_clinic_default=True, kind="creative", title=CREATIVE_STEP["title"]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("dosing", "0009_dispatch_batches")]

    operations = [
        migrations.AlterField(
            model_name="programstep",
            name="kind",
            field=models.CharField(choices=KINDS, max_length=12),
        ),
        migrations.AlterField(
            model_name="scheduledprompt",
            name="kind",
            field=models.CharField(choices=KINDS, max_length=12),
        ),
        migrations.RunPython(add_creative, remove_creative),
    ]
