"""Who may see which dosing session and prompt. Built on patients.selectors: whoever may
see a patient may see their sessions' dates and windows; doses, vitals and notes are for
those who may read clinical records (the patient and the clinic's clinicians), and for the
patient's therapist where the clinic lets therapists see doses."""

from datetime import timedelta

from django.db.models import Count, Q, QuerySet
from django.http import Http404
from django.utils import timezone

from patients.audit import audit_record
from patients.models import AuditEvent, Delivery, Patient, StaffMembership
from patients.selectors import (
    can_see_doses,
    is_on_care_team,
    is_patients_therapist,
    membership_of,
    patient_list_for,
    patient_profile_of,
    user_has_role,
    user_is_staff,
)

from .models import (
    DebriefNote,
    DosingSession,
    IntegrationProgram,
    ScheduledPrompt,
    SessionAddendum,
    record_value_display,
)
from .models_therapy import TherapyNote
from .record_labels import RECORD_LABELS
from .windows import window_ends_at_expression

Role = StaffMembership.Role
Status = ScheduledPrompt.Status
# Prompts the patient was never asked, or was asked and then had taken back: not theirs to
# answer. (A cancelled one keeps its own page, which says so.)
CLOSED_UNASKED = (Status.SKIPPED, Status.SUPERSEDED, Status.WITHDRAWN)
# The inbox shows every prompt still to answer, and of the answered and missed ones those
# of the last INBOX_HISTORY_DAYS, at most INBOX_HISTORY_SHOWN each (Progress has them all).
INBOX_HISTORY_DAYS = 30
INBOX_HISTORY_SHOWN = 20


def _patients_with_windows_for(user) -> QuerySet[Patient]:
    """Clinic admins keep the roster, not care: they see no sessions or prompts."""
    if user_has_role(user, Role.CLINIC_ADMIN):
        return Patient.objects.none()
    return patient_list_for(user)


def session_list_for(user) -> QuerySet[DosingSession]:
    return (
        DosingSession.objects.filter(patient__in=_patients_with_windows_for(user).values("pk"))
        .select_related("patient__user", "clinician", "signed_by")
        .annotate(prompt_count=Count("prompts"))
        .order_by("-started_at", "-pk")
    )


def completed_session_list_for(user) -> QuerySet[DosingSession]:
    """The sessions that opened a window, for the patients whose windows the user may see;
    plain rows without joins, for use in subqueries."""
    return DosingSession.objects.filter(
        patient__in=_patients_with_windows_for(user).values("pk"),
        status=DosingSession.Status.COMPLETED,
        ended_at__isnull=False,
    )


def session_get_for(user, pk, *, for_write=False, audit=True) -> DosingSession:
    """The session if `user` may see it; with `for_write`, only the clinic's clinicians may
    have it. 404 otherwise. Staff reads are audited here."""
    try:
        session = (
            DosingSession.objects.select_related("patient__user", "clinician", "signed_by")
            .filter(patient__in=_patients_with_windows_for(user).values("pk"))
            .get(pk=pk)
        )
    except (DosingSession.DoesNotExist, ValueError, TypeError):
        raise Http404("No such session.") from None
    if for_write and not can_record_sessions(user, session.patient):
        raise Http404("No such session.")
    if audit and user_is_staff(user):
        audit_record(
            actor=user, patient=session.patient, action=AuditEvent.Action.VIEW, obj=session
        )
    return session


def can_record_sessions(user, patient: Patient) -> bool:
    membership = membership_of(user)
    return (
        membership is not None
        and membership.role == Role.CLINICIAN
        and membership.clinic_id == patient.clinic_id
    )


def can_see_dosing_details(user, session: DosingSession) -> bool:
    """Dose, route, lot, vitals, flags, notes: not for coaches; for the patient's therapist
    only where the clinic allows it."""
    return can_see_doses(user, session.patient)


def addenda_for(user, session: DosingSession) -> list[dict]:
    """The corrections of a signed record, oldest first, each with what every value was
    before it and what it became: for those who may read the dosing details. The record
    itself keeps its signed values."""
    if not can_see_dosing_details(user, session):
        return []
    values = {name: getattr(session, name) for name in SessionAddendum.CORRECTABLE_FIELDS}
    rows = []
    for addendum in session.addenda.select_related("author"):
        changes = []
        for name, value in addendum.corrected_values().items():
            changes.append(
                {
                    "name": name,
                    "label": RECORD_LABELS[name],
                    "before": record_value_display(name, values[name]),
                    "after": record_value_display(name, value),
                }
            )
            values[name] = value
        rows.append({"addendum": addendum, "changes": changes})
    return rows


