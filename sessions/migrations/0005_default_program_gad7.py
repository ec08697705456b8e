"""Clinics' default programs gain the GAD-7 the standard plan now asks alongside its closing
PHQ-9, unless they have a GAD-7 step already. Patients' own programs are left as their
clinicians made them."""

from decimal import Decimal

from django.db import migrations

# As in sessions.services.DEFAULT_STEPS when this migration was written; a migration keeps
# its own copy so later changes to the plan do not change what it did.
GAD7_STEP = {
    "kind": "assessment",
    "instrument": "gad7",
    "title": "GAD-7 check",
    "instructions": "Seven questions about worry and anxiety over the last two weeks.",
    "expires_after_hours": 48,
    "reminder_after_hours": 24,
}
STANDARD_OFFSET = Decimal(72)


def add_gad7(apps, schema_editor):
    IntegrationProgram = apps.get_model("dosing", "IntegrationProgram")
    ProgramStep = apps.get_model("dosing", "ProgramStep")
    programs = IntegrationProgram.objects.filter(is_clinic_default=True).exclude(
        steps__instrument="gad7"
    )
    for program in programs:
        phq9 = (
            ProgramStep.objects.filter(program=program, instrument="phq9")
            .order_by("-offset_hours")
            .first()
        )
        # Next to the program's closing PHQ-9; without one, at the standard time, inside
        # the program's window.
        offset = phq9.offset_hours if phq9 else min(STANDARD_OFFSET, program.window_hours)
        ProgramStep.objects.create(program=program, offset_hours=offset, **GAD7_STEP)


def remove_gad7(apps, schema_editor):
    ProgramStep = apps.get_model("dosing", "ProgramStep")
    ProgramStep.objects.filter(
        program__is_clinic_default=True, instrument="gad7", title=GAD7_STEP["title"]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("dosing", "0004_prompt_statuses_addenda"),
    ]

    operations = [
        migrations.RunPython(add_gad7, remove_gad7),
    ]
