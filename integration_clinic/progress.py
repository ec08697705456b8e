"""The numbers behind a patient's progress: moods, assessments and prompts answered per
window. Where a patient stands in a window is sessions.windows' to say.

Plain functions over querysets the selectors have already narrowed, so the patient's own
pages and the care team's dashboards show the same figures from the same rules. Nothing
here decides who may see what.
"""

import math
from dataclasses import dataclass
from datetime import datetime

from django.db.models import Count, Q
from django.utils import dateformat, timezone
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from journals import scoring
from journals.models import JournalEntry
from sessions.models import DosingSession, Instrument, ScheduledPrompt

Status = ScheduledPrompt.Status
# Adherence counts each prompt that reached the patient by what became of it. Every other
# status is left out on purpose: not yet sent, cancelled, and those that never asked the
# patient anything (skipped when recorded late, superseded by another window's, withdrawn
# with a cancelled session).
ANSWERED = (Status.ANSWERED,)
MISSED = (Status.EXPIRED,)
STILL_OPEN = (Status.SENT,)
REACHED_THE_PATIENT = ANSWERED + MISSED + STILL_OPEN


def _scale(instrument: str) -> dict:
    """An instrument's range and bands as the charts draw them, from the scoring rules."""
    top = len(scoring.ITEMS[instrument]) * scoring.MAX_ITEM_SCORE
    lows = sorted(scoring.BANDS[instrument])
    bands = [
        (low, lows[index + 1][0] - 1 if index + 1 < len(lows) else top, name)
        for index, (low, name) in enumerate(lows)
    ]
    return {"label": Instrument(instrument).label, "max": top, "bands": bands}


# PHQ-9 (Kroenke 2001) and GAD-7 (Spitzer 2006), in the order the page shows them.
INSTRUMENT_SCALES = {
    instrument.value: _scale(instrument) for instrument in (Instrument.PHQ9, Instrument.GAD7)
}


def _day(moment: datetime) -> str:
    return dateformat.format(timezone.localtime(moment), "j M")


def _when(moment: datetime) -> str:
    return dateformat.format(timezone.localtime(moment), "D j M, H:i")


def _millis(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)


def _one_decimal(value: float) -> str:
    return number_format(value, 1)


def _whole(value) -> str:
    return number_format(f"{value:g}")


def _compare(latest: float, first: float, *, shown=_one_decimal) -> str:
    if round(latest, 1) == round(first, 1):
        return _("the same as the %(first)s") % {"first": shown(first)}
    if latest > first:
        return _("up from %(first)s") % {"first": shown(first)}
    return _("down from %(first)s") % {"first": shown(first)}


def band_label(band: str) -> str:
    return str(band).replace("_", " ").strip().lower()


# Windows -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Window:
    session_id: int
    ended_at: datetime

    @property
    def label(self) -> str:
        return _day(self.ended_at)


def windows_of(sessions) -> list[Window]:
    """The windows opened by completed sessions, oldest first."""
    rows = (
        sessions.filter(status=DosingSession.Status.COMPLETED)
        .exclude(ended_at=None)
        .order_by("ended_at")
        .values_list("pk", "ended_at")
    )
    return [Window(session_id=pk, ended_at=ended_at) for pk, ended_at in rows]


# Mood --------------------------------------------------------------------------------


@dataclass(frozen=True)
class MoodPoint:
    at: datetime
    mood: int
    source: str
    session_id: int | None


def mood_points(entries) -> list[MoodPoint]:
    """Every mood recorded, by check-in or with an entry, oldest first."""
    kinds = dict(JournalEntry.Kind.choices)
    rows = (
        entries.exclude(mood=None)
        .order_by("created_at", "pk")
        .values_list("created_at", "mood", "title", "kind", "session_id")
    )
    return [
        MoodPoint(at=at, mood=mood, source=title or kinds.get(kind, kind), session_id=session_id)
        for at, mood, title, kind, session_id in rows
    ]


@dataclass(frozen=True)
class WindowMood:
    window: Window
    average: float
    count: int


def mood_by_window(points: list[MoodPoint], windows: list[Window]) -> list[WindowMood]:
    """Average mood in each window that has any, oldest first. Moods written outside a
    window count in the chart but in no window."""
    by_session: dict[int, list[int]] = {}
    for point in points:
        if point.session_id is not None:
            by_session.setdefault(point.session_id, []).append(point.mood)
    return [
        WindowMood(
            window=window,
            average=sum(by_session[window.session_id]) / len(by_session[window.session_id]),
            count=len(by_session[window.session_id]),
        )
        for window in windows
        if by_session.get(window.session_id)
    ]


