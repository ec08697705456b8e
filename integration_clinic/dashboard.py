"""The care team's dashboard: one row per patient with where they stand.

The page costs the same number of queries for 10 patients or 2,000: one query sorts,
filters and pages the patients with everything a row shows as correlated subqueries (the
database works them out for the page's rows only, after the LIMIT), and one grouped query
counts the prompts of the page's windows. Every queryset it starts from comes from the
apps' selectors, so a coach's rows hold only what a coach may see: shared entries' moods,
and PHQ-9 only where the clinic lets coaches see assessments.
"""

from dataclasses import dataclass
from datetime import datetime

from django.db.models import (
    Count,
    DateTimeField,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
)
from django.db.models.functions import Coalesce
from django.utils import timezone

from journals.selectors import assessment_list_for, entry_list_for
from patients.models import Patient, StaffMembership
from patients.selectors import alert_list_for, patient_list_for, user_has_role
from sessions.models import Instrument
from sessions.selectors import completed_session_list_for, prompt_list_for
from sessions.windows import window_ends_at_expression, window_hours_expression, window_of

from .progress import ANSWERED, REACHED_THE_PATIENT, STILL_OPEN, band_label

ROWS_PER_PAGE = 50

SHOW_CHOICES = [
    ("all", "All patients"),
    ("mine", "My patients"),
    ("window", "In a window now"),
    ("alerts", "With open alerts"),
]

# Each sort's natural direction puts who needs attention first; a leading "-" reverses it.
# Patients with no value sort last either way.
SORT_CHOICES = [
    ("name", "Name"),
    ("session", "Last session"),
    ("phq9", "Latest PHQ-9"),
    ("mood", "Latest mood"),
]
_SORT_FIELDS = {
    # field, natural direction is descending
    "session": ("last_session_ended_at", True),
    "phq9": ("phq9_latest", True),
    "mood": ("mood_latest", False),
}


def can_see_dashboard(user) -> bool:
    """Clinicians, coaches and therapists look after patients; clinic admins keep the
    roster."""
    return user_has_role(
        user,
        StaffMembership.Role.CLINICIAN,
        StaffMembership.Role.COACH,
        StaffMembership.Role.THERAPIST,
    )


def sees_assessments(user) -> bool:
    return not assessment_list_for(user).query.is_empty()


def _latest(queryset, field, *, offset=0, oldest_first=False):
    order = ("created_at", "pk") if oldest_first else ("-created_at", "-pk")
    return Subquery(
        queryset.filter(patient=OuterRef("pk")).order_by(*order).values(field)[offset : offset + 1]
    )


def dashboard_patients(user, *, show="all", sort="name", now=None) -> QuerySet[Patient]:
    """The patients of the dashboard, filtered and sorted, with each row's figures as
    annotations. Patients with alerts no one has acknowledged come first whatever the
    sort, then those with alerts still open."""
    now = now or timezone.now()
    if not can_see_dashboard(user):
        return Patient.objects.none()
    # The "in a window now" filter needs the window in SQL: the same rule as
    # sessions.windows.window_of, which works out each row's day from the hours.
    last_session = (
        completed_session_list_for(user)
        .filter(patient=OuterRef("pk"))
        .order_by("-ended_at", "-pk")
        .annotate(hours=window_hours_expression(), closes_at=window_ends_at_expression())
    )
    open_alerts = alert_list_for(user).filter(patient=OuterRef("pk"), resolved_at=None)
    moods = entry_list_for(user).exclude(mood=None)
    # A row names the patient only: the care team and clinic joins of the roster are not
    # needed here.
    patients = (
        patient_list_for(user)
        .select_related(None)
        .select_related("user")
        .annotate(
            has_open_alert=Exists(open_alerts),
            has_unacknowledged_alert=Exists(open_alerts.filter(acknowledged_at=None)),
            open_alert_count=Coalesce(
                Subquery(
                    open_alerts.order_by()
                    .values("patient")
                    .annotate(count=Count("pk"))
                    .values("count"),
                    output_field=IntegerField(),
                ),
                Value(0),
            ),
            unacknowledged_alert_count=Coalesce(
                Subquery(
                    open_alerts.filter(acknowledged_at=None)
                    .order_by()
                    .values("patient")
                    .annotate(count=Count("pk"))
                    .values("count"),
                    output_field=IntegerField(),
                ),
                Value(0),
            ),
            last_session_id=Subquery(last_session.values("pk")[:1]),
            last_session_started_at=Subquery(last_session.values("started_at")[:1]),
            last_session_ended_at=Subquery(last_session.values("ended_at")[:1]),
            last_session_window_hours=Subquery(
                last_session.values("hours")[:1], output_field=IntegerField()
            ),
            window_ends_at=Subquery(
                last_session.values("closes_at")[:1], output_field=DateTimeField()
            ),
            mood_latest=_latest(moods, "mood"),
            mood_previous=_latest(moods, "mood", offset=1),
        )
    )
    if sees_assessments(user):
        phq9 = assessment_list_for(user).filter(instrument=Instrument.PHQ9)
        patients = patients.annotate(
            phq9_latest=_latest(phq9, "total"),
            phq9_band=_latest(phq9, "band"),
            phq9_first=_latest(phq9, "total", oldest_first=True),
        )
    else:
        patients = patients.annotate(phq9_latest=Value(None, output_field=IntegerField()))

    if show == "mine":
        patients = patients.filter(
            Q(care_clinician=user) | Q(care_coach=user) | Q(care_therapist=user)
        )
    elif show == "window":
        patients = patients.filter(last_session_ended_at__lte=now, window_ends_at__gt=now)
    elif show == "alerts":
        patients = patients.filter(has_open_alert=True)
    return patients.order_by(
        F("has_unacknowledged_alert").desc(), F("has_open_alert").desc(), *_ordering(sort)
    )


