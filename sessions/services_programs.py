"""Every write of the program builder, each in one transaction with its audit row, and the
versions a program keeps.

A change to a program never moves prompts already scheduled: prompts copy their step's
texts and times, and a session names the version it was scheduled from. Only
`program_retime`, which a clinician asks for, re-times the unsent prompts of the windows
still running on a program from its latest version.
"""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from patients.audit import audit_record
from patients.models import AuditEvent, Patient
from patients.selectors import membership_of

from .models import DosingSession, IntegrationProgram, ProgramStep, ScheduledPrompt
from .models_programs import ProgramVersion, program_snapshot
from .program_templates import TEMPLATES
from .selectors_programs import can_build_programs, program_is_draft
from .services_schedule import (
    prompts_build,
    prompts_space_assessments,
    prompts_stop_at_next_dose,
    shape_late_window,
)

Status = ScheduledPrompt.Status
STEP_FIELDS = (
    "phase",
    "kind",
    "instrument",
    "offset_hours",
    "repeat_every_hours",
    "repeat_for_weeks",
    "title",
    "title_es",
    "instructions",
    "instructions_es",
    "expires_after_hours",
    "reminder_after_hours",
)
# What a re-time copies from the latest version onto a prompt not yet sent.
RETIMED_FIELDS = [
    "kind",
    "instrument",
    "phase",
    "title",
    "instructions",
    "offset_hours",
    "expires_after_hours",
    "reminder_after_hours",
    "due_at",
    "expires_at",
    "status",
    "digest_key",
    "superseded_by",
    "program_version",
]


# Versions ---------------------------------------------------------------------------------


def program_version_take(*, program: IntegrationProgram, steps=None, acting_user=None):
    """The program's latest version, or a new one when its steps (or name or window) have
    changed since, however they were changed (here, in the admin, by a data fix)."""
    steps = list(program.steps.all()) if steps is None else steps
    snapshot = program_snapshot(program, steps)
    latest = program.current_version
    if latest is not None and latest.snapshot == snapshot:
        return latest
    with transaction.atomic():
        # One number per version, even when two windows are scheduled at once.
        IntegrationProgram.objects.select_for_update().filter(pk=program.pk).exists()
        latest = program.versions.order_by("-number").first()
        if latest is None or latest.snapshot != snapshot:
            latest = ProgramVersion.objects.create(
                program=program,
                number=(latest.number if latest else 0) + 1,
                window_hours=program.window_hours,
                snapshot=snapshot,
                created_by=acting_user,
            )
        program.current_version = latest
        IntegrationProgram.objects.filter(pk=program.pk).update(current_version=latest)
        return latest


# Checks and audit ---------------------------------------------------------------------------


def _require_builder(acting_user, program: IntegrationProgram) -> None:
    if (
        not can_build_programs(acting_user)
        or membership_of(acting_user).clinic_id != program.clinic_id
    ):
        raise PermissionDenied(_("Only the clinic's clinicians and clinic admins edit programs."))


def _audit(acting_user, program: IntegrationProgram, action: str, obj=None) -> None:
    audit_record(actor=acting_user, patient=program.patient, action=action, obj=obj or program)


def _changed(acting_user, program: IntegrationProgram) -> ProgramVersion:
    return program_version_take(program=program, acting_user=acting_user)


def _duplicate_error(step: ProgramStep) -> dict:
    """Two steps of one program that ask the same thing at the same time."""
    same = ProgramStep.objects.filter(
        program_id=step.program_id,
        kind=step.kind,
        phase=step.phase,
        offset_hours=step.offset_hours,
        title__iexact=step.title.strip(),
    )
    if step.pk:
        same = same.exclude(pk=step.pk)
    if not same.exists():
        return {}
    return {
        "title": _(
            "This program already has a %(kind)s step called “%(title)s” at %(offset)s hours. "
            "Change its time or title, or remove one of them."
        )
        % {
            "kind": step.get_kind_display().lower(),
            "title": step.title,
            "offset": f"{step.offset_hours:g}",
        }
    }


