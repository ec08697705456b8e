"""Relapse signals between doses, and the follow-up alerts they raise.

The rules are pure functions of the figures the journals app hands over when it saves a
PHQ-9 or a mood (patients imports no other app of ours, so it is told, never asks):

- PHQ-9 up PHQ9_RISE_POINTS (5) or more from the patient's best since their last dose:
  a reliable change (Jacobson-Truax for the PHQ-9 is about 5 points).
- PHQ-9 back to PHQ9_BACK_AT (10) or more when the one before it, since the last dose, had
  fallen below.
- Mood: the mean of the last MOOD_DAYS (7) days is MOOD_DROP_POINTS (2) or more below the
  mean of the 7 days before them, each week having at least MOOD_MIN_ANSWERS (3) moods so
  one bad evening is not a trend.

A follow-up alert is not urgent: no email, no banner; it is kept apart from safety alerts.
A patient has at most one open alert per reason. The care team acknowledges it and
resolves it by planning a booster session, a call, or otherwise.
"""

from dataclasses import dataclass
from statistics import fmean

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from .audit import audit_record
from .languages import language_for
from .models import AuditEvent, FollowUpAlert, Patient, StaffMembership
from .selectors import can_act_on_followup_alert, followup_alert_list_for
from .services import notification_send
from .summary import summary_refresh

Reason = FollowUpAlert.Reason
Resolution = FollowUpAlert.Resolution

PHQ9_RISE_POINTS = 5
PHQ9_BACK_AT = 10
MOOD_DROP_POINTS = 2
MOOD_DAYS = 7
MOOD_MIN_ANSWERS = 3


@dataclass(frozen=True)
class Signal:
    reason: str
    detail: str


# The rules ---------------------------------------------------------------------------------


def phq9_signals(totals: list[int]) -> list[Signal]:
    """What the newest PHQ-9 total says, given every total since the patient's last dose,
    oldest first, the newest last."""
    if len(totals) < 2:
        return []
    *earlier, latest = totals
    signals = []
    best = min(earlier)
    if latest - best >= PHQ9_RISE_POINTS:
        signals.append(
            Signal(
                Reason.PHQ9_RISE,
                f"PHQ-9 {latest}, up {latest - best} from {best}, the best since the last dose.",
            )
        )
    if latest >= PHQ9_BACK_AT and earlier[-1] < PHQ9_BACK_AT:
        signals.append(
            Signal(
                Reason.PHQ9_BACK,
                f"PHQ-9 {latest}, back to {PHQ9_BACK_AT} or more from {earlier[-1]}.",
            )
        )
    return signals


def mood_signals(recent: list[int], previous: list[int]) -> list[Signal]:
    """What the patient's moods (1-10) of the last 7 days say against the 7 days before."""
    if len(recent) < MOOD_MIN_ANSWERS or len(previous) < MOOD_MIN_ANSWERS:
        return []
    now_mean, before_mean = fmean(recent), fmean(previous)
    if before_mean - now_mean < MOOD_DROP_POINTS:
        return []
    return [
        Signal(
            Reason.MOOD_DROP,
            f"Mean mood {now_mean:.1f} over the last {MOOD_DAYS} days, down from "
            f"{before_mean:.1f} the {MOOD_DAYS} days before.",
        )
    ]


# Raising ----------------------------------------------------------------------------------


def _care_team(patient: Patient) -> list:
    """Who hears of a follow-up alert in their inbox: the patient's clinician and
    therapist (the clinic's clinicians when no clinician is named)."""
    people = [user for user in (patient.care_clinician, patient.care_therapist) if user]
    if not patient.care_clinician_id:
        people += [
            membership.user
            for membership in StaffMembership.objects.select_related("user").filter(
                clinic_id=patient.clinic_id, role=StaffMembership.Role.CLINICIAN
            )
        ]
    return people


def followup_alert_raise(*, patient: Patient, signal: Signal, now=None) -> FollowUpAlert | None:
    """Raises the alert unless the patient has one open for the same reason; the care
    team hears of it in their inbox, never by email. Returns the new alert, or None."""
    now = now or timezone.now()
    with transaction.atomic():
        # One at a time per patient, so two saves at once cannot both raise it.
        list(Patient.objects.select_for_update().filter(pk=patient.pk).values_list("pk"))
        if FollowUpAlert.objects.filter(
            patient=patient, reason=signal.reason, resolved_at=None
        ).exists():
            return None
        alert = FollowUpAlert.objects.create(
            patient=patient, reason=signal.reason, detail=signal.detail[:300], created_at=now
        )
        for user in _care_team(patient):
            # Each of the care team reads it in their own language.
            with translation.override(language_for(user)):
                title = gettext("Follow-up suggested for %(patient)s") % {"patient": patient}
                body = str(alert.get_reason_display())
            notification_send(
                user=user,
                dedupe_key=f"followup:{alert.pk}",
                title=title,
                body=body,
                url=reverse("followup_alert_detail", args=[alert.pk]),
                patient=patient,
            )
        summary_refresh([patient.pk])
    return alert