def _ordering(sort: str) -> list:
    reverse = sort.startswith("-")
    key = sort.lstrip("-")
    by_name = ["user__last_name", "user__first_name", "pk"]
    if key not in _SORT_FIELDS:
        return [f"-{field}" for field in by_name] if reverse and key == "name" else by_name
    field, descending = _SORT_FIELDS[key]
    if descending != reverse:
        return [F(field).desc(nulls_last=True), *by_name]
    return [F(field).asc(nulls_last=True), *by_name]


@dataclass
class DashboardRow:
    patient: Patient
    open_alerts: int
    unacknowledged_alerts: int
    last_session_id: int | None
    last_session_started_at: datetime | None
    last_session_ended_at: datetime | None
    window_ends_at: datetime | None
    window_day: int | None
    window_days: int | None
    in_window: bool
    prompts_due: int
    prompts_answered: int
    prompts_open: int
    mood: int | None
    previous_mood: int | None
    phq9: int | None
    phq9_band: str
    phq9_first: int | None

    @property
    def mood_trend(self) -> str:
        """ "up", "down", "same", or "" with fewer than two moods."""
        if self.mood is None or self.previous_mood is None:
            return ""
        if self.mood == self.previous_mood:
            return "same"
        return "up" if self.mood > self.previous_mood else "down"

    @property
    def phq9_change(self) -> int | None:
        if self.phq9 is None or self.phq9_first is None:
            return None
        return self.phq9 - self.phq9_first


def dashboard_rows(user, patients, *, now=None) -> list[DashboardRow]:
    """Rows for a page of patients from dashboard_patients: one grouped query counts the
    prompts of their latest windows."""
    now = now or timezone.now()
    patients = list(patients)
    session_ids = [p.last_session_id for p in patients if p.last_session_id]
    counts = {}
    if session_ids:
        counts = {
            row["session_id"]: row
            for row in prompt_list_for(user)
            .filter(session_id__in=session_ids)
            .order_by()
            .values("session_id")
            .annotate(
                due=Count("pk", filter=Q(status__in=REACHED_THE_PATIENT)),
                answered=Count("pk", filter=Q(status__in=ANSWERED)),
                still_open=Count("pk", filter=Q(status__in=STILL_OPEN, expires_at__gt=now)),
            )
        }
    rows = []
    for patient in patients:
        prompts = counts.get(patient.last_session_id, {})
        window = None
        if patient.last_session_ended_at:
            window = window_of(
                session_id=patient.last_session_id,
                patient_id=patient.pk,
                ended_at=patient.last_session_ended_at,
                hours=patient.last_session_window_hours,
                now=now,
            )
        rows.append(
            DashboardRow(
                patient=patient,
                open_alerts=patient.open_alert_count,
                unacknowledged_alerts=patient.unacknowledged_alert_count,
                last_session_id=patient.last_session_id,
                last_session_started_at=patient.last_session_started_at,
                last_session_ended_at=patient.last_session_ended_at,
                window_ends_at=window.ends_at if window else None,
                window_day=window.day if window else None,
                window_days=window.days if window else None,
                in_window=bool(window and window.is_open),
                prompts_due=prompts.get("due", 0),
                prompts_answered=prompts.get("answered", 0),
                prompts_open=prompts.get("still_open", 0),
                mood=patient.mood_latest,
                previous_mood=patient.mood_previous,
                phq9=patient.phq9_latest,
                phq9_band=band_label(getattr(patient, "phq9_band", "") or ""),
                phq9_first=getattr(patient, "phq9_first", None),
            )
        )
    return rows
