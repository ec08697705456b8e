"""Who may see which person and record. Every page and endpoint asks here; nothing else
filters by role.

The ladder, within one clinic (nothing crosses clinics):
- a patient sees only themself;
- a coach sees the patients whose care team they are on, without clinical records;
- a therapist sees the patients whose care team they are on, as a coach does, plus their
  assessments, safety plan and therapy notes; doses and vitals only where the clinic allows
  (Clinic.therapists_see_doses);
- a clinician sees every patient of the clinic, clinical records included;
- a clinic admin sees the clinic's roster (names, contact, care team), not clinical records.
Superusers work through the Django admin, not these pages.
"""

from allauth.mfa.models import Authenticator
from django.conf import settings
from django.db.models import QuerySet
from django.http import Http404

from .audit import audit_record
from .models import AuditEvent, FollowUpAlert, Patient, SafetyAlert, StaffMembership

Role = StaffMembership.Role
_UNSET = object()


def membership_of(user) -> StaffMembership | None:
    if not user.is_authenticated:
        return None
    cached = getattr(user, "_membership_cache", _UNSET)
    if cached is _UNSET:
        cached = StaffMembership.objects.select_related("clinic").filter(user=user).first()
        user._membership_cache = cached
    return cached


def patient_profile_of(user) -> Patient | None:
    if not user.is_authenticated:
        return None
    cached = getattr(user, "_patient_cache", _UNSET)
    if cached is _UNSET:
        cached = Patient.objects.select_related("clinic").filter(user=user).first()
        user._patient_cache = cached
    return cached


def role_of(user) -> str | None:
    """ "patient", a StaffMembership role, "superuser", or None."""
    membership = membership_of(user)
    if membership:
        return membership.role
    if patient_profile_of(user):
        return "patient"
    if user.is_authenticated and user.is_superuser:
        return "superuser"
    return None


def viewer_time_zone(user) -> str | None:
    profile = patient_profile_of(user)
    if profile:
        return profile.time_zone
    membership = membership_of(user)
    return membership.clinic.time_zone if membership else None


def user_is_staff(user) -> bool:
    return user.is_authenticated and (user.is_superuser or membership_of(user) is not None)


def user_has_role(user, *roles: str) -> bool:
    membership = membership_of(user)
    return membership is not None and membership.role in roles


def staff_lacks_required_mfa(user) -> bool:
    if not settings.MFA_ENFORCED_FOR_STAFF or not user_is_staff(user):
        return False
    cached = getattr(user, "_has_totp_cache", None)
    if cached is None:
        cached = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
        user._has_totp_cache = cached
    return not cached


def patient_list_for(user) -> QuerySet[Patient]:
    """The patients this user may see at all, with what every list shows joined in."""
    qs = Patient.objects.select_related(
        "user", "clinic", "care_clinician", "care_coach", "care_therapist"
    )
    membership = membership_of(user)
    if membership is None:
        profile = patient_profile_of(user)
        return qs.filter(pk=profile.pk) if profile else qs.none()
    qs = qs.filter(clinic_id=membership.clinic_id)
    if membership.role == Role.COACH:
        qs = qs.filter(care_coach=user)
    elif membership.role == Role.THERAPIST:
        qs = qs.filter(care_therapist=user)
    return qs


def patient_get_for(user, pk, *, for_write=False, audit=True) -> Patient:
    """The patient `pk` if `user` may see them (or change them, with `for_write`); 404
    otherwise, so a stranger cannot tell a hidden record from a missing one. A staff read
    is audited here, where it is granted."""
    try:
        patient = patient_list_for(user).get(pk=pk)
    except (Patient.DoesNotExist, ValueError, TypeError):
        raise Http404("No such patient.") from None
    if for_write and not can_edit_patient(user, patient):
        raise Http404("No such patient.")
    if audit and user_is_staff(user):
        audit_record(actor=user, patient=patient, action=AuditEvent.Action.VIEW)
    return patient


