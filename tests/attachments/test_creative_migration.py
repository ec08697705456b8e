"""Clinics' default programs made before the creative prompt gain it once, in the window;
patients' own programs are left as their clinicians made them."""

import importlib
from decimal import Decimal

from django.apps import apps

from sessions import services
from sessions.models import IntegrationProgram, ProgramStep
from tests.factories import make_clinic


def _migration():
    return importlib.import_module("sessions.migrations.0010_creative_prompt")


def test_the_migration_adds_one_creative_step_to_clinic_plans(world):
    old = IntegrationProgram.objects.create(
        clinic=world.clinic, name="Old plan", is_clinic_default=True, window_hours=72
    )
    ProgramStep.objects.create(program=old, kind="journal", title="Journal", offset_hours=6)
    short = IntegrationProgram.objects.create(
        clinic=make_clinic("Second Clinic"), name="Short", is_clinic_default=True, window_hours=48
    )
    own = IntegrationProgram.objects.create(
        clinic=world.clinic, patient=world.patient, name="Own", window_hours=72
    )

    _migration().add_creative(apps, None)
    _migration().add_creative(apps, None)

    (added,) = old.steps.filter(kind="creative")
    assert (added.offset_hours, added.phase, added.title) == (
        Decimal(36),
        "window",
        "Creative expression",
    )
    assert short.steps.get(kind="creative").offset_hours == 24
    assert not own.steps.exists()


def test_a_plan_made_today_has_its_creative_step_already(world):
    program = services.program_ensure_default(clinic=world.clinic)
    before = list(program.steps.values_list("pk", flat=True))

    _migration().add_creative(apps, None)

    assert list(program.steps.values_list("pk", flat=True)) == before
    assert program.steps.filter(kind="creative").count() == 1
