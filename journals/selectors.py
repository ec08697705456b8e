"""Who may read which entry, comment and assessment.

- A patient reads all of their own entries (not deleted ones, except on the restore page).
- The care team (the clinic's clinicians, the patient's coach) reads shared entries only.
  No one but the patient ever reads a private entry, whatever their role.
- Assessments are clinical records: the patient and the clinic's clinicians; the coach
  too when the clinic allows it. Clinic admins see none of this.
"""

from django.db.models import Q, QuerySet
from django.http import Http404

from patients.audit import audit_record
from patients.models import AuditEvent, Patient, StaffMembership
from patients.selectors import membership_of, patient_list_for, patient_profile_of, user_is_staff

from .models import Assessment, EntryComment, JournalEntry

Role = StaffMembership.Role


def _care_team_patients(user) -> QuerySet[Patient]:
    membership = membership_of(user)
    if membership is None or membership.role not in (Role.CLINICIAN, Role.COACH):
        return Patient.objects.none()
    return patient_list_for(user)


def entry_list_for(user) -> QuerySet[JournalEntry]:
    """Entries `user` may read: a patient's own, or the shared entries of the care team's
    patients. Deleted entries are left out."""
    profile = patient_profile_of(user)
    entries = JournalEntry.objects.alive().select_related("patient__user", "prompt", "session")
    if profile is not None:
        return entries.filter(patient=profile)
    return entries.filter(
        patient__in=_care_team_patients(user).values("pk"), shared_with_care_team=True
    )


def entry_get_for(user, pk, *, for_write=False, audit=True) -> JournalEntry:
    """One entry; with `for_write`, only its own patient may have it. 404 otherwise. A
    staff read is audited (the row never holds the entry's text)."""
    try:
        entry = entry_list_for(user).get(pk=pk)
    except (JournalEntry.DoesNotExist, ValueError, TypeError):
        raise Http404("No such entry.") from None
    if for_write and entry.patient.user_id != user.pk:
        raise Http404("No such entry.")
    if audit and user_is_staff(user):
        audit_record(actor=user, patient=entry.patient, action=AuditEvent.Action.VIEW, obj=entry)
    return entry


def deleted_entry_list_for(user) -> QuerySet[JournalEntry]:
    """The patient's own deleted entries still within the 30 days they can be restored."""
    profile = patient_profile_of(user)
    if profile is None:
        return JournalEntry.objects.none()
    return JournalEntry.objects.filter(patient=profile).exclude(deleted_at=None)


def comment_list_for(user, entry: JournalEntry) -> QuerySet[EntryComment]:
    """Comments under an entry the user may already read (through entry_get_for)."""
    return entry.comments.select_related("author")


def can_comment(user, entry: JournalEntry) -> bool:
    """The care team comments on shared entries; the patient may reply on their own."""
    if entry.patient.user_id == user.pk:
        return True
    return entry.shared_with_care_team and entry.patient in _care_team_patients(user)


def assessment_list_for(user) -> QuerySet[Assessment]:
    qs = Assessment.objects.select_related("patient__user")
    profile = patient_profile_of(user)
    if profile is not None:
        return qs.filter(patient=profile)
    membership = membership_of(user)
    if membership is None:
        return qs.none()
    if membership.role == Role.CLINICIAN:
        return qs.filter(patient__clinic_id=membership.clinic_id)
    if membership.role == Role.COACH and membership.clinic.coaches_see_assessments:
        return qs.filter(patient__in=patient_list_for(user).values("pk"))
    return qs.none()


def entry_search(entries: QuerySet[JournalEntry], query: str) -> QuerySet[JournalEntry]:
    query = query.strip()
    if not query:
        return entries
    return entries.filter(Q(text__icontains=query) | Q(title__icontains=query))
