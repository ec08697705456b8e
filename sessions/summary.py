"""What the sessions app adds to each patient's summary row (patients/summary.py): the
latest completed session, its window (sessions.windows' rule) and what became of that
window's prompts. Registered in DosingConfig.ready."""

from datetime import datetime

from django.db.models import Count, OuterRef, Q, Subquery

from patients.models import Patient
from patients.summary import summary_refresh, summary_source

from .models import DosingSession, ScheduledPrompt
from .windows import window_ends_at_expression

Status = ScheduledPrompt.Status
# As the progress pages count them (integration_clinic/progress.py): prompts that reached
# the patient, and of those the answered and the still answerable.
REACHED_THE_PATIENT = (Status.ANSWERED, Status.EXPIRED, Status.SENT)


@summary_source
def session_figures(patient_ids: list[int], now: datetime) -> dict[int, dict]:
    latest = DosingSession.objects.filter(
        patient=OuterRef("pk"), status=DosingSession.Status.COMPLETED, ended_at__isnull=False
    ).order_by("-ended_at", "-pk")
    session_ids = [
        pk
        for pk in Patient.objects.filter(pk__in=patient_ids)
        .annotate(last_session=Subquery(latest.values("pk")[:1]))
        .values_list("last_session", flat=True)
        if pk is not None
    ]
    if not session_ids:
        return {}
    sessions = (
        DosingSession.objects.filter(pk__in=session_ids)
        .annotate(closes_at=window_ends_at_expression())
        .values("pk", "patient_id", "started_at", "ended_at", "window_hours", "closes_at")
    )
    counts = {
        row["session_id"]: row
        for row in ScheduledPrompt.objects.filter(session_id__in=session_ids)
        .order_by()
        .values("session_id")
        .annotate(
            due=Count("pk", filter=Q(status__in=REACHED_THE_PATIENT)),
            answered=Count("pk", filter=Q(status=Status.ANSWERED)),
            still_open=Count("pk", filter=Q(status=Status.SENT, expires_at__gt=now)),
        )
    }
    figures = {}
    for session in sessions:
        prompts = counts.get(session["pk"], {})
        figures[session["patient_id"]] = {
            "last_session_id": session["pk"],
            "last_session_started_at": session["started_at"],
            "last_session_ended_at": session["ended_at"],
            # Only a length the session keeps: for an older session without one, the
            # dashboard asks its program's, which may change (sessions.windows).
            "window_hours": session["window_hours"],
            "window_ends_at": session["closes_at"],
            "prompts_due": prompts.get("due", 0),
            "prompts_answered": prompts.get("answered", 0),
            "prompts_open": prompts.get("still_open", 0),
        }
    return figures


def prompts_summary_refresh(prompt_ids) -> int:
    """Refreshes the summaries of the patients of these prompts: for a batch whose
    statuses changed (delivery), one query for the patients and one refresh for all."""
    patient_ids = set(
        ScheduledPrompt.objects.filter(pk__in=list(prompt_ids)).values_list("patient_id", flat=True)
    )
    return summary_refresh(patient_ids)
