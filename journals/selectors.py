"""Who may read which entry, comment and assessment.

- A patient reads all of their own entries (not deleted ones, except on the restore page).
- The care team (the clinic's clinicians, the patient's coach and therapist) reads shared
  entries only.
  No one but the patient ever reads a private entry, whatever their role.
- Assessments are clinical records: the patient, the clinic's clinicians and the patient's
  therapist; the coach too when the clinic allows it. Clinic admins see none of this.
"""

import re
from datetime import timedelta

from django.db import connection
from django.db.models import BooleanField, Prefetch, Q, QuerySet
from django.db.models.expressions import RawSQL
from django.http import Http404
from django.utils import timezone

from patients.audit import audit_record, audit_record_many
from patients.models import AuditEvent, Patient, StaffMembership, User
from patients.selectors import membership_of, patient_list_for, patient_profile_of, user_is_staff
from sessions.models import DosingSession
from sessions.selectors import sessions_in_window

from .habits import Habit, HabitGrid, HabitMark, PatientHabit, habit_grid, local_today
from .models import Assessment, Commitment, EntryComment, JournalDraft, JournalEntry

# How long a deleted entry can be restored; after that it is purged.
RESTORE_DAYS = 30

Role = StaffMembership.Role


def _care_team_patients(user) -> QuerySet[Patient]:
    membership = membership_of(user)
    if membership is None or membership.role not in (Role.CLINICIAN, Role.COACH, Role.THERAPIST):
        return Patient.objects.none()
    return patient_list_for(user)


def entry_list_for(user) -> QuerySet[JournalEntry]:
    """Entries `user` may read: a patient's own, or the shared entries of the care team's
    patients. Deleted entries are left out."""
    profile = patient_profile_of(user)
    entries = (
        JournalEntry.objects.alive()
        .select_related("patient__user", "prompt", "session")
        .order_by("-created_at", "-pk")
    )
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


def deleted_entry_list_for(user, now=None) -> QuerySet[JournalEntry]:
    """The patient's own deleted entries still within the 30 days they can be restored."""
    profile = patient_profile_of(user)
    if profile is None:
        return JournalEntry.objects.none()
    now = now or timezone.now()
    return (
        JournalEntry.objects.filter(patient=profile, deleted_at__gt=now - restore_period())
        .select_related("prompt", "session")
        .order_by("-deleted_at")
    )


def deleted_entry_get_for(user, pk) -> JournalEntry:
    try:
        return deleted_entry_list_for(user).get(pk=pk)
    except (JournalEntry.DoesNotExist, ValueError, TypeError):
        raise Http404("No such deleted entry.") from None


def restore_period() -> timedelta:
    return timedelta(days=RESTORE_DAYS)


def comment_list_for(user, entry: JournalEntry) -> QuerySet[EntryComment]:
    """Comments under an entry the user may already read (through entry_get_for)."""
    return entry.comments.select_related("author")


def can_comment(user, entry: JournalEntry) -> bool:
    """The care team comments on shared entries; the patient may reply on their own."""
    if entry.patient.user_id == user.pk:
        return True
    # One row asked about, never the whole clinic loaded to look for it.
    return (
        entry.shared_with_care_team
        and _care_team_patients(user).filter(pk=entry.patient_id).exists()
    )


def entry_comment_list_for(user) -> QuerySet[EntryComment]:
    """Every comment under the entries `user` may read."""
    return EntryComment.objects.filter(entry__in=entry_list_for(user).values("pk")).select_related(
        "author", "entry__patient"
    )


def care_team_readers(patient: Patient) -> list[User]:
    """Who reads the patient's shared entries: the clinic's clinicians and the patient's
    own coach and therapist. The same people entry_list_for grants them to, so the page can
    say plainly who they are."""
    clinicians = [
        membership.user
        for membership in StaffMembership.objects.select_related("user")
        .filter(clinic_id=patient.clinic_id, role=Role.CLINICIAN)
        .order_by("user__last_name", "user__first_name")
    ]
    # The patient's own clinician first: the person they know.
    clinicians.sort(key=lambda user: user.pk != patient.care_clinician_id)
    coach = [patient.care_coach] if patient.care_coach_id else []
    therapist = [patient.care_therapist] if patient.care_therapist_id else []
    return clinicians + coach + therapist


def entry_readers(entry: JournalEntry) -> list[User]:
    """Who besides the patient can read this entry now: nobody while it is private."""
    if not entry.shared_with_care_team or entry.deleted_at is not None:
        return []
    return care_team_readers(entry.patient)


def open_window_session_for(patient: Patient, now=None) -> DosingSession | None:
    """The session whose integration window is open now, if any: the latest completed
    session of the patient with a prompt still to expire."""
    now = now or timezone.now()
    return (
        sessions_in_window([patient.pk], now=now)
        .filter(ended_at__lte=now)
        .order_by("-ended_at", "-pk")
        .first()
    )


