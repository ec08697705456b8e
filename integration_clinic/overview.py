"""The clinic overview's figures: the clinic's own evidence of whether integration helps.

Aggregates only, never a name: each figure is one grouped query over the clinic that
sessions.selectors.overview_clinic_id_for gave the viewer.

- Adherence: of the prompts that reached patients and closed (answered, or expired
  unanswered), the share answered; grouped by the month the window opened, and by the
  session's number in the patient's series (1st, 2nd, ...). Prompts still open are
  counted apart, so a month in progress is not read as a poor one.
- PHQ-9 change: for each patient with two PHQ-9s or more, latest minus first (negative is
  better), averaged over the patients who have had the same number of sessions.
"""

from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.db.models import Count, IntegerField, OuterRef, Subquery, Sum, Value
from django.db.models.functions import Coalesce, TruncMonth
from django.utils.formats import date_format
from django.utils.translation import gettext, ngettext

from journals.models import Assessment
from patients.models import Patient
from sessions.models import DosingSession, Instrument, ScheduledPrompt

from .progress import MISSED, REACHED_THE_PATIENT, adherence_counts

# Patients with this many sessions or more share the last group.
SESSIONS_TOP_GROUP = 6


@dataclass(frozen=True)
class Adherence:
    label: str
    windows: int
    patients: int
    answered: int
    missed: int
    still_open: int

    @property
    def closed(self) -> int:
        return self.answered + self.missed

    @property
    def rate(self) -> int | None:
        """Percent answered of the closed prompts; None before any closed."""
        return round(100 * self.answered / self.closed) if self.closed else None


def _delivered_prompts(clinic_id):
    """Prompts that reached a patient, counted by what became of them (progress'
    REACHED_THE_PATIENT): skipped, superseded and withdrawn ones asked no one anything."""
    return ScheduledPrompt.objects.filter(
        patient__clinic_id=clinic_id,
        session__status=DosingSession.Status.COMPLETED,
        status__in=REACHED_THE_PATIENT,
    ).exclude(status__in=MISSED, sent_at=None)


# The outcome figures (integration_clinic/outcomes) count adherence by the same rule.
delivered_prompts = _delivered_prompts


def _adherence_counts():
    return {
        "windows": Count("session", distinct=True),
        "patients": Count("patient", distinct=True),
        **adherence_counts(),
    }


def _adherence(label, row) -> Adherence:
    return Adherence(
        label=label,
        windows=row["windows"],
        patients=row["patients"],
        answered=row["answered"],
        missed=row["missed"],
        still_open=row["still_open"],
    )


def adherence_by_month(clinic_id: int, *, zone: str) -> list[Adherence]:
    """By the month (in the clinic's zone) the window opened, oldest first."""
    rows = (
        _delivered_prompts(clinic_id)
        .annotate(month=TruncMonth("session__ended_at", tzinfo=ZoneInfo(zone)))
        .values("month")
        .annotate(**_adherence_counts())
        .order_by("month")
    )
    return [_adherence(date_format(row["month"], "F Y"), row) for row in rows]


def _session_number():
    """The session's place in its patient's series of completed sessions."""
    return Subquery(
        DosingSession.objects.filter(
            patient_id=OuterRef("patient_id"),
            status=DosingSession.Status.COMPLETED,
            ended_at__lte=OuterRef("session__ended_at"),
        )
        .order_by()
        .values("patient_id")
        .annotate(count=Count("pk"))
        .values("count"),
        output_field=IntegerField(),
    )


def adherence_by_session_number(clinic_id: int) -> list[Adherence]:
    rows = (
        _delivered_prompts(clinic_id)
        .annotate(number=_session_number())
        .values("number")
        .annotate(**_adherence_counts())
        .order_by("number")
    )
    return [_adherence(_ordinal(row["number"]), row) for row in rows]


def _ordinal(n: int) -> str:
    ending = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    # One message per English ending, so a language without them words it its own way.
    words = {
        "st": gettext("%(number)sst session"),
        "nd": gettext("%(number)snd session"),
        "rd": gettext("%(number)srd session"),
        "th": gettext("%(number)sth session"),
    }
    return words[ending] % {"number": n}


@dataclass(frozen=True)
class Phq9Change:
    label: str
    patients: int
    mean_first: float
    mean_latest: float

    @property
    def mean_change(self) -> float:
        return self.mean_latest - self.mean_first


def phq9_change_by_sessions(clinic_id: int) -> list[Phq9Change]:
    """Mean PHQ-9 (first, latest, and the change) of the patients with two or more, by
    how many sessions they have had. One grouped query; the top groups merge here."""
    phq9 = Assessment.objects.filter(patient_id=OuterRef("pk"), instrument=Instrument.PHQ9)
    sessions = (
        DosingSession.objects.filter(
            patient_id=OuterRef("pk"), status=DosingSession.Status.COMPLETED
        )
        .order_by()
        .values("patient_id")
        .annotate(count=Count("pk"))
        .values("count")
    )
    counted = phq9.order_by().values("patient_id").annotate(count=Count("pk")).values("count")
    rows = (
        Patient.objects.filter(clinic_id=clinic_id)
        .annotate(
            session_count=Coalesce(Subquery(sessions, output_field=IntegerField()), Value(0)),
            phq9_count=Subquery(counted, output_field=IntegerField()),
            first_total=Subquery(phq9.order_by("created_at", "pk").values("total")[:1]),
            latest_total=Subquery(phq9.order_by("-created_at", "-pk").values("total")[:1]),
        )
        .filter(phq9_count__gte=2)
        .values("session_count")
        .annotate(
            patients=Count("pk"),
            sum_first=Sum("first_total"),
            sum_latest=Sum("latest_total"),
        )
        .order_by("session_count")
    )
    groups: dict[int, list[int]] = {}
    for row in rows:
        key = min(row["session_count"], SESSIONS_TOP_GROUP)
        totals = groups.setdefault(key, [0, 0, 0])
        totals[0] += row["patients"]
        totals[1] += row["sum_first"]
        totals[2] += row["sum_latest"]
    return [
        Phq9Change(
            label=_sessions_label(key),
            patients=count,
            mean_first=first / count,
            mean_latest=latest / count,
        )
        for key, (count, first, latest) in sorted(groups.items())
    ]


def _sessions_label(count: int) -> str:
    if count == 0:
        return gettext("No sessions yet")
    if count >= SESSIONS_TOP_GROUP:
        return gettext("%(count)s or more sessions") % {"count": SESSIONS_TOP_GROUP}
    return ngettext("%(count)s session", "%(count)s sessions", count) % {"count": count}
