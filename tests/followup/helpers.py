from patients.followup import Signal, followup_alert_raise
from patients.models import FollowUpAlert


def raise_followup(patient, reason=FollowUpAlert.Reason.PHQ9_RISE, detail="PHQ-9 14, up 6 from 8."):
    return followup_alert_raise(patient=patient, signal=Signal(reason, detail))