def answer_made_with(user, prompt, key: str) -> JournalEntry | Assessment | None:
    """The user's own answer to `prompt` that a submission with this idempotency key
    made, if any: what a repeat of that submission gets back."""
    profile = patient_profile_of(user)
    if not key or profile is None:
        return None
    mine = {"patient": profile, "prompt": prompt, "idempotency_key": key}
    return (
        JournalEntry.objects.select_related("patient").filter(**mine).first()
        or Assessment.objects.select_related("patient").filter(**mine).first()
    )


def draft_get_for(user, key: str) -> JournalDraft | None:
    profile = patient_profile_of(user)
    if profile is None:
        return None
    return JournalDraft.objects.filter(patient=profile, key=key).first()


def commitment_list_for(user, session: DosingSession | None = None) -> QuerySet[Commitment]:
    """The integration plan: the patient's own, and for the care team (the clinic's
    clinicians, the patient's coach and therapist) the plans of their patients, to follow
    and take to therapy. Clinic admins and other coaches see none of it."""
    profile = patient_profile_of(user)
    if profile is not None:
        commitments = Commitment.objects.filter(patient=profile)
    else:
        commitments = Commitment.objects.filter(patient__in=_care_team_patients(user).values("pk"))
    if session is not None:
        commitments = commitments.filter(session=session)
    return commitments


def commitment_get_for(user, pk) -> Commitment:
    """One of the patient's own commitments, to change: only its patient may have it."""
    profile = patient_profile_of(user)
    try:
        return Commitment.objects.select_related("session").get(pk=pk, patient=profile)
    except (Commitment.DoesNotExist, ValueError, TypeError):
        raise Http404("No such commitment.") from None


def assessment_list_for(user) -> QuerySet[Assessment]:
    qs = Assessment.objects.select_related("patient__user").order_by("-created_at", "-pk")
    profile = patient_profile_of(user)
    if profile is not None:
        return qs.filter(patient=profile)
    membership = membership_of(user)
    if membership is None:
        return qs.none()
    if membership.role == Role.CLINICIAN:
        return qs.filter(patient__clinic_id=membership.clinic_id)
    if membership.role == Role.THERAPIST or (
        membership.role == Role.COACH and membership.clinic.coaches_see_assessments
    ):
        # Their own care team's patients: patient_list_for narrows to those.
        return qs.filter(patient__in=patient_list_for(user).values("pk"))
    return qs.none()


# The words of an entry as PostgreSQL's full-text search reads them. The same expression
# is indexed (GIN, journals/migrations/0007_search.py), so a search reads the index rather
# than every entry. The "simple" configuration does not stem: entries are in English or
# Spanish, and a word typed is matched as a prefix ("walk" finds "walking", "caminar"
# "caminaré").
ENTRY_SEARCH_DOCUMENT = (
    "to_tsvector('simple', coalesce(journals_journalentry.title, '') || ' ' || "
    "coalesce(journals_journalentry.text, ''))"
)
_SEARCH_WORD = re.compile(r"\w+")


def _search_terms(query: str) -> str:
    """Every word of the query, each as a prefix, all required: a tsquery with nothing in
    it from the user but word characters."""
    return " & ".join(f"{word}:*" for word in _SEARCH_WORD.findall(query.lower()))


def entry_search(entries: QuerySet[JournalEntry], query: str) -> QuerySet[JournalEntry]:
    """Entries whose title or text hold every word of `query`: full-text search on
    PostgreSQL, a substring match elsewhere (SQLite, for the demo)."""
    query = query.strip()
    if not query:
        return entries
    words = _SEARCH_WORD.findall(query)
    if not words:
        return entries.none()
    if connection.vendor != "postgresql":
        for word in words:
            entries = entries.filter(Q(text__icontains=word) | Q(title__icontains=word))
        return entries
    terms = _search_terms(query)
    return entries.filter(
        RawSQL(  # noqa: S611 -- constant SQL; the words go in as a parameter
            f"{ENTRY_SEARCH_DOCUMENT} @@ to_tsquery('simple', %s)",
            [terms],
            output_field=BooleanField(),
        )
    )


def assessment_get_for(user, pk, *, audit=True) -> Assessment:
    try:
        assessment = assessment_list_for(user).get(pk=pk)
    except (Assessment.DoesNotExist, ValueError, TypeError):
        raise Http404("No such assessment.") from None
    if audit and user_is_staff(user):
        audit_record(
            actor=user, patient=assessment.patient, action=AuditEvent.Action.VIEW, obj=assessment
        )
    return assessment


# Habits -----------------------------------------------------------------------------------
# The clinic's list: patients pick from its active habits; its clinicians and clinic admins
# keep it. A patient's habits and marks are health data: the patient, the clinic's
# clinicians and the patient's own coach and therapist read them (lifestyle change is
# what coaching and therapy work on); clinic admins and anyone else read none. Staff reads
# are audited, one row per habit shown.


