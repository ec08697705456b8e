"""The outcome pages: the clinic's figures (with their CSV) and the printable report of
one patient."""

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from patients.views import staff_required

from . import presenting
from .access import audit_outcomes_read, outcomes_clinic_for
from .figures import clinic_outcomes
from .forms import OutcomeFilterForm


def _clinic_or_403(user):
    clinic = outcomes_clinic_for(user)
    if clinic is None:
        raise PermissionDenied(_("Outcomes are for clinicians and clinic admins."))
    return clinic


def _figures(request, clinic):
    """The filter form and, when it is valid, the figures it asks for."""
    form = OutcomeFilterForm(request.GET or None)
    if request.GET and not form.is_valid():
        return form, None
    data = form.cleaned_data if request.GET else {}
    outcomes = clinic_outcomes(
        clinic.pk, zone=clinic.time_zone, start=data.get("start"), end=data.get("end")
    )
    return form, outcomes


@staff_required
def staff_outcomes(request):
    clinic = _clinic_or_403(request.user)
    form, outcomes = _figures(request, clinic)
    if outcomes is not None:
        audit_outcomes_read(request.user, clinic)
    context = {
        "clinic": clinic,
        "form": form,
        "outcomes": outcomes,
        "overall_groups": [outcomes.overall] if outcomes else [],
        "sections": presenting.sections(outcomes) if outcomes else [],
        "query": request.GET.urlencode(),
    }
    return render(request, "outcomes/outcomes.html", context, status=200 if outcomes else 400)


@staff_required
def staff_outcomes_csv(request):
    clinic = _clinic_or_403(request.user)
    form, outcomes = _figures(request, clinic)
    if outcomes is None:
        errors = "\n".join(str(error) for errors in form.errors.values() for error in errors)
        return HttpResponse(errors, status=400, content_type="text/plain; charset=utf-8")
    audit_outcomes_read(request.user, clinic, action="export")
    response = HttpResponse(presenting.outcomes_csv(outcomes), content_type="text/csv")
    filename = f"outcomes-{timezone.localdate():%Y-%m-%d}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    return response
