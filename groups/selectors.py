"""Who may see which group session, roster and attendance. Every page and endpoint asks
here; nothing else filters by role.

What a clinic expects, within one clinic (nothing crosses clinics):
- The schedule (title, topic, time, place, facilitators, seats left) is a clinic activity:
  every patient and every staff member of the clinic sees it, clinic admins included, who
  plan rooms around it.
- A video link goes only to the patients with a seat and to the clinic's staff.
- Rosters name patients, and taking part in an integration group is care. The clinic's
  clinicians and the session's facilitators see the whole roster; any other coach of the
  clinic sees only the entries of patients on their own care team, with the counts, and so
  does a therapist; clinic admins see the counts and never a name.
- Patients never see another patient's name. A patient who opts in
  (Patient.show_first_name_in_groups) shows their first name, and only that, to the
  patients with a seat in the same session.
- Coaches and clinicians of the clinic schedule, change and cancel any of its sessions
  (they cover for each other); the session's facilitators and the clinic's clinicians take
  attendance.
- Staff enrol and invite the patients they may see (patients.selectors.patient_list_for):
  a clinician any patient of the clinic, a coach their care team. The suggestions follow
  the same rule, since a suggestion tells when a patient was last dosed. Staff withdraw the
  patients whose roster entry they may see.
- A patient's attendance on their staff page is for their care team; the clinic's summary
  is counts only, for every staff role of the clinic.
Reads of roster entries by staff are audited by the pages that show them.
"""

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.db.models import (
    Case,
    Count,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext, ngettext

from patients.models import Patient, StaffMembership, User
from patients.selectors import (
    is_on_care_team,
    membership_of,
    patient_list_for,
    patient_profile_of,
)
from sessions.windows import IntegrationWindow, windows_overlapping

from .models import CalendarFeedToken, Enrollment, GroupSession
from .suggestions import LOOKAHEAD, GroupTimeSuggestion, suggest_group_times, suggestion_key

Role = StaffMembership.Role
# How far ahead "groups during your window" looks, and how far back a feed reaches.
WINDOW_LOOKAHEAD = timedelta(days=60)
FEED_LOOKBACK = timedelta(days=90)


# Who may do what ------------------------------------------------------------------------


def _clinic_id_of(user) -> int | None:
    membership = membership_of(user)
    if membership is not None:
        return membership.clinic_id
    profile = patient_profile_of(user)
    return profile.clinic_id if profile else None


def can_manage_groups(user, clinic_id) -> bool:
    """Coaches and clinicians of the clinic schedule, change and cancel its sessions."""
    membership = membership_of(user)
    return (
        membership is not None
        and membership.clinic_id == clinic_id
        and membership.role in (Role.COACH, Role.CLINICIAN)
    )


def is_facilitator(user, group_session: GroupSession) -> bool:
    # Through the prefetched facilitators when the session came from a list selector.
    return any(person.pk == user.pk for person in group_session.facilitators.all())


def roster_scope(user, group_session: GroupSession) -> str:
    """ "all", "care_team" (a coach's or therapist's own patients only) or "none"."""
    membership = membership_of(user)
    if membership is None or membership.clinic_id != group_session.clinic_id:
        return "none"
    if membership.role == Role.CLINICIAN or (
        membership.role == Role.COACH and is_facilitator(user, group_session)
    ):
        return "all"
    if membership.role in (Role.COACH, Role.THERAPIST):
        return "care_team"
    return "none"


def can_see_roster(user, group_session: GroupSession) -> bool:
    return roster_scope(user, group_session) != "none"


def can_mark_attendance(user, group_session: GroupSession) -> bool:
    return roster_scope(user, group_session) == "all"


def can_enroll(user, group_session: GroupSession, patient: Patient) -> bool:
    """A patient enrols themself; staff enrol the patients they may see."""
    if patient.clinic_id != group_session.clinic_id:
        return False
    if patient.user_id == user.pk:
        return True
    return (
        can_manage_groups(user, group_session.clinic_id)
        and patient_list_for(user).filter(pk=patient.pk).exists()
    )


def can_withdraw(user, group_session: GroupSession, patient: Patient) -> bool:
    """A patient gives up their own place; staff withdraw the patients whose roster entry
    they see."""
    if patient.user_id == user.pk:
        return True
    if not can_manage_groups(user, group_session.clinic_id):
        return False
    scope = roster_scope(user, group_session)
    return scope == "all" or (scope == "care_team" and patient.care_coach_id == user.pk)


def sees_private_details(user, group_session: GroupSession, enrollment=None) -> bool:
    """The video link: for the clinic's staff and the patients with a seat."""
    membership = membership_of(user)
    if membership is not None:
        return membership.clinic_id == group_session.clinic_id
    return enrollment is not None and enrollment.status == Enrollment.Status.CONFIRMED


# Sessions -------------------------------------------------------------------------------


def group_session_list_for(user) -> QuerySet[GroupSession]:
    """The sessions of the user's clinic, with seat counts and facilitators joined in."""
    clinic_id = _clinic_id_of(user)
    if clinic_id is None:
        return GroupSession.objects.none()
    return (
        GroupSession.objects.filter(clinic_id=clinic_id)
        .select_related("clinic")
        .annotate(
            confirmed_count=Count(
                "enrollments", filter=Q(enrollments__status=Enrollment.Status.CONFIRMED)
            ),
            waitlist_count=Count(
                "enrollments", filter=Q(enrollments__status=Enrollment.Status.WAITLISTED)
            ),
        )
        .prefetch_related(
            Prefetch("facilitators", queryset=User.objects.order_by("first_name", "last_name"))
        )
        .order_by("starts_at", "pk")
    )


def upcoming(sessions: QuerySet[GroupSession], now=None) -> QuerySet[GroupSession]:
    """Sessions that have not yet ended."""
    return sessions.filter(ends_at__gt=now or timezone.now())


def group_session_get_for(user, pk, *, for_write=False) -> GroupSession:
    """The session if `user` may see it; with `for_write`, only the clinic's coaches and
    clinicians may have it. 404 otherwise."""
    try:
        group_session = group_session_list_for(user).get(pk=pk)
    except (GroupSession.DoesNotExist, ValueError, TypeError):
        raise Http404("No such group session.") from None
    if for_write and not can_manage_groups(user, group_session.clinic_id):
        raise Http404("No such group session.")
    return group_session


# Enrollments ----------------------------------------------------------------------------


def with_waitlist_place(enrollments: QuerySet[Enrollment]) -> QuerySet[Enrollment]:
    """Adds `waitlist_place`: 1 for the first in line. Positions only grow (a seat freed
    never renumbers the line), so the place is counted."""
    ahead = (
        Enrollment.objects.filter(
            group_session=OuterRef("group_session"),
            status=Enrollment.Status.WAITLISTED,
            waitlist_position__lt=OuterRef("waitlist_position"),
        )
        .order_by()
        .values("group_session")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return enrollments.annotate(
        waitlist_place=Case(
            When(
                status=Enrollment.Status.WAITLISTED,
                then=Coalesce(Subquery(ahead, output_field=IntegerField()), Value(0)) + 1,
            ),
            default=None,
            output_field=IntegerField(),
        )
    )


def roster_for(user, group_session: GroupSession, *, include_withdrawn=False):
    """The roster entries `user` may see: seats first, then the waitlist in order."""
    scope = roster_scope(user, group_session)
    if scope == "none":
        return Enrollment.objects.none()
    entries = Enrollment.objects.filter(group_session=group_session).select_related("patient__user")
    if not include_withdrawn:
        entries = entries.filter(status__in=Enrollment.ACTIVE)
    if scope == "care_team":
        entries = entries.filter(Q(patient__care_coach=user) | Q(patient__care_therapist=user))
    return with_waitlist_place(entries).order_by("status", "waitlist_position", "created_at")


def enrollment_get_for(user, group_session: GroupSession, pk, *, for_write=False) -> Enrollment:
    try:
        enrollment = roster_for(user, group_session, include_withdrawn=True).get(pk=pk)
    except (Enrollment.DoesNotExist, ValueError, TypeError):
        raise Http404("No such enrollment.") from None
    if for_write and not can_withdraw(user, group_session, enrollment.patient):
        raise Http404("No such enrollment.")
    return enrollment


def own_enrollments_for(user, session_ids=None) -> dict[int, Enrollment]:
    """The patient's own places, by session id (withdrawn ones left out)."""
    profile = patient_profile_of(user)
    if profile is None:
        return {}
    entries = Enrollment.objects.filter(patient=profile, status__in=Enrollment.ACTIVE)
    if session_ids is not None:
        entries = entries.filter(group_session_id__in=list(session_ids))
    return {entry.group_session_id: entry for entry in with_waitlist_place(entries)}


@dataclass
class CoMembers:
    first_names: list[str] = field(default_factory=list)
    others: int = 0

    @property
    def sentence(self) -> str:
        """Like "Rosa, Tom and 3 others have a seat with you."."""
        if not self.first_names and not self.others:
            return gettext("No one else has a seat yet.")
        parts = list(self.first_names)
        if self.others:
            others = ngettext("%(count)s other", "%(count)s others", self.others)
            parts.append(others % {"count": self.others})
        who = parts[0]
        if len(parts) > 1:
            who = gettext("%(names)s and %(last)s") % {
                "names": ", ".join(parts[:-1]),
                "last": parts[-1],
            }
        return ngettext(
            "%(who)s has a seat with you.",
            "%(who)s have a seat with you.",
            len(self.first_names) + self.others,
        ) % {"who": who}


def co_members_for(user, group_session: GroupSession) -> CoMembers | None:
    """Who else has a seat, as a patient with a seat may see them: the first names of
    those who chose to show theirs, and how many others. None for anyone else."""
    profile = patient_profile_of(user)
    if profile is None:
        return None
    seats = list(
        Enrollment.objects.filter(
            group_session=group_session, status=Enrollment.Status.CONFIRMED
        ).select_related("patient__user")
    )
    if not any(entry.patient_id == profile.pk for entry in seats):
        return None
    result = CoMembers()
    for entry in seats:
        if entry.patient_id == profile.pk:
            continue
        first_name = entry.patient.user.first_name.strip()
        if entry.patient.show_first_name_in_groups and first_name:
            result.first_names.append(first_name)
        else:
            result.others += 1
    result.first_names.sort()
    return result


# Integration windows --------------------------------------------------------------------


def integration_windows(
    patient_ids, since: datetime, until: datetime
) -> dict[int, list[IntegrationWindow]]:
    """The patients' integration windows open at some moment of [since, until), by
    patient, as sessions.windows defines them."""
    return windows_overlapping(patient_ids, since, until)


@dataclass
class Suggestion:
    patient: Patient
    window_ends_at: datetime | None = None

    @property
    def in_window(self) -> bool:
        return self.window_ends_at is not None


def invite_suggestions_for(user, group_session: GroupSession) -> list[Suggestion]:
    """The patients `user` may enrol who are not yet in the session: first those whose
    integration window overlaps it (soonest closing first), then the rest by name."""
    if not can_manage_groups(user, group_session.clinic_id):
        return []
    taken = Enrollment.objects.filter(
        group_session=group_session, status__in=Enrollment.ACTIVE
    ).values("patient_id")
    patients = list(
        patient_list_for(user).filter(clinic_id=group_session.clinic_id).exclude(pk__in=taken)
    )
    windows = integration_windows(
        [p.pk for p in patients], group_session.starts_at, group_session.ends_at
    )
    suggestions = [
        Suggestion(p, max(w.ends_at for w in windows[p.pk]) if p.pk in windows else None)
        for p in patients
    ]
    far = timezone.now() + timedelta(days=3650)
    return sorted(
        suggestions,
        key=lambda s: (not s.in_window, s.window_ends_at or far, str(s.patient).lower()),
    )


def group_sessions_during_window_for(patient: Patient, now=None) -> list[GroupSession]:
    """Coming sessions of the patient's clinic that fall in one of their integration
    windows, for "groups during your window". Each carries `my_enrollment` (or None) and
    `window_ends_at`."""
    now = now or timezone.now()
    spans = integration_windows([patient.pk], now, now + WINDOW_LOOKAHEAD).get(patient.pk, [])
    if not spans:
        return []
    latest_end = max(window.ends_at for window in spans)
    candidates = upcoming(group_session_list_for(patient.user), now).filter(
        status=GroupSession.Status.SCHEDULED, starts_at__lt=latest_end
    )
    during = []
    for group_session in candidates:
        overlapping = [
            window.ends_at
            for window in spans
            if group_session.starts_at < window.ends_at and group_session.ends_at > window.starts_at
        ]
        if overlapping:
            group_session.window_ends_at = max(overlapping)
            during.append(group_session)
    mine = own_enrollments_for(patient.user, [g.pk for g in during])
    for group_session in during:
        group_session.my_enrollment = mine.get(group_session.pk)
    return during


# Attendance -----------------------------------------------------------------------------


def own_group_records_for(user) -> QuerySet[Enrollment]:
    """Every place the patient has held in a group session, withdrawn ones included, with
    its attendance, oldest first: their own record, for their export. None for anyone
    else."""
    profile = patient_profile_of(user)
    if profile is None:
        return Enrollment.objects.none()
    return (
        Enrollment.objects.filter(patient=profile)
        .select_related("group_session")
        .order_by("group_session__starts_at", "pk")
    )


def attendance_for(user, patient: Patient) -> list[Enrollment]:
    """The patient's seats in group sessions, newest first, with attendance: for the
    patient and their care team (clinic admins and other coaches see none)."""
    if patient.user_id != user.pk and not is_on_care_team(user, patient):
        return []
    return list(
        Enrollment.objects.filter(patient=patient, status=Enrollment.Status.CONFIRMED)
        .select_related("group_session")
        .order_by("-group_session__starts_at")[:50]
    )


@dataclass
class AttendanceSummary:
    period_days: int
    sessions_held: int = 0
    present: int = 0
    late: int = 0
    absent: int = 0
    unmarked: int = 0
    upcoming_sessions: int = 0
    upcoming_seats: int = 0
    upcoming_enrolled: int = 0
    upcoming_waitlisted: int = 0
    recent: list = field(default_factory=list)

    @property
    def attendance_rate(self) -> int | None:
        """Percent of marked seats that were present or late."""
        marked = self.present + self.late + self.absent
        return round(100 * (self.present + self.late) / marked) if marked else None


def attendance_summary_for(user, *, days=30, now=None) -> AttendanceSummary | None:
    """Counts for the clinic overview: attendance at sessions started in the last `days`,
    and the seats of sessions not yet started. Counts only, so any staff role of the clinic
    may have it."""
    membership = membership_of(user)
    if membership is None:
        return None
    now = now or timezone.now()
    sessions = group_session_list_for(user)
    past = list(
        sessions.filter(starts_at__gte=now - timedelta(days=days), starts_at__lte=now)
        .exclude(status=GroupSession.Status.CANCELLED)
        .annotate(
            present_count=Count("enrollments", filter=_seat_marked("present")),
            late_count=Count("enrollments", filter=_seat_marked("late")),
            absent_count=Count("enrollments", filter=_seat_marked("absent")),
        )
        .order_by("-starts_at")
    )
    summary = AttendanceSummary(period_days=days, sessions_held=len(past), recent=past[:10])
    for group_session in past:
        summary.present += group_session.present_count
        summary.late += group_session.late_count
        summary.absent += group_session.absent_count
        group_session.unmarked_count = group_session.confirmed_count - (
            group_session.present_count + group_session.late_count + group_session.absent_count
        )
        summary.unmarked += group_session.unmarked_count
    for group_session in sessions.filter(status=GroupSession.Status.SCHEDULED, starts_at__gt=now):
        summary.upcoming_sessions += 1
        summary.upcoming_seats += group_session.capacity
        summary.upcoming_enrolled += group_session.confirmed_count
        summary.upcoming_waitlisted += group_session.waitlist_count
    return summary


def _seat_marked(value):
    return Q(enrollments__status=Enrollment.Status.CONFIRMED, enrollments__attendance=value)


# Calendar feeds -------------------------------------------------------------------------


def calendar_feed_token_of(user) -> CalendarFeedToken | None:
    return CalendarFeedToken.objects.filter(user=user, revoked_at=None).first()


def calendar_feed_owner(token: str) -> User:
    """Whose feed a token opens; 404 for an unknown or revoked token, or a closed account."""
    feed = (
        CalendarFeedToken.objects.select_related("user")
        .filter(token=token, revoked_at=None, user__is_active=True)
        .first()
    )
    if feed is None:
        raise Http404("No such calendar.")
    return feed.user


def feed_sessions_for(user, now=None) -> QuerySet[GroupSession]:
    """What a person's private feed carries: a patient's seats, or the sessions a staff
    member facilitates. Cancelled ones stay, so calendars can mark them cancelled."""
    since = (now or timezone.now()) - FEED_LOOKBACK
    sessions = group_session_list_for(user).filter(ends_at__gte=since)
    profile = patient_profile_of(user)
    if profile is not None:
        seats = Enrollment.objects.filter(patient=profile, status=Enrollment.Status.CONFIRMED)
        return sessions.filter(pk__in=seats.values("group_session_id"))
    if membership_of(user) is not None:
        facilitated = GroupSession.facilitators.through.objects.filter(user_id=user.pk)
        return sessions.filter(pk__in=facilitated.values("groupsession_id"))
    return GroupSession.objects.none()


# Group times from the patients' side ----------------------------------------------------


def group_time_suggestions_for(user, *, now=None) -> list[GroupTimeSuggestion]:
    """Times for a group where three or more of the patients `user` may invite share an
    integration window (groups.suggestions), for the clinic's coaches and clinicians. The
    same patients as invite_suggestions_for: a suggestion tells when they were dosed."""
    membership = membership_of(user)
    if membership is None or not can_manage_groups(user, membership.clinic_id):
        return []
    now = now or timezone.now()
    until = now + LOOKAHEAD
    visible = patient_list_for(user).filter(clinic_id=membership.clinic_id)
    windows = integration_windows(visible.values_list("pk", flat=True), now, until)
    # Only those in a window are loaded: a clinic's whole roster would cost far more.
    patients = list(visible.filter(pk__in=list(windows)).select_related("user"))
    busy = GroupSession.objects.filter(
        clinic_id=membership.clinic_id,
        status=GroupSession.Status.SCHEDULED,
        starts_at__lt=until,
        ends_at__gt=now,
    ).values_list("starts_at", "ends_at")
    return suggest_group_times(
        patients=patients,
        windows=windows,
        busy=busy,
        zone=ZoneInfo(membership.clinic.time_zone),
        now=now,
    )


def group_time_suggestion_get_for(user, key: str, *, now=None) -> GroupTimeSuggestion:
    """One suggestion, by its key, as `user` sees it now; 404 when it is no longer one."""
    for suggestion in group_time_suggestions_for(user, now=now):
        if suggestion_key(suggestion.starts_at) == key:
            return suggestion
    raise Http404("No such suggestion.")
