"""The printable outcome report of one patient, for referrers: scores over time, sessions,
adherence and where the patient stands, with no journal text and no dose."""

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from journals.selectors import assessment_list_for
from patients.audit import audit_record
from patients.models import AuditEvent
from patients.selectors import patient_get_for
from patients.views import staff_required
from sessions.models import DosingSession, Instrument
from sessions.selectors import prompt_list_for, session_list_for

from ..progress import INSTRUMENT_SCALES, MISSED, REACHED_THE_PATIENT, adherence_counts
from .access import can_see_outcome_report
from .figures import phq9_outcome

CHART_WIDTH = 320
CHART_HEIGHT = 120
CHART_PAD = 8
# Room at the left for the scale's top and bottom.
CHART_PAD_LEFT = 24


@dataclass(frozen=True)
class ScoreChart:
    """A small line of totals over time, as SVG coordinates: it prints without a script."""

    points: str
    dots: list[tuple[float, float]]
    width: int = CHART_WIDTH
    height: int = CHART_HEIGHT


def score_chart(scores: list, top: int) -> ScoreChart | None:
    if len(scores) < 2:
        return None
    first, last = scores[0].created_at, scores[-1].created_at
    span = (last - first).total_seconds() or 1
    inner_w, inner_h = CHART_WIDTH - CHART_PAD_LEFT - CHART_PAD, CHART_HEIGHT - 2 * CHART_PAD
    dots = [
        (
            round(CHART_PAD_LEFT + inner_w * (s.created_at - first).total_seconds() / span, 1),
            round(CHART_PAD + inner_h * (1 - s.total / top), 1),
        )
        for s in scores
    ]
    return ScoreChart(points=" ".join(f"{x},{y}" for x, y in dots), dots=dots)


def _baseline_and_latest(phq9s: list, first_dose_end: datetime | None):
    if first_dose_end is None:
        return None, None
    before = [a for a in phq9s if a.created_at <= first_dose_end]
    after = [a for a in phq9s if a.created_at > first_dose_end]
    return (before[-1] if before else None), (after[-1] if after else None)


@staff_required
def outcome_report(request, pk):
    user = request.user
    patient = patient_get_for(user, pk, audit=False)
    if not can_see_outcome_report(user, patient):
        raise PermissionDenied(_("Outcome reports are for clinicians and the patient's therapist."))
    assessments = list(
        assessment_list_for(user).filter(patient=patient).order_by("created_at", "pk")
    )
    sessions = list(
        session_list_for(user)
        .filter(patient=patient, status=DosingSession.Status.COMPLETED, ended_at__isnull=False)
        .order_by("started_at", "pk")
    )
    adherence = (
        prompt_list_for(user)
        .filter(
            patient=patient,
            session__status=DosingSession.Status.COMPLETED,
            status__in=REACHED_THE_PATIENT,
        )
        .exclude(status__in=MISSED, sent_at=None)
        .aggregate(**adherence_counts())
    )
    closed = adherence["answered"] + adherence["missed"]
    instruments = []
    for key in (Instrument.PHQ9, Instrument.GAD7):
        scores = [a for a in assessments if a.instrument == key]
        scale = INSTRUMENT_SCALES[key]
        instruments.append(
            {
                "key": key,
                "label": scale["label"],
                "max": scale["max"],
                "scores": scores,
                "chart": score_chart(scores, scale["max"]),
            }
        )
    phq9s = instruments[0]["scores"]
    baseline, latest = _baseline_and_latest(phq9s, sessions[0].ended_at if sessions else None)
    outcome = phq9_outcome(baseline and baseline.total, latest and latest.total)
    audit_record(
        actor=user, patient=patient, action=AuditEvent.Action.VIEW, object_type="outcome_report"
    )
    context = {
        "patient": patient,
        "clinic": patient.clinic,
        "generated_at": timezone.localtime(timezone.now(), ZoneInfo(patient.clinic.time_zone)),
        "generated_by": user,
        "sessions": sessions,
        "instruments": instruments,
        "answered": adherence["answered"],
        "closed": closed,
        "adherence_rate": round(100 * adherence["answered"] / closed) if closed else None,
        "baseline": baseline,
        "latest": latest,
        "outcome": outcome,
    }
    response = render(request, "outcomes/report.html", context)
    response["Cache-Control"] = "no-store"
    return response
