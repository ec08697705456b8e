"""Safety alerts for the care team: the list, one alert, and its lifecycle (acknowledge,
then resolve with a note). Who sees and does what is decided in patients.selectors."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext
from django.views.decorators.http import require_POST

from . import services
from .alert_lists import SHOW_CHOICES, alerts_in_state, audited_page, show_from
from .forms import AlertContactForm, AlertResolveForm
from .selectors import (
    alert_get_for,
    alert_list_for,
    can_acknowledge_alert,
    can_resolve_alert,
    sees_alerts,
)
from .views import form_errors_into, staff_required


@staff_required
def alert_list(request):
    if not sees_alerts(request.user):
        raise PermissionDenied(
            gettext("Safety alerts go to the care team: clinicians and coaches.")
        )
    show = show_from(request)
    page = audited_page(request, alerts_in_state(alert_list_for(request.user), show))
    return render(
        request,
        "staff/alert_list.html",
        {"page": page, "show": show, "show_choices": SHOW_CHOICES},
    )


def _detail(request, alert, *, form=None, acknowledge_form=None, status=200):
    can_acknowledge = can_acknowledge_alert(request.user, alert)
    context = {
        "alert": alert,
        "contacts": alert.contacts.select_related("made_by"),
        "can_acknowledge": can_acknowledge and alert.acknowledged_at is None,
        # Once acknowledged, the care team may still record a call they made.
        "can_record_contact": can_acknowledge and alert.acknowledged_at is not None,
        "can_resolve": can_resolve_alert(request.user, alert),
        "form": form or AlertResolveForm(),
        "acknowledge_form": acknowledge_form or AlertContactForm(prefix="ack"),
    }
    return render(request, "staff/alert_detail.html", context, status=status)


@staff_required
def alert_detail(request, pk):
    return _detail(request, alert_get_for(request.user, pk))


def _back(request, alert):
    """Back where the action was taken (the alert or the patient's page), never off-site."""
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(target)
    return redirect("alert_detail", pk=alert.pk)


@require_POST
@staff_required
def alert_acknowledge(request, pk):
    alert = alert_get_for(request.user, pk, audit=False)
    was_acknowledged = alert.acknowledged_at is not None
    form = AlertContactForm(request.POST, prefix="ack")
    if not form.is_valid():
        return _detail(request, alert, acknowledge_form=form)
    try:
        alert = services.alert_acknowledge(acting_user=request.user, alert=alert, **form.contact())
    except ValidationError as error:
        if hasattr(error, "error_dict"):
            form_errors_into(form, error)
            return _detail(request, alert, acknowledge_form=form)
        messages.error(request, " ".join(error.messages))
    else:
        recorded = ""
        if form.contact()["contact_method"]:
            recorded = " " + gettext("Your contact is recorded.")
        if was_acknowledged:
            already = gettext("%(person)s acknowledged this alert already.") % {
                "person": alert.acknowledged_by
            }
            messages.info(request, already + recorded)
        else:
            messages.success(
                request, gettext("Alert acknowledged: its reminders have stopped.") + recorded
            )
    return _back(request, alert)


@require_POST
@staff_required
def alert_resolve(request, pk):
    alert = alert_get_for(request.user, pk, audit=False)
    form = AlertResolveForm(request.POST)
    if form.is_valid():
        try:
            services.alert_resolve(
                acting_user=request.user,
                alert=alert,
                resolution_note=form.cleaned_data["resolution_note"],
                **form.contact(),
            )
        except ValidationError as error:
            form_errors_into(form, error)
        else:
            messages.success(request, gettext("Alert resolved."))
            return _back(request, alert)
    return _detail(request, alert, form=form)