def can_manage_habits(user) -> bool:
    membership = membership_of(user)
    return membership is not None and membership.role in (Role.CLINICIAN, Role.CLINIC_ADMIN)


def habit_catalog_for(user) -> QuerySet[Habit]:
    """The habits a patient may pick (their clinic's active ones), or the whole list of
    the clinic for those who keep it."""
    profile = patient_profile_of(user)
    if profile is not None:
        return Habit.objects.filter(clinic_id=profile.clinic_id, active=True)
    if can_manage_habits(user):
        return Habit.objects.filter(clinic_id=membership_of(user).clinic_id)
    return Habit.objects.none()


def habit_get_for(user, pk) -> Habit:
    try:
        return habit_catalog_for(user).get(pk=pk)
    except (Habit.DoesNotExist, ValueError, TypeError):
        raise Http404("No such habit.") from None


def tracker_list_for(user) -> QuerySet[PatientHabit]:
    """The habits the patient tracks now, in the clinic's order."""
    profile = patient_profile_of(user)
    if profile is None:
        return PatientHabit.objects.none()
    return PatientHabit.objects.filter(patient=profile, stopped_at=None).select_related("habit")


def tracker_get_for(user, pk) -> PatientHabit:
    """One of the patient's own habits, tracked now or stopped: theirs alone to change."""
    profile = patient_profile_of(user)
    try:
        return PatientHabit.objects.select_related("habit", "patient").get(pk=pk, patient=profile)
    except (PatientHabit.DoesNotExist, ValueError, TypeError):
        raise Http404("No such habit.") from None


def habit_patient_list_for(user) -> QuerySet[Patient]:
    """Whose habits `user` reads: their own, or their care team's patients."""
    membership = membership_of(user)
    if membership is None:
        return patient_list_for(user)
    patients = patient_list_for(user)
    if membership.role == Role.CLINICIAN:
        return patients
    if membership.role == Role.COACH:
        return patients.filter(care_coach=user)
    if membership.role == Role.THERAPIST:
        return patients.filter(care_therapist=user)
    return patients.none()


def can_read_habits(user, patient: Patient) -> bool:
    """One row asked about, never the clinic loaded."""
    if patient.user_id == user.pk:
        return True
    return habit_patient_list_for(user).filter(pk=patient.pk).exists()


def habit_grid_for(
    user, patient: Patient, *, days: int, today=None, audit=True
) -> HabitGrid | None:
    """The habits `patient` tracks and their marks over the last `days` days up to
    `today` (the patient's own date now, unless given), or None when `user` may not read
    them. Two queries, whatever the number of habits or days; a staff read is audited per
    habit shown."""
    if not can_read_habits(user, patient):
        return None
    today = today or local_today(patient)
    trackers = list(
        PatientHabit.objects.filter(patient=patient, stopped_at=None).select_related("habit")
    )
    marks = HabitMark.objects.filter(
        tracker__in=[tracker.pk for tracker in trackers],
        day__gt=today - timedelta(days=days),
        day__lte=today,
    )
    grid = habit_grid(patient, trackers, list(marks) if trackers else [], today=today, days=days)
    if audit and trackers and user_is_staff(user):
        audit_record_many(
            actor=user,
            rows=[(patient, tracker) for tracker in trackers],
            action=AuditEvent.Action.LIST,
        )
    return grid


# Before the next therapy appointment -----------------------------------------------------

REFLECTIONS_SHOWN = 100


def therapy_reflections_for(user, patient: Patient, *, since=None) -> list[JournalEntry]:
    """What the patient shared since `since` (their last therapy note), for their therapist
    to read before the next appointment: their therapy reflections first, then their other
    shared entries, each newest first. Only what `user` may read (entry_list_for), so never
    a private entry."""
    entries = entry_list_for(user).filter(patient=patient, shared_with_care_team=True)
    if since is not None:
        entries = entries.filter(created_at__gt=since)
    entries = list(entries[:REFLECTIONS_SHOWN])
    therapy = [entry for entry in entries if entry.kind == JournalEntry.Kind.THERAPY]
    return therapy + [entry for entry in entries if entry.kind != JournalEntry.Kind.THERAPY]


def habit_records_for(user) -> QuerySet[PatientHabit]:
    """Everything the patient has tracked, stopped habits too, with every mark: their
    export. Nobody else's."""
    profile = patient_profile_of(user)
    if profile is None:
        return PatientHabit.objects.none()
    return (
        PatientHabit.objects.filter(patient=profile)
        .select_related("habit")
        .prefetch_related(Prefetch("marks", queryset=HabitMark.objects.order_by("day")))
        .order_by("started_at", "pk")
    )
