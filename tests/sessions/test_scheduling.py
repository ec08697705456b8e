"""The window's prompts land in the patient's own waking hours, through DST, once."""

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from sessions import services
from sessions.models import ScheduledPrompt
from sessions.scheduling import in_quiet_hours
from tests.factories import make_patient

LA = ZoneInfo("America/Los_Angeles")
KOLKATA = ZoneInfo("Asia/Kolkata")
WINDOW_STEPS = sum(1 for step in services.DEFAULT_STEPS if step.get("phase", "window") == "window")
# The standard follow-up: six weekly check-ins, three fortnightly PHQ-9s and six weekly
# plan reviews.
PROMPTS_PER_SESSION = WINDOW_STEPS + 6 + 3 + 6


def _end_local(zone, *args):
    return datetime(*args, tzinfo=zone)


def _record(world, patient, ended_at):
    return services.session_create(
        acting_user=world.user("clinician"),
        patient=patient,
        route="iv_ketamine",
        dose_mg=35,
        started_at=ended_at - timedelta(minutes=45),
        ended_at=ended_at,
    )


def _local_due_times(session, zone):
    return [
        (p.title, p.due_at.astimezone(zone))
        for p in session.prompts.filter(phase="window").order_by("offset_hours", "pk")
    ]


@pytest.fixture
def la_patient(world):
    return make_patient(
        world.clinic,
        clinician=world.user("clinician"),
        coach=world.user("coach"),
        time_zone="America/Los_Angeles",
    )


def test_a_session_ending_at_half_past_eight_in_los_angeles_sends_nothing_in_quiet_hours(
    world, la_patient
):
    session = _record(world, la_patient, _end_local(LA, 2026, 6, 10, 20, 30))

    due = dict(_local_due_times(session, LA))

    for title, local in due.items():
        assert not in_quiet_hours(local.time(), time(21), time(8)), title
    # +2 h would be 22:30 and +6 h 02:30: both wait for 08:00 the next morning.
    assert due["How are you feeling?"] == datetime(2026, 6, 11, 8, 0, tzinfo=LA)
    assert due["Debrief reflection"] == datetime(2026, 6, 11, 8, 0, tzinfo=LA)
    # +24 h is 20:30 the next evening: awake, so exactly on time.
    assert due["Day one journal"] == datetime(2026, 6, 11, 20, 30, tzinfo=LA)
    assert due["Guided breathing"] == datetime(2026, 6, 12, 8, 0, tzinfo=LA)


def test_the_schedule_stays_out_of_quiet_hours_when_clocks_fall_back(world, la_patient):
    # Pacific time falls back at 02:00 on Sunday 1 November 2026.
    session = _record(world, la_patient, _end_local(LA, 2026, 10, 31, 20, 30))

    due = dict(_local_due_times(session, LA))

    for title, local in due.items():
        assert not in_quiet_hours(local.time(), time(21), time(8)), title
    debrief = due["Debrief reflection"]
    assert (debrief.date(), debrief.time()) == (datetime(2026, 11, 1).date(), time(8, 0))
    assert debrief.utcoffset() == timedelta(hours=-8)
    # 24 elapsed hours after 20:30 PDT is 19:30 PST: offsets are real hours.
    assert due["Day one journal"].time() == time(19, 30)


def test_the_schedule_stays_out_of_quiet_hours_when_clocks_spring_forward(world, la_patient):
    # Pacific time springs forward at 02:00 on Sunday 8 March 2026.
    session = _record(world, la_patient, _end_local(LA, 2026, 3, 7, 20, 30))

    due = dict(_local_due_times(session, LA))

    for title, local in due.items():
        assert not in_quiet_hours(local.time(), time(21), time(8)), title
    # 24 h after 20:30 PST is 21:30 PDT, inside quiet hours: moved to 08:00 PDT.
    assert due["Day one journal"] == datetime(2026, 3, 9, 8, 0, tzinfo=LA)
    assert due["Day one journal"].utcoffset() == timedelta(hours=-7)


def test_a_patient_in_kolkata_gets_prompts_in_india_standard_time(world):
    patient = make_patient(
        world.clinic, clinician=world.user("clinician"), time_zone="Asia/Kolkata"
    )
    session = _record(world, patient, _end_local(KOLKATA, 2026, 6, 10, 20, 30))

    due = dict(_local_due_times(session, KOLKATA))

    assert due["How are you feeling?"] == datetime(2026, 6, 11, 8, 0, tzinfo=KOLKATA)
    assert due["How are you feeling?"].astimezone(UTC) == datetime(2026, 6, 11, 2, 30, tzinfo=UTC)
    for title, local in due.items():
        assert not in_quiet_hours(local.time(), time(21), time(8)), title


