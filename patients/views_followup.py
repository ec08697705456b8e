"""Follow-up alerts for the care team: signs a patient may be slipping back between doses.
The list, one alert, and its lifecycle (acknowledge, then resolve: a booster session
planned, a call held, or otherwise). Not urgent: no banner, no email. Who sees and does
what is decided in patients.selectors."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from . import followup
from .alert_lists import SHOW_CHOICES, alerts_in_state, audited_page, show_from
from .models import FollowUpAlert, StaffMembership
from .selectors import (
    can_act_on_followup_alert,
    followup_alert_get_for,
    followup_alert_list_for,
    membership_of,
    sees_followup_alerts,
)
from .validators import NOTE_MAX_LENGTH
from .views import form_errors_into, staff_required

REASON_CHOICES = [("", _("Any reason")), *FollowUpAlert.Reason.choices]


class FollowUpResolveForm(forms.Form):
    resolution = forms.ChoiceField(
        label=_("What was done"),
        choices=FollowUpAlert.Resolution.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose what was done.")},
    )
    resolution_note = forms.CharField(
        label=_("Note"),
        required=False,
        max_length=NOTE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("What was agreed. Needed when the answer is Other."),
    )


@staff_required
def followup_alert_list(request):
    if not sees_followup_alerts(request.user):
        raise PermissionDenied(
            gettext("Follow-up alerts go to those who see the patient's assessments.")
        )
    show = show_from(request)
    reason = request.GET.get("reason", "")
    alerts = alerts_in_state(followup_alert_list_for(request.user), show)
    if reason in FollowUpAlert.Reason.values:
        alerts = alerts.filter(reason=reason)
    context = {
        "page": audited_page(request, alerts),
        "show": show,
        "show_choices": SHOW_CHOICES,
        "reason": reason,
        "reason_choices": REASON_CHOICES,
    }
    return render(request, "patients/followup_list.html", context)


def _plans_sessions(user, alert) -> bool:
    """Clinicians of the patient's clinic plan dosing sessions."""
    membership = membership_of(user)
    return (
        membership is not None
        and membership.role == StaffMembership.Role.CLINICIAN
        and membership.clinic_id == alert.patient.clinic_id
    )


def _detail(request, alert, *, form=None, status=200):
    can_act = can_act_on_followup_alert(request.user, alert)
    booster_url = ""
    if can_act and _plans_sessions(request.user, alert):
        booster_url = reverse("session_create", args=[alert.patient_id]) + f"?followup={alert.pk}"
    context = {
        "alert": alert,
        "can_acknowledge": can_act and alert.is_open and alert.acknowledged_at is None,
        "can_resolve": can_act and alert.is_open,
        "booster_url": booster_url,
        "form": form or FollowUpResolveForm(),
    }
    return render(request, "patients/followup_detail.html", context, status=status)


@staff_required
def followup_alert_detail(request, pk):
    return _detail(request, followup_alert_get_for(request.user, pk))


@require_POST
@staff_required
def followup_alert_acknowledge(request, pk):
    alert = followup_alert_get_for(request.user, pk, audit=False)
    was_acknowledged = alert.acknowledged_at is not None
    try:
        alert = followup.followup_alert_acknowledge(acting_user=request.user, alert=alert)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        if was_acknowledged:
            messages.info(
                request,
                gettext("%(person)s acknowledged this alert already.")
                % {"person": alert.acknowledged_by},
            )
        else:
            messages.success(request, gettext("Follow-up alert acknowledged."))
    return redirect("followup_alert_detail", pk=alert.pk)


@require_POST
@staff_required
def followup_alert_resolve(request, pk):
    alert = followup_alert_get_for(request.user, pk, audit=False)
    form = FollowUpResolveForm(request.POST)
    if form.is_valid():
        try:
            followup.followup_alert_resolve(
                acting_user=request.user,
                alert=alert,
                resolution=form.cleaned_data["resolution"],
                note=form.cleaned_data["resolution_note"],
            )
        except ValidationError as error:
            form_errors_into(form, error)
        else:
            messages.success(request, gettext("Follow-up alert resolved."))
            return redirect("followup_alert_detail", pk=alert.pk)
    return _detail(request, alert, form=form)
