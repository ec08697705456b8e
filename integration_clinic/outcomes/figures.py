"""What works: adherence set against PHQ-9 change, over a clinic's patients.

One query reads one row per patient (integration_clinic.overview's rules for what counts
as a prompt that reached the patient; the same aggregates as Progress); one pass in Python
groups the rows, so the cost does not grow with the number of sessions, prompts or
assessments.

- Baseline: the latest PHQ-9 answered at or before the end of the patient's first dose
  (the last look before treatment, as trials take it); outcome: their latest PHQ-9 after
  that dose. A patient counts once they have both.
- Change: outcome minus baseline (negative is better). Response: a drop of half the
  baseline or more (baseline above 0). Remission: an outcome below 5 (the PHQ-9's
  "minimal" band, Kroenke 2001).
- Adherence: of the prompts that reached the patient and closed, the share answered.
- Adherence quartiles: the patients with a change and a closed prompt, ordered by
  adherence (then by id, so ties split the same way each time), cut into four groups of
  as-equal-as-can-be size: the patient at place i of n (from 0) falls in quartile
  floor(4i / n) + 1.
- The date range picks patients by the day (in the clinic's zone) of their first dose.
"""

import statistics
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.db.models import Count, F, IntegerField, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from journals.models import Assessment
from patients.models import Patient
from sessions.models import DosingSession, Instrument, IntegrationProgram

from ..overview import SESSIONS_TOP_GROUP, delivered_prompts
from ..progress import ANSWERED, MISSED

REMISSION_BELOW = 5
RESPONSE_DROP = 0.5
QUARTILES = 4


def change_text(change: float | None) -> str:
    """A PHQ-9 change as people read it: signed, one decimal."""
    if change is None:
        return "—"
    text = number_format(change, decimal_pos=1)
    return f"+{text}" if change > 0 else text


@dataclass(frozen=True)
class Phq9Outcome:
    baseline: int
    latest: int

    @property
    def change(self) -> int:
        return self.latest - self.baseline

    @property
    def responded(self) -> bool:
        return self.baseline > 0 and self.baseline - self.latest >= RESPONSE_DROP * self.baseline

    @property
    def remitted(self) -> bool:
        return self.latest < REMISSION_BELOW


def phq9_outcome(baseline: int | None, latest: int | None) -> Phq9Outcome | None:
    if baseline is None or latest is None:
        return None
    return Phq9Outcome(baseline=baseline, latest=latest)


@dataclass(frozen=True)
class PatientRow:
    patient_id: int
    program: str
    sessions: int
    answered: int
    closed: int
    outcome: Phq9Outcome | None

    @property
    def adherence(self) -> float | None:
        return self.answered / self.closed if self.closed else None


@dataclass
class Group:
    key: str
    label: str
    rows: list = field(default_factory=list)

    @property
    def patients(self) -> int:
        return len(self.rows)

    @property
    def median_change(self) -> float | None:
        return statistics.median(r.outcome.change for r in self.rows) if self.rows else None

    @property
    def median_change_text(self) -> str:
        return change_text(self.median_change)

    @property
    def responders(self) -> int:
        return sum(r.outcome.responded for r in self.rows)

    @property
    def remitters(self) -> int:
        return sum(r.outcome.remitted for r in self.rows)

    @property
    def response_rate(self) -> int | None:
        return round(100 * self.responders / self.patients) if self.rows else None

    @property
    def remission_rate(self) -> int | None:
        return round(100 * self.remitters / self.patients) if self.rows else None

    @property
    def median_adherence(self) -> int | None:
        """The group's median share of prompts answered, in percent."""
        shares = [r.adherence for r in self.rows if r.adherence is not None]
        return round(100 * statistics.median(shares)) if shares else None

    @property
    def adherence_range(self) -> tuple[int, int] | None:
        """Lowest and highest adherence in the group, in percent."""
        shares = [r.adherence for r in self.rows if r.adherence is not None]
        if not shares:
            return None
        return round(100 * min(shares)), round(100 * max(shares))

    def as_dict(self) -> dict:
        low_high = self.adherence_range
        return {
            "key": self.key,
            "label": self.label,
            "patients": self.patients,
            "adherence_low": low_high[0] if low_high else None,
            "adherence_high": low_high[1] if low_high else None,
            "median_adherence": self.median_adherence,
            "median_change": self.median_change,
            "responders": self.responders,
            "response_rate": self.response_rate,
            "remitters": self.remitters,
            "remission_rate": self.remission_rate,
        }


@dataclass
class Outcomes:
    patients_treated: int
    with_change: int
    by_adherence: list[Group]
    by_sessions: list[Group]
    by_program: list[Group]
    overall: Group

    def groupings(self) -> list[tuple[str, str, list[Group]]]:
        return [
            ("adherence", _("By adherence quartile"), self.by_adherence),
            ("sessions", _("By number of sessions"), self.by_sessions),
            ("program", _("By program"), self.by_program),
        ]


def _aware(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time.min, tzinfo=zone)


