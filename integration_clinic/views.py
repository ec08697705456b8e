"""Pages that bring several apps together: the home redirect, the care team's dashboard,
the staff view of one patient, the clinic overview and the coach's workspace (the
patient's own pages are in patient_views). Each asks the apps' selectors; none filters by
hand."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.db.models import Count
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from groups.selectors import (
    attendance_for,
    attendance_summary_for,
    group_session_list_for,
    upcoming,
)
from journals.selectors import (
    assessment_list_for,
    commitment_list_for,
    entry_list_for,
    habit_grid_for,
)
from patients.audit import audit_record, audit_record_many
from patients.forms import PatientCareTeamForm
from patients.models import AuditEvent, Patient, StaffMembership
from patients.selectors import (
    alert_list_for,
    can_edit_patient,
    can_read_clinical_records,
    is_on_care_team,
    membership_of,
    patient_get_for,
    patient_profile_of,
    user_has_role,
    user_is_staff,
)
from patients.views import form_errors_into, staff_required
from sessions.selectors import (
    can_keep_therapy_notes,
    can_record_sessions,
    can_write_debrief_notes,
    debrief_note_list_for,
    deliveries_for,
    overview_clinic_id_for,
    program_for,
    prompt_list_for,
    session_list_for,
)
from sessions.windows import session_windows

from . import dashboard, overview, timeline
from . import progress as numbers
from .patient_views import patient_settings_save

Role = StaffMembership.Role
TIMELINE_ITEMS = 60
STAFF_HABIT_DAYS = 28
PATIENT_ALERTS = 20
WORKSPACE_ENTRIES = 30
WORKSPACE_GROUPS = 10


def healthz(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})


def home(request):
    """Sends each role to its place: clinicians and therapists to their dashboard, coaches
    to their workspace, clinic admins to the roster."""
    user = request.user
    if not user.is_authenticated:
        return redirect("account_login")
    if patient_profile_of(user):
        return redirect("today")
    if user_is_staff(user):
        if user.is_superuser and not hasattr(user, "staff_membership"):
            return redirect("admin:index")
        if user_has_role(user, Role.CLINICIAN, Role.THERAPIST):
            return redirect("staff_dashboard")
        if user_has_role(user, Role.COACH):
            return redirect("coach_workspace")
        return redirect("staff_patient_list")
    return render(request, "no_role.html", status=403)


def _dashboard_params(request) -> dict:
    show = request.GET.get("show", "all")
    sort = request.GET.get("sort", "name")
    if show not in dict(dashboard.SHOW_CHOICES):
        show = "all"
    if sort.lstrip("-") not in dict(dashboard.SORT_CHOICES):
        sort = "name"
    return {"show": show, "sort": sort}


def _dashboard_page(request, params):
    """One page of dashboard rows, rendered or from the cache; the rows shown are audited
    as a list read either way."""
    result = dashboard.dashboard_page(
        request.user, page_number=request.GET.get("page"), now=timezone.now(), **params
    )
    shown = [Patient(pk=pk, clinic_id=clinic_id) for pk, clinic_id in result.shown]
    audit_record_many(
        actor=request.user,
        rows=[(patient, patient) for patient in shown],
        action=AuditEvent.Action.LIST,
    )
    # Rendered by our own template: a SafeString, in the cache too.
    return result.page, result.rows_html


def _sort_links(sort: str) -> dict:
    """For each column, the sort a click on its header asks for: its natural order, or the
    reverse when it is the current sort."""
    return {key: (f"-{key}" if sort == key else key) for key, _label in dashboard.SORT_CHOICES}


@staff_required
def staff_dashboard(request):
    if not dashboard.can_see_dashboard(request.user):
        raise PermissionDenied(_("The dashboard is for clinicians, therapists and coaches."))
    params = _dashboard_params(request)
    page, rows_html = _dashboard_page(request, params)
    context = {
        "page": page,
        "rows_html": rows_html,
        "show_choices": dashboard.SHOW_CHOICES,
        "sort_links": _sort_links(params["sort"]),
        "sees_assessments": dashboard.sees_assessments(request.user),
        **params,
    }
    return render(request, "staff/dashboard.html", context)


@staff_required
def staff_patient(request, pk):
    user = request.user
    patient = patient_get_for(user, pk)
    sessions = session_list_for(user).filter(patient=patient)
    entries = entry_list_for(user).filter(patient=patient)
    assessments = assessment_list_for(user).filter(patient=patient)
    notes = debrief_note_list_for(user).filter(patient=patient)
    alerts = alert_list_for(user).filter(patient=patient)
    prompts = prompt_list_for(user).filter(patient=patient)
    timeline_sessions = list(sessions[:TIMELINE_ITEMS])
    recent_sessions = list(sessions[:20])
    session_windows_by_id = session_windows(
        [*timeline_sessions, *recent_sessions], now=timezone.now()
    )

    events = timeline.build(
        sessions=timeline_sessions,
        entries=entries.annotate(comment_count=Count("comments"))[:TIMELINE_ITEMS],
        assessments=assessments[:TIMELINE_ITEMS],
        notes=notes[:TIMELINE_ITEMS],
        alerts=alerts[:TIMELINE_ITEMS],
        limit=TIMELINE_ITEMS,
        windows=session_windows_by_id,
    )
    audit_record_many(
        actor=user,
        rows=[(patient, event.obj) for event in events],
        action=AuditEvent.Action.LIST,
    )
    windows = numbers.windows_of(sessions)
    moods = numbers.mood_points(entries)
    series = numbers.assessment_series(assessments)
    adherence = numbers.adherence_by_window(prompts, windows)
    mood_chart = numbers.mood_chart_data(moods, windows)
    # The session marks of the mood chart, for the assessment charts too.
    session_marks = {"sessions": mood_chart["sessions"]}
    instruments = [
        {
            "key": key,
            "label": numbers.INSTRUMENT_SCALES[key]["label"],
            "points": series[key],
            "chart": {**numbers.assessment_chart_data(series[key], key), **session_marks},
            "chart_id": f"{key}-chart-data",
        }
        for key in numbers.INSTRUMENT_SCALES
        if series[key]
    ]
    for session in recent_sessions:
        session.can_write_note = can_write_debrief_notes(user, session)
        session.window = session_windows_by_id.get(session.pk)
    program = program_for(patient) if recent_sessions else None
    context = {
        "patient": patient,
        "show_clinical": can_read_clinical_records(user, patient),
        "can_edit": can_edit_patient(user, patient),
        "on_care_team": is_on_care_team(user, patient),
        "keeps_therapy_notes": can_keep_therapy_notes(user, patient),
        "can_record_sessions": can_record_sessions(user, patient),
        "consent": patient.consents.first(),
        "sessions": recent_sessions,
        "prompts": prompts.order_by("-due_at")[:30],
        "deliveries": deliveries_for(user, patient)[:30],
        "timeline": events,
        "patient_alerts": list(alerts[:PATIENT_ALERTS]),
        "mood_points": moods,
        "mood_table": numbers.latest_moods(moods),
        "mood_chart": mood_chart,
        "adherence_chart": numbers.adherence_chart_data(adherence),
        "windows": windows,
        "instruments": instruments,
        "adherence": adherence,
        "program": program,
        "program_steps": program.steps.all() if program else [],
        "commitments": commitment_list_for(user).filter(patient=patient).select_related("session"),
        # None for those who may not read them (clinic admins, other coaches).
        "habit_grid": habit_grid_for(user, patient, days=STAFF_HABIT_DAYS),
        "attendance": attendance_for(user, patient),
    }
    return render(request, "staff/patient_detail.html", context)


@staff_required
def staff_overview(request):
    clinic_id = overview_clinic_id_for(request.user)
    if clinic_id is None:
        raise PermissionDenied(_("The clinic overview is for clinicians and clinic admins."))
    membership = membership_of(request.user)
    zone = membership.clinic.time_zone
    context = {
        "clinic": membership.clinic,
        "by_month": overview.adherence_by_month(clinic_id, zone=zone),
        "by_session_number": overview.adherence_by_session_number(clinic_id),
        "phq9_change": overview.phq9_change_by_sessions(clinic_id),
        "attendance": attendance_summary_for(request.user),
    }
    return render(request, "staff/overview.html", context)


@staff_required
def coach_workspace(request):
    """A coach's patients (dates and windows, no clinical columns unless the clinic lets
    coaches see assessments), the entries they shared, and the coach's groups."""
    if not user_has_role(request.user, Role.COACH):
        raise PermissionDenied(_("The workspace is for integration coaches."))
    params = _dashboard_params(request)
    page, rows_html = _dashboard_page(request, params)
    entries = list(
        entry_list_for(request.user)
        .annotate(comment_count=Count("comments"))
        .order_by("-shared_at", "-created_at")[:WORKSPACE_ENTRIES]
    )
    audit_record_many(
        actor=request.user,
        rows=[(entry.patient, entry) for entry in entries],
        action=AuditEvent.Action.LIST,
    )
    context = {
        "page": page,
        "rows_html": rows_html,
        "show_choices": dashboard.SHOW_CHOICES,
        "sort_links": _sort_links(params["sort"]),
        "sees_assessments": dashboard.sees_assessments(request.user),
        "entries": entries,
        "groups": upcoming(group_session_list_for(request.user)).filter(facilitators=request.user)[
            :WORKSPACE_GROUPS
        ],
        **params,
    }
    return render(request, "staff/coach_workspace.html", context)


@staff_required
def staff_patient_edit(request, pk):
    """The care team and details of a patient. A new time zone or quiet hours moves the
    prompts not yet sent, as when the patient changes them."""
    patient = patient_get_for(request.user, pk, for_write=True, audit=False)
    form = PatientCareTeamForm(request.POST or None, instance=patient, user=request.user)
    if not can_read_clinical_records(request.user, patient):
        del form.fields["date_of_birth"], form.fields["weight_kg"]
    if request.method == "POST" and form.is_valid():
        changes = {name: form.cleaned_data[name] for name in form.fields}
        try:
            patient_settings_save(acting_user=request.user, patient=patient, changes=changes)
        except ValidationError as error:
            form_errors_into(form, error)
        else:
            messages.success(request, _("%(patient)s updated.") % {"patient": patient})
            return redirect("staff_patient", pk=patient.pk)
    # The form shows the record, so drawing it is a read; a saved change is audited by
    # the service instead.
    audit_record(actor=request.user, patient=patient, action=AuditEvent.Action.VIEW)
    return render(request, "patients/patient_edit.html", {"patient": patient, "form": form})
