"""Group times from the patients' side: where three or more patients' integration windows
(sessions.windows) overlap, a time for a group inside the overlap, at a sensible hour in
the clinic's zone, when most of them are outside their quiet hours.

Pure: the caller (groups.selectors.group_time_suggestions_for) decides whose windows are
looked at, so a suggestion names only patients the viewer may see.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sessions.scheduling import in_quiet_hours

MIN_PATIENTS = 3
DURATION_MINUTES = 90
DURATION = timedelta(minutes=DURATION_MINUTES)
# Groups meet between these local times of the clinic.
DAY_STARTS = time(10, 0)
DAY_ENDS = time(19, 0)
STEP = timedelta(minutes=30)
# A suggestion leaves time to invite people.
NOTICE = timedelta(hours=2)
LOOKAHEAD = timedelta(days=14)
MAX_SUGGESTIONS = 10
KEY_FORMAT = "%Y%m%dT%H%MZ"


@dataclass(frozen=True)
class GroupTimeSuggestion:
    starts_at: datetime
    # The shared part of their windows the time was chosen in.
    overlap_starts_at: datetime
    overlap_ends_at: datetime
    patients: tuple
    # How many of them are outside their quiet hours for the whole session.
    awake: int

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + DURATION

    @property
    def key(self) -> str:
        return suggestion_key(self.starts_at)


def suggestion_key(starts_at: datetime) -> str:
    return starts_at.astimezone(UTC).strftime(KEY_FORMAT)


def shared_spans(windows_by_patient: dict, since: datetime, until: datetime):
    """[(start, end, patient ids)] where at least MIN_PATIENTS patients are in a window,
    within [since, until); neighbouring spans with the same patients are one span."""
    events = []
    for patient_id, windows in windows_by_patient.items():
        for start, end in _union((w.starts_at, w.ends_at) for w in windows):
            start, end = max(start, since), min(end, until)
            if start < end:
                events.append((start, 1, patient_id))
                events.append((end, -1, patient_id))
    events.sort(key=lambda event: (event[0], event[1]))
    spans = []
    active: set = set()
    previous = None
    for moment, change, patient_id in events:
        if previous is not None and moment > previous and len(active) >= MIN_PATIENTS:
            group = frozenset(active)
            if spans and spans[-1][1] == previous and spans[-1][2] == group:
                spans[-1] = (spans[-1][0], moment, group)
            else:
                spans.append((previous, moment, group))
        if change > 0:
            active.add(patient_id)
        else:
            active.discard(patient_id)
        previous = moment
    return spans


def _union(intervals: Iterable[tuple]) -> list[tuple]:
    """One patient's windows, overlapping ones (doses close together) joined."""
    merged: list[list] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [tuple(pair) for pair in merged]


def _start_times(start: datetime, end: datetime, zone: ZoneInfo):
    """Starts on the hour or half hour from DAY_STARTS, ending by DAY_ENDS in `zone`, that
    fit in [start, end)."""
    day = start.astimezone(zone).date()
    last_day = end.astimezone(zone).date()
    while day <= last_day:
        moment = datetime.combine(day, DAY_STARTS, tzinfo=zone)
        day_ends = datetime.combine(day, DAY_ENDS, tzinfo=zone)
        while moment + DURATION <= day_ends:
            if start <= moment and moment + DURATION <= end:
                yield moment.astimezone(UTC)
            moment += STEP
        day += timedelta(days=1)


def is_awake(patient, start: datetime, end: datetime) -> bool:
    """Outside the patient's quiet hours, in their own zone, from start to end."""
    zone = ZoneInfo(patient.time_zone)
    quiet = (patient.quiet_hours_start, patient.quiet_hours_end)
    return not any(
        in_quiet_hours(moment.astimezone(zone).time(), *quiet)
        for moment in (start, end - timedelta(minutes=1))
    )


def suggest_group_times(
    *, patients, windows: dict, busy: Iterable[tuple], zone: ZoneInfo, now: datetime
) -> list[GroupTimeSuggestion]:
    """For each span where MIN_PATIENTS or more windows overlap and no group of the clinic
    meets yet: the first time with the most of them awake, when that is most of them."""
    by_id = {patient.pk: patient for patient in patients}
    busy = list(busy)
    since = now + NOTICE
    suggestions = []
    for start, end, patient_ids in shared_spans(windows, since, now + LOOKAHEAD):
        if any(b_start < end and b_end > start for b_start, b_end in busy):
            continue
        group = sorted((by_id[pk] for pk in patient_ids), key=lambda p: str(p).lower())
        best = None
        for moment in _start_times(start, end, zone):
            awake = sum(is_awake(p, moment, moment + DURATION) for p in group)
            if 2 * awake > len(group) and (best is None or awake > best.awake):
                best = GroupTimeSuggestion(moment, start, end, tuple(group), awake)
        if best is not None:
            suggestions.append(best)
    return _without_repeats(suggestions, zone)[:MAX_SUGGESTIONS]


def _without_repeats(suggestions, zone) -> list[GroupTimeSuggestion]:
    """A time for some of the patients of another suggestion on the same day says
    nothing new: it goes."""
    kept = []
    for suggestion in suggestions:
        day = suggestion.starts_at.astimezone(zone).date()
        ids = {p.pk for p in suggestion.patients}
        if any(
            other is not suggestion
            and other.starts_at.astimezone(zone).date() == day
            and ids < {p.pk for p in other.patients}
            for other in suggestions
        ):
            continue
        kept.append(suggestion)
    return sorted(kept, key=lambda s: s.starts_at)