def mood_summary(points: list[MoodPoint], windows: list[Window]) -> str:
    if not points:
        return _("No moods recorded yet. Your check-ins and any entry with a mood will show here.")
    overall = sum(point.mood for point in points) / len(points)
    overall_text = ngettext(
        "Across all %(count)s mood you recorded, the average is %(average)s out of 10.",
        "Across all %(count)s moods you recorded, the average is %(average)s out of 10.",
        len(points),
    ) % {"count": len(points), "average": _one_decimal(overall)}
    per_window = mood_by_window(points, windows)
    if len(per_window) >= 2:
        first, latest = per_window[0], per_window[-1]
        return _(
            "Your mood averaged %(latest)s in your latest window (after your session on "
            "%(latest_day)s), %(change)s in your first (after %(first_day)s). %(overall)s"
        ) % {
            "latest": _one_decimal(latest.average),
            "latest_day": latest.window.label,
            "change": _compare(latest.average, first.average),
            "first_day": first.window.label,
            "overall": overall_text,
        }
    if per_window:
        only = per_window[0]
        return ngettext(
            "Your mood averaged %(average)s in the window after your session on %(day)s "
            "(%(count)s mood). %(overall)s",
            "Your mood averaged %(average)s in the window after your session on %(day)s "
            "(%(count)s moods). %(overall)s",
            only.count,
        ) % {
            "average": _one_decimal(only.average),
            "day": only.window.label,
            "count": only.count,
            "overall": overall_text,
        }
    return overall_text


# The moods' table shows the latest rows, the charts at most this many points: a long
# history is drawn as each day's mean (the viewer's day), so neither grows with it.
MOOD_TABLE_ROWS = 30
CHART_POINTS_MAX = 120


def latest_moods(points: list[MoodPoint], count: int = MOOD_TABLE_ROWS) -> list[MoodPoint]:
    """The latest `count` moods, latest first, for the numbers table."""
    return points[::-1][:count]


