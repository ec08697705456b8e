"""Pages that bring several apps together: the home redirect, the patient's Today page and
the staff view of one patient. Each asks the apps' selectors; none filters by hand."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.http import JsonResponse
from django.shortcuts import redirect, render

from patients.selectors import (
    can_edit_patient,
    can_read_clinical_records,
    patient_get_for,
    patient_profile_of,
    user_is_staff,
)
from patients.views import staff_required


def healthz(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})


def home(request):
    """Sends each role to its place."""
    user = request.user
    if not user.is_authenticated:
        return redirect("account_login")
    if patient_profile_of(user):
        return redirect("today")
    if user_is_staff(user):
        if user.is_superuser and not hasattr(user, "staff_membership"):
            return redirect("admin:index")
        return redirect("staff_patient_list")
    return render(request, "no_role.html", status=403)


def patient_required(view):
    @login_required
    def wrapped(request, *args, **kwargs):
        patient = patient_profile_of(request.user)
        if patient is None:
            raise PermissionDenied("This page is for patients.")
        return view(request, patient, *args, **kwargs)

    wrapped.__name__ = view.__name__
    return wrapped


@patient_required
def today(request, patient):
    return render(request, "today.html", {"patient": patient})


@staff_required
def staff_patient(request, pk):
    patient = patient_get_for(request.user, pk)
    context = {
        "patient": patient,
        "show_clinical": can_read_clinical_records(request.user, patient),
        "can_edit": can_edit_patient(request.user, patient),
        "consent": patient.consents.first(),
    }
    return render(request, "staff/patient_detail.html", context)