def can_edit_patient(user, patient: Patient) -> bool:
    """Clinicians and clinic admins keep a patient's record; a patient their own settings."""
    if patient.user_id == user.pk:
        return True
    membership = membership_of(user)
    return (
        membership is not None
        and membership.clinic_id == patient.clinic_id
        and membership.role in (Role.CLINICIAN, Role.CLINIC_ADMIN)
    )


def can_read_clinical_records(user, patient: Patient) -> bool:
    """The whole clinical record (doses, vitals, session notes, date of birth and weight):
    the patient and the clinic's clinicians only. Parts of it reach more of the care team:
    see can_see_assessments and can_see_doses."""
    if patient.user_id == user.pk:
        return True
    membership = membership_of(user)
    return (
        membership is not None
        and membership.clinic_id == patient.clinic_id
        and membership.role == Role.CLINICIAN
    )


def is_on_care_team(user, patient: Patient) -> bool:
    """Clinicians of the clinic, the patient's own coach and their own therapist: they read
    what is shared (entries, debrief notes, habits, the safety plan)."""
    membership = membership_of(user)
    if membership is None or membership.clinic_id != patient.clinic_id:
        return False
    if membership.role == Role.CLINICIAN:
        return True
    if membership.role == Role.COACH:
        return patient.care_coach_id == user.pk
    return membership.role == Role.THERAPIST and patient.care_therapist_id == user.pk


def is_patients_therapist(user, patient: Patient) -> bool:
    """The therapist on this patient's care team (at the patient's clinic)."""
    membership = membership_of(user)
    return (
        membership is not None
        and membership.role == Role.THERAPIST
        and membership.clinic_id == patient.clinic_id
        and patient.care_therapist_id == user.pk
    )


def can_see_assessments(user, patient: Patient) -> bool:
    """PHQ-9 and GAD-7 results: the patient, the clinic's clinicians, the patient's own
    therapist always, and their own coach where the clinic lets coaches see them."""
    if patient.user_id == user.pk or can_read_clinical_records(user, patient):
        return True
    if is_patients_therapist(user, patient):
        return True
    membership = membership_of(user)
    return (
        membership is not None
        and membership.role == Role.COACH
        and is_on_care_team(user, patient)
        and membership.clinic.coaches_see_assessments
    )


def can_see_doses(user, patient: Patient) -> bool:
    """Doses and vital signs: the patient, the clinic's clinicians, and the patient's own
    therapist where the clinic turns that on (Clinic.therapists_see_doses). Never coaches."""
    if can_read_clinical_records(user, patient):
        return True
    # The therapist's own clinic is the patient's: read the setting from the membership,
    # loaded once per request, so a list asks no query per row.
    return is_patients_therapist(user, patient) and membership_of(user).clinic.therapists_see_doses


def staff_list_for(user, *roles: str) -> QuerySet[StaffMembership]:
    """Colleagues at the user's clinic, for pickers (care team, facilitators)."""
    membership = membership_of(user)
    if membership is None:
        return StaffMembership.objects.none()
    qs = StaffMembership.objects.select_related("user").filter(clinic_id=membership.clinic_id)
    return qs.filter(role__in=roles) if roles else qs


def invitable_roles_for(user) -> list[str]:
    """Clinic admins invite anyone; clinicians invite patients."""
    if user_has_role(user, Role.CLINIC_ADMIN):
        return ["patient", Role.CLINICIAN, Role.COACH, Role.THERAPIST, Role.CLINIC_ADMIN]
    if user_has_role(user, Role.CLINICIAN):
        return ["patient"]
    return []


# Safety alerts ----------------------------------------------------------------------------


def sees_alerts(user) -> bool:
    """Safety alerts go to the care team: clinicians, coaches and therapists."""
    return user_has_role(user, Role.CLINICIAN, Role.COACH, Role.THERAPIST)