def _step_check(step: ProgramStep) -> None:
    """The model's rules (offset range per phase, repeats, instrument, reminder before
    expiry), then no duplicate of another step."""
    errors = {}
    try:
        step.full_clean(exclude=["program", "position"])
    except ValidationError as error:
        errors = error.message_dict
    if not errors:
        errors = _duplicate_error(step)
    if errors:
        raise ValidationError(errors)


def _positions_normalise(program: IntegrationProgram) -> list[ProgramStep]:
    """The steps in their order, numbered 1, 2, 3... (steps never placed keep their
    offset order)."""
    steps = list(program.steps.all())
    for number, step in enumerate(steps, 1):
        step.position = number
    ProgramStep.objects.bulk_update(steps, ["position"])
    return steps


# Programs -----------------------------------------------------------------------------------


def _steps_from_template(program: IntegrationProgram, key: str) -> None:
    template = TEMPLATES[key]
    program.window_hours = template.window_hours
    program.save(update_fields=["window_hours"])
    program.steps.all().delete()
    ProgramStep.objects.bulk_create(
        ProgramStep(program=program, position=number, **step)
        for number, step in enumerate(template.steps, 1)
    )


@transaction.atomic
def program_create(
    *, acting_user, clinic, name: str, window_hours: int = 72, template: str = "", patient=None
) -> IntegrationProgram:
    """A new program for the clinic (not its default until made so), or a patient's own,
    empty or from a template."""
    if patient is not None and IntegrationProgram.objects.filter(patient=patient).exists():
        raise ValidationError(
            {"patient": _("This patient has a program of their own already: edit that one.")}
        )
    program = IntegrationProgram(
        clinic=clinic, patient=patient, name=name, window_hours=window_hours
    )
    _require_builder(acting_user, program)
    program.full_clean()
    program.save()
    if template:
        _steps_from_template(program, template)
    _audit(acting_user, program, AuditEvent.Action.CREATE)
    _changed(acting_user, program)
    return program


@transaction.atomic
def program_create_for_patient(*, acting_user, patient: Patient) -> IntegrationProgram:
    """The patient's own program, a copy of the clinic's default to tailor (or the one
    they have already)."""
    from .services import program_ensure_default

    own = IntegrationProgram.objects.filter(patient=patient).first()
    if own is not None:
        _require_builder(acting_user, own)
        return own
    default = program_ensure_default(clinic=patient.clinic)
    program = IntegrationProgram(
        clinic=patient.clinic,
        patient=patient,
        name=_program_name_for(default, patient),
        window_hours=default.window_hours,
    )
    _require_builder(acting_user, program)
    program.save()
    ProgramStep.objects.bulk_create(
        ProgramStep(
            program=program,
            position=number,
            **{name: getattr(step, name) for name in STEP_FIELDS},
        )
        for number, step in enumerate(default.steps.all(), 1)
    )
    _audit(acting_user, program, AuditEvent.Action.CREATE)
    _changed(acting_user, program)
    return program


def _program_name_for(default: IntegrationProgram, patient: Patient) -> str:
    who = patient.user.get_full_name() or patient.user.email
    name = _("%(program)s for %(patient)s") % {"program": default.name, "patient": who}
    return name[:120]


@transaction.atomic
def program_update(
    *, acting_user, program: IntegrationProgram, name: str, window_hours: int
) -> IntegrationProgram:
    """Renames the program or changes its window; every step must still fit the window."""
    _require_builder(acting_user, program)
    program.name, program.window_hours = name, window_hours
    program.full_clean()
    misfits = []
    for step in program.steps.all():
        step.program = program
        try:
            step.clean()
        except ValidationError:
            misfits.append(step.title)
    if misfits:
        raise ValidationError(
            {
                "window_hours": _(
                    "With a %(hours)s-hour window these steps no longer fit their phase: "
                    "%(steps)s. Move them first, or choose another window."
                )
                % {"hours": window_hours, "steps": ", ".join(misfits)}
            }
        )
    program.save()
    _audit(acting_user, program, AuditEvent.Action.UPDATE)
    _changed(acting_user, program)
    return program


