"""Programs reach beyond the window: steps before a planned session (negative offsets from
its start) and follow-up steps that repeat after the window closes. A prompt names which
repetition of its step it is, so one step yields several rows. Clinics' default programs
gain the standard intention step and follow-up plan, unless they have such steps already;
patients' own programs are left as their clinicians made them."""

from decimal import Decimal

import django.core.validators
from django.db import migrations, models

PHASES = [
    ("pre_session", "Before a planned session"),
    ("window", "In the window"),
    ("follow_up", "Follow-up between doses"),
]
KINDS = [
    ("check_in", "Check-in"),
    ("journal", "Journal"),
    ("mindfulness", "Mindfulness"),
    ("therapy", "Therapy reflection"),
    ("assessment", "Assessment"),
    ("intention", "Intentions"),
]

# As in sessions.services.DEFAULT_STEPS when this migration was written; a migration keeps
# its own copy so later changes to the plan do not change what it did. Follow-up offsets
# count from the window's close, which is the program's own window length.
INTENTION_STEP = {
    "phase": "pre_session",
    "offset_hours": Decimal(-24),
    "kind": "intention",
    "title": "Set your intentions",
    "instructions": "Before your session: what do you hope to explore, let go of or "
    "understand? A few words are enough; your care team will read them.",
    "expires_after_hours": 24,
    "reminder_after_hours": 12,
}
FOLLOW_UP_STEPS = [
    {
        "weeks_after_window": 1,
        "kind": "check_in",
        "title": "Weekly check-in",
        "instructions": "One tap: how have you been this week, from 1 to 10?",
        "repeat_every_hours": 168,
        "repeat_for_weeks": 6,
        "expires_after_hours": 72,
    },
    {
        "weeks_after_window": 2,
        "kind": "assessment",
        "instrument": "phq9",
        "title": "PHQ-9 follow-up",
        "instructions": "Nine questions about how you have felt over the last two weeks.",
        "repeat_every_hours": 336,
        "repeat_for_weeks": 6,
        "expires_after_hours": 72,
        "reminder_after_hours": 24,
    },
]


def add_phases(apps, schema_editor):
    IntegrationProgram = apps.get_model("dosing", "IntegrationProgram")
    ProgramStep = apps.get_model("dosing", "ProgramStep")
    for program in IntegrationProgram.objects.filter(is_clinic_default=True):
        phases = set(program.steps.values_list("phase", flat=True))
        if "pre_session" not in phases:
            ProgramStep.objects.create(program=program, **INTENTION_STEP)
        if "follow_up" not in phases:
            for step in FOLLOW_UP_STEPS:
                step = dict(step)
                weeks = step.pop("weeks_after_window")
                offset = Decimal(program.window_hours + weeks * 168)
                ProgramStep.objects.create(
                    program=program, phase="follow_up", offset_hours=offset, **step
                )


def remove_phases(apps, schema_editor):
    ProgramStep = apps.get_model("dosing", "ProgramStep")
    ProgramStep.objects.filter(program__is_clinic_default=True).exclude(phase="window").delete()


class Migration(migrations.Migration):
    dependencies = [("dosing", "0006_text_and_time_validators")]

    operations = [
        migrations.RemoveConstraint(
            model_name="scheduledprompt",
            name="one_prompt_per_step",
        ),
        migrations.AddField(
            model_name="programstep",
            name="phase",
            field=models.CharField(choices=PHASES, default="window", max_length=12),
        ),
        migrations.AddField(
            model_name="programstep",
            name="repeat_every_hours",
            field=models.PositiveSmallIntegerField(
                blank=True,
                help_text="Follow-up steps: repeat this often (168 is weekly); empty for once.",
                null=True,
                validators=[django.core.validators.MinValueValidator(24)],
            ),
        ),
        migrations.AddField(
            model_name="programstep",
            name="repeat_for_weeks",
            field=models.PositiveSmallIntegerField(
                blank=True,
                help_text="Follow-up steps: keep repeating this many weeks after the window "
                "closes; empty for until the next dose (at most 26 weeks). Every follow-up "
                "stops at the next dose.",
                null=True,
                validators=[
                    django.core.validators.MinValueValidator(1),
                    django.core.validators.MaxValueValidator(26),
                ],
            ),
        ),
        migrations.AddField(
            model_name="scheduledprompt",
            name="occurrence",
            field=models.PositiveSmallIntegerField(
                default=1, help_text="Which repetition of its step: 1 for the first (or only) one."
            ),
        ),
        migrations.AddField(
            model_name="scheduledprompt",
            name="phase",
            field=models.CharField(choices=PHASES, default="window", max_length=12),
        ),
        migrations.AlterField(
            model_name="programstep",
            name="kind",
            field=models.CharField(choices=KINDS, max_length=12),
        ),
        migrations.AlterField(
            model_name="programstep",
            name="offset_hours",
            field=models.DecimalField(
                decimal_places=2,
                help_text="Hours after the session ends; for a step before a planned session, "
                "negative hours before its scheduled start (-24 is a day before).",
                max_digits=5,
                validators=[
                    django.core.validators.MinValueValidator(-336),
                    django.core.validators.MaxValueValidator(960),
                ],
            ),
        ),
        migrations.AlterField(
            model_name="scheduledprompt",
            name="kind",
            field=models.CharField(choices=KINDS, max_length=12),
        ),
        migrations.AlterField(
            model_name="scheduledprompt",
            name="offset_hours",
            field=models.DecimalField(decimal_places=2, max_digits=7),
        ),
        migrations.AddConstraint(
            model_name="scheduledprompt",
            constraint=models.UniqueConstraint(
                fields=("session", "step", "occurrence"), name="one_prompt_per_step_occurrence"
            ),
        ),
        migrations.RunPython(add_phases, remove_phases),
    ]
