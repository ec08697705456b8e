"""When group sessions and their reminders fall, in wall-clock time."""

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from groups.timing import reminder_due_at, weekly_start_times

NEW_YORK = ZoneInfo("America/New_York")
BERLIN = ZoneInfo("Europe/Berlin")
DAY = timedelta(hours=24)
HOUR = timedelta(hours=1)


def _at(zone, *args):
    return datetime(*args, tzinfo=zone)


def _due(starts_at, lead, zone=NEW_YORK, quiet=(time(21), time(8)), now=None):
    return reminder_due_at(
        starts_at=starts_at,
        lead=lead,
        zone=zone,
        quiet_start=quiet[0],
        quiet_end=quiet[1],
        now=now or starts_at - timedelta(days=7),
    )


def test_a_weekly_series_keeps_its_local_time_across_the_spring_change():
    first = _at(NEW_YORK, 2027, 3, 1, 18, 0)

    starts = weekly_start_times(first, 3, NEW_YORK)

    assert [s.astimezone(NEW_YORK).strftime("%d %H:%M") for s in starts] == [
        "01 18:00",
        "08 18:00",
        "15 18:00",
    ]
    # 23:00 UTC in winter time, 22:00 UTC once clocks have gone forward on 14 March.
    assert [s.astimezone(UTC).hour for s in starts] == [23, 23, 22]


def test_a_weekly_series_keeps_its_local_time_across_the_autumn_change_in_berlin():
    starts = weekly_start_times(_at(BERLIN, 2027, 10, 24, 10, 30), 2, BERLIN)

    assert [s.astimezone(BERLIN).strftime("%H:%M") for s in starts] == ["10:30", "10:30"]
    assert starts[1] - starts[0] == timedelta(days=7, hours=1)


def test_a_wall_time_skipped_by_the_jump_lands_just_after_it():
    (start,) = weekly_start_times(_at(NEW_YORK, 2027, 3, 14, 2, 30), 1, NEW_YORK)

    assert start.astimezone(NEW_YORK).strftime("%H:%M") == "03:30"


def test_a_reminder_in_waking_hours_goes_at_the_planned_time():
    starts_at = _at(NEW_YORK, 2027, 5, 4, 18, 0)

    assert _due(starts_at, DAY) == starts_at - DAY
    assert _due(starts_at, HOUR) == starts_at - HOUR


def test_a_reminder_planned_in_quiet_hours_waits_until_they_end():
    starts_at = _at(NEW_YORK, 2027, 5, 4, 8, 30)

    assert _due(starts_at, HOUR) == _at(NEW_YORK, 2027, 5, 4, 8, 0)
    assert _due(starts_at, DAY) == _at(NEW_YORK, 2027, 5, 3, 8, 30)


def test_a_session_inside_quiet_hours_is_reminded_at_the_planned_time():
    starts_at = _at(NEW_YORK, 2027, 5, 4, 22, 0)  # an evening circle, after 21:00

    assert _due(starts_at, HOUR) == starts_at - HOUR
    assert _due(starts_at, DAY) == starts_at - DAY


def test_a_session_when_quiet_hours_end_is_reminded_the_evening_before():
    starts_at = _at(NEW_YORK, 2027, 5, 4, 8, 0)

    due = _due(starts_at, HOUR)

    assert due == _at(NEW_YORK, 2027, 5, 3, 20, 59)
    assert due < starts_at


def test_quiet_hours_in_the_patients_own_zone_decide():
    starts_at = _at(NEW_YORK, 2027, 5, 4, 12, 0)  # 18:00 in Berlin

    assert _due(starts_at, DAY, zone=BERLIN, quiet=(time(17), time(9))) == starts_at - DAY
    # 07:00 in New York is 13:00 in Berlin: awake there.
    morning = _at(NEW_YORK, 2027, 5, 4, 8, 0)
    assert _due(morning, HOUR, zone=BERLIN) == morning - HOUR


def test_no_reminder_once_its_time_has_passed():
    starts_at = _at(NEW_YORK, 2027, 5, 4, 18, 0)

    assert _due(starts_at, DAY, now=starts_at - timedelta(hours=5)) is None
    assert _due(starts_at, HOUR, now=starts_at - timedelta(hours=5)) == starts_at - HOUR
    assert _due(starts_at, HOUR, now=starts_at - timedelta(minutes=30)) is None
