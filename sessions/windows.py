"""The integration window of a dosing session: the one rule every page, API and export uses.

A window opens when a completed session ends and lasts its program's window_hours, which the
session keeps from when its window was scheduled. Sessions scheduled before the length was
kept take their patient's program's (their own, else the clinic default), else
DEFAULT_WINDOW_HOURS. Prompts keep their own expiry and may stay answerable after the window
closes (a closing questionnaire often does): they never stretch the window.

Days count whole 24-hour periods from the session's end, as program offsets do: a 72-hour
window is "day 1 of 3" for its first 24 hours and "day 3 of 3" for its last.

`window_of` is the rule; `session_window` and `session_windows` feed it loaded sessions, and
the SQL expressions below give lists and filters the same figures without loading rows.
This module needs no selector, so the selectors may use it.
"""

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db.models import (
    Case,
    DateTimeField,
    DurationField,
    ExpressionWrapper,
    F,
    IntegerField,
    OuterRef,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.utils import timezone

from patients.models import Patient

from .models import DosingSession, IntegrationProgram

DEFAULT_WINDOW_HOURS = 72
HOUR = timedelta(hours=1)
DAY = timedelta(hours=24)


@dataclass(frozen=True)
class IntegrationWindow:
    session_id: int
    patient_id: int
    starts_at: datetime
    ends_at: datetime
    hours: int
    day: int
    days: int
    is_open: bool
    has_closed: bool


def window_of(
    *, session_id: int, patient_id: int, ended_at: datetime, hours: int | None, now: datetime
) -> IntegrationWindow:
    """The window that opened when the session ended at `ended_at`, as it stands at `now`."""
    if hours is None:
        hours = DEFAULT_WINDOW_HOURS
    ends_at = ended_at + hours * HOUR
    days = max(1, math.ceil(hours / 24))
    day = min(days, max(1, (now - ended_at) // DAY + 1))
    return IntegrationWindow(
        session_id=session_id,
        patient_id=patient_id,
        starts_at=ended_at,
        ends_at=ends_at,
        hours=hours,
        day=day,
        days=days,
        is_open=ended_at <= now < ends_at,
        has_closed=ends_at <= now,
    )


def opens_window(session: DosingSession) -> bool:
    """Only a session that was completed opens a window; a cancelled one never does."""
    return session.status == DosingSession.Status.COMPLETED and session.ended_at is not None


def session_window(session: DosingSession, *, now=None) -> IntegrationWindow | None:
    """The session's window, or None when it opened none."""
    return session_windows([session], now=now).get(session.pk)


def session_windows(sessions, *, now=None) -> dict[int, IntegrationWindow]:
    """The windows of loaded sessions, by session id: no query when every session keeps
    its length, one for them all when some do not."""
    now = now or timezone.now()
    opened = [session for session in sessions if opens_window(session)]
    without_length = {session.patient_id for session in opened if session.window_hours is None}
    fallback = program_hours_of(without_length) if without_length else {}
    return {
        session.pk: window_of(
            session_id=session.pk,
            patient_id=session.patient_id,
            ended_at=session.ended_at,
            hours=(
                session.window_hours
                if session.window_hours is not None
                else fallback.get(session.patient_id)
            ),
            now=now,
        )
        for session in opened
    }


def program_hours_of(patient_ids) -> dict[int, int]:
    """Each patient's program window length, in one query: their program as
    sessions.selectors.program_for finds it (their own, else the clinic default), else
    DEFAULT_WINDOW_HOURS."""
    rows = (
        Patient.objects.filter(pk__in=list(patient_ids))
        .annotate(hours=_program_hours("pk", "clinic_id"))
        .values_list("pk", "hours")
    )
    return dict(rows)


def windows_overlapping(patient_ids, since: datetime, until: datetime, *, now=None):
    """The windows of these patients that are open at some moment of [since, until), by
    patient, oldest first. One query."""
    now = now or timezone.now()
    rows = (
        DosingSession.objects.filter(
            patient_id__in=list(patient_ids),
            status=DosingSession.Status.COMPLETED,
            ended_at__lt=until,
        )
        .annotate(resolved_hours=window_hours_expression(), closes_at=window_ends_at_expression())
        .filter(closes_at__gt=since)
        .order_by("ended_at", "pk")
        .values_list("pk", "patient_id", "ended_at", "resolved_hours")
    )
    windows: dict[int, list[IntegrationWindow]] = {}
    for session_id, patient_id, ended_at, hours in rows:
        windows.setdefault(patient_id, []).append(
            window_of(
                session_id=session_id,
                patient_id=patient_id,
                ended_at=ended_at,
                hours=hours,
                now=now,
            )
        )
    return windows


# The same rule in SQL, for querysets of DosingSession ------------------------------------


def _program_hours(patient_ref: str, clinic_ref: str):
    own = IntegrationProgram.objects.filter(patient_id=OuterRef(patient_ref)).values(
        "window_hours"
    )[:1]
    clinic_default = IntegrationProgram.objects.filter(
        clinic_id=OuterRef(clinic_ref), is_clinic_default=True
    ).values("window_hours")[:1]
    return Coalesce(
        Subquery(own),
        Subquery(clinic_default),
        Value(DEFAULT_WINDOW_HOURS),
        output_field=IntegerField(),
    )


def window_hours_expression():
    """A session's window length in hours, as session_window resolves it."""
    return Coalesce(
        F("window_hours"),
        _program_hours("patient_id", "patient__clinic_id"),
        output_field=IntegerField(),
    )


def window_ends_at_expression():
    """When a session's window closes; NULL for a session that opened none."""
    length = ExpressionWrapper(
        window_hours_expression() * Value(HOUR), output_field=DurationField()
    )
    return Case(
        When(
            status=DosingSession.Status.COMPLETED,
            ended_at__isnull=False,
            then=ExpressionWrapper(F("ended_at") + length, output_field=DateTimeField()),
        ),
        default=None,
        output_field=DateTimeField(),
    )
