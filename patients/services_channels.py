"""Writes about how people are reached: staff's own channels for urgent alerts."""

from django.core.exceptions import PermissionDenied
from django.db import transaction

from .models import StaffMembership


@transaction.atomic
def staff_alert_channels_update(
    *, acting_user, phone: str, sms_urgent_alerts: bool, push_urgent_alerts: bool
) -> StaffMembership:
    """A staff member sets how urgent alerts reach them besides the inbox and email (which
    they always get): a text to their phone, a notification to their devices."""
    membership = StaffMembership.objects.select_for_update().filter(user=acting_user).first()
    if membership is None:
        raise PermissionDenied("Only clinic staff get urgent alerts.")
    membership.phone = phone
    membership.sms_urgent_alerts = sms_urgent_alerts
    membership.push_urgent_alerts = push_urgent_alerts
    membership.full_clean()
    membership.save(update_fields=["phone", "sms_urgent_alerts", "push_urgent_alerts"])
    return membership
