"""Step texts in Spanish: a patient who reads Spanish gets a step's Spanish title and
instructions in their prompts where the step has them, English otherwise."""

from decimal import Decimal

from django.urls import reverse

from sessions import services_programs as programs
from tests.programs.helpers import clinic_default
from tests.sessions.helpers import record_session


def _spanish(patient):
    patient.user.language = "es"
    patient.user.save(update_fields=["language"])


def _translate_day_one(world, *, instructions_es=""):
    program = clinic_default(world)
    programs.step_save(
        acting_user=world.user("clinician"),
        program=program,
        step=program.steps.get(title="Day one journal"),
        title_es="Diario del primer día",
        instructions_es=instructions_es,
    )
    return program


def test_a_spanish_reader_gets_the_spanish_texts(world):
    _translate_day_one(world, instructions_es="Escribe lo que notas hoy.")
    _spanish(world.patient)

    session = record_session(world)

    prompt = session.prompts.get(step__title="Day one journal")
    assert prompt.title == "Diario del primer día"
    assert prompt.instructions == "Escribe lo que notas hoy."


def test_english_readers_keep_the_english_texts(world):
    _translate_day_one(world, instructions_es="Escribe lo que notas hoy.")

    session = record_session(world)

    assert session.prompts.get(step__title="Day one journal").title == "Day one journal"


def test_a_step_without_spanish_stays_in_english_for_a_spanish_reader(world):
    program = _translate_day_one(world)
    _spanish(world.patient)
    english_instructions = program.steps.get(title="Day one journal").instructions

    session = record_session(world)

    day_one = session.prompts.get(step__title="Day one journal")
    assert day_one.instructions == english_instructions
    assert session.prompts.get(step__title="Day two journal").title == "Day two journal"


def test_spanish_texts_are_edited_in_the_builder(world, client_for):
    program = clinic_default(world)
    step = program.steps.get(title="Guided breathing")
    client = client_for(world.user("clinician"))

    response = client.post(
        reverse("step_edit", args=[step.pk]),
        {
            "phase": step.phase,
            "kind": step.kind,
            "instrument": "",
            "offset_hours": str(step.offset_hours),
            "title": step.title,
            "instructions": step.instructions,
            "title_es": "Respiración guiada",
            "instructions_es": "Diez minutos, a tu ritmo.",
            "expires_after_hours": str(step.expires_after_hours),
            "reminder_after_hours": "",
        },
    )

    assert response.status_code == 302
    step.refresh_from_db()
    assert (step.title_es, step.instructions_es) == (
        "Respiración guiada",
        "Diez minutos, a tu ritmo.",
    )
    assert step.offset_hours == Decimal(30)
    page = client.get(reverse("program_detail", args=[program.pk])).content.decode()
    assert "Respiración guiada" in page
