"""Who may see and change which integration program: the clinicians and clinic admins of
its clinic, nobody else. A patient's own program is that patient's health data, so a
staff read of one is audited here, where it is granted."""

from django.db.models import Count, F, Q, QuerySet
from django.http import Http404

from patients.audit import audit_record, audit_record_many
from patients.models import AuditEvent, Patient, StaffMembership
from patients.selectors import membership_of, patient_list_for

from .models import IntegrationProgram, ProgramStep

Role = StaffMembership.Role
BUILDERS = (Role.CLINICIAN, Role.CLINIC_ADMIN)


def can_build_programs(user) -> bool:
    membership = membership_of(user)
    return membership is not None and membership.role in BUILDERS


def program_list_for(user) -> QuerySet[IntegrationProgram]:
    """The programs of the builder's clinic: the default first, then the clinic's others,
    then patients' own, with their step count and latest version number."""
    if not can_build_programs(user):
        return IntegrationProgram.objects.none()
    return (
        IntegrationProgram.objects.filter(clinic_id=membership_of(user).clinic_id)
        .select_related("patient__user")
        .annotate(
            step_count=Count("steps", distinct=True),
            version_count=Count("versions", distinct=True),
        )
        .order_by("-is_clinic_default", F("patient_id").asc(nulls_first=True), "name", "pk")
    )


def program_list_audit(user, programs) -> None:
    """One row per patient's own program a list showed."""
    rows = [(program.patient, program) for program in programs if program.patient_id]
    if rows:
        audit_record_many(actor=user, rows=rows, action=AuditEvent.Action.LIST)


def program_get_for(user, pk, *, audit=True) -> IntegrationProgram:
    """The program if `user` may build it; 404 otherwise (another clinic's looks missing)."""
    if not can_build_programs(user):
        raise Http404("No such program.")
    try:
        program = (
            IntegrationProgram.objects.select_related("clinic", "patient__user")
            .filter(clinic_id=membership_of(user).clinic_id)
            .get(pk=pk)
        )
    except (IntegrationProgram.DoesNotExist, ValueError, TypeError):
        raise Http404("No such program.") from None
    if audit and program.patient_id:
        audit_record(
            actor=user, patient=program.patient, action=AuditEvent.Action.VIEW, obj=program
        )
    return program


def step_get_for(user, pk) -> ProgramStep:
    """A step of a program `user` may build; 404 otherwise."""
    if not can_build_programs(user):
        raise Http404("No such step.")
    try:
        return ProgramStep.objects.select_related("program__patient", "program__clinic").get(
            pk=pk, program__clinic_id=membership_of(user).clinic_id
        )
    except (ProgramStep.DoesNotExist, ValueError, TypeError):
        raise Http404("No such step.") from None


def preview_patients_for(user) -> QuerySet[Patient]:
    """Whom a builder may preview a schedule for: the patients of their clinic."""
    if not can_build_programs(user):
        return Patient.objects.none()
    return patient_list_for(user).order_by("user__last_name", "user__first_name", "pk")


# The preview's picker names this many patients at most: those dosed most recently (the
# ones a program is being tailored for), each listing audited. Any other patient of the
# clinic is previewed from a link that names them (?patient=<id>).
PREVIEW_PICKER_SIZE = 50


def preview_picker_patients_for(user, *, chosen_pk=None) -> list[Patient]:
    """The patients the preview's picker offers: the most recently dosed, and the one
    already chosen."""
    patients = preview_patients_for(user)
    offered = list(
        patients.order_by(F("summary__last_session_ended_at").desc(nulls_last=True), "pk")[
            :PREVIEW_PICKER_SIZE
        ]
    )
    if chosen_pk is not None and all(str(p.pk) != str(chosen_pk) for p in offered):
        offered += list(patients.filter(pk=chosen_pk)) if str(chosen_pk).isdigit() else []
    return sorted(offered, key=lambda p: (p.user.last_name, p.user.first_name, p.pk))


def program_is_draft(program: IntegrationProgram) -> bool:
    """No window has been scheduled from any version of it yet."""
    return not program.versions.filter(
        Q(sessions__isnull=False) | Q(prompts__isnull=False)
    ).exists()