def alert_list_for(user) -> QuerySet[SafetyAlert]:
    """The alerts of the care team's patients: every alert of the clinic for a clinician,
    those of their care-team patients for a coach or therapist. Patients (shown crisis
    resources on the spot instead) and clinic admins see none."""
    alerts = SafetyAlert.objects.select_related(
        "patient__user", "acknowledged_by", "resolved_by"
    ).order_by("-created_at", "-pk")
    if not sees_alerts(user):
        return alerts.none()
    return alerts.filter(patient__in=patient_list_for(user).values("pk"))


def alert_get_for(user, pk, *, audit=True) -> SafetyAlert:
    """One alert the user may see; 404 otherwise. Staff reads are audited here."""
    try:
        alert = alert_list_for(user).get(pk=pk)
    except (SafetyAlert.DoesNotExist, ValueError, TypeError):
        raise Http404("No such alert.") from None
    if audit:
        audit_record(actor=user, patient=alert.patient, action=AuditEvent.Action.VIEW, obj=alert)
    return alert


def unacknowledged_alerts_for(user, *, limit: int) -> list[SafetyAlert]:
    """The oldest alerts no one has acknowledged yet, for the banner on every staff page:
    one query, `limit + 1` rows at most so the banner can say there are more."""
    if not sees_alerts(user):
        return []
    # The banner names the patient only: no joins to who acknowledged or resolved (none
    # have), which cost more to plan than the few rows cost to read.
    return list(
        alert_list_for(user)
        .select_related(None)
        .select_related("patient__user")
        .filter(acknowledged_at=None, resolved_at=None)
        .order_by("created_at", "pk")[: limit + 1]
    )


def can_acknowledge_alert(user, alert: SafetyAlert) -> bool:
    """Whoever on the care team sees it first says so."""
    return alert.resolved_at is None and is_on_care_team(user, alert.patient)


def can_resolve_alert(user, alert: SafetyAlert) -> bool:
    """Closing a safety alert is a clinical decision: the clinic's clinicians make it."""
    membership = membership_of(user)
    return (
        alert.resolved_at is None
        and membership is not None
        and membership.role == Role.CLINICIAN
        and membership.clinic_id == alert.patient.clinic_id
    )


# Safety plan ------------------------------------------------------------------------------


def can_see_safety_plan(user, patient: Patient) -> bool:
    """The plan is the patient's, written with their care team: the patient, the clinic's
    clinicians, and the coach and therapist on the patient's care team read and edit it.
    Clinic admins keep the roster, not clinical records, so they do not see it; nothing
    crosses clinics."""
    if patient.user_id == user.pk:
        return True
    membership = membership_of(user)
    if membership is None or membership.clinic_id != patient.clinic_id:
        return False
    if membership.role == Role.CLINICIAN:
        return True
    if membership.role == Role.COACH:
        return patient.care_coach_id == user.pk
    if membership.role == Role.THERAPIST:
        return patient.care_therapist_id == user.pk
    return False


def safety_plan_patient_get_for(user, pk, *, audit=True) -> Patient:
    """The patient `pk` whose safety plan `user` may read and edit; 404 otherwise. One
    row, with the care team the plan names joined in. A staff read is audited here."""
    try:
        pk = int(pk)
    except (TypeError, ValueError):
        raise Http404("No such patient.") from None
    patient = None
    if 0 < pk < 2**63:
        patient = (
            Patient.objects.select_related(
                "user", "clinic", "care_clinician", "care_coach", "care_therapist"
            )
            .filter(pk=pk)
            .first()
        )
    if patient is None or not can_see_safety_plan(user, patient):
        raise Http404("No such patient.")
    if audit and patient.user_id != user.pk:
        audit_record(
            actor=user, patient=patient, action=AuditEvent.Action.VIEW, object_type="safety_plan"
        )
    return patient


def safety_plan_own_patient(user) -> Patient | None:
    """The signed-in patient's own record, with the care team their plan names."""
    profile = patient_profile_of(user)
    if profile is None:
        return None
    return Patient.objects.select_related(
        "user", "clinic", "care_clinician", "care_coach", "care_therapist"
    ).get(pk=profile.pk)


