"""Pages that bring several apps together: the home redirect, the patient's Today page and
the staff view of one patient. Each asks the apps' selectors; none filters by hand."""

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
from patients.views import patient_required, staff_required
from sessions.selectors import (
    can_record_sessions,
    deliveries_for,
    prompt_list_for,
    session_list_for,
)


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


@patient_required
def today(request, patient):
    return render(request, "today.html", {"patient": patient})


@staff_required
def staff_patient(request, pk):
    patient = patient_get_for(request.user, pk)
    sessions = session_list_for(request.user).filter(patient=patient)
    context = {
        "patient": patient,
        "show_clinical": can_read_clinical_records(request.user, patient),
        "can_edit": can_edit_patient(request.user, patient),
        "can_record_sessions": can_record_sessions(request.user, patient),
        "consent": patient.consents.first(),
        "sessions": sessions[:20],
        "prompts": prompt_list_for(request.user).filter(patient=patient).order_by("-due_at")[:30],
        "deliveries": deliveries_for(request.user, patient)[:30],
    }
    return render(request, "staff/patient_detail.html", context)