def followup_signals_after_phq9(*, patient: Patient, totals: list[int], now=None) -> list:
    """Called when a PHQ-9 is saved, with the totals since the last dose (oldest first,
    the new one last). Returns the alerts raised."""
    raised = (
        followup_alert_raise(patient=patient, signal=s, now=now) for s in phq9_signals(totals)
    )
    return [alert for alert in raised if alert is not None]


def followup_signals_after_mood(
    *, patient: Patient, recent: list[int], previous: list[int], now=None
) -> list:
    """Called when a mood is saved, with the moods of the last 7 days and of the 7 before
    them. Returns the alerts raised."""
    raised = (
        followup_alert_raise(patient=patient, signal=s, now=now)
        for s in mood_signals(recent, previous)
    )
    return [alert for alert in raised if alert is not None]


# The care team's actions ---------------------------------------------------------------------


def _require_care_team(acting_user, alert: FollowUpAlert) -> None:
    if not can_act_on_followup_alert(acting_user, alert):
        raise PermissionDenied(
            gettext("Only the patient's care team acts on their follow-up alerts.")
        )


@transaction.atomic
def followup_alert_acknowledge(*, acting_user, alert: FollowUpAlert, now=None) -> FollowUpAlert:
    """Someone on the care team has seen it. A second acknowledgement changes nothing."""
    _require_care_team(acting_user, alert)
    if alert.resolved_at is not None:
        raise ValidationError(gettext("This follow-up alert is resolved already."))
    now = now or timezone.now()
    updated = FollowUpAlert.objects.filter(
        pk=alert.pk, acknowledged_at=None, resolved_at=None
    ).update(acknowledged_by=acting_user, acknowledged_at=now)
    alert.refresh_from_db()
    if updated:
        audit_record(
            actor=acting_user, patient=alert.patient, action=AuditEvent.Action.UPDATE, obj=alert
        )
    return alert


@transaction.atomic
def followup_alert_resolve(
    *, acting_user, alert: FollowUpAlert, resolution: str, note: str = "", now=None
) -> FollowUpAlert:
    """Closes the alert with what was done: a booster session planned, a call held, or
    something else, which the note then says."""
    _require_care_team(acting_user, alert)
    if resolution not in Resolution.values:
        raise ValidationError({"resolution": gettext("Choose how the follow-up was resolved.")})
    note = (note or "").strip()
    if resolution == Resolution.OTHER and not note:
        raise ValidationError({"resolution_note": gettext("Say what was done.")})
    now = now or timezone.now()
    try:
        FollowUpAlert._meta.get_field("resolution_note").clean(note, alert)
    except ValidationError as error:
        raise ValidationError({"resolution_note": error.messages}) from None
    updated = FollowUpAlert.objects.filter(pk=alert.pk, resolved_at=None).update(
        resolved_by=acting_user,
        resolved_at=now,
        resolution=resolution,
        resolution_note=note,
    )
    if not updated:
        raise ValidationError(gettext("This follow-up alert is resolved already."))
    FollowUpAlert.objects.filter(pk=alert.pk, acknowledged_at=None).update(
        acknowledged_by=acting_user, acknowledged_at=now
    )
    alert.refresh_from_db()
    audit_record(
        actor=acting_user, patient=alert.patient, action=AuditEvent.Action.UPDATE, obj=alert
    )
    summary_refresh([alert.patient_id])
    return alert


def followup_alert_booster_planned(*, acting_user, alert_id, planned: str) -> FollowUpAlert | None:
    """Resolves the alert as a booster once a planned session was made from its link,
    `planned` saying when. An alert the user may not act on, or closed already, is left
    as it is: planning the session stands either way."""
    try:
        alert = followup_alert_list_for(acting_user).get(pk=alert_id, resolved_at=None)
    except (FollowUpAlert.DoesNotExist, ValueError, TypeError):
        return None
    return followup_alert_resolve(
        acting_user=acting_user,
        alert=alert,
        resolution=Resolution.BOOSTER,
        note=f"Booster session planned: {planned}.",
    )