def patient_rows(clinic_id: int, *, zone: str, start=None, end=None) -> list[PatientRow]:
    """One row per patient of the clinic with a completed dose (first dose from `start`
    to `end`, both days included, in `zone`). One query."""
    completed = DosingSession.objects.filter(
        patient_id=OuterRef("pk"), status=DosingSession.Status.COMPLETED, ended_at__isnull=False
    ).order_by("started_at", "pk")
    phq9 = Assessment.objects.filter(patient_id=OuterRef("pk"), instrument=Instrument.PHQ9)
    prompts = (
        delivered_prompts(clinic_id).filter(patient_id=OuterRef("pk")).order_by().values("patient")
    )
    default_program = IntegrationProgram.objects.filter(
        clinic_id=OuterRef("clinic_id"), is_clinic_default=True
    ).values("name")[:1]
    rows = (
        Patient.objects.filter(clinic_id=clinic_id)
        .annotate(
            first_dose_start=Subquery(completed.values("started_at")[:1]),
            first_dose_end=Subquery(completed.values("ended_at")[:1]),
        )
        .filter(first_dose_start__isnull=False)
    )
    local = ZoneInfo(zone)
    if start:
        rows = rows.filter(first_dose_start__gte=_aware(start, local))
    if end:
        rows = rows.filter(first_dose_start__lt=_aware(end + timedelta(days=1), local))
    rows = rows.annotate(
        session_count=Subquery(
            completed.order_by().values("patient_id").annotate(n=Count("pk")).values("n"),
            output_field=IntegerField(),
        ),
        baseline=Subquery(
            phq9.filter(created_at__lte=OuterRef("first_dose_end"))
            .order_by("-created_at", "-pk")
            .values("total")[:1]
        ),
        latest=Subquery(
            phq9.filter(created_at__gt=OuterRef("first_dose_end"))
            .order_by("-created_at", "-pk")
            .values("total")[:1]
        ),
        answered=Coalesce(
            Subquery(
                prompts.annotate(n=Count("pk", filter=Q(status__in=ANSWERED))).values("n"),
                output_field=IntegerField(),
            ),
            Value(0),
        ),
        closed=Coalesce(
            Subquery(
                prompts.annotate(n=Count("pk", filter=Q(status__in=ANSWERED + MISSED))).values("n"),
                output_field=IntegerField(),
            ),
            Value(0),
        ),
        program_name=Coalesce(F("integration_program__name"), Subquery(default_program)),
    ).order_by("pk")
    return [
        PatientRow(
            patient_id=row["pk"],
            program=row["program_name"] or "",
            sessions=row["session_count"] or 0,
            answered=row["answered"],
            closed=row["closed"],
            outcome=phq9_outcome(row["baseline"], row["latest"]),
        )
        for row in rows.values(
            "pk", "program_name", "session_count", "baseline", "latest", "answered", "closed"
        )
    ]


def _quartile_label(number: int) -> str:
    if number == 1:
        return _("Lowest adherence quarter")
    if number == QUARTILES:
        return _("Highest adherence quarter")
    return _("Quarter %(number)s") % {"number": number}


def by_adherence_quartile(rows: list[PatientRow]) -> list[Group]:
    ranked = sorted(
        (r for r in rows if r.outcome and r.adherence is not None),
        key=lambda r: (r.adherence, r.patient_id),
    )
    groups = [Group(key=f"q{n}", label=_quartile_label(n)) for n in range(1, QUARTILES + 1)]
    for place, row in enumerate(ranked):
        groups[QUARTILES * place // len(ranked)].rows.append(row)
    return groups if ranked else []


def _sessions_label(count: int) -> str:
    if count >= SESSIONS_TOP_GROUP:
        return _("%(count)s or more sessions") % {"count": SESSIONS_TOP_GROUP}
    return ngettext("%(count)s session", "%(count)s sessions", count) % {"count": count}


def by_sessions(rows: list[PatientRow]) -> list[Group]:
    groups: dict[int, Group] = {}
    for row in rows:
        if row.outcome:
            key = min(row.sessions, SESSIONS_TOP_GROUP)
            groups.setdefault(key, Group(key=str(key), label=_sessions_label(key))).rows.append(row)
    return [groups[key] for key in sorted(groups)]


def by_program(rows: list[PatientRow]) -> list[Group]:
    groups: dict[str, Group] = {}
    for row in rows:
        if row.outcome:
            label = row.program or _("No program")
            groups.setdefault(row.program, Group(key=row.program, label=label)).rows.append(row)
    return [groups[key] for key in sorted(groups, key=str.casefold)]


def clinic_outcomes(clinic_id: int, *, zone: str, start=None, end=None) -> Outcomes:
    rows = patient_rows(clinic_id, zone=zone, start=start, end=end)
    with_change = [r for r in rows if r.outcome]
    return Outcomes(
        patients_treated=len(rows),
        with_change=len(with_change),
        by_adherence=by_adherence_quartile(rows),
        by_sessions=by_sessions(rows),
        by_program=by_program(rows),
        overall=Group(key="all", label=_("All patients"), rows=with_change),
    )