def prompt_list_for(user) -> QuerySet[ScheduledPrompt]:
    """The prompts of the windows the user may see. A superseded assessment is the care
    team's business: its patient never sees it."""
    prompts = ScheduledPrompt.objects.filter(
        patient__in=_patients_with_windows_for(user).values("pk")
    ).select_related("session", "patient__user")
    if not user_is_staff(user):
        prompts = prompts.exclude(status=ScheduledPrompt.Status.SUPERSEDED)
    return prompts


def prompt_get_for(user, pk, *, for_answer=False) -> ScheduledPrompt:
    """A prompt the user may see; with `for_answer`, only its own patient may have it,
    and only while it is theirs to answer: not one skipped, superseded or withdrawn."""
    try:
        prompt = prompt_list_for(user).get(pk=pk)
    except (ScheduledPrompt.DoesNotExist, ValueError, TypeError):
        raise Http404("No such prompt.") from None
    if for_answer and (prompt.patient.user_id != user.pk or prompt.status in CLOSED_UNASKED):
        raise Http404("No such prompt.")
    return prompt


def prompt_inbox_for(user, now=None) -> dict[str, list[ScheduledPrompt]]:
    """The patient's own prompts, grouped as the inbox shows them: every prompt still to
    answer, and of the rest only the recent ones (INBOX_HISTORY_DAYS, INBOX_HISTORY_SHOWN
    a group, latest first), so the page costs the same after years of windows. The rows'
    times are the truth: a prompt whose time has come is due even before the dispatcher
    has sent it, and one past its close is no longer due, though the sweeps may not have
    marked it yet."""
    profile = patient_profile_of(user)
    if profile is None:
        return {}
    now = now or timezone.now()
    since = now - timedelta(days=INBOX_HISTORY_DAYS)
    mine = ScheduledPrompt.objects.filter(patient=profile).select_related("session")
    waiting = mine.filter(status__in=ScheduledPrompt.PENDING, expires_at__gt=now).order_by(
        "due_at", "offset_hours", "pk"
    )
    answered = mine.filter(status=Status.ANSWERED, due_at__gt=since).order_by(
        "-due_at", "-offset_hours", "-pk"
    )[:INBOX_HISTORY_SHOWN]
    missed = (
        mine.filter(Q(status=Status.EXPIRED) | Q(status=Status.SENT, expires_at__lte=now))
        .filter(due_at__gt=since)
        .order_by("-due_at", "-offset_hours", "-pk")[:INBOX_HISTORY_SHOWN]
    )
    groups = {"due": [], "upcoming": [], "answered": list(answered), "expired": list(missed)}
    for prompt in waiting:
        groups["upcoming" if prompt.due_at > now else "due"].append(prompt)
    return groups


def due_prompt_count_for(user) -> int:
    profile = patient_profile_of(user)
    if profile is None:
        return 0
    return ScheduledPrompt.objects.filter(
        patient=profile, status=ScheduledPrompt.Status.SENT, expires_at__gt=timezone.now()
    ).count()


def deliveries_for(user, patient: Patient) -> QuerySet[Delivery]:
    """The delivery log of a patient, for the care team (who must see `patient` already).
    The guard asks about this one patient: a membership test on the queryset would load
    the whole clinic."""
    if (
        not user_is_staff(user)
        or not _patients_with_windows_for(user).filter(pk=patient.pk).exists()
    ):
        return Delivery.objects.none()
    return Delivery.objects.filter(patient=patient).order_by("-at")


def program_for(patient: Patient) -> IntegrationProgram | None:
    programs = IntegrationProgram.objects.select_related("current_version")
    own = programs.filter(patient=patient).first()
    if own:
        return own
    return programs.filter(clinic_id=patient.clinic_id, is_clinic_default=True).first()


