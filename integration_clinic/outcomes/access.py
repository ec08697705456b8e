"""Who sees outcomes, composed from the apps' selectors.

- The clinic's figures: clinicians and clinic admins of that clinic (as the clinic
  overview: sessions.selectors.overview_clinic_id_for); they name no one.
- A patient's outcome report: the clinic's clinicians, and the patient's own therapist,
  who always sees assessments (patients.selectors.can_see_assessments). Not coaches, whose
  view of assessments is the clinic's choice and who never see session records beyond
  dates, nor clinic admins, who keep the roster.
"""

from dataclasses import dataclass

from patients.audit import audit_record
from patients.models import AuditEvent, Patient
from patients.selectors import can_read_clinical_records, is_patients_therapist, membership_of
from sessions.selectors import overview_clinic_id_for


@dataclass(frozen=True)
class ClinicFigures:
    """What an audit row names for a read of the clinic's figures: the clinic itself."""

    pk: int
    clinic_id: int


def outcomes_clinic_for(user):
    """The clinic whose figures `user` may read, or None."""
    clinic_id = overview_clinic_id_for(user)
    return membership_of(user).clinic if clinic_id is not None else None


def audit_outcomes_read(user, clinic, *, action=AuditEvent.Action.LIST) -> None:
    audit_record(
        actor=user,
        patient=None,
        action=action,
        obj=ClinicFigures(pk=clinic.pk, clinic_id=clinic.pk),
        object_type="outcomes",
    )


def can_see_outcome_report(user, patient: Patient) -> bool:
    return (patient.user_id != user.pk and can_read_clinical_records(user, patient)) or (
        is_patients_therapist(user, patient)
    )
