"""Clinics that already have a default program gain the intention step and the standard
follow-up when the migration runs; a patient's own program is left as it was."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from tests.factories import make_clinic

BEFORE = [("dosing", "0006_text_and_time_validators")]
AFTER = [("dosing", "0007_program_phases")]


@pytest.mark.django_db(transaction=True)
def test_existing_default_programs_gain_intentions_and_follow_up():
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps
    # Only the dosing app steps back: the clinic is made as it is today.
    clinic = make_clinic("Old Clinic")
    Program = old.get_model("dosing", "IntegrationProgram")
    default = Program.objects.create(
        clinic_id=clinic.pk, name="Our plan", is_clinic_default=True, window_hours=48
    )
    own = Program.objects.create(clinic_id=clinic.pk, name="Just for one", window_hours=72)

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(AFTER)
    new = executor.loader.project_state(AFTER).apps
    Step = new.get_model("dosing", "ProgramStep")

    steps = Step.objects.filter(program_id=default.pk).order_by("offset_hours")
    assert [(s.phase, s.kind, int(s.offset_hours), s.repeat_every_hours) for s in steps] == [
        ("pre_session", "intention", -24, None),
        ("follow_up", "check_in", 48 + 168, 168),
        ("follow_up", "assessment", 48 + 336, 336),
    ]
    assert not Step.objects.filter(program_id=own.pk).exists()

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