def test_quiet_hours_that_do_not_wrap_midnight_are_respected(world):
    patient = make_patient(
        world.clinic,
        clinician=world.user("clinician"),
        time_zone="Europe/London",
        quiet_start=time(0, 30),
        quiet_end=time(6, 0),
    )
    london = ZoneInfo("Europe/London")
    session = _record(world, patient, _end_local(london, 2026, 6, 10, 20, 30))

    due = dict(_local_due_times(session, london))

    assert due["How are you feeling?"] == datetime(2026, 6, 10, 22, 30, tzinfo=london)
    assert due["Debrief reflection"] == datetime(2026, 6, 11, 6, 0, tzinfo=london)


def test_scheduling_twice_gives_the_same_rows(world):
    session = _record(world, world.patient, datetime(2026, 6, 10, 18, 0, tzinfo=UTC))
    rows = session.prompts.values_list("pk", "due_at", "step_id", "occurrence").order_by("pk")
    before = list(rows)

    created = services.prompts_schedule(session=session)

    assert list(rows.all()) == before
    assert len(before) == PROMPTS_PER_SESSION
    assert created in (0, PROMPTS_PER_SESSION)  # some databases report ignored rows as created


def test_scheduling_is_one_insert_whatever_the_programs_size(world, django_assert_max_num_queries):
    session = services.session_create(
        acting_user=world.user("clinician"),
        patient=world.patient,
        route="iv_ketamine",
        dose_mg=35,
        started_at=datetime(2026, 6, 10, 17, 0, tzinfo=UTC),
    )
    session.ended_at = datetime(2026, 6, 10, 18, 0, tzinfo=UTC)
    services.program_ensure_default(clinic=world.clinic)

    with django_assert_max_num_queries(7) as captured:
        services.prompts_schedule(session=session)

    inserts = [q for q in captured.captured_queries if q["sql"].startswith("INSERT")]
    assert len(inserts) == 1


def test_editing_the_end_moves_only_prompts_not_yet_sent(world):
    clinician = world.user("clinician")
    end = datetime(2026, 6, 10, 16, 0, tzinfo=UTC)
    session = _record(world, world.patient, end)
    first = session.prompts.order_by("offset_hours").first()
    ScheduledPrompt.objects.filter(pk=first.pk).update(status="sent")
    sent_due = ScheduledPrompt.objects.get(pk=first.pk).due_at
    later = {p.pk: p.due_at for p in session.prompts.exclude(pk=first.pk)}

    services.session_update(
        acting_user=clinician, session=session, ended_at=end + timedelta(hours=1)
    )

    assert ScheduledPrompt.objects.get(pk=first.pk).due_at == sent_due
    moved = {p.pk: p.due_at for p in session.prompts.exclude(pk=first.pk)}
    assert all(moved[pk] >= later[pk] for pk in later)
    assert any(moved[pk] == later[pk] + timedelta(hours=1) for pk in later)


def test_cancelling_cancels_only_unsent_prompts(world):
    session = _record(world, world.patient, datetime(2026, 6, 10, 16, 0, tzinfo=UTC))
    answered = session.prompts.order_by("offset_hours").first()
    ScheduledPrompt.objects.filter(pk=answered.pk).update(status="answered")

    services.session_cancel(acting_user=world.user("clinician"), session=session)

    statuses = dict(session.prompts.values_list("pk", "status"))
    assert statuses.pop(answered.pk) == "answered"
    assert set(statuses.values()) == {"cancelled"}
    session.refresh_from_db()
    assert session.status == "cancelled"


def test_each_dose_gets_its_own_window(world):
    first = _record(world, world.patient, datetime(2026, 6, 1, 16, 0, tzinfo=UTC))
    second = _record(world, world.patient, datetime(2026, 6, 4, 16, 0, tzinfo=UTC))

    window = {"phase": "window"}
    assert first.prompts.filter(**window).count() == WINDOW_STEPS
    assert second.prompts.filter(**window).count() == WINDOW_STEPS
    assert world.patient.prompts.filter(**window).count() == 2 * WINDOW_STEPS


def test_a_patients_own_program_replaces_the_clinic_default(world):
    from sessions.models import IntegrationProgram, ProgramStep

    own = IntegrationProgram.objects.create(
        clinic=world.clinic, patient=world.patient, name="Gentle plan", window_hours=48
    )
    ProgramStep.objects.create(
        program=own, kind="check_in", offset_hours=4, title="Just checking in"
    )

    session = _record(world, world.patient, datetime(2026, 6, 10, 16, 0, tzinfo=UTC))

    assert list(session.prompts.values_list("title", flat=True)) == ["Just checking in"]


def test_editing_the_program_changes_future_windows_only(world):
    earlier = _record(world, world.patient, datetime(2026, 6, 1, 16, 0, tzinfo=UTC))
    program = services.program_ensure_default(clinic=world.clinic)
    step = program.steps.get(title="Day one journal")
    step.title = "Morning-after journal"
    step.save()

    later = _record(world, world.patient, datetime(2026, 6, 8, 16, 0, tzinfo=UTC))

    assert earlier.prompts.filter(title="Day one journal").exists()
    assert later.prompts.filter(title="Morning-after journal").exists()
