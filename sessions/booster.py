"""Planning a booster session from a follow-up alert: the session form opens filled in from
the patient's last dose, a week out, and saving the planned session resolves the alert."""

from datetime import timedelta

from django.utils import timezone

from patients.followup import followup_alert_booster_planned
from patients.models import Patient

from .models import DosingSession

BOOSTER_LEAD = timedelta(days=7)


def booster_initial(patient: Patient, now=None) -> dict:
    """The form's starting values: a week from now on the hour, with the route, setting
    and dose of the patient's last completed session (the clinician checks them)."""
    start = timezone.localtime(now) + BOOSTER_LEAD
    initial = {"started_at": start.replace(minute=0, second=0, microsecond=0)}
    last = (
        DosingSession.objects.filter(patient=patient, status=DosingSession.Status.COMPLETED)
        .order_by("-started_at", "-pk")
        .values("route", "setting", "dose_mg")
        .first()
    )
    return {**initial, **(last or {})}


def booster_planned(*, acting_user, alert_id: str, session: DosingSession) -> bool:
    """Resolves the follow-up alert the session was planned from. True when it did."""
    if session.status != DosingSession.Status.PLANNED:
        return False
    alert = followup_alert_booster_planned(
        acting_user=acting_user, alert_id=alert_id, planned=session.describe_when()
    )
    return alert is not None
