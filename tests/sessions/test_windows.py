"""The integration window: one rule (sessions.windows) for its start, end, "day N of M" and
whether it is open, fed by the length each session keeps from its program."""

from datetime import UTC, datetime, timedelta

import pytest

from sessions.models import DosingSession, IntegrationProgram
from sessions.selectors import program_for, sessions_in_window
from sessions.windows import (
    program_hours_of,
    session_window,
    session_windows,
    window_ends_at_expression,
    window_hours_expression,
    window_of,
    windows_overlapping,
)
from tests.factories import make_patient
from tests.sessions.helpers import record_session

# Monday noon in New York, the standing patient's zone: no prompt meets quiet hours.
ENDED = datetime(2026, 3, 2, 17, 0, tzinfo=UTC)
HOUR = timedelta(hours=1)
MOMENT = timedelta(microseconds=1)


def _window(hours, after):
    return window_of(session_id=1, patient_id=1, ended_at=ENDED, hours=hours, now=ENDED + after)


@pytest.mark.parametrize(
    ("after", "day", "is_open"),
    [
        (timedelta(0), 1, True),
        (24 * HOUR - MOMENT, 1, True),
        (24 * HOUR, 2, True),
        (48 * HOUR - MOMENT, 2, True),
        (48 * HOUR, 3, True),
        (72 * HOUR - MOMENT, 3, True),
        (72 * HOUR, 3, False),
        (200 * HOUR, 3, False),
    ],
)
def test_a_72_hour_window_runs_day_1_to_day_3_of_3(after, day, is_open):
    window = _window(72, after)

    assert (window.day, window.days, window.is_open) == (day, 3, is_open)
    assert window.starts_at == ENDED
    assert window.ends_at == ENDED + 72 * HOUR
    assert window.has_closed is not is_open


def test_before_the_session_ends_the_window_is_neither_open_nor_closed():
    window = _window(72, -HOUR)

    assert (window.day, window.is_open, window.has_closed) == (1, False, False)


@pytest.mark.parametrize(
    ("hours", "days"), [(24, 1), (25, 2), (48, 2), (72, 3), (100, 5), (120, 5), (168, 7)]
)
def test_a_window_has_as_many_days_as_its_hours_begin(hours, days):
    last_moment = _window(hours, hours * HOUR - MOMENT)

    assert last_moment.days == days
    assert last_moment.day == days
    assert last_moment.is_open


def test_a_session_keeps_the_length_its_window_was_scheduled_with(world, time_machine):
    time_machine.move_to(ENDED, tick=False)
    session = record_session(world, hours_ago=0)
    IntegrationProgram.objects.filter(clinic=world.clinic).update(window_hours=24 * 7)
    session.refresh_from_db()

    window = session_window(session)

    assert session.window_hours == 72
    assert (window.ends_at, window.day, window.days) == (ENDED + 72 * HOUR, 1, 3)


def _older_session(world, time_machine, *, patient=None):
    """A session recorded before sessions kept their window's length."""
    time_machine.move_to(ENDED, tick=False)
    session = record_session(world, patient=patient or world.patient, hours_ago=0)
    DosingSession.objects.filter(pk=session.pk).update(window_hours=None)
    session.refresh_from_db()
    return session


def test_an_older_session_takes_the_patients_own_program(world, time_machine):
    session = _older_session(world, time_machine)
    IntegrationProgram.objects.create(
        clinic=world.clinic, patient=world.patient, name="Two days", window_hours=48
    )

    assert session_window(session).ends_at == ENDED + 48 * HOUR
    assert session_window(session).days == 2
    assert session_window(session).hours == program_for(world.patient).window_hours


def test_an_older_session_takes_the_clinic_default_without_its_own(world, time_machine):
    session = _older_session(world, time_machine)
    IntegrationProgram.objects.filter(clinic=world.clinic, is_clinic_default=True).update(
        window_hours=96
    )

    assert session_window(session).ends_at == ENDED + 96 * HOUR
    assert session_window(session).hours == program_for(world.patient).window_hours


