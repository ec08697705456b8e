from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from patients.audit import audit_record, audit_record_many
from patients.models import AuditEvent
from patients.selectors import patient_get_for
from patients.views import form_errors_into, patient_required, staff_required

from . import booster, services, services_addenda
from .forms import DosingSessionForm, EndSessionForm, SessionAddendumForm, VitalsForm
from .models import DosingSession, ScheduledPrompt
from .selectors import (
    addenda_for,
    can_record_sessions,
    can_see_dosing_details,
    can_write_debrief_notes,
    prompt_get_for,
    prompt_inbox_for,
    session_get_for,
    session_list_for,
)

SESSIONS_PER_PAGE = 30


@staff_required
def session_list(request):
    sessions = session_list_for(request.user)
    patient_id = request.GET.get("patient", "")
    if patient_id.isdigit():
        sessions = sessions.filter(patient_id=patient_id)
    status = request.GET.get("status", "")
    if status in DosingSession.Status.values:
        sessions = sessions.filter(status=status)
    page = Paginator(sessions, SESSIONS_PER_PAGE).get_page(request.GET.get("page"))
    audit_record_many(
        actor=request.user, rows=[(s.patient, s) for s in page], action=AuditEvent.Action.LIST
    )
    return render(
        request,
        "sessions/session_list.html",
        {"page": page, "statuses": DosingSession.Status.choices, "status": status},
    )


def _status_for_new(data) -> str:
    """Ended: completed, its window scheduled now. Starting later: planned. Otherwise it
    is under way."""
    if data.get("ended_at"):
        return DosingSession.Status.COMPLETED
    if data["started_at"] > timezone.now():
        return DosingSession.Status.PLANNED
    return DosingSession.Status.IN_PROGRESS


@staff_required
def session_create(request, patient_pk):
    patient = patient_get_for(request.user, patient_pk, audit=False)
    if not can_record_sessions(request.user, patient):
        raise PermissionDenied(_("Only the clinic's clinicians record dosing sessions."))
    initial = {"started_at": timezone.localtime().replace(second=0, microsecond=0)}
    # Planning a booster from a follow-up alert: filled in from the last dose.
    followup_id = request.GET.get("followup", "")
    if followup_id:
        initial = booster.booster_initial(patient)
    form = DosingSessionForm(request.POST or None, initial=initial, patient=patient)
    if request.method == "POST" and form.is_valid():
        status = _status_for_new(form.cleaned_data)
        try:
            session = services.session_create(
                acting_user=request.user,
                patient=patient,
                confirm_high_dose=form.cleaned_data["confirm_high_dose"],
                status=status,
                **form.service_fields(),
            )
        except ValidationError as error:
            form_errors_into(form, error)
        else:
            planned = status == DosingSession.Status.PLANNED
            messages.success(request, _("Session planned.") if planned else _("Session recorded."))
            if followup_id and booster.booster_planned(
                acting_user=request.user, alert_id=followup_id, session=session
            ):
                messages.success(request, _("The follow-up alert is resolved: booster planned."))
            return redirect("session_detail", pk=session.pk)
    # Drawing the form shows the record: a read, audited; a saved change is audited by
    # the service instead.
    audit_record(actor=request.user, patient=patient, action=AuditEvent.Action.VIEW)
    return render(request, "sessions/session_form.html", {"form": form, "patient": patient})


@staff_required
def session_detail(request, pk):
    session = session_get_for(request.user, pk)
    details = can_see_dosing_details(request.user, session)
    vitals = list(session.vitals.all()) if details else []
    context = {
        "session": session,
        "details": details,
        "can_write": can_record_sessions(request.user, session.patient),
        "can_write_note": can_write_debrief_notes(request.user, session),
        "prompts": session.prompts.select_related("superseded_by__session").order_by(
            "due_at", "offset_hours", "pk"
        ),
        "addenda": addenda_for(request.user, session),
        "vitals": vitals,
        "flagged_vitals": sum(1 for reading in vitals if reading.flags),
        "rems_missing": session.rems_missing() if details else [],
        "vitals_form": VitalsForm(initial={"taken_at": timezone.localtime()}),
        "end_form": EndSessionForm(),
    }
    return render(request, "sessions/session_detail.html", context)


