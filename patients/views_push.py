"""The devices page: the browsers a person gets notifications on, to turn on in this one
(static/js/push-devices.js) and to revoke. Patients and staff alike, each their own."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .push import push_configured, subscription_get_for, subscription_revoke, subscriptions_for
from .vapid import vapid_keys

DEVICES_SHOWN = 50


@login_required
def push_devices(request):
    devices = list(subscriptions_for(request.user)[:DEVICES_SHOWN])
    return render(
        request,
        "patients/push_devices.html",
        {
            "devices": devices,
            "push_configured": push_configured(),
            "vapid_public_key": vapid_keys()[0],
        },
    )


@login_required
@require_POST
def push_device_revoke(request, pk):
    subscription = subscription_get_for(request.user, pk)
    subscription_revoke(acting_user=request.user, subscription=subscription)
    messages.success(
        request,
        _("Notifications to %(device)s are off.") % {"device": subscription.device_label},
    )
    return redirect("push_devices")
