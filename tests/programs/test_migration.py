"""Existing programs become their version 1, and the sessions and prompts already
scheduled from them point at it."""

from datetime import UTC, datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from patients.models import StaffMembership
from tests.factories import make_clinic, make_patient, make_staff

BEFORE = [("dosing", "0010_creative_prompt")]
AFTER = [("dosing", "0011_program_builder")]


@pytest.mark.django_db(transaction=True)
def test_existing_programs_become_version_one():
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps
    clinic = make_clinic("Old Clinic")
    clinician = make_staff(clinic, StaffMembership.Role.CLINICIAN)
    patient = make_patient(clinic, clinician=clinician)
    Program = old.get_model("dosing", "IntegrationProgram")
    Step = old.get_model("dosing", "ProgramStep")
    Session = old.get_model("dosing", "DosingSession")
    Prompt = old.get_model("dosing", "ScheduledPrompt")
    program = Program.objects.create(
        clinic_id=clinic.pk, name="Our plan", is_clinic_default=True, window_hours=48
    )
    step = Step.objects.create(
        program=program, kind="journal", offset_hours=6, title="Evening", expires_after_hours=24
    )
    ended = datetime(2026, 5, 1, 15, 0, tzinfo=UTC)
    session = Session.objects.create(
        patient_id=patient.pk,
        clinician_id=clinician.pk,
        route="iv_ketamine",
        dose_mg=35,
        started_at=ended.replace(hour=14),
        ended_at=ended,
        status="completed",
    )
    prompt = Prompt.objects.create(
        session=session,
        patient_id=patient.pk,
        step=step,
        kind="journal",
        title="Evening",
        offset_hours=6,
        expires_after_hours=24,
        due_at=ended,
        expires_at=ended,
    )

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(AFTER)
    new = executor.loader.project_state(AFTER).apps
    Version = new.get_model("dosing", "ProgramVersion")

    version = Version.objects.get(program_id=program.pk)
    assert version.number == 1 and version.window_hours == 48
    assert [s["title"] for s in version.snapshot["steps"]] == ["Evening"]
    assert version.snapshot["steps"][0]["offset_hours"] == "6.00"
    assert (
        new.get_model("dosing", "IntegrationProgram").objects.get(pk=program.pk).current_version_id
        == version.pk
    )
    assert (
        new.get_model("dosing", "DosingSession").objects.get(pk=session.pk).program_version_id
        == version.pk
    )
    assert (
        new.get_model("dosing", "ScheduledPrompt").objects.get(pk=prompt.pk).program_version_id
        == version.pk
    )

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
    # The app reads the same snapshot: scheduling next makes no second version.
    from sessions.models import IntegrationProgram
    from sessions.services_programs import program_version_take

    assert program_version_take(program=IntegrationProgram.objects.get(pk=program.pk)).number == 1
