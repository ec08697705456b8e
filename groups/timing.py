"""Pure rules of group timing: weekly series in the clinic's wall-clock time, and when a
reminder reaches a patient in their own time."""

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sessions.scheduling import in_quiet_hours, outside_quiet_hours


def weekly_start_times(first_start: datetime, weeks: int, zone: ZoneInfo) -> list[datetime]:
    """`weeks` start times, a week apart at the same wall-clock time in `zone`: a group
    at 18:00 stays at 18:00 across a DST change, so the UTC instants differ by an hour.
    A wall time skipped by a spring-forward jump lands just after the jump."""
    local = first_start.astimezone(zone)
    wall = local.time().replace(tzinfo=None, fold=0)
    return [
        datetime.combine(local.date() + timedelta(weeks=week), wall, tzinfo=zone).astimezone(UTC)
        for week in range(weeks)
    ]


def _quiet_hours_began(moment: datetime, zone: ZoneInfo, start: time, end: time) -> datetime:
    """When the quiet hours holding `moment` began."""
    local = moment.astimezone(zone)
    day = local.date()
    if start >= end and local.time().replace(tzinfo=None) < end:
        day -= timedelta(days=1)
    return datetime.combine(day, start, tzinfo=zone).astimezone(UTC)


def reminder_due_at(
    *,
    starts_at: datetime,
    lead: timedelta,
    zone: ZoneInfo,
    quiet_start: time,
    quiet_end: time,
    now: datetime,
) -> datetime | None:
    """When to send a reminder `lead` before a session, or None when it is too late.

    Outside the patient's quiet hours: a reminder planned inside them moves to when they
    end. If the session itself falls in the quiet hours the patient chose to be there, so
    the reminder goes at the planned time. It never goes once the session has started:
    when moving it forward would reach the start (a session at the very minute quiet hours
    end), it goes the evening before instead, just as the quiet hours begin.
    """
    starts_at = starts_at.astimezone(UTC)
    planned = starts_at - lead
    session_wall = starts_at.astimezone(zone).time().replace(tzinfo=None)
    if in_quiet_hours(session_wall, quiet_start, quiet_end):
        due = planned
    else:
        due = outside_quiet_hours(planned, zone, quiet_start, quiet_end)
        if due >= starts_at:
            due = _quiet_hours_began(planned, zone, quiet_start, quiet_end) - timedelta(minutes=1)
    if due <= now or due >= starts_at:
        return None
    return due