@transaction.atomic
def program_apply_template(*, acting_user, program: IntegrationProgram, template: str):
    """Replaces the steps (and window) of a program no window has used yet."""
    _require_builder(acting_user, program)
    if not program_is_draft(program):
        raise ValidationError(
            {
                "template": _(
                    "Windows have been scheduled from this program, so its steps cannot be "
                    "replaced wholesale. Start a new program from the template instead."
                )
            }
        )
    _steps_from_template(program, template)
    _audit(acting_user, program, AuditEvent.Action.UPDATE)
    _changed(acting_user, program)
    return program


@transaction.atomic
def program_make_default(*, acting_user, program: IntegrationProgram) -> IntegrationProgram:
    """Makes a clinic program (not a patient's own) the clinic's default."""
    _require_builder(acting_user, program)
    if program.patient_id:
        raise ValidationError(_("A patient's own program cannot be the clinic default."))
    IntegrationProgram.objects.filter(clinic_id=program.clinic_id, is_clinic_default=True).exclude(
        pk=program.pk
    ).update(is_clinic_default=False)
    program.is_clinic_default = True
    program.save(update_fields=["is_clinic_default"])
    _audit(acting_user, program, AuditEvent.Action.UPDATE)
    return program


# Steps ------------------------------------------------------------------------------------


@transaction.atomic
def step_save(
    *, acting_user, program: IntegrationProgram, step: ProgramStep | None = None, **fields
) -> ProgramStep:
    """Adds a step at the end of the program, or changes one."""
    _require_builder(acting_user, program)
    unknown = set(fields) - set(STEP_FIELDS)
    if unknown:
        raise TypeError(f"Unknown step fields: {sorted(unknown)}")
    adding = step is None
    if adding:
        steps = _positions_normalise(program)
        step = ProgramStep(program=program, position=len(steps) + 1)
    for name, value in fields.items():
        setattr(step, name, value)
    step.program = program
    _step_check(step)
    step.save()
    _audit(
        acting_user, program, AuditEvent.Action.CREATE if adding else AuditEvent.Action.UPDATE, step
    )
    _changed(acting_user, program)
    return step


@transaction.atomic
def step_move(*, acting_user, step: ProgramStep, up: bool) -> ProgramStep:
    """Swaps the step with the one before (`up`) or after it; at either end, nothing."""
    program = step.program
    _require_builder(acting_user, program)
    steps = _positions_normalise(program)
    index = next(i for i, other in enumerate(steps) if other.pk == step.pk)
    neighbour = index - 1 if up else index + 1
    if 0 <= neighbour < len(steps):
        one, other = steps[index], steps[neighbour]
        one.position, other.position = other.position, one.position
        ProgramStep.objects.bulk_update([one, other], ["position"])
        step.position = one.position
        _audit(acting_user, program, AuditEvent.Action.UPDATE, step)
        _changed(acting_user, program)
    return step


@transaction.atomic
def step_duplicate(*, acting_user, step: ProgramStep) -> ProgramStep:
    """A copy of the step right after it, titled as a copy so it is no duplicate."""
    program = step.program
    _require_builder(acting_user, program)
    steps = _positions_normalise(program)
    original = next(other for other in steps if other.pk == step.pk)
    copy = ProgramStep(program=program, **{name: getattr(original, name) for name in STEP_FIELDS})
    copy.title = (_("%(title)s (copy)") % {"title": original.title})[:120]
    copy.position = original.position + 1
    later = [other for other in steps if other.position > original.position]
    for other in later:
        other.position += 1
    ProgramStep.objects.bulk_update(later, ["position"])
    _step_check(copy)
    copy.save()
    _audit(acting_user, program, AuditEvent.Action.CREATE, copy)
    _changed(acting_user, program)
    return copy


