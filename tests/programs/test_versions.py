"""Versions: a window keeps the version it started with. Editing a program never moves
prompts already scheduled; applying the latest version to the windows under way re-times
and re-words their prompts not yet sent, adds the prompts of new steps and cancels those
of removed steps, and leaves sent prompts alone."""

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import time_machine

from patients.models import AuditEvent
from sessions import services_programs as programs
from sessions.models import ScheduledPrompt
from tests.programs.helpers import clinic_default
from tests.sessions.helpers import record_session

# 12:00 in New York; the session ended an hour before (11:00 local).
NOW = datetime(2026, 6, 10, 16, 0, tzinfo=UTC)
ENDED = NOW - timedelta(hours=1)
Status = ScheduledPrompt.Status


def _setup(world):
    program = clinic_default(world)
    with time_machine.travel(NOW, tick=False):
        session = record_session(world, hours_ago=1)
    return program, session


def _prompt(session, title):
    return session.prompts.get(title=title)


def test_a_window_records_the_version_it_started_with(world):
    program, session = _setup(world)

    assert session.program_version == program.current_version
    assert session.program_version.number == 1
    assert set(session.prompts.values_list("program_version__number", flat=True)) == {1}


def test_editing_a_step_does_not_move_prompts_already_scheduled(world):
    program, session = _setup(world)
    before = {prompt.pk: (prompt.due_at, prompt.title) for prompt in session.prompts.all()}
    step = program.steps.get(title="Day one journal")

    with time_machine.travel(NOW, tick=False):
        programs.step_save(
            acting_user=world.user("clinician"),
            program=program,
            step=step,
            offset_hours=Decimal(25),
            title="Day one pages",
        )

    after = {prompt.pk: (prompt.due_at, prompt.title) for prompt in session.prompts.all()}
    assert after == before
    program.refresh_from_db()
    assert program.current_version.number == 2
    session.refresh_from_db()
    assert session.program_version.number == 1


def test_a_window_scheduled_after_an_edit_follows_the_new_version(world):
    program, _ = _setup(world)
    step = program.steps.get(title="Day one journal")
    programs.step_save(
        acting_user=world.user("clinician"), program=program, step=step, title="Day one pages"
    )

    later = record_session(world, patient=world.other_patient, hours_ago=1)

    assert later.program_version.number == 2
    assert later.prompts.filter(title="Day one pages").exists()


def test_applying_the_new_version_re_times_unsent_prompts_only(world):
    program, session = _setup(world)
    sent = _prompt(session, "How are you feeling?")
    ScheduledPrompt.objects.filter(pk=sent.pk).update(status=Status.SENT)
    clinician = world.user("clinician")
    with time_machine.travel(NOW, tick=False):
        programs.step_save(
            acting_user=clinician,
            program=program,
            step=program.steps.get(title="Day one journal"),
            offset_hours=Decimal(25),
            title="Day one pages",
        )
        programs.step_save(
            acting_user=clinician,
            program=program,
            step=program.steps.get(title="How are you feeling?"),
            offset_hours=Decimal(3),
        )

        result = programs.program_retime(acting_user=clinician, program=program)

    moved = session.prompts.get(step__title="Day one pages")
    assert moved.title == "Day one pages"
    assert moved.due_at == ENDED + timedelta(hours=25)
    assert moved.program_version.number == result.version.number == 3
    untouched = ScheduledPrompt.objects.get(pk=sent.pk)
    assert (untouched.due_at, untouched.status) == (sent.due_at, Status.SENT)
    assert result.sessions == 1
    assert result.retimed == session.prompts.filter(program_version=result.version).count()
    session.refresh_from_db()
    assert session.program_version == result.version


def test_applying_adds_new_steps_and_cancels_removed_ones(world):
    program, session = _setup(world)
    clinician = world.user("clinician")
    removed = program.steps.get(title="Day two journal")
    with time_machine.travel(NOW, tick=False):
        programs.step_save(
            acting_user=clinician,
            program=program,
            phase="window",
            kind="mindfulness",
            offset_hours=Decimal(29),
            title="Walk outside",
            expires_after_hours=12,
        )
        programs.step_remove(acting_user=clinician, step=removed)

        result = programs.program_retime(acting_user=clinician, program=program)

    assert (result.added, result.cancelled) == (1, 1)
    added = session.prompts.get(title="Walk outside")
    assert added.status == Status.SCHEDULED
    assert added.due_at == ENDED + timedelta(hours=29)
    assert session.prompts.get(title="Day two journal").status == Status.CANCELLED


def test_applying_twice_changes_nothing_more(world):
    program, session = _setup(world)
    clinician = world.user("clinician")
    with time_machine.travel(NOW, tick=False):
        programs.program_retime(acting_user=clinician, program=program)
        before = list(session.prompts.values_list("pk", "due_at", "status"))
        result = programs.program_retime(acting_user=clinician, program=program)

    assert result.added == result.cancelled == 0
    assert list(session.prompts.values_list("pk", "due_at", "status")) == before


def test_applying_is_audited_for_each_patient_touched(world):
    program, session = _setup(world)
    clinician = world.user("clinician")

    with time_machine.travel(NOW, tick=False):
        programs.program_retime(acting_user=clinician, program=program)

    event = AuditEvent.objects.get(actor=clinician, patient=world.patient, action="update")
    assert (event.object_type, event.object_id) == ("dosing.dosingsession", str(session.pk))


def test_the_apply_page_shows_the_counts(world, client_for):
    program, _ = _setup(world)

    with time_machine.travel(NOW, tick=False):
        response = client_for(world.user("clinician")).post(
            f"/staff/programs/{program.pk}/apply/", follow=True
        )

    assert "applied to 1 sessions" in response.content.decode()
