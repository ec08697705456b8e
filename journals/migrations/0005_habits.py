# Habits and their marks: the clinic's list, what each patient tracks, one mark a day; and
# the integration plan's weekly review in clinics' default programs.

from decimal import Decimal

import django.core.validators
import django.db.models.deletion
import django.utils.timezone
from django.db import migrations, models

import patients.validators

# The list every existing clinic starts with, frozen as it was when this migration was
# written (journals.habits.DEFAULT_HABITS gives new clinics the current one).
DEFAULT_HABITS = [
    ("Sleep", "How many hours did you sleep last night?", "number", "hours", Decimal("24")),
    ("Movement", "Did you move your body for 20 minutes or more?", "yes_no", "", None),
    ("Time outdoors", "Did you spend time outdoors?", "yes_no", "", None),
    (
        "Time with someone",
        "Did you spend time with someone you feel good with?",
        "yes_no",
        "",
        None,
    ),
    (
        "Alcohol or other substances",
        "Did you drink alcohol or use other substances?",
        "yes_no",
        "",
        None,
    ),
    ("Medication taken", "Did you take your medication as prescribed?", "yes_no", "", None),
    ("Creative practice", "Did you make something: draw, write, play, cook?", "yes_no", "", None),
]


# The integration plan's weekly review, as in sessions.services.DEFAULT_STEPS when this
# migration was written: a journal prompt after the window, every week for six weeks, whose
# page asks after the window's commitments and shows the week's habits.
PLAN_REVIEW_STEP = {
    "phase": "follow_up",
    "kind": "journal",
    "title": "Weekly plan review",
    "instructions": "Look back at your week: how did your commitments and habits go? What "
    "helped, what got in the way, and what will you keep or change for the week ahead?",
    "repeat_every_hours": 168,
    "repeat_for_weeks": 6,
    "expires_after_hours": 72,
    "reminder_after_hours": 24,
}
# Five days after the window closes, apart from the weekly check-in two days later.
PLAN_REVIEW_DAYS_AFTER_WINDOW = 5


def add_plan_review(apps, schema_editor):
    """Clinics' default programs gain the weekly review unless they have one; patients'
    own programs are left as their clinicians made them."""
    IntegrationProgram = apps.get_model("dosing", "IntegrationProgram")
    ProgramStep = apps.get_model("dosing", "ProgramStep")
    for program in IntegrationProgram.objects.filter(is_clinic_default=True).exclude(
        steps__title=PLAN_REVIEW_STEP["title"]
    ):
        offset = (program.window_hours or 72) + PLAN_REVIEW_DAYS_AFTER_WINDOW * 24
        ProgramStep.objects.create(program=program, offset_hours=offset, **PLAN_REVIEW_STEP)


def remove_plan_review(apps, schema_editor):
    ProgramStep = apps.get_model("dosing", "ProgramStep")
    ProgramStep.objects.filter(
        program__is_clinic_default=True, phase="follow_up", title=PLAN_REVIEW_STEP["title"]
    ).delete()


def seed_default_habits(apps, schema_editor):
    Clinic = apps.get_model("patients", "Clinic")
    Habit = apps.get_model("journals", "Habit")
    Habit.objects.bulk_create(
        [
            Habit(
                clinic_id=clinic_id,
                name=name,
                question=question,
                kind=kind,
                unit=unit,
                max_value=max_value,
                order=order,
            )
            for clinic_id in Clinic.objects.values_list("pk", flat=True)
            for order, (name, question, kind, unit, max_value) in enumerate(DEFAULT_HABITS, 1)
        ],
        ignore_conflicts=True,
    )


