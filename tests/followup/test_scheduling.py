"""Beyond the window: intentions before a planned session, follow-up after the window,
in the patient's own time and waking hours, stopping at the next dose."""

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError

from patients.models import Clinic
from sessions import services
from sessions.models import ProgramStep, ScheduledPrompt, StepPhase

Status = ScheduledPrompt.Status
NEW_YORK = ZoneInfo("America/New_York")
NOW = datetime(2026, 6, 10, 12, 0, tzinfo=UTC)  # 08:00 in New York
HOUR = timedelta(hours=1)


@pytest.fixture(autouse=True)
def _pinned(time_machine):
    time_machine.move_to(NOW, tick=False)


def _plan(world, starts_at, patient=None):
    return services.session_create(
        acting_user=world.user("clinician"),
        patient=patient or world.patient,
        route="iv_ketamine",
        dose_mg=35,
        started_at=starts_at,
        status="planned",
    )


def _done(world, ended_at):
    return services.session_create(
        acting_user=world.user("clinician"),
        patient=world.patient,
        route="iv_ketamine",
        dose_mg=35,
        started_at=ended_at - timedelta(minutes=50),
        ended_at=ended_at,
    )


def _local(prompt):
    return prompt.due_at.astimezone(NEW_YORK)


def _follow_up(session, kind):
    return list(session.prompts.filter(phase=StepPhase.FOLLOW_UP, kind=kind).order_by("due_at"))


# Before a planned session ---------------------------------------------------------------


def test_a_planned_session_asks_for_intentions_a_day_before_it_starts(world):
    starts = datetime(2026, 6, 12, 14, 0, tzinfo=NEW_YORK)

    session = _plan(world, starts)

    (prompt,) = session.prompts.all()
    assert (prompt.phase, prompt.kind, prompt.status) == ("pre_session", "intention", "scheduled")
    assert _local(prompt) == datetime(2026, 6, 11, 14, 0, tzinfo=NEW_YORK)
    # Answerable until the session starts, not a full day after.
    assert prompt.expires_at == starts


def test_intentions_wait_for_the_end_of_quiet_hours(world):
    # 24 hours before a 07:00 start is 07:00, inside the patient's 21:00-08:00 quiet hours.
    session = _plan(world, datetime(2026, 6, 12, 7, 0, tzinfo=NEW_YORK))

    (prompt,) = session.prompts.all()
    assert _local(prompt) == datetime(2026, 6, 11, 8, 0, tzinfo=NEW_YORK)


def test_moving_a_planned_session_moves_its_intentions(world):
    session = _plan(world, datetime(2026, 6, 12, 14, 0, tzinfo=NEW_YORK))

    services.session_update(
        acting_user=world.user("clinician"),
        session=session,
        started_at=datetime(2026, 6, 15, 10, 0, tzinfo=NEW_YORK),
    )

    (prompt,) = session.prompts.all()
    assert _local(prompt) == datetime(2026, 6, 14, 10, 0, tzinfo=NEW_YORK)
    assert prompt.status == Status.SCHEDULED


def test_completing_a_planned_session_adds_its_window_and_keeps_its_intentions(world):
    session = _plan(world, datetime(2026, 6, 11, 9, 0, tzinfo=NEW_YORK))
    intention = session.prompts.get()

    services.session_update(
        acting_user=world.user("clinician"),
        session=session,
        ended_at=datetime(2026, 6, 11, 10, 0, tzinfo=NEW_YORK),
    )

    assert session.prompts.filter(phase="window").exists()
    assert session.prompts.filter(phase="follow_up").exists()
    assert session.prompts.get(phase="pre_session").pk == intention.pk


def test_a_session_recorded_after_the_fact_gets_no_intentions(world):
    session = _done(world, NOW - HOUR)

    assert not session.prompts.filter(phase="pre_session").exists()


# Follow-up after the window ---------------------------------------------------------------


def test_follow_up_repeats_weekly_and_fortnightly_for_six_weeks_after_the_window(world):
    ended = datetime(2026, 6, 10, 12, 0, tzinfo=NEW_YORK)

    session = _done(world, ended)

    check_ins = _follow_up(session, "check_in")
    assert [p.occurrence for p in check_ins] == [1, 2, 3, 4, 5, 6]
    # A week after the 72-hour window closes, then every week until six weeks after it.
    assert [p.offset_hours for p in check_ins] == [Decimal(72 + 168 * n) for n in range(1, 7)]
    assert _local(check_ins[0]) == datetime(2026, 6, 20, 12, 0, tzinfo=NEW_YORK)
    phq9s = _follow_up(session, "assessment")
    assert [p.offset_hours for p in phq9s] == [Decimal(408), Decimal(744), Decimal(1080)]
    assert {p.instrument for p in phq9s} == {"phq9"}
    assert {p.status for p in check_ins + phq9s} == {Status.SCHEDULED}


def test_follow_up_prompts_fall_in_waking_hours_across_a_clock_change(world):
    # Ends at 22:30 on 24 October: every weekly check-in lands at 22:30 (21:30 once the
    # clocks go back on 1 November), inside quiet hours, so each waits for 08:00.
    session = _done(world, datetime(2026, 10, 24, 22, 30, tzinfo=NEW_YORK))

    for prompt in _follow_up(session, "check_in"):
        assert _local(prompt).time().isoformat() == "08:00:00"
        assert prompt.expires_at - prompt.due_at == timedelta(hours=72)


