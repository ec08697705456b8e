"""The program builder: the clinic's programs and patients' own, their steps, templates to
start from, a preview of the schedule for one patient, versions, and re-timing the
prompts not yet sent. For the clinicians and clinic admins of the clinic."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from patients.audit import audit_record_many
from patients.models import AuditEvent
from patients.selectors import membership_of, patient_get_for
from patients.views import form_errors_into, staff_required

from . import services_programs as services
from .forms_programs import PreviewForm, ProgramCreateForm, ProgramForm, StepForm, TemplateForm
from .program_templates import TEMPLATES
from .selectors_programs import (
    can_build_programs,
    preview_patients_for,
    preview_picker_patients_for,
    program_get_for,
    program_is_draft,
    program_list_audit,
    program_list_for,
    step_get_for,
)
from .services_preview import schedule_preview


def _builder_required(user):
    if not can_build_programs(user):
        raise PermissionDenied(_("Programs are edited by the clinic's clinicians and admins."))


@staff_required
def program_list(request):
    """The clinic's programs, a form to start a new one and the templates."""
    _builder_required(request.user)
    form = ProgramCreateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            program = services.program_create(
                acting_user=request.user,
                clinic=membership_of(request.user).clinic,
                **form.cleaned_data,
            )
        except ValidationError as error:
            form_errors_into(form, error)
        else:
            messages.success(request, _("Program “%(name)s” created.") % {"name": program.name})
            return redirect("program_detail", pk=program.pk)
    programs = list(program_list_for(request.user))
    program_list_audit(request.user, programs)
    context = {"programs": programs, "form": form, "templates": TEMPLATES.values()}
    return render(
        request, "sessions/programs/program_list.html", context, status=400 if form.errors else 200
    )


def _detail_context(request, program, **extra):
    return {
        "program": program,
        "steps": list(program.steps.all()),
        "versions": list(program.versions.select_related("created_by")[:10]),
        "is_draft": program_is_draft(program),
        "form": ProgramForm(instance=program),
        "template_form": TemplateForm(),
        **extra,
    }


@staff_required
def program_detail(request, pk):
    """The program's name, window and steps, with every action on them."""
    _builder_required(request.user)
    program = program_get_for(request.user, pk)
    form = ProgramForm(request.POST or None, instance=program)
    if request.method == "POST" and form.is_valid():
        try:
            services.program_update(acting_user=request.user, program=program, **form.cleaned_data)
        except ValidationError as error:
            form_errors_into(form, error)
        else:
            messages.success(request, _("Program saved."))
            return redirect("program_detail", pk=program.pk)
    if form.errors:
        program.refresh_from_db()
    context = _detail_context(request, program, form=form)
    return render(
        request,
        "sessions/programs/program_detail.html",
        context,
        status=400 if form.errors else 200,
    )


@staff_required
def step_create(request, pk):
    _builder_required(request.user)
    program = program_get_for(request.user, pk)
    return _step_form(request, program, None)


@staff_required
def step_edit(request, pk):
    _builder_required(request.user)
    step = step_get_for(request.user, pk)
    # Read through the program's selector, which audits a patient's own program.
    return _step_form(request, program_get_for(request.user, step.program_id), step)


def _step_form(request, program, step):
    form = StepForm(request.POST or None, instance=step, program=program)
    if request.method == "POST" and form.is_valid():
        try:
            services.step_save(
                acting_user=request.user, program=program, step=step, **form.cleaned_data
            )
        except ValidationError as error:
            form_errors_into(form, error)
        else:
            messages.success(request, _("Step saved."))
            return redirect("program_detail", pk=program.pk)
    context = {"program": program, "step": step, "form": form}
    return render(
        request, "sessions/programs/step_form.html", context, status=400 if form.errors else 200
    )


@require_POST
@staff_required
def step_move(request, pk):
    _builder_required(request.user)
    step = step_get_for(request.user, pk)
    up = request.POST.get("direction") != "down"
    services.step_move(acting_user=request.user, step=step, up=up)
    return redirect(f"{reverse('program_detail', args=[step.program_id])}#step-{step.pk}")