def _chart_points(points: list[MoodPoint]) -> list[dict]:
    if len(points) <= CHART_POINTS_MAX:
        return [
            {"x": _millis(p.at), "y": p.mood, "when": _when(p.at), "source": p.source}
            for p in points
        ]
    by_day: dict = {}
    for point in points:
        by_day.setdefault(timezone.localtime(point.at).date(), []).append(point)
    chart = []
    for day_points in by_day.values():
        moods = [point.mood for point in day_points]
        middle = day_points[len(day_points) // 2].at
        chart.append(
            {
                "x": _millis(middle),
                "y": round(sum(moods) / len(moods), 1),
                "when": _day(middle),
                "source": (
                    _("Mean of %(count)s moods") % {"count": len(moods)}
                    if len(moods) > 1
                    else day_points[0].source
                ),
            }
        )
    return chart


def mood_chart_data(points: list[MoodPoint], windows: list[Window]) -> dict:
    return {
        "zone": timezone.get_current_timezone_name(),
        "points": _chart_points(points),
        "sessions": [
            {
                "x": _millis(w.ended_at),
                "when": _when(w.ended_at),
                "label": _("Session %(day)s") % {"day": w.label},
            }
            for w in windows
        ],
    }


# Assessments -------------------------------------------------------------------------


@dataclass(frozen=True)
class AssessmentPoint:
    at: datetime
    total: int
    band: str
    item_scores: list


def assessment_series(assessments) -> dict[str, list[AssessmentPoint]]:
    """Each instrument's totals and bands, oldest first; every known instrument has a
    (possibly empty) list."""
    series: dict[str, list[AssessmentPoint]] = {key: [] for key in INSTRUMENT_SCALES}
    rows = assessments.order_by("created_at", "pk").values_list(
        "instrument", "created_at", "total", "band", "item_scores"
    )
    for instrument, at, total, band, item_scores in rows:
        series.setdefault(instrument, []).append(
            AssessmentPoint(
                at=at, total=total, band=scoring.band_display(band), item_scores=item_scores
            )
        )
    return series


def assessment_summary(points: list[AssessmentPoint], instrument: str) -> str:
    label = INSTRUMENT_SCALES[instrument]["label"]
    if not points:
        return _("No %(instrument)s answered yet.") % {"instrument": label}
    latest = points[-1]
    facts = {
        "instrument": label,
        "total": latest.total,
        "band": latest.band,
        "day": _day(latest.at),
    }
    if len(points) == 1:
        return _("Your latest %(instrument)s was %(total)s (%(band)s) on %(day)s.") % facts
    first = points[0]
    return ngettext(
        "Your latest %(instrument)s was %(total)s (%(band)s) on %(day)s, %(change)s "
        "(%(first_band)s) on %(first_day)s, your first of %(count)s answer.",
        "Your latest %(instrument)s was %(total)s (%(band)s) on %(day)s, %(change)s "
        "(%(first_band)s) on %(first_day)s, your first of %(count)s answers.",
        len(points),
    ) % {
        **facts,
        "change": _compare(latest.total, first.total, shown=_whole),
        "first_band": first.band,
        "first_day": _day(first.at),
        "count": len(points),
    }


def assessment_chart_data(points: list[AssessmentPoint], instrument: str) -> dict:
    scale = INSTRUMENT_SCALES[instrument]
    return {
        "zone": timezone.get_current_timezone_name(),
        "label": scale["label"],
        "max": scale["max"],
        "bands": [
            {"from": low, "to": high, "label": scoring.band_display(name)}
            for low, high, name in scale["bands"]
        ],
        "points": [
            {"x": _millis(p.at), "y": p.total, "when": _when(p.at), "band": p.band} for p in points
        ],
    }


# Prompts answered --------------------------------------------------------------------


@dataclass(frozen=True)
class WindowAdherence:
    window: Window
    answered: int
    missed: int
    still_open: int

    @property
    def offered(self) -> int:
        return self.answered + self.missed + self.still_open


def adherence_counts() -> dict:
    """The aggregates of answered, missed and still open prompts, for any grouping."""
    return {
        "answered": Count("pk", filter=Q(status__in=ANSWERED)),
        "missed": Count("pk", filter=Q(status__in=MISSED)),
        "still_open": Count("pk", filter=Q(status__in=STILL_OPEN)),
    }


def adherence_by_window(prompts, windows: list[Window]) -> list[WindowAdherence]:
    """Per window, the prompts that reached the patient: answered, missed (expired) and
    still open; nothing else counts (see REACHED_THE_PATIENT). One query."""
    rows = (
        prompts.filter(status__in=REACHED_THE_PATIENT)
        .order_by()
        .values("session_id")
        .annotate(**adherence_counts())
    )
    counts = {row["session_id"]: row for row in rows}
    return [
        WindowAdherence(
            window=window,
            answered=counts[window.session_id]["answered"],
            missed=counts[window.session_id]["missed"],
            still_open=counts[window.session_id]["still_open"],
        )
        for window in windows
        if window.session_id in counts
    ]


def adherence_summary(rows: list[WindowAdherence]) -> str:
    if not rows:
        return _("No prompts have reached you yet. They start after your first session.")
    latest = rows[-1]
    facts = {
        "day": latest.window.label,
        "answered": latest.answered,
        "offered": latest.offered,
        "open": latest.still_open,
    }
    if latest.still_open:
        text = (
            ngettext(
                "In your latest window (after your session on %(day)s) you answered %(answered)s "
                "of %(offered)s prompt, and %(open)s still open.",
                "In your latest window (after your session on %(day)s) you answered %(answered)s "
                "of %(offered)s prompts, and %(open)s still open.",
                latest.offered,
            )
            % facts
        )
    else:
        text = (
            ngettext(
                "In your latest window (after your session on %(day)s) you answered %(answered)s "
                "of %(offered)s prompt.",
                "In your latest window (after your session on %(day)s) you answered %(answered)s "
                "of %(offered)s prompts.",
                latest.offered,
            )
            % facts
        )
    if len(rows) > 1:
        answered = sum(row.answered for row in rows)
        offered = sum(row.offered for row in rows)
        text += " " + _(
            "Across all %(windows)s windows: %(answered)s of %(offered)s (%(percent)s%%)."
        ) % {
            "windows": len(rows),
            "answered": answered,
            "offered": offered,
            "percent": math.floor(100 * answered / offered + 0.5),
        }
    return text


def adherence_chart_data(rows: list[WindowAdherence]) -> dict:
    return {
        "labels": [_("After %(day)s") % {"day": row.window.label} for row in rows],
        "answered": [row.answered for row in rows],
        "missed": [row.missed for row in rows],
        "still_open": [row.still_open for row in rows],
    }