@transaction.atomic
def step_remove(*, acting_user, step: ProgramStep) -> None:
    """Takes the step out of the program. Prompts already scheduled from it stay."""
    program = step.program
    _require_builder(acting_user, program)
    _audit(acting_user, program, AuditEvent.Action.DELETE, step)
    step.delete()
    _positions_normalise(program)
    _changed(acting_user, program)


# Re-timing windows already scheduled ------------------------------------------------------


@dataclass
class RetimeResult:
    version: ProgramVersion
    sessions: int = 0
    retimed: int = 0
    added: int = 0
    cancelled: int = 0


def _sessions_to_retime(program: IntegrationProgram):
    """Sessions scheduled from any version of the program, not cancelled, with prompts
    still to send."""
    waiting = ScheduledPrompt.objects.filter(status__in=(Status.SCHEDULED, Status.SUPERSEDED))
    return (
        DosingSession.objects.filter(program_version__program=program)
        .exclude(status=DosingSession.Status.CANCELLED)
        .filter(pk__in=waiting.values("session_id"))
        .select_related("patient__user", "patient__clinic")
        .order_by("pk")
    )


def _retime_session(session, *, program, steps, version, now, result: RetimeResult) -> None:
    fresh = {
        (prompt.step_id, prompt.occurrence): prompt
        for prompt in prompts_build(session=session, program=program, steps=steps, version=version)
    }
    phases = {prompt.phase for prompt in fresh.values()} or {
        prompt.phase for prompt in session.prompts.all()
    }
    known = set(session.prompts.values_list("step_id", "occurrence"))
    unsent = list(
        session.prompts.select_for_update(skip_locked=True).filter(
            status__in=ScheduledPrompt.NOT_SENT
        )
    )
    retimed, cancelled = [], []
    for prompt in unsent:
        new = fresh.get((prompt.step_id, prompt.occurrence))
        if new is None:
            if prompt.phase in phases and prompt.status != Status.SKIPPED:
                cancelled.append(prompt.pk)
            continue
        for name in RETIMED_FIELDS:
            setattr(prompt, name, getattr(new, name))
        retimed.append(prompt)
    added = [prompt for key, prompt in fresh.items() if key not in known]
    shape_late_window([*retimed, *added], session=session, now=now)
    ScheduledPrompt.objects.bulk_update(retimed, RETIMED_FIELDS)
    ScheduledPrompt.objects.bulk_create(added, ignore_conflicts=True)
    ScheduledPrompt.objects.filter(pk__in=cancelled, status__in=ScheduledPrompt.NOT_SENT).update(
        status=Status.CANCELLED, superseded_by=None
    )
    pinned = {"program_version": version}
    if session.status == DosingSession.Status.COMPLETED:
        pinned["window_hours"] = version.window_hours
    DosingSession.objects.filter(pk=session.pk).update(**pinned)
    prompts_stop_at_next_dose(patient=session.patient, now=now)
    prompts_space_assessments(patient=session.patient, now=now)
    result.sessions += 1
    result.retimed += len(retimed)
    result.added += len(added)
    result.cancelled += len(cancelled)


@transaction.atomic
def program_retime(*, acting_user, program: IntegrationProgram, now=None) -> RetimeResult:
    """Applies the program's latest version to the prompts not yet sent of the windows
    scheduled from it: each is re-timed (and re-worded) from its step as it is now, steps
    added since get their prompts (those already closed are skipped), and prompts of
    steps removed since are cancelled. Sent and answered prompts stay as they were.
    Each patient's sessions touched get an audit row."""
    _require_builder(acting_user, program)
    now = now or timezone.now()
    steps = list(program.steps.all())
    version = program_version_take(program=program, steps=steps, acting_user=acting_user)
    result = RetimeResult(version=version)
    for session in _sessions_to_retime(program):
        _retime_session(
            session, program=program, steps=steps, version=version, now=now, result=result
        )
        audit_record(
            actor=acting_user, patient=session.patient, action=AuditEvent.Action.UPDATE, obj=session
        )
    _audit(acting_user, program, AuditEvent.Action.UPDATE)
    return result