def test_scheduling_twice_changes_nothing_and_is_one_insert(world, django_assert_max_num_queries):
    session = _done(world, NOW - HOUR)
    before = list(session.prompts.values_list("pk", "step_id", "occurrence", "due_at"))

    with django_assert_max_num_queries(20) as captured:
        services.prompts_schedule(session=session)

    inserts = [q for q in captured.captured_queries if q["sql"].startswith("INSERT")]
    assert len(inserts) == 1
    assert list(session.prompts.values_list("pk", "step_id", "occurrence", "due_at")) == before


def test_follow_up_assessments_keep_the_clinics_gap(world):
    Clinic.objects.filter(pk=world.clinic.pk).update(assessment_min_gap_days=20)
    world.patient.clinic.refresh_from_db()

    session = _done(world, NOW - HOUR)

    # The window's PHQ-9 at +72 h; follow-up ones 14, 28 and 42 days later.
    statuses = [p.status for p in _follow_up(session, "assessment")]
    assert statuses == [Status.SUPERSEDED, Status.SCHEDULED, Status.SUPERSEDED]


# Stopping at the next dose ----------------------------------------------------------------


def test_planning_the_next_dose_stops_the_follow_up_due_from_its_start(world):
    first = _done(world, NOW - HOUR)
    booster_start = NOW + timedelta(days=20)

    _plan(world, booster_start)

    follow_up = first.prompts.filter(phase="follow_up")
    assert {p.status for p in follow_up if p.due_at >= booster_start} == {Status.CANCELLED}
    assert {p.status for p in follow_up if p.due_at < booster_start} == {Status.SCHEDULED}
    # The first window's own prompts are left alone.
    assert set(first.prompts.filter(phase="window").values_list("status", flat=True)) == {
        Status.SCHEDULED
    }


def test_cancelling_the_next_dose_brings_the_follow_up_back(world):
    first = _done(world, NOW - HOUR)
    booster = _plan(world, NOW + timedelta(days=20))

    services.session_cancel(acting_user=world.user("clinician"), session=booster)

    statuses = set(first.prompts.filter(phase="follow_up").values_list("status", flat=True))
    assert statuses == {Status.SCHEDULED}


def test_moving_the_next_dose_later_brings_back_what_falls_before_it(world):
    first = _done(world, NOW - HOUR)
    booster = _plan(world, NOW + timedelta(days=12))
    stopped_before = first.prompts.filter(phase="follow_up", status=Status.CANCELLED).count()

    services.session_update(
        acting_user=world.user("clinician"),
        session=booster,
        started_at=NOW + timedelta(days=30),
    )

    stopped_after = first.prompts.filter(phase="follow_up", status=Status.CANCELLED)
    assert 0 < stopped_after.count() < stopped_before
    assert all(p.due_at >= NOW + timedelta(days=30) for p in stopped_after)


def test_a_later_dose_recorded_as_done_stops_the_earlier_follow_up(world):
    first = _done(world, NOW - timedelta(days=14))
    second = _done(world, NOW - HOUR)

    later = first.prompts.filter(phase="follow_up", due_at__gte=second.started_at)
    assert later.exists()
    assert set(later.values_list("status", flat=True)) == {Status.CANCELLED}
    # The new dose brings its own follow-up: check-ins, PHQ-9s and plan reviews.
    assert second.prompts.filter(phase="follow_up", status=Status.SCHEDULED).count() == 6 + 3 + 6


def test_a_follow_up_prompt_already_sent_stays_when_the_next_dose_is_planned(world):
    first = _done(world, NOW - HOUR)
    sent = first.prompts.filter(phase="follow_up").order_by("-due_at").first()
    ScheduledPrompt.objects.filter(pk=sent.pk).update(status=Status.SENT)

    _plan(world, NOW + timedelta(days=12))

    sent.refresh_from_db()
    assert sent.status == Status.SENT


# What a program may say -------------------------------------------------------------------


def _step(world, **fields):
    program = services.program_ensure_default(clinic=world.clinic)
    values = {"kind": "journal", "title": "A step", "offset_hours": 24, **fields}
    return ProgramStep(program=program, **values)


@pytest.mark.parametrize(
    ("fields", "field", "words"),
    [
        ({"offset_hours": 100}, "offset_hours", "after the program's 72-hour window has closed"),
        ({"offset_hours": -5}, "offset_hours", "starts when the session ends or later"),
        ({"phase": "pre_session", "offset_hours": 2}, "offset_hours", "needs a negative offset"),
        ({"phase": "follow_up", "offset_hours": 48}, "offset_hours", "choose 72 hours or more"),
        ({"repeat_every_hours": 168}, "repeat_every_hours", "Only follow-up steps repeat"),
        (
            {"phase": "follow_up", "offset_hours": 240, "repeat_for_weeks": 6},
            "repeat_every_hours",
            "how often",
        ),
        (
            {
                "phase": "follow_up",
                "offset_hours": 240,
                "kind": "assessment",
                "instrument": "phq9",
                "repeat_every_hours": 72,
            },
            "repeat_every_hours",
            "repeat every 168 hours or more",
        ),
        ({"kind": "intention"}, "kind", "Intentions are set before a session"),
    ],
)
def test_a_step_keeps_to_its_phase(world, fields, field, words):
    with pytest.raises(ValidationError) as caught:
        _step(world, **fields).full_clean()

    assert words in " ".join(caught.value.message_dict[field])


def test_steps_of_every_phase_that_fit_are_accepted(world):
    _step(world, phase="pre_session", offset_hours=-48, kind="intention").full_clean()
    _step(world, offset_hours=72).full_clean()
    _step(
        world, phase="follow_up", offset_hours=72, repeat_every_hours=720, repeat_for_weeks=12
    ).full_clean()
