"""The plan of a window: its steps start within it, and the standard plan asks a GAD-7 with
its closing PHQ-9."""

import importlib

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.urls import reverse

from sessions import services
from sessions.models import IntegrationProgram, ProgramStep
from tests.factories import give_mfa, make_clinic, make_user


def _step(program, **fields):
    defaults = {"kind": "journal", "title": "Late thoughts", "offset_hours": 12}
    return ProgramStep(program=program, **{**defaults, **fields})


def test_a_step_cannot_start_after_its_programs_window(world):
    program = IntegrationProgram.objects.create(
        clinic=world.clinic, name="Two days", window_hours=48
    )

    with pytest.raises(ValidationError) as refused:
        _step(program, offset_hours=50).full_clean()
    _step(program, offset_hours=48).full_clean()

    (message,) = refused.value.message_dict["offset_hours"]
    assert "after the program's 48-hour window has closed" in message
    assert "Choose 48 hours or fewer" in message


@pytest.fixture
def superuser_client(world, client):
    user = make_user("root-programs@example.test")
    user.is_staff = user.is_superuser = True
    user.save()
    give_mfa(user)
    client.force_login(user)
    return client


def _program_form(window_hours, offset_hours):
    return {
        "clinic": "",
        "name": "Short plan",
        "window_hours": str(window_hours),
        "steps-TOTAL_FORMS": "1",
        "steps-INITIAL_FORMS": "0",
        "steps-MIN_NUM_FORMS": "0",
        "steps-MAX_NUM_FORMS": "1000",
        "steps-0-offset_hours": str(offset_hours),
        "steps-0-kind": "journal",
        "steps-0-instrument": "",
        "steps-0-title": "Too late",
        "steps-0-instructions": "",
        "steps-0-expires_after_hours": "24",
        "steps-0-reminder_after_hours": "",
    }


def test_the_admin_shows_the_message_on_the_step(world, superuser_client):
    data = {**_program_form(24, 30), "clinic": str(world.clinic.pk)}

    response = superuser_client.post(reverse("admin:dosing_integrationprogram_add"), data)

    assert response.status_code == 200
    assert "after the program&#x27;s 24-hour window has closed" in response.content.decode()
    assert not IntegrationProgram.objects.filter(name="Short plan").exists()


def test_the_admin_refuses_shortening_a_window_below_its_steps(world, superuser_client):
    program = IntegrationProgram.objects.create(clinic=world.clinic, name="Plan", window_hours=72)
    step = ProgramStep.objects.create(
        program=program, kind="journal", title="Day 3", offset_hours=70
    )
    url = reverse("admin:dosing_integrationprogram_change", args=[program.pk])
    data = {
        **_program_form(48, 70),
        "clinic": str(world.clinic.pk),
        "name": "Plan",
        "steps-INITIAL_FORMS": "1",
        "steps-0-id": str(step.pk),
        "steps-0-program": str(program.pk),
        "steps-0-title": "Day 3",
    }

    response = superuser_client.post(url, data)

    assert "after the program&#x27;s 48-hour window has closed" in response.content.decode()
    program.refresh_from_db()
    assert program.window_hours == 72


def test_the_standard_plan_asks_a_gad7_with_its_closing_phq9(world):
    program = services.program_ensure_default(clinic=make_clinic("Fresh Clinic"))

    window = program.steps.filter(kind="assessment", phase="window")
    steps = {step.instrument: step for step in window}

    assert set(steps) == {"phq9", "gad7"}
    assert steps["gad7"].offset_hours == steps["phq9"].offset_hours == 72
    assert steps["gad7"].title == "GAD-7 check"
    for step in program.steps.all():
        step.full_clean()


def _migration():
    return importlib.import_module("sessions.migrations.0005_default_program_gad7")


def test_the_migration_adds_a_gad7_to_clinic_plans_that_lack_one(world):
    old = IntegrationProgram.objects.create(
        clinic=world.clinic, name="Old plan", is_clinic_default=True, window_hours=96
    )
    ProgramStep.objects.create(
        program=old, kind="assessment", instrument="phq9", title="PHQ-9", offset_hours=90
    )
    other = make_clinic("Second Clinic")
    no_phq9 = IntegrationProgram.objects.create(
        clinic=other, name="Journal only", is_clinic_default=True, window_hours=48
    )
    own = IntegrationProgram.objects.create(
        clinic=world.clinic, patient=world.patient, name="Own", window_hours=72
    )

    _migration().add_gad7(apps, None)
    _migration().add_gad7(apps, None)

    (added,) = old.steps.filter(instrument="gad7")
    assert (added.offset_hours, added.kind, added.title) == (90, "assessment", "GAD-7 check")
    assert no_phq9.steps.get(instrument="gad7").offset_hours == 48
    assert not own.steps.exists()


def test_the_migration_leaves_a_plan_with_a_gad7_alone(world):
    program = services.program_ensure_default(clinic=world.clinic)
    before = list(program.steps.values_list("pk", flat=True))

    _migration().add_gad7(apps, None)

    assert list(program.steps.values_list("pk", flat=True)) == before
