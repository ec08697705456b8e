"""For any zone, quiet hours, offset and end time: due after the end, outside quiet hours
in the patient's wall-clock time, and before it expires."""

import zoneinfo
from datetime import UTC, datetime, time, timedelta
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from sessions.scheduling import in_quiet_hours, prompt_times

ZONES = sorted(
    z
    for z in zoneinfo.available_timezones()
    if "/" in z and not z.startswith(("Etc/", "SystemV/", "posix/", "right/"))
)

quarter_hours = st.builds(time, st.integers(0, 23), st.sampled_from([0, 15, 30, 45]))


@settings(max_examples=400, deadline=None)
@given(
    zone_name=st.sampled_from(ZONES),
    quiet_start=quarter_hours,
    quiet_end=quarter_hours,
    ended_at=st.datetimes(
        min_value=datetime(2024, 1, 1), max_value=datetime(2030, 12, 31), timezones=st.just(UTC)
    ),
    offset_quarters=st.integers(0, 4 * 24 * 10),
    expires_after_hours=st.integers(1, 96),
)
def test_every_prompt_is_due_after_the_end_outside_quiet_hours_and_before_it_expires(
    zone_name, quiet_start, quiet_end, ended_at, offset_quarters, expires_after_hours
):
    if quiet_start == quiet_end:
        return  # refused by the patient form: quiet hours must have a length
    zone = zoneinfo.ZoneInfo(zone_name)
    offset_hours = Decimal(offset_quarters) / 4

    due_at, expires_at = prompt_times(
        ended_at=ended_at,
        offset_hours=offset_hours,
        expires_after_hours=expires_after_hours,
        zone=zone,
        quiet_start=quiet_start,
        quiet_end=quiet_end,
    )

    assert due_at >= ended_at + timedelta(hours=float(offset_hours))
    assert not in_quiet_hours(due_at.astimezone(zone).time(), quiet_start, quiet_end)
    assert due_at < expires_at
    # Never later than needed: at most one quiet stretch (plus a DST hour) is skipped.
    assert due_at - (ended_at + timedelta(hours=float(offset_hours))) <= timedelta(hours=25)