def safety_plan_current(patient: Patient):
    """The plan's latest version with its author, or None before the first save. Call it
    for a patient a selector above has granted."""
    from .models_safety_plan import SafetyPlanVersion

    return (
        SafetyPlanVersion.objects.select_related("author")
        .filter(plan__patient=patient)
        .order_by("-number")
        .first()
    )


def safety_plan_versions(patient: Patient):
    """Every version of the plan, newest first, for a patient already granted."""
    from .models_safety_plan import SafetyPlanVersion

    return (
        SafetyPlanVersion.objects.select_related("author")
        .filter(plan__patient=patient)
        .order_by("-number")
    )


def safety_plan_version_get(user, patient: Patient, number, *, audit=True):
    """One version of a granted patient's plan; 404 when there is no such version. A staff
    read is audited."""
    try:
        number = int(number)
    except (TypeError, ValueError):
        raise Http404("No such version.") from None
    version = (
        safety_plan_versions(patient).filter(number=number).first() if 0 < number < 2**31 else None
    )
    if version is None:
        raise Http404("No such version.")
    if audit and patient.user_id != user.pk:
        audit_record(actor=user, patient=patient, action=AuditEvent.Action.VIEW, obj=version)
    return version


# Follow-up alerts -------------------------------------------------------------------------


def _followup_patients_for(user) -> QuerySet[Patient] | None:
    """Whose follow-up alerts the user sees: they rest on PHQ-9 scores and moods, so those
    who see assessments. The clinic's clinicians, the patient's own therapist, and their
    own coach where the clinic lets coaches see assessments; None for anyone else."""
    membership = membership_of(user)
    if membership is None:
        return None
    patients = Patient.objects.filter(clinic_id=membership.clinic_id)
    if membership.role == Role.CLINICIAN:
        return patients
    if membership.role == Role.THERAPIST:
        return patients.filter(care_therapist=user)
    if membership.role == Role.COACH and membership.clinic.coaches_see_assessments:
        return patients.filter(care_coach=user)
    return None


def sees_followup_alerts(user) -> bool:
    return _followup_patients_for(user) is not None


def followup_alert_list_for(user) -> QuerySet[FollowUpAlert]:
    """The follow-up alerts of the patients the user follows up, newest first."""
    alerts = FollowUpAlert.objects.select_related(
        "patient__user", "acknowledged_by", "resolved_by"
    ).order_by("-created_at", "-pk")
    patients = _followup_patients_for(user)
    if patients is None:
        return alerts.none()
    return alerts.filter(patient__in=patients.values("pk"))


def open_followup_alerts_for(user) -> QuerySet[FollowUpAlert]:
    """The follow-up alerts not yet resolved, for the dashboard's column and filter."""
    return followup_alert_list_for(user).filter(resolved_at=None)


def followup_alert_get_for(user, pk, *, audit=True) -> FollowUpAlert:
    """One follow-up alert the user may see; 404 otherwise. Staff reads are audited here."""
    try:
        alert = followup_alert_list_for(user).get(pk=pk)
    except (FollowUpAlert.DoesNotExist, ValueError, TypeError):
        raise Http404("No such follow-up alert.") from None
    if audit:
        audit_record(actor=user, patient=alert.patient, action=AuditEvent.Action.VIEW, obj=alert)
    return alert


def can_act_on_followup_alert(user, alert: FollowUpAlert) -> bool:
    """Whoever sees a follow-up alert may acknowledge and resolve it."""
    patients = _followup_patients_for(user)
    return patients is not None and patients.filter(pk=alert.patient_id).exists()


# The audit trail --------------------------------------------------------------------------


def audit_event_list_for(user) -> QuerySet[AuditEvent] | None:
    """The audit trail of the user's clinic, for its clinic admins, who answer for who read
    what; None for anyone else (the trail names patients and who looked at them)."""
    membership = membership_of(user)
    if membership is None or membership.role != Role.CLINIC_ADMIN:
        return None
    return AuditEvent.objects.filter(clinic_id=membership.clinic_id).select_related(
        "actor", "patient__user"
    )
