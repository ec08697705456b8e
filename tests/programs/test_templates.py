"""The protocol templates: each one's steps keep every rule of a step, and a window
scheduled from it gives the patient its prompts."""

import pytest

from sessions import services_programs as programs
from sessions.models import PromptKind
from sessions.program_templates import TEMPLATES
from tests.sessions.helpers import record_session


@pytest.mark.parametrize("key", sorted(TEMPLATES))
def test_a_template_makes_a_valid_program(world, key):
    program = programs.program_create(
        acting_user=world.user("clinician"),
        clinic=world.clinic,
        name="From a template",
        template=key,
    )

    for step in program.steps.all():
        step.full_clean()
    kinds = set(program.steps.values_list("kind", flat=True))
    assert {PromptKind.CHECK_IN, PromptKind.JOURNAL, PromptKind.ASSESSMENT} <= kinds
    assert program.steps.filter(instrument="phq9").exists()


@pytest.mark.parametrize("key", sorted(TEMPLATES))
def test_a_window_from_a_template_schedules_its_steps(world, key):
    clinician = world.user("clinician")
    program = programs.program_create(
        acting_user=clinician, clinic=world.clinic, name="From a template", template=key
    )
    programs.program_make_default(acting_user=clinician, program=program)

    session = record_session(world)

    scheduled = set(session.prompts.values_list("step_id", flat=True))
    window_steps = set(program.steps.exclude(phase="pre_session").values_list("pk", flat=True))
    assert scheduled == window_steps
    assert session.window_hours == TEMPLATES[key].window_hours


def test_a_template_on_a_used_program_is_refused(world):
    clinician = world.user("clinician")
    program = programs.program_create(
        acting_user=clinician, clinic=world.clinic, name="In use", template="esketamine"
    )
    programs.program_make_default(acting_user=clinician, program=program)
    record_session(world)

    with pytest.raises(Exception) as raised:
        programs.program_apply_template(
            acting_user=clinician, program=program, template="iv_series"
        )

    assert "template" in raised.value.message_dict