@require_POST
@staff_required
def step_duplicate(request, pk):
    _builder_required(request.user)
    step = step_get_for(request.user, pk)
    try:
        copy = services.step_duplicate(acting_user=request.user, step=step)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("program_detail", pk=step.program_id)
    messages.success(request, _("Step duplicated: edit the copy."))
    return redirect("step_edit", pk=copy.pk)


@require_POST
@staff_required
def step_remove(request, pk):
    _builder_required(request.user)
    step = step_get_for(request.user, pk)
    program_pk, title = step.program_id, step.title
    services.step_remove(acting_user=request.user, step=step)
    messages.success(request, _("“%(title)s” removed.") % {"title": title})
    return redirect("program_detail", pk=program_pk)


@require_POST
@staff_required
def program_apply_template(request, pk):
    _builder_required(request.user)
    program = program_get_for(request.user, pk)
    form = TemplateForm(request.POST)
    if form.is_valid():
        try:
            services.program_apply_template(
                acting_user=request.user, program=program, template=form.cleaned_data["template"]
            )
        except ValidationError as error:
            form_errors_into(form, error)
        else:
            messages.success(request, _("Steps replaced from the template."))
            return redirect("program_detail", pk=program.pk)
    context = _detail_context(request, program, template_form=form)
    return render(request, "sessions/programs/program_detail.html", context, status=400)


@require_POST
@staff_required
def program_make_default(request, pk):
    _builder_required(request.user)
    program = program_get_for(request.user, pk)
    try:
        services.program_make_default(acting_user=request.user, program=program)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("This is now the clinic's default program."))
    return redirect("program_detail", pk=program.pk)


@require_POST
@staff_required
def program_retime(request, pk):
    """Applies the latest version to the prompts not yet sent of windows under way."""
    _builder_required(request.user)
    program = program_get_for(request.user, pk)
    result = services.program_retime(acting_user=request.user, program=program)
    messages.success(
        request,
        _(
            "Version %(version)s applied to %(sessions)s sessions: %(retimed)s prompts "
            "re-timed, %(added)s added, %(cancelled)s cancelled."
        )
        % {
            "version": result.version.number,
            "sessions": result.sessions,
            "retimed": result.retimed,
            "added": result.added,
            "cancelled": result.cancelled,
        },
    )
    return redirect("program_detail", pk=program.pk)


@staff_required
def program_preview(request, pk):
    """The schedule the program gives a chosen patient's window, in their zone."""
    _builder_required(request.user)
    program = program_get_for(request.user, pk)
    patients = preview_patients_for(request.user)
    data = request.GET if "patient" in request.GET else None
    if data is None and program.patient_id:
        data = {"patient": program.patient_id}
    offered = preview_picker_patients_for(
        request.user, chosen_pk=(data or {}).get("patient") or None
    )
    # The picker names patients: a list read of each, as every staff list is.
    audit_record_many(
        actor=request.user, rows=[(p, p) for p in offered], action=AuditEvent.Action.LIST
    )
    form = PreviewForm(data, patients=patients, offered=offered)
    rows = None
    if form.is_valid():
        patient = patient_get_for(request.user, form.cleaned_data["patient"].pk)
        rows = schedule_preview(
            program=program, patient=patient, window_start=form.window_start(timezone.now())
        )
    context = {"program": program, "form": form, "preview": rows}
    status = 400 if form.errors else 200
    return render(request, "sessions/programs/program_preview.html", context, status=status)


@require_POST
@staff_required
def patient_program_create(request, patient_pk):
    """The patient's own program, copied from the clinic's default (or theirs already)."""
    _builder_required(request.user)
    patient = patient_get_for(request.user, patient_pk)
    program = services.program_create_for_patient(acting_user=request.user, patient=patient)
    return redirect("program_detail", pk=program.pk)
