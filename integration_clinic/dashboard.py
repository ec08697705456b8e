"""The care team's dashboard: one row per patient with where they stand.

Each row is read from the patient's summary row (patients.PatientSummary), which the
services keep current as sessions end, prompts change status, moods are shared,
assessments are taken and alerts are raised (patients/summary.py). So the page costs one
query for its rows and one for their number, whatever the clinic's size or the patients'
histories. Which patients a viewer sees is patient_list_for's to say; PHQ-9 is shown only
to viewers who may see assessments (sees_assessments), and only shared entries' moods
ever reach a summary.

The rendered rows are cached per clinic under the version patients/summary.py moves on
after each committed change, and for at most a minute, or until the first row's window
turns a day or closes: "day N of M" and the "in a window now" filter follow the clock.
"""

import hashlib
import logging
import math
from dataclasses import dataclass, fields
from datetime import datetime, timedelta

from django.core.cache import cache
from django.core.paginator import Page, Paginator
from django.db.models import F, Q, QuerySet
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _

from journals.selectors import assessment_list_for
from patients.models import Patient, PatientSummary, StaffMembership
from patients.selectors import membership_of, patient_list_for, user_has_role
from patients.summary import roster_version, summary_version
from sessions.windows import program_hours_of, window_of

from .progress import band_label

logger = logging.getLogger(__name__)

ROWS_PER_PAGE = 50
# The longest rendered rows are kept: the "in a window now" filter follows the clock for
# patients on other pages too.
CACHE_SECONDS = 60
# A rendered row is keyed by all it shows (_row_key), so it may live longer.
ROW_CACHE_SECONDS = 60 * 60
# The number of patients shown, kept under the clinic's roster version; bounded too, for
# changes made outside the models' save (bulk imports, a fix in the database).
COUNT_CACHE_SECONDS = 10 * 60

SHOW_CHOICES = [
    ("all", _("All patients")),
    ("mine", _("My patients")),
    ("window", _("In a window now")),
    ("alerts", _("With open safety alerts")),
    ("followups", _("With follow-up alerts")),
]