def test_an_older_session_without_any_program_has_72_hours(world, time_machine):
    session = _older_session(world, time_machine)
    IntegrationProgram.objects.all().delete()

    assert session_window(session).ends_at == ENDED + 72 * HOUR


def test_sessions_that_were_never_completed_open_no_window(world, time_machine):
    session = _older_session(world, time_machine)
    DosingSession.objects.filter(pk=session.pk).update(status=DosingSession.Status.CANCELLED)
    session.refresh_from_db()

    assert session_window(session) is None
    assert session_windows([session]) == {}
    assert DosingSession.objects.annotate(end=window_ends_at_expression()).get().end is None


def test_the_batch_gives_each_session_the_same_window_in_one_query_at_most(
    world, time_machine, django_assert_num_queries
):
    own_program = make_patient(world.clinic, clinician=world.user("clinician"))
    IntegrationProgram.objects.create(
        clinic=world.clinic, patient=own_program, name="Five days", window_hours=120
    )
    older = [_older_session(world, time_machine, patient=p) for p in (world.patient, own_program)]
    time_machine.move_to(ENDED + 3 * HOUR, tick=False)
    kept = record_session(world, patient=world.other_patient, hours_ago=0)
    sessions = list(DosingSession.objects.select_related("patient").order_by("pk"))
    one_by_one = {session.pk: session_window(session) for session in sessions}

    with django_assert_num_queries(1):
        batch = session_windows(sessions)
    with django_assert_num_queries(0):
        only_kept = session_windows([kept])

    assert batch == one_by_one
    assert [batch[s.pk].hours for s in older] == [72, 120]
    assert only_kept == {kept.pk: one_by_one[kept.pk]}


def test_the_sql_form_agrees_with_the_rule(world, time_machine):
    own_program = make_patient(world.clinic, clinician=world.user("clinician"))
    IntegrationProgram.objects.create(
        clinic=world.clinic, patient=own_program, name="Two days", window_hours=48
    )
    _older_session(world, time_machine)
    _older_session(world, time_machine, patient=own_program)
    record_session(world, patient=world.other_patient, hours_ago=0)
    IntegrationProgram.objects.filter(clinic=world.clinic, is_clinic_default=True).update(
        window_hours=60
    )
    sessions = DosingSession.objects.select_related("patient").annotate(
        hours=window_hours_expression(), closes_at=window_ends_at_expression()
    )

    for session in sessions:
        window = session_window(session)
        assert (session.hours, session.closes_at) == (window.hours, window.ends_at)
    assert sorted(s.hours for s in sessions) == [48, 60, 72]
    assert program_hours_of([world.patient.pk, own_program.pk]) == {
        world.patient.pk: 60,
        own_program.pk: 48,
    }


def test_windows_overlapping_a_span_are_those_open_at_some_moment_of_it(world, time_machine):
    time_machine.move_to(ENDED, tick=False)
    session = record_session(world, hours_ago=0)
    end = ENDED + 72 * HOUR

    def overlapping(since, until):
        return windows_overlapping([world.patient.pk], since, until).get(world.patient.pk, [])

    assert [w.session_id for w in overlapping(end - HOUR, end + HOUR)] == [session.pk]
    assert overlapping(end, end + HOUR) == []
    assert overlapping(ENDED - 2 * HOUR, ENDED) == []
    assert [w.ends_at for w in overlapping(ENDED, ENDED + HOUR)] == [end]


def test_sessions_in_window_follow_the_window_not_the_prompts_expiry(world, time_machine):
    time_machine.move_to(ENDED, tick=False)
    session = record_session(world, hours_ago=0)
    assert max(p.expires_at for p in session.prompts.all()) > ENDED + 72 * HOUR

    def open_at(after):
        return list(sessions_in_window([world.patient.pk], now=ENDED + after))

    assert open_at(72 * HOUR - MOMENT) == [session]
    assert open_at(72 * HOUR) == []
    assert open_at(-MOMENT) == []
