"""Staff's own page: how urgent safety alerts reach them."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext

from .forms_channels import StaffAlertChannelsForm
from .models import SmsOptOut
from .selectors import membership_of
from .services_channels import staff_alert_channels_update
from .views import staff_required


@staff_required
def staff_alert_channels(request):
    membership = membership_of(request.user)
    form = StaffAlertChannelsForm(request.POST or None, membership=membership)
    if request.method == "POST" and form.is_valid():
        staff_alert_channels_update(acting_user=request.user, **form.cleaned_data)
        messages.success(request, gettext("Your alert settings are saved."))
        return redirect("staff_alert_channels")
    stopped = bool(membership.phone) and SmsOptOut.objects.filter(phone=membership.phone).exists()
    devices = request.user.push_subscriptions.count()
    context = {"form": form, "stopped": stopped, "devices": devices}
    return render(request, "patients/staff_alert_channels.html", context)