@staff_required
def session_edit(request, pk):
    session = session_get_for(request.user, pk, for_write=True, audit=False)
    form = DosingSessionForm(request.POST or None, instance=session, patient=session.patient)
    if request.method == "POST" and form.is_valid():
        try:
            services.session_update(
                acting_user=request.user,
                session=session,
                confirm_high_dose=form.cleaned_data["confirm_high_dose"],
                **form.service_fields(),
            )
        except ValidationError as error:
            form_errors_into(form, error)
        else:
            messages.success(request, _("Session updated."))
            return redirect("session_detail", pk=session.pk)
    # The form edits a copy: an invalid submission must not show half-applied values.
    session.refresh_from_db()
    # Drawing the form shows the record: a read, audited; a saved change is audited by
    # the service instead.
    audit_record(
        actor=request.user, patient=session.patient, action=AuditEvent.Action.VIEW, obj=session
    )
    return render(
        request,
        "sessions/session_form.html",
        {"form": form, "patient": session.patient, "session": session},
    )


@staff_required
def session_addendum_create(request, pk):
    """A clinician of the clinic corrects a signed record with an addendum."""
    session = session_get_for(request.user, pk, for_write=True, audit=False)
    if not session.is_signed:
        messages.info(request, _("This record is not signed yet: edit it directly."))
        return redirect("session_detail", pk=session.pk)
    corrected = services_addenda.record_as_corrected(session, session.addenda.all())
    form = SessionAddendumForm(request.POST or None, instance=corrected, patient=session.patient)
    if request.method == "POST" and form.is_valid():
        try:
            services_addenda.addendum_create(
                acting_user=request.user,
                session=session,
                reason=form.cleaned_data["reason"],
                corrections=form.corrections(),
            )
        except ValidationError as error:
            form_errors_into(form, error)
        else:
            messages.success(request, _("Addendum added; the signed record is kept as it was."))
            return redirect("session_detail", pk=session.pk)
    # Drawing the form shows the record: a read, audited; a saved change is audited by
    # the service instead.
    audit_record(
        actor=request.user, patient=session.patient, action=AuditEvent.Action.VIEW, obj=session
    )
    return render(
        request,
        "sessions/addendum_form.html",
        {"form": form, "session": session, "patient": session.patient},
    )


def _session_action(request, pk, action, success_message, **extra):
    session = session_get_for(request.user, pk, for_write=True, audit=False)
    try:
        action(acting_user=request.user, session=session, **extra)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(request, success_message)
    return redirect("session_detail", pk=session.pk)


@require_POST
@staff_required
def session_end(request, pk):
    form = EndSessionForm(request.POST)
    ended_at = form.cleaned_data["ended_at"] if form.is_valid() else None
    return _session_action(
        request,
        pk,
        services.session_end,
        _("Session ended; the window's prompts are scheduled."),
        ended_at=ended_at,
    )


@require_POST
@staff_required
def session_sign(request, pk):
    return _session_action(request, pk, services.session_sign, _("Record signed."))


@require_POST
@staff_required
def session_cancel(request, pk):
    return _session_action(
        request, pk, services.session_cancel, _("Session cancelled with its unsent prompts.")
    )


@require_POST
@staff_required
def session_vitals(request, pk):
    session = session_get_for(request.user, pk, for_write=True, audit=False)
    form = VitalsForm(request.POST)
    if form.is_valid():
        try:
            services.vitals_add(acting_user=request.user, session=session, **form.cleaned_data)
        except ValidationError as error:
            form_errors_into(form, error)
    if form.errors:
        for field, errors in form.errors.items():
            label = form.fields[field].label if field in form.fields else _("Vitals")
            for error in errors:
                messages.error(request, f"{capfirst(label)}: {error}")
    else:
        messages.success(request, _("Vitals added."))
    return redirect("session_detail", pk=session.pk)


# The patient's side ------------------------------------------------------------------


@patient_required
def prompt_inbox(request, patient):
    return render(request, "sessions/prompt_inbox.html", {"groups": prompt_inbox_for(request.user)})


@patient_required
def prompt_detail(request, patient, pk):
    """Where emails and the inbox link to. Each kind of prompt is answered on its own page,
    which the journal serves (its answers are journal entries and assessments). An email
    may outlive its prompt: one withdrawn or skipped says so here instead."""
    prompt = prompt_get_for(request.user, pk)
    if prompt.status in (ScheduledPrompt.Status.WITHDRAWN, ScheduledPrompt.Status.SKIPPED):
        return render(request, "sessions/prompt_closed.html", {"prompt": prompt})
    return redirect("prompt_answer", pk=prompt.pk)


@require_POST
@patient_required
def prompt_done(request, patient, pk):
    prompt = prompt_get_for(request.user, pk, for_answer=True)
    if services.prompt_complete(acting_user=request.user, prompt=prompt):
        messages.success(request, _("Marked done. Well done for taking the time."))
    else:
        messages.info(request, _("This prompt is not open for answers."))
    return redirect("prompt_inbox")