class Migration(migrations.Migration):
    dependencies = [
        ("journals", "0004_text_and_time_validators"),
        ("patients", "0004_safety_alerts"),
        # Program steps' phases and repeats, for the weekly plan review.
        ("dosing", "0007_program_phases"),
    ]

    operations = [
        migrations.CreateModel(
            name="Habit",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "name",
                    models.CharField(
                        max_length=80, validators=[patients.validators.validate_single_line]
                    ),
                ),
                (
                    "question",
                    models.CharField(
                        blank=True,
                        help_text="What the patient is asked each day, e.g. “Did you get outside today?”",
                        max_length=160,
                        validators=[patients.validators.validate_single_line],
                    ),
                ),
                (
                    "kind",
                    models.CharField(
                        choices=[("yes_no", "Yes or no"), ("number", "A number")],
                        default="yes_no",
                        max_length=10,
                    ),
                ),
                (
                    "unit",
                    models.CharField(
                        blank=True,
                        help_text="For a number: what it counts, e.g. hours.",
                        max_length=20,
                        validators=[patients.validators.validate_single_line],
                    ),
                ),
                (
                    "max_value",
                    models.DecimalField(
                        blank=True,
                        decimal_places=1,
                        help_text="For a number: the most a day can hold, e.g. 24 hours of sleep.",
                        max_digits=6,
                        null=True,
                        validators=[
                            django.core.validators.MinValueValidator(Decimal("0.1")),
                            django.core.validators.MaxValueValidator(1000),
                        ],
                    ),
                ),
                (
                    "active",
                    models.BooleanField(
                        default=True,
                        help_text="Patients can pick it. Turning it off keeps what was tracked.",
                    ),
                ),
                ("order", models.PositiveSmallIntegerField(default=0)),
                ("created_at", models.DateTimeField(default=django.utils.timezone.now)),
                (
                    "clinic",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="habits",
                        to="patients.clinic",
                    ),
                ),
            ],
            options={"ordering": ["clinic", "order", "name"]},
        ),
        migrations.CreateModel(
            name="PatientHabit",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("started_at", models.DateTimeField(default=django.utils.timezone.now)),
                ("stopped_at", models.DateTimeField(blank=True, null=True)),
                (
                    "habit",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="trackers",
                        to="journals.habit",
                    ),
                ),
                (
                    "patient",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="habits",
                        to="patients.patient",
                    ),
                ),
            ],
            options={"ordering": ["habit__order", "habit__name", "pk"]},
        ),
        migrations.CreateModel(
            name="HabitMark",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("day", models.DateField()),
                ("done", models.BooleanField(blank=True, null=True)),
                (
                    "value",
                    models.DecimalField(blank=True, decimal_places=1, max_digits=6, null=True),
                ),
                ("created_at", models.DateTimeField(default=django.utils.timezone.now)),
                ("updated_at", models.DateTimeField(auto_now=True)),
                (
                    "tracker",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="marks",
                        to="journals.patienthabit",
                    ),
                ),
            ],
            options={"ordering": ["tracker", "-day"]},
        ),
        migrations.AddConstraint(
            model_name="habit",
            constraint=models.UniqueConstraint(
                fields=("clinic", "name"), name="one_habit_name_per_clinic"
            ),
        ),
        migrations.AddIndex(
            model_name="patienthabit",
            index=models.Index(
                fields=["patient", "stopped_at"], name="journals_pa_patient_7f799f_idx"
            ),
        ),
        migrations.AddConstraint(
            model_name="patienthabit",
            constraint=models.UniqueConstraint(
                fields=("patient", "habit"), name="one_tracker_per_habit"
            ),
        ),
        migrations.AddConstraint(
            model_name="habitmark",
            constraint=models.UniqueConstraint(
                fields=("tracker", "day"), name="one_mark_per_habit_per_day"
            ),
        ),
        migrations.AddConstraint(
            model_name="habitmark",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    models.Q(("done__isnull", False), ("value__isnull", True)),
                    models.Q(("done__isnull", True), ("value__isnull", False)),
                    _connector="OR",
                ),
                name="mark_is_yes_no_or_number",
            ),
        ),
        migrations.RunPython(seed_default_habits, migrations.RunPython.noop),
        migrations.RunPython(add_plan_review, remove_plan_review),
    ]
