"""Pure rules of the schedule: when a prompt falls due in the patient's own time.

Quiet hours are wall-clock times in the patient's zone, and may wrap midnight (21:00-08:00)
or not (00:30-06:00). A time inside them moves to the moment they end, on the right local
date, through DST changes.
"""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo


def in_quiet_hours(local_time: time, start: time, end: time) -> bool:
    if start < end:
        return start <= local_time < end
    return local_time >= start or local_time < end


def _aware(day: date, wall: time, zone: ZoneInfo, fold: int) -> datetime:
    """`day` at `wall` in `zone`. A wall time skipped by a DST jump lands just after the
    jump, by the normal round trip through UTC; `fold` picks the earlier or later of a
    wall time that happens twice when clocks fall back."""
    naive = datetime.combine(day, wall).replace(fold=fold)
    return naive.replace(tzinfo=zone).astimezone(UTC)


def outside_quiet_hours(moment: datetime, zone: ZoneInfo, start: time, end: time) -> datetime:
    """`moment` itself if the patient is awake then; otherwise when their quiet hours end."""
    moment = moment.astimezone(UTC)
    local = moment.astimezone(zone)
    wall = local.time().replace(tzinfo=None)
    if not in_quiet_hours(wall, start, end):
        return moment
    day = local.date()
    if start >= end and wall >= start:
        day += timedelta(days=1)
    # Usually the first candidate is it. The others cover clocks falling back (the end of
    # quiet hours happens twice) and a DST jump that skips the waking minutes of a day.
    for extra_days in range(3):
        for fold in (0, 1):
            moved = _aware(day + timedelta(days=extra_days), end, zone, fold)
            moved_wall = moved.astimezone(zone).time().replace(tzinfo=None)
            if moved > moment and not in_quiet_hours(moved_wall, start, end):
                return moved
    raise ValueError("No waking time found within three days.")  # pragma: no cover


def prompt_times(
    *,
    ended_at: datetime,
    offset_hours,
    expires_after_hours: int,
    zone: ZoneInfo,
    quiet_start: time,
    quiet_end: time,
) -> tuple[datetime, datetime]:
    """(due_at, expires_at) for a step of a window that begins at `ended_at`."""
    # In UTC, so the offset counts elapsed hours: adding to a local time would count
    # wall-clock hours and drift by one across a DST change.
    planned = ended_at.astimezone(UTC) + timedelta(hours=float(offset_hours))
    due_at = outside_quiet_hours(planned, zone, quiet_start, quiet_end)
    return due_at, due_at + timedelta(hours=expires_after_hours)
