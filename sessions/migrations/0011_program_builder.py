"""The program builder: steps get a place in their program's order and optional Spanish
texts; programs keep versions, and each session and prompt names the version it was
scheduled from. Every existing program's steps as they stand become its version 1, which
the sessions and prompts already scheduled from it point at."""

from decimal import Decimal

import django.core.validators
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

import patients.validators

# As in sessions.models_programs when this migration was written.
STEP_SNAPSHOT_FIELDS = (
    "kind",
    "instrument",
    "phase",
    "offset_hours",
    "repeat_every_hours",
    "repeat_for_weeks",
    "title",
    "title_es",
    "instructions",
    "instructions_es",
    "expires_after_hours",
    "reminder_after_hours",
)


def _value(name, value):
    if name == "offset_hours" and value is not None:
        return f"{Decimal(value):.2f}"
    return value


def versions_for_existing_programs(apps, schema_editor):
    IntegrationProgram = apps.get_model("dosing", "IntegrationProgram")
    ProgramVersion = apps.get_model("dosing", "ProgramVersion")
    ScheduledPrompt = apps.get_model("dosing", "ScheduledPrompt")
    DosingSession = apps.get_model("dosing", "DosingSession")
    for program in IntegrationProgram.objects.all():
        steps = program.steps.order_by("position", "offset_hours", "pk")
        version = ProgramVersion.objects.create(
            program=program,
            number=1,
            window_hours=program.window_hours,
            snapshot={
                "name": program.name,
                "window_hours": program.window_hours,
                "steps": [
                    {
                        "id": step.pk,
                        **{n: _value(n, getattr(step, n)) for n in STEP_SNAPSHOT_FIELDS},
                    }
                    for step in steps
                ],
            },
        )
        program.current_version = version
        program.save(update_fields=["current_version"])
        prompts = ScheduledPrompt.objects.filter(step__program=program)
        prompts.update(program_version=version)
        DosingSession.objects.filter(
            pk__in=prompts.values("session_id"), program_version=None
        ).update(program_version=version)


class Migration(migrations.Migration):
    dependencies = [
        ("dosing", "0010_creative_prompt"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="programstep",
            options={"ordering": ["program", "position", "offset_hours", "pk"]},
        ),
        migrations.AddField(
            model_name="programstep",
            name="instructions_es",
            field=models.TextField(
                blank=True,
                max_length=10000,
                validators=[
                    patients.validators.validate_multiline,
                    django.core.validators.MaxLengthValidator(10000),
                ],
                verbose_name="instructions (Spanish)",
            ),
        ),
        migrations.AddField(
            model_name="programstep",
            name="position",
            field=models.PositiveSmallIntegerField(default=0),
        ),
        migrations.AddField(
            model_name="programstep",
            name="title_es",
            field=models.CharField(
                blank=True,
                max_length=120,
                validators=[patients.validators.validate_single_line],
                verbose_name="title (Spanish)",
            ),
        ),
        migrations.CreateModel(
            name="ProgramVersion",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("number", models.PositiveIntegerField()),
                ("window_hours", models.PositiveSmallIntegerField()),
                (
                    "snapshot",
                    models.JSONField(
                        help_text="The program's name, window and steps as they were."
                    ),
                ),
                ("created_at", models.DateTimeField(auto_now_add=True)),
                (
                    "created_by",
                    models.ForeignKey(
                        blank=True,
                        help_text="Empty when the version was taken as a window was scheduled.",
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "program",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="versions",
                        to="dosing.integrationprogram",
                    ),
                ),
            ],
            options={"ordering": ["program", "-number"]},
        ),
        migrations.AddField(
            model_name="dosingsession",
            name="program_version",
            field=models.ForeignKey(
                blank=True,
                help_text="The version of the program its prompts were last scheduled from.",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="sessions",
                to="dosing.programversion",
            ),
        ),
        migrations.AddField(
            model_name="scheduledprompt",
            name="program_version",
            field=models.ForeignKey(
                blank=True,
                help_text="The version of the program this prompt was scheduled (or last "
                "re-timed) from.",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="prompts",
                to="dosing.programversion",
            ),
        ),
        migrations.AddField(
            model_name="integrationprogram",
            name="current_version",
            field=models.ForeignKey(
                blank=True,
                editable=False,
                help_text="The latest version, read with the program when a window is scheduled.",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="dosing.programversion",
            ),
        ),
        migrations.AddConstraint(
            model_name="programversion",
            constraint=models.UniqueConstraint(
                fields=("program", "number"), name="one_program_version_number"
            ),
        ),
        migrations.RunPython(versions_for_existing_programs, migrations.RunPython.noop),
    ]
