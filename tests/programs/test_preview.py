"""The preview shows the schedule a program gives one patient, worked out by the same
function as real windows: in the patient's zone, out of their quiet hours, across a DST
change."""

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import time_machine
from django.urls import reverse

from patients.models import AuditEvent
from sessions import services_programs as programs
from sessions.services_preview import schedule_preview
from tests.sessions.helpers import record_session

# Saturday 31 October 2026, 18:00 in New York (EDT); clocks fall back at 02:00 on Sunday.
WINDOW_START = datetime(2026, 10, 31, 22, 0, tzinfo=UTC)


def _program(world):
    """The patient's own program with two steps: one the evening's quiet hours (21:00 to
    08:00) catch, one at a waking hour after the clocks change."""
    clinician = world.user("clinician")
    program = programs.program_create(
        acting_user=clinician, clinic=world.clinic, name="Short", patient=world.patient
    )
    for offset, title in ((4, "Evening check-in"), (20, "Next-day journal")):
        programs.step_save(
            acting_user=clinician,
            program=program,
            phase="window",
            kind="journal",
            offset_hours=Decimal(offset),
            title=title,
            expires_after_hours=24,
        )
    programs.step_save(
        acting_user=clinician,
        program=program,
        phase="pre_session",
        kind="intention",
        offset_hours=Decimal(-1),
        title="Intentions",
        expires_after_hours=1,
    )
    return program


def _rows(preview):
    return {row.title: row for row in preview.rows}


def test_quiet_hours_move_a_step_to_the_morning_after_the_clocks_change(world):
    preview = schedule_preview(
        program=_program(world), patient=world.patient, window_start=WINDOW_START
    )

    evening, next_day = _rows(preview)["Evening check-in"], _rows(preview)["Next-day journal"]
    # 22:00 EDT falls in quiet hours: moved to 08:00 on Sunday, which is EST (UTC-5).
    assert evening.planned_at == WINDOW_START + timedelta(hours=4)
    assert evening.due_at == datetime(2026, 11, 1, 13, 0, tzinfo=UTC)
    assert evening.moved_by_quiet_hours
    # Twenty elapsed hours: 13:00 EST on Sunday, awake, not moved.
    assert next_day.due_at == datetime(2026, 11, 1, 18, 0, tzinfo=UTC)
    assert not next_day.moved_by_quiet_hours
    assert preview.moved_count == 1


def test_a_step_before_the_session_that_quiet_hours_push_past_it_is_shown_as_not_sent(world):
    early = datetime(2026, 6, 10, 11, 30, tzinfo=UTC)  # 07:30 in New York, in quiet hours

    preview = schedule_preview(program=_program(world), patient=world.patient, window_start=early)

    assert _rows(preview)["Intentions"].dropped


def test_the_preview_matches_the_real_schedule(world):
    program = _program(world)
    preview = schedule_preview(program=program, patient=world.patient, window_start=WINDOW_START)

    with time_machine.travel(WINDOW_START, tick=False):
        session = record_session(world, hours_ago=0.0001)
    real = {prompt.title: prompt.due_at for prompt in session.prompts.all()}

    for title in ("Evening check-in", "Next-day journal"):
        # The real session ended a moment before the preview's start.
        assert abs(real[title] - _rows(preview)[title].due_at) < timedelta(seconds=1)


def test_the_preview_page_shows_local_times_and_moves(world, client_for):
    program = _program(world)
    client = client_for(world.user("clinician"))

    with time_machine.travel(datetime(2026, 10, 20, 12, 0, tzinfo=UTC), tick=False):
        response = client.get(
            reverse("program_preview", args=[program.pk]),
            {"patient": world.patient.pk, "starts_on": "2026-10-31", "starts_at": "18:00"},
        )

    body = response.content.decode()
    assert response.status_code == 200
    assert "Sun 1 Nov, 08:00" in body
    assert "Sat 31 Oct, 22:00" in body
    assert "Moved out of quiet hours" in body
    assert AuditEvent.objects.filter(
        actor=world.user("clinician"), patient=world.patient, action="view"
    ).exists()


def test_the_preview_defaults_to_now(world, client_for):
    program = _program(world)
    client = client_for(world.user("clinician"))

    with time_machine.travel(WINDOW_START, tick=False):
        response = client.get(reverse("program_preview", args=[program.pk]))

    assert "Sun 1 Nov, 08:00" in response.content.decode()


def test_a_patient_of_another_clinic_cannot_be_previewed(world, client_for):
    program = _program(world)

    response = client_for(world.user("clinician")).get(
        reverse("program_preview", args=[program.pk]), {"patient": world.elsewhere_patient.pk}
    )

    assert response.status_code == 400
    assert "Faraway" not in response.content.decode()