def sessions_in_window(patient_ids, now=None) -> QuerySet[DosingSession]:
    """Completed sessions whose integration window (sessions.windows) is open now."""
    now = now or timezone.now()
    return (
        DosingSession.objects.filter(
            patient_id__in=patient_ids, status=DosingSession.Status.COMPLETED, ended_at__lte=now
        )
        .annotate(window_closes_at=window_ends_at_expression())
        .filter(window_closes_at__gt=now)
    )


# Debrief notes ----------------------------------------------------------------------------


def can_write_debrief_notes(user, session: DosingSession) -> bool:
    """The care team writes notes: the clinic's clinicians and the patient's own coach and
    therapist."""
    return (
        session.status != DosingSession.Status.CANCELLED
        and user_is_staff(user)
        and is_on_care_team(user, session.patient)
    )


def debrief_note_list_for(user) -> QuerySet[DebriefNote]:
    """A patient reads their own notes once shown to them; the care team reads every note
    of its patients; clinic admins read none."""
    notes = DebriefNote.objects.select_related("session", "patient__user", "author")
    profile = patient_profile_of(user)
    if profile is not None:
        return notes.filter(patient=profile, visible_to_patient=True)
    return notes.filter(patient__in=_patients_with_windows_for(user).values("pk"))


def debrief_note_get_for(user, pk, *, for_write=False, audit=True) -> DebriefNote:
    """One note; with `for_write`, only its author, while still on the care team, may have
    it. 404 otherwise. Staff reads are audited here."""
    try:
        note = debrief_note_list_for(user).get(pk=pk)
    except (DebriefNote.DoesNotExist, ValueError, TypeError):
        raise Http404("No such note.") from None
    if for_write and (note.author_id != user.pk or not is_on_care_team(user, note.patient)):
        raise Http404("No such note.")
    if audit and user_is_staff(user):
        audit_record(actor=user, patient=note.patient, action=AuditEvent.Action.VIEW, obj=note)
    return note


# The clinic overview ---------------------------------------------------------------------


def overview_clinic_id_for(user) -> int | None:
    """The clinic whose aggregate figures the user may see: clinicians and clinic admins
    see their clinic's, which name no one; coaches, who see their care team only, and
    patients see none."""
    membership = membership_of(user)
    if membership is None or membership.role not in (Role.CLINICIAN, Role.CLINIC_ADMIN):
        return None
    return membership.clinic_id


# Therapy notes ----------------------------------------------------------------------------


def can_keep_therapy_notes(user, patient: Patient) -> bool:
    """Therapy notes are for the clinical staff: the clinic's clinicians and the patient's
    own therapist read and write them. Coaches and clinic admins never do."""
    if is_patients_therapist(user, patient):
        return True
    membership = membership_of(user)
    return (
        membership is not None
        and membership.role == Role.CLINICIAN
        and membership.clinic_id == patient.clinic_id
    )


def therapy_note_list_for(user) -> QuerySet[TherapyNote]:
    """A patient reads the notes shared with them; the clinic's clinicians read every note
    of the clinic's patients, a therapist those of their own patients; no one else any."""
    notes = TherapyNote.objects.select_related("patient__user", "author").order_by(
        "-appointment_at", "-pk"
    )
    profile = patient_profile_of(user)
    if profile is not None:
        return notes.filter(patient=profile, shared_with_patient=True)
    membership = membership_of(user)
    if membership is None or membership.role not in (Role.CLINICIAN, Role.THERAPIST):
        return notes.none()
    return notes.filter(patient__in=patient_list_for(user).values("pk"))


def therapy_note_get_for(user, pk, *, for_write=False, audit=True) -> TherapyNote:
    """One note; with `for_write`, only its author, while still keeping the patient's
    notes, may have it. 404 otherwise. Staff reads are audited here."""
    try:
        note = therapy_note_list_for(user).get(pk=pk)
    except (TherapyNote.DoesNotExist, ValueError, TypeError):
        raise Http404("No such note.") from None
    if for_write and (note.author_id != user.pk or not can_keep_therapy_notes(user, note.patient)):
        raise Http404("No such note.")
    if audit and user_is_staff(user):
        audit_record(actor=user, patient=note.patient, action=AuditEvent.Action.VIEW, obj=note)
    return note


def last_therapy_note_for(user, patient: Patient) -> TherapyNote | None:
    """The latest appointment's note the user may read, if any."""
    return therapy_note_list_for(user).filter(patient=patient).first()