# Each sort's natural direction puts who needs attention first; a leading "-" reverses it.
# Patients with no value sort last either way.
SORT_CHOICES = [
    ("name", _("Name")),
    ("session", _("Last session")),
    ("phq9", _("Latest PHQ-9")),
    ("mood", _("Latest mood")),
]
_SORT_FIELDS = {
    # field, natural direction is descending
    "session": ("summary__last_session_ended_at", True),
    "phq9": ("summary__phq9_latest", True),
    "mood": ("summary__mood_latest", False),
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


def dashboard_patients(
    user, *, show="all", sort="name", now=None, phq9_shown: bool | None = None
) -> QuerySet[Patient]:
    """The patients of the dashboard, filtered and sorted, each with its summary row
    joined. Patients with safety alerts no one has acknowledged come first whatever the
    sort, then those with safety alerts still open."""
    now = now or timezone.now()
    if not can_see_dashboard(user):
        return Patient.objects.none()
    # A row names the patient only: the care team and clinic joins of the roster are not
    # needed here. Every patient has a summary row (made with the patient); the clinic
    # repeated on it lets the page be read from the summaries' index in the page's order
    # (clinic, alert rank, name) and stop at 50 rows, whatever the clinic's size.
    membership = membership_of(user)
    patients = (
        patient_list_for(user)
        .select_related(None)
        .select_related("user", "summary")
        .filter(summary__clinic_id=membership.clinic_id)
    )
    if show == "mine":
        patients = patients.filter(Q(care_clinician=user) | Q(care_coach=user))
    elif show == "window":
        patients = patients.filter(
            summary__last_session_ended_at__lte=now, summary__window_ends_at__gt=now
        )
    elif show == "alerts":
        patients = patients.filter(summary__open_alerts__gt=0)
    elif show == "followups":
        patients = patients.filter(summary__open_followups__gt=0)
    # alert_rank: 2 with a safety alert no one has acknowledged, 1 with one still open.
    return patients.order_by(
        F("summary__alert_rank").desc(),
        *_ordering(sort, sees_phq9=sees_assessments(user) if phq9_shown is None else phq9_shown),
    )


def _ordering(sort: str, *, sees_phq9: bool) -> list:
    reverse = sort.startswith("-")
    key = sort.lstrip("-")
    # The names as kept on the summary row (patients/summary.py follows every change).
    by_name = ["summary__sort_last_name", "summary__sort_first_name", "summary__patient_id"]
    if key not in _SORT_FIELDS or (key == "phq9" and not sees_phq9):
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
    open_followups: int
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

    def changes_after(self, now: datetime) -> datetime | None:
        """When this row's window turns a day or closes, if it is open now."""
        if not self.in_window:
            return None
        next_day = self.last_session_ended_at + timedelta(hours=24) * self.window_day
        return min(next_day, self.window_ends_at)


def dashboard_rows(
    user, patients, *, now=None, phq9_shown: bool | None = None
) -> list[DashboardRow]:
    """Rows for a page of patients from dashboard_patients: no query beyond the page's."""
    now = now or timezone.now()
    if phq9_shown is None:
        phq9_shown = sees_assessments(user)
    # A patient the services have not summed up yet has nothing to show.
    summaries = [
        (patient, getattr(patient, "summary", None) or PatientSummary(patient_id=patient.pk))
        for patient in patients
    ]
    # Sessions older than the kept window length take their program's: one query for the
    # page, none when every session keeps its own (as sessions.windows does).
    without_length = [
        patient.pk
        for patient, summary in summaries
        if summary.last_session_ended_at and summary.window_hours is None
    ]
    program_hours = program_hours_of(without_length) if without_length else {}
    rows = []
    for patient, summary in summaries:
        window = None
        if summary.last_session_ended_at:
            window = window_of(
                session_id=summary.last_session_id,
                patient_id=patient.pk,
                ended_at=summary.last_session_ended_at,
                hours=summary.window_hours or program_hours.get(patient.pk),
                now=now,
            )
        rows.append(
            DashboardRow(
                patient=patient,
                open_alerts=summary.open_alerts,
                unacknowledged_alerts=summary.unacknowledged_alerts,
                open_followups=summary.open_followups,
                last_session_id=summary.last_session_id,
                last_session_started_at=summary.last_session_started_at,
                last_session_ended_at=summary.last_session_ended_at,
                window_ends_at=window.ends_at if window else None,
                window_day=window.day if window else None,
                window_days=window.days if window else None,
                in_window=bool(window and window.is_open),
                prompts_due=summary.prompts_due,
                prompts_answered=summary.prompts_answered,
                prompts_open=summary.prompts_open,
                mood=summary.mood_latest,
                previous_mood=summary.mood_previous,
                phq9=summary.phq9_latest if phq9_shown else None,
                phq9_band=band_label(summary.phq9_band) if phq9_shown else "",
                phq9_first=summary.phq9_first if phq9_shown else None,
            )
        )
    return rows


@dataclass
class DashboardPage:
    page: Page
    rows_html: str
    # (patient id, clinic id) of each row shown, for the audit trail.
    shown: list[tuple[int, int]]


def _page_number(raw) -> int:
    try:
        return max(1, int(raw))
    except (TypeError, ValueError):
        return 1


def _cache_key(user, *, show: str, sort: str, number: int, phq9_shown: bool) -> str | None:
    membership = membership_of(user)
    version = summary_version(membership.clinic_id)
    if version is None:
        return None
    # A clinician sees the whole clinic, so clinicians share rows; anyone else's rows (and
    # "my patients") are their own.
    shared = membership.role == StaffMembership.Role.CLINICIAN and show != "mine"
    scope = "clinic" if shared else f"user-{user.pk}"
    zone = timezone.get_current_timezone_name()
    # The rows are words as well as figures: each language keeps its own.
    language = translation.get_language()
    return (
        f"dashboard-rows:{membership.clinic_id}:{version}:{scope}:{show}:{sort}:{number}:"
        f"{int(phq9_shown)}:{zone}:{language}"
    )


def _count_key(user, *, show: str) -> str | None:
    """Where the number of patients shown is kept, for the filters whose number follows
    the roster only (who is a patient of the clinic, and their care teams): any patient
    saved or deleted moves the roster version on. The others' numbers follow the summary
    rows, and are counted again with them."""
    if show not in ("all", "mine"):
        return None
    membership = membership_of(user)
    version = roster_version(membership.clinic_id)
    if version is None:
        return None
    return f"dashboard-count:{membership.clinic_id}:{version}:{membership.role}:{user.pk}:{show}"


def _cache_get(key):
    if key is None:
        return None
    try:
        return cache.get(key)
    except Exception:  # a cache that is down costs a recomputation, never the page
        logger.warning("Cache unavailable: dashboard rows recomputed", exc_info=True)
        return None


def _cache_set(key, value, seconds: int) -> None:
    if key is None:
        return
    try:
        cache.set(key, value, seconds)
    except Exception:
        logger.warning("Cache unavailable: dashboard rows not kept", exc_info=True)


def _row_key(row: DashboardRow, *, phq9_shown: bool, zone: str) -> str:
    """The row's content itself, hashed: every figure it shows, the patient's name, the
    viewer's zone and PHQ-9 right. Two rows with the same key render the same HTML."""
    shown = (
        row.patient.pk,
        str(row.patient),
        phq9_shown,
        zone,
        translation.get_language(),
        *(getattr(row, field.name) for field in fields(row) if field.name != "patient"),
    )
    digest = hashlib.sha256(repr(shown).encode()).hexdigest()
    return f"dashboard-row:{digest}"


def _rendered_rows(rows: list[DashboardRow], *, phq9_shown: bool) -> SafeString:
    """The rows' HTML, each row from the cache when nothing it shows has changed: after a
    service changes one patient, only that row is drawn again."""
    zone = timezone.get_current_timezone_name()
    keys = [_row_key(row, phq9_shown=phq9_shown, zone=zone) for row in rows]
    cached = _cache_get_many(keys)
    drawn = {}
    parts = []
    for row, key in zip(rows, keys, strict=True):
        html = cached.get(key)
        if html is None:
            html = render_to_string(
                "staff/_dashboard_rows.html", {"rows": [row], "sees_assessments": phq9_shown}
            )
            drawn[key] = html
        parts.append(html)
    if drawn:
        _cache_set_many(drawn, ROW_CACHE_SECONDS)
    # Each part was rendered by our own template with autoescaping.
    return SafeString("".join(parts))


def _cache_get_many(keys) -> dict:
    try:
        return cache.get_many(keys)
    except Exception:
        logger.warning("Cache unavailable: dashboard rows drawn again", exc_info=True)
        return {}


def _cache_set_many(values: dict, seconds: int) -> None:
    try:
        cache.set_many(values, seconds)
    except Exception:
        logger.warning("Cache unavailable: dashboard rows not kept", exc_info=True)


def dashboard_page(user, *, show: str, sort: str, page_number=None, now=None) -> DashboardPage:
    """A page of rendered dashboard rows, from the cache when its clinic's summaries have
    not changed since they were rendered."""
    now = now or timezone.now()
    number = _page_number(page_number)
    phq9_shown = sees_assessments(user)
    key = _cache_key(user, show=show, sort=sort, number=number, phq9_shown=phq9_shown)
    cached = _cache_get(key)
    if cached is not None:
        paginator = Paginator([], ROWS_PER_PAGE)
        # The cached count stands in for the COUNT query.
        paginator.__dict__["count"] = cached["count"]
        page = Page([None] * len(cached["shown"]), cached["number"], paginator)
        return DashboardPage(page=page, rows_html=cached["html"], shown=cached["shown"])

    patients = dashboard_patients(user, show=show, sort=sort, now=now, phq9_shown=phq9_shown)
    paginator = Paginator(patients, ROWS_PER_PAGE)
    count_key = _count_key(user, show=show)
    count = _cache_get(count_key)
    if count is not None:
        # Kept across summary changes: the COUNT query reads every patient of the clinic.
        paginator.__dict__["count"] = count
    page = paginator.get_page(number)
    if count is None:
        _cache_set(count_key, paginator.count, COUNT_CACHE_SECONDS)
    rows = dashboard_rows(user, page.object_list, now=now, phq9_shown=phq9_shown)
    html = _rendered_rows(rows, phq9_shown=phq9_shown)
    shown = [(row.patient.pk, row.patient.clinic_id) for row in rows]
    changes = [when for row in rows if (when := row.changes_after(now)) is not None]
    seconds = CACHE_SECONDS
    if changes:
        seconds = max(1, min(seconds, math.floor((min(changes) - now).total_seconds())))
    _cache_set(
        key,
        {"html": html, "shown": shown, "count": page.paginator.count, "number": page.number},
        seconds,
    )
    return DashboardPage(page=page, rows_html=html, shown=shown)
