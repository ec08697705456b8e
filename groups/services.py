"""Every write about group sessions: the schedule and weekly series, places and the
waitlist, attendance, reminders, and private calendar feeds.

Seats cannot be overfilled: enrolling, withdrawing and changing a session lock its row
(SELECT ... FOR UPDATE) before counting seats, so two patients taking the last seat at
once are served one after the other and the second joins the waitlist.

Reminders are rows with a status, like prompts: planned when a seat is taken, claimed by
`group_reminders_dispatch_due` each minute with SKIP LOCKED and a conditional update, and
sent under the inbox's and the outbox's unique keys, so nothing goes out twice.
"""

import uuid
from datetime import timedelta
from zoneinfo import ZoneInfo

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import dateformat, timezone, translation
from django.utils.translation import gettext, ngettext

from patients.audit import audit_record, audit_record_many
from patients.languages import language_for
from patients.models import AuditEvent, Patient, StaffMembership, User
from patients.selectors import membership_of, patient_profile_of
from patients.services import absolute_url, email_claim, notification_send, patient_update
from patients.tasks import deliver_emails

from .models import CalendarFeedToken, Enrollment, GroupReminder, GroupSession
from .selectors import can_enroll, can_manage_groups, can_mark_attendance, can_withdraw
from .timing import reminder_due_at, weekly_start_times

Status = GroupSession.Status
Seat = Enrollment.Status

EDITABLE_FIELDS = set(GroupSession.EDITABLE_FIELDS)
MAX_WEEKS = 26
# Facilitators take attendance from a little before the start (people arrive early).
ATTENDANCE_OPENS_BEFORE = timedelta(minutes=30)
REMINDER_BATCH_SIZE = 200


# Telling people -------------------------------------------------------------------------


def when_for(patient: Patient, moment) -> str:
    """A time as the patient reads it: their own zone, named."""
    local = timezone.localtime(moment, patient.zone)
    return f"{dateformat.format(local, 'D j M, H:i')} ({patient.time_zone.replace('_', ' ')})"


def _place_for(group_session: GroupSession, *, with_link: bool) -> str:
    if group_session.place_kind == GroupSession.PlaceKind.ROOM:
        return group_session.room
    if with_link:
        return gettext("Video call: %(link)s") % {"link": group_session.video_url}
    return gettext("Video call")


class _Messenger:
    """Sends in-app notes and claims emails inside the caller's transaction; the emails
    go out when it commits (or with the outbox sweep, if the worker dies first)."""

    def __init__(self):
        self.email_ids = []

    def tell(self, patient: Patient, *, key: str, title: str, lines: list[str], url: str) -> bool:
        """Returns False, sending nothing, if this key reached the patient already."""
        body = "\n".join(lines)
        note = notification_send(
            user=patient.user, dedupe_key=key, title=title, body=body, url=url, patient=patient
        )
        if patient.preferred_channel != Patient.Channel.EMAIL:
            return note is not None
        text = render_to_string(
            "groups/email/message.txt",
            {"patient": patient, "lines": lines, "link": absolute_url(url)},
        )
        claim = email_claim(
            user=patient.user, dedupe_key=key, subject=title, body=text, patient=patient
        )
        if claim:
            self.email_ids.append(claim.pk)
        return note is not None

    def send_on_commit(self):
        if self.email_ids:
            ids = list(self.email_ids)
            transaction.on_commit(lambda: _enqueue_emails(ids))


def _enqueue_emails(delivery_ids):
    deliver_emails.delay(delivery_ids)


def _session_url(group_session: GroupSession) -> str:
    return reverse("group_detail", args=[group_session.pk])


def _summary_lines(group_session: GroupSession, patient: Patient, *, with_link: bool):
    minutes = group_session.duration_minutes
    return [
        ngettext(
            "When: %(when)s, %(minutes)s minute", "When: %(when)s, %(minutes)s minutes", minutes
        )
        % {"when": when_for(patient, group_session.starts_at), "minutes": minutes},
        gettext("Where: %(place)s") % {"place": _place_for(group_session, with_link=with_link)},
    ]


# Reminders ------------------------------------------------------------------------------


def _reminders_plan(enrollments, group_session: GroupSession, *, now) -> None:
    """(Re)plans the 24-hour and 1-hour reminders of seated patients for the session's
    current time; a reminder whose time has passed is cancelled, never sent late."""
    enrollments = [e for e in enrollments if e.status == Seat.CONFIRMED]
    if not enrollments:
        return
    existing = {
        (r.enrollment_id, r.kind): r
        for r in GroupReminder.objects.filter(enrollment__in=[e.pk for e in enrollments])
    }
    to_create, to_update = [], []
    for enrollment in enrollments:
        patient = enrollment.patient
        for kind, lead in GroupReminder.LEAD_TIMES.items():
            due_at = reminder_due_at(
                starts_at=group_session.starts_at,
                lead=lead,
                zone=patient.zone,
                quiet_start=patient.quiet_hours_start,
                quiet_end=patient.quiet_hours_end,
                now=now,
            )
            row = existing.get((enrollment.pk, kind))
            if row is None:
                if due_at is not None:
                    to_create.append(GroupReminder(enrollment=enrollment, kind=kind, due_at=due_at))
                continue
            if due_at is None:
                if row.status == GroupReminder.Status.SCHEDULED:
                    row.status = GroupReminder.Status.CANCELLED
                    to_update.append(row)
            else:
                row.status, row.due_at, row.sent_at = GroupReminder.Status.SCHEDULED, due_at, None
                to_update.append(row)
    GroupReminder.objects.bulk_create(to_create)
    GroupReminder.objects.bulk_update(to_update, ["status", "due_at", "sent_at"])


def _reminders_cancel(**filters) -> int:
    return GroupReminder.objects.filter(status=GroupReminder.Status.SCHEDULED, **filters).update(
        status=GroupReminder.Status.CANCELLED
    )


def _reminder_key(reminder: GroupReminder, group_session: GroupSession) -> str:
    # The start time is in the key: a session moved after a reminder went out gets a new
    # reminder for its new time, and a rerun for the same time is still a no-op.
    start = int(group_session.starts_at.timestamp())
    return f"group:{group_session.pk}:reminder:{reminder.kind}:{start}"


def group_reminders_claim_due(*, now=None, batch_size=REMINDER_BATCH_SIZE) -> int:
    """Claims one batch of due reminders and sends each once. Rows another dispatcher
    holds are skipped; each row moves on from "scheduled" by a conditional update in the
    same transaction as its inbox item and email claim. A reminder for a session that has
    started is skipped, one for a cancelled place cancelled. Returns the rows handled."""
    now = now or timezone.now()
    messenger = _Messenger()
    with transaction.atomic():
        due = list(
            GroupReminder.objects.select_for_update(skip_locked=True, of=("self",))
            .select_related("enrollment__patient__user", "enrollment__group_session")
            .filter(status=GroupReminder.Status.SCHEDULED, due_at__lte=now)
            .order_by("due_at")[:batch_size]
        )
        for reminder in due:
            enrollment = reminder.enrollment
            group_session = enrollment.group_session
            if group_session.status != Status.SCHEDULED or enrollment.status != Seat.CONFIRMED:
                outcome = GroupReminder.Status.CANCELLED
            elif group_session.starts_at <= now:
                outcome = GroupReminder.Status.SKIPPED
            else:
                outcome = GroupReminder.Status.SENT
            claimed = GroupReminder.objects.filter(
                pk=reminder.pk, status=GroupReminder.Status.SCHEDULED
            ).update(status=outcome, sent_at=now if outcome == GroupReminder.Status.SENT else None)
            if claimed and outcome == GroupReminder.Status.SENT:
                patient = enrollment.patient
                with translation.override(language_for(patient.user)):
                    messenger.tell(
                        patient,
                        key=_reminder_key(reminder, group_session),
                        title=gettext("Reminder: %(title)s, %(when)s")
                        % {
                            "title": group_session.title,
                            "when": when_for(patient, group_session.starts_at),
                        },
                        lines=[
                            gettext("You have a seat in %(title)s.")
                            % {"title": group_session.title},
                            *_summary_lines(group_session, patient, with_link=True),
                        ],
                        url=_session_url(group_session),
                    )
        messenger.send_on_commit()
    return len(due)


def group_reminders_dispatch_due(*, now=None) -> int:
    """Claims batches until nothing is due."""
    total = 0
    while True:
        handled = group_reminders_claim_due(now=now)
        total += handled
        if handled < REMINDER_BATCH_SIZE:
            return total


# Sessions -------------------------------------------------------------------------------


def _require_manager(acting_user, clinic_id):
    if not can_manage_groups(acting_user, clinic_id):
        raise PermissionDenied(gettext("Only the clinic's coaches and clinicians schedule groups."))


def _check_facilitators(clinic_id, facilitators) -> list[User]:
    people = list(facilitators)
    allowed = set(
        StaffMembership.objects.filter(
            clinic_id=clinic_id,
            role__in=(StaffMembership.Role.COACH, StaffMembership.Role.CLINICIAN),
            user_id__in=[person.pk for person in people],
        ).values_list("user_id", flat=True)
    )
    if not people or any(person.pk not in allowed for person in people):
        raise ValidationError(
            {"facilitators": gettext("Choose one or more coaches or clinicians of this clinic.")}
        )
    return people


def _check_fields(fields):
    unknown = set(fields) - EDITABLE_FIELDS
    if unknown:
        raise TypeError(f"Unknown group session fields: {sorted(unknown)}")
    if fields.get("starts_at") is not None:
        # Sessions start on the minute: calendars and pages show no finer time.
        fields["starts_at"] = fields["starts_at"].replace(second=0, microsecond=0)


def _validate(session: GroupSession, errors: dict, *, now, check_start: bool):
    """The model's rules and a start in the future, all reported together."""
    session.sync_end()
    try:
        session.full_clean(exclude=["ends_at"])
    except ValidationError as error:
        errors = error.update_error_dict(errors)
    if check_start and session.starts_at is not None and session.starts_at <= now:
        errors.setdefault("starts_at", []).append(gettext("Choose a time in the future."))
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def group_session_create(
    *, acting_user, weeks: int = 1, facilitators=None, now=None, **fields
) -> list[GroupSession]:
    """Schedules a session, or a weekly series of `weeks` sessions at the same wall-clock
    time in the clinic's zone, in one insert. Facilitators default to the acting user."""
    membership = membership_of(acting_user)
    _require_manager(acting_user, membership.clinic_id if membership else None)
    _check_fields(fields)
    now = now or timezone.now()
    clinic = membership.clinic
    people = _check_facilitators(
        clinic.pk, facilitators if facilitators is not None else [acting_user]
    )
    first = GroupSession(clinic=clinic, created_by=acting_user, **fields)
    errors = {}
    if not isinstance(weeks, int) or not 1 <= weeks <= MAX_WEEKS:
        errors["weeks"] = [gettext("Choose between 1 and %(max)s weeks.") % {"max": MAX_WEEKS}]
    _validate(first, errors, now=now, check_start=True)
    series_id = uuid.uuid4() if weeks > 1 else None
    sessions = []
    for starts_at in weekly_start_times(first.starts_at, weeks, ZoneInfo(clinic.time_zone)):
        session = GroupSession(
            clinic=clinic,
            created_by=acting_user,
            series_id=series_id,
            **{name: getattr(first, name) for name in EDITABLE_FIELDS},
        )
        session.starts_at = starts_at
        session.sync_end()
        sessions.append(session)
    created = GroupSession.objects.bulk_create(sessions)
    through = GroupSession.facilitators.through
    through.objects.bulk_create(
        through(groupsession_id=session.pk, user_id=person.pk)
        for session in created
        for person in people
    )
    return created


@transaction.atomic
def group_session_update(
    *, acting_user, group_session: GroupSession, facilitators=None, now=None, **changes
) -> GroupSession:
    """Changes one session. A new time replans the reminders; a new time or place tells
    everyone enrolled or waiting; more seats go to the waitlist in order."""
    _require_manager(acting_user, group_session.clinic_id)
    _check_fields(changes)
    now = now or timezone.now()
    session = GroupSession.objects.select_for_update().get(pk=group_session.pk)
    if session.status != Status.SCHEDULED:
        raise ValidationError(gettext("Only a scheduled session can be changed."))
    before = {name: getattr(session, name) for name in ("starts_at", "place_kind", "room")}
    before["video_url"] = session.video_url
    for name, value in changes.items():
        setattr(session, name, value)
    moved = session.starts_at != before["starts_at"]
    _validate(session, {}, now=now, check_start=moved)
    seated = session.enrollments.filter(status=Seat.CONFIRMED).count()
    if session.capacity < seated:
        raise ValidationError(
            {
                "capacity": ngettext(
                    "%(count)s patient has a seat: the capacity cannot be lower.",
                    "%(count)s patients have a seat: the capacity cannot be lower.",
                    seated,
                )
                % {"count": seated}
            }
        )
    place_changed = any(
        getattr(session, name) != before[name] for name in ("place_kind", "room", "video_url")
    )
    if moved or place_changed:
        session.sequence += 1
    session.save()
    if facilitators is not None:
        session.facilitators.set(_check_facilitators(session.clinic_id, facilitators))
    messenger = _Messenger()
    if moved or place_changed:
        active = list(
            session.enrollments.filter(status__in=Enrollment.ACTIVE).select_related("patient__user")
        )
        if moved:
            _reminders_plan(active, session, now=now)
        for enrollment in active:
            seated_here = enrollment.status == Seat.CONFIRMED
            with translation.override(language_for(enrollment.patient.user)):
                messenger.tell(
                    enrollment.patient,
                    key=f"group:{session.pk}:changed:{session.sequence}",
                    title=gettext("Changed: %(title)s") % {"title": session.title},
                    lines=[
                        (
                            gettext("%(title)s has a new time.")
                            if moved
                            else gettext("%(title)s has a new place.")
                        )
                        % {"title": session.title},
                        *_summary_lines(session, enrollment.patient, with_link=seated_here),
                    ],
                    url=_session_url(session),
                )
    _promote_waiting(session, now=now, messenger=messenger)
    messenger.send_on_commit()
    return session


@transaction.atomic
def group_session_cancel(*, acting_user, group_session: GroupSession, now=None) -> GroupSession:
    """Cancels a session that has not started: its reminders stop, and everyone enrolled
    or waiting is told, in the app and by email."""
    _require_manager(acting_user, group_session.clinic_id)
    now = now or timezone.now()
    session = GroupSession.objects.select_for_update().get(pk=group_session.pk)
    if session.status != Status.SCHEDULED:
        raise ValidationError(gettext("Only a scheduled session can be cancelled."))
    if session.starts_at <= now:
        raise ValidationError("This session has already started.")
    session.status = Status.CANCELLED
    session.cancelled_at = now
    session.sequence += 1
    session.save(update_fields=["status", "cancelled_at", "sequence", "updated_at"])
    _reminders_cancel(enrollment__group_session=session)
    messenger = _Messenger()
    for enrollment in session.enrollments.filter(status__in=Enrollment.ACTIVE).select_related(
        "patient__user"
    ):
        with translation.override(language_for(enrollment.patient.user)):
            messenger.tell(
                enrollment.patient,
                key=f"group:{session.pk}:cancelled",
                title=gettext("Cancelled: %(title)s, %(when)s")
                % {"title": session.title, "when": when_for(enrollment.patient, session.starts_at)},
                lines=[
                    gettext(
                        "%(title)s on %(when)s is cancelled. We are sorry for the change of plans."
                    )
                    % {
                        "title": session.title,
                        "when": when_for(enrollment.patient, session.starts_at),
                    },
                    gettext("Other group sessions are on your Groups page."),
                ],
                url=reverse("group_list"),
            )
    messenger.send_on_commit()
    return session


def group_sessions_complete_past(*, now=None) -> int:
    """Marks sessions that have ended as done."""
    return GroupSession.objects.filter(
        status=Status.SCHEDULED, ends_at__lte=now or timezone.now()
    ).update(status=Status.DONE, updated_at=timezone.now())


# Places and the waitlist ----------------------------------------------------------------


def _check_open(session: GroupSession, now):
    if session.status == Status.CANCELLED:
        raise ValidationError("This session was cancelled.")
    if session.status != Status.SCHEDULED or session.starts_at <= now:
        raise ValidationError("This session has already started.")


def _promote_waiting(session: GroupSession, *, now, messenger: "_Messenger") -> list[Enrollment]:
    """Gives free seats to the first in the waitlist and tells them. The caller holds the
    session's row lock."""
    if session.status != Status.SCHEDULED or session.starts_at <= now:
        return []
    free = session.capacity - session.enrollments.filter(status=Seat.CONFIRMED).count()
    if free <= 0:
        return []
    promoted = list(
        session.enrollments.filter(status=Seat.WAITLISTED)
        .select_related("patient__user")
        .order_by("waitlist_position")[:free]
    )
    for enrollment in promoted:
        enrollment.status = Seat.CONFIRMED
        enrollment.waitlist_position = None
        enrollment.confirmed_at = enrollment.promoted_at = now
    Enrollment.objects.bulk_update(
        promoted, ["status", "waitlist_position", "confirmed_at", "promoted_at"]
    )
    _reminders_plan(promoted, session, now=now)
    for enrollment in promoted:
        with translation.override(language_for(enrollment.patient.user)):
            messenger.tell(
                enrollment.patient,
                key=f"group:{session.pk}:seat:{enrollment.pk}:{int(now.timestamp())}",
                title=gettext("A seat for you: %(title)s") % {"title": session.title},
                lines=[
                    gettext("A seat came free in %(title)s and it is yours.")
                    % {"title": session.title},
                    *_summary_lines(session, enrollment.patient, with_link=True),
                    gettext(
                        "If you can no longer come, please give up your seat so someone else can."
                    ),
                ],
                url=_session_url(session),
            )
    return promoted


@transaction.atomic
def enrollment_create(
    *, acting_user, group_session: GroupSession, patient: Patient, now=None
) -> Enrollment:
    """A seat if one is free, else the next place in the waitlist. A patient enrols
    themself; staff enrol the patients they may see, and the patient is told."""
    if not can_enroll(acting_user, group_session, patient):
        raise PermissionDenied(gettext("You cannot enrol this patient in this group."))
    now = now or timezone.now()
    session = GroupSession.objects.select_for_update().get(pk=group_session.pk)
    _check_open(session, now)
    enrollment = Enrollment.objects.filter(group_session=session, patient=patient).first()
    if enrollment is not None and enrollment.is_active:
        own = patient.user_id == acting_user.pk
        if enrollment.status == Seat.CONFIRMED:
            if own:
                message = gettext("You have a seat already.")
            else:
                message = gettext("%(patient)s has a seat already.") % {"patient": patient}
        elif own:
            message = gettext("You are on the waitlist already.")
        else:
            message = gettext("%(patient)s is on the waitlist already.") % {"patient": patient}
        raise ValidationError(message)
    enrollment = enrollment or Enrollment(group_session=session, patient=patient)
    enrollment.enrolled_by = acting_user
    enrollment.withdrawn_at = enrollment.promoted_at = None
    enrollment.attendance = ""
    seated = session.enrollments.filter(status=Seat.CONFIRMED).count()
    if seated < session.capacity:
        enrollment.status, enrollment.waitlist_position = Seat.CONFIRMED, None
        enrollment.confirmed_at = now
    else:
        last = session.enrollments.aggregate(last=Max("waitlist_position"))["last"] or 0
        enrollment.status, enrollment.waitlist_position = Seat.WAITLISTED, last + 1
        enrollment.confirmed_at = None
    enrollment.save()
    enrollment.patient = patient
    _reminders_plan([enrollment], session, now=now)
    if patient.user_id != acting_user.pk:
        audit_record(
            actor=acting_user, patient=patient, action=AuditEvent.Action.CREATE, obj=enrollment
        )
        messenger = _Messenger()
        seat = enrollment.status == Seat.CONFIRMED
        with translation.override(language_for(patient.user)):
            messenger.tell(
                patient,
                key=f"group:{session.pk}:enrolled:{enrollment.pk}:{int(now.timestamp())}",
                title=(
                    gettext("Enrolled: %(title)s")
                    if seat
                    else gettext("On the waitlist: %(title)s")
                )
                % {"title": session.title},
                lines=[
                    (
                        gettext("%(name)s gave you a seat in %(title)s.")
                        if seat
                        else gettext("%(name)s put you on the waitlist for %(title)s.")
                    )
                    % {"name": acting_user.display_name, "title": session.title},
                    *_summary_lines(session, patient, with_link=seat),
                    gettext("You can give up your place from the Groups page."),
                ],
                url=_session_url(session),
            )
        messenger.send_on_commit()
    return enrollment


@transaction.atomic
def enrollment_withdraw(*, acting_user, enrollment: Enrollment, now=None) -> Enrollment:
    """Gives up a seat or a place in the waitlist before the session starts. A freed seat
    goes to the first waiting, who is told."""
    now = now or timezone.now()
    session = GroupSession.objects.select_for_update().get(pk=enrollment.group_session_id)
    enrollment = Enrollment.objects.select_related("patient__user").get(pk=enrollment.pk)
    patient = enrollment.patient
    if not can_withdraw(acting_user, session, patient):
        raise PermissionDenied(gettext("You cannot withdraw this patient."))
    if not enrollment.is_active:
        raise ValidationError(gettext("This place was already given up."))
    if session.status == Status.SCHEDULED and session.starts_at <= now:
        raise ValidationError(gettext("This session has started: mark attendance instead."))
    had_seat = enrollment.status == Seat.CONFIRMED
    enrollment.status = Seat.WITHDRAWN
    enrollment.waitlist_position = None
    enrollment.withdrawn_at = now
    enrollment.save(update_fields=["status", "waitlist_position", "withdrawn_at"])
    _reminders_cancel(enrollment=enrollment)
    messenger = _Messenger()
    if patient.user_id != acting_user.pk:
        audit_record(
            actor=acting_user, patient=patient, action=AuditEvent.Action.UPDATE, obj=enrollment
        )
        with translation.override(language_for(patient.user)):
            messenger.tell(
                patient,
                key=f"group:{session.pk}:withdrawn:{enrollment.pk}:{int(now.timestamp())}",
                title=gettext("No longer enrolled: %(title)s") % {"title": session.title},
                lines=[
                    gettext("%(name)s took you off %(title)s on %(when)s.")
                    % {
                        "name": acting_user.display_name,
                        "title": session.title,
                        "when": when_for(patient, session.starts_at),
                    },
                    gettext("Ask your care team if this is unexpected."),
                ],
                url=reverse("group_list"),
            )
    if had_seat:
        _promote_waiting(session, now=now, messenger=messenger)
    messenger.send_on_commit()
    return enrollment


@transaction.atomic
def group_invitation_send(*, acting_user, group_session: GroupSession, patient: Patient) -> bool:
    """Invites a patient to enrol themself. Once per patient and session; returns whether
    this call sent it."""
    if patient.user_id == acting_user.pk or not can_enroll(acting_user, group_session, patient):
        raise PermissionDenied(gettext("You cannot invite this patient to this group."))
    _check_open(group_session, timezone.now())
    if Enrollment.objects.filter(
        group_session=group_session, patient=patient, status__in=Enrollment.ACTIVE
    ).exists():
        raise ValidationError(gettext("%(patient)s is enrolled already.") % {"patient": patient})
    messenger = _Messenger()
    with translation.override(language_for(patient.user)):
        sent = messenger.tell(
            patient,
            key=f"group:{group_session.pk}:invited",
            title=gettext("You are invited: %(title)s") % {"title": group_session.title},
            lines=[
                gettext("%(name)s invites you to %(title)s.")
                % {"name": acting_user.display_name, "title": group_session.title},
                *_summary_lines(group_session, patient, with_link=False),
                gettext("Take a seat from the Groups page if you would like to come."),
            ],
            url=_session_url(group_session),
        )
    messenger.send_on_commit()
    return sent


# Attendance -----------------------------------------------------------------------------


@transaction.atomic
def attendance_mark(
    *, acting_user, group_session: GroupSession, marks: dict, now=None
) -> list[Enrollment]:
    """Records present, late or absent ("" clears) for seats, by enrollment id. Open to
    the facilitators and the clinic's clinicians from shortly before the start. Marking a
    session that has started marks it done."""
    if not can_mark_attendance(acting_user, group_session):
        raise PermissionDenied(gettext("Only the facilitators and clinicians take attendance."))
    now = now or timezone.now()
    session = GroupSession.objects.select_for_update().get(pk=group_session.pk)
    if session.status == Status.CANCELLED:
        raise ValidationError("This session was cancelled.")
    if session.starts_at - ATTENDANCE_OPENS_BEFORE > now:
        raise ValidationError(gettext("Attendance opens 30 minutes before the session starts."))
    allowed = {"", *Enrollment.Attendance.values}
    try:
        marks = {int(pk): value for pk, value in marks.items()}
    except (TypeError, ValueError):
        raise ValidationError({"marks": gettext("Name each seat by its enrollment id.")}) from None
    bad = sorted({value for value in marks.values() if value not in allowed})
    if bad:
        raise ValidationError(
            {"marks": gettext("Choose present, late or absent, not %(value)r.") % {"value": bad[0]}}
        )
    seats = list(
        session.enrollments.filter(pk__in=list(marks), status=Seat.CONFIRMED).select_related(
            "patient"
        )
    )
    if len(seats) != len(marks):
        raise ValidationError({"marks": gettext("Attendance is for patients with a seat only.")})
    changed = [seat for seat in seats if seat.attendance != marks[seat.pk]]
    for seat in changed:
        seat.attendance = marks[seat.pk]
        seat.attendance_marked_by = acting_user
        seat.attendance_marked_at = now
    Enrollment.objects.bulk_update(
        changed, ["attendance", "attendance_marked_by", "attendance_marked_at"]
    )
    audit_record_many(
        actor=acting_user,
        rows=[(seat.patient, seat) for seat in changed],
        action=AuditEvent.Action.UPDATE,
    )
    if session.status == Status.SCHEDULED and session.starts_at <= now and changed:
        session.status = Status.DONE
        session.save(update_fields=["status", "updated_at"])
    return changed


# Patients' choices ----------------------------------------------------------------------


def group_name_preference_set(*, acting_user, show: bool) -> Patient:
    """A patient chooses whether others in their groups see their first name."""
    profile = patient_profile_of(acting_user)
    if profile is None:
        raise PermissionDenied(gettext("Only patients choose this."))
    return patient_update(
        acting_user=acting_user, patient=profile, show_first_name_in_groups=bool(show)
    )


# Calendar feeds -------------------------------------------------------------------------


@transaction.atomic
def calendar_feed_token_rotate(*, acting_user) -> CalendarFeedToken:
    """A new private feed address; the old one stops working at once."""
    User.objects.select_for_update().filter(pk=acting_user.pk).first()
    CalendarFeedToken.objects.filter(user=acting_user, revoked_at=None).update(
        revoked_at=timezone.now()
    )
    return CalendarFeedToken.objects.create(user=acting_user)


def calendar_feed_token_revoke(*, acting_user) -> int:
    return CalendarFeedToken.objects.filter(user=acting_user, revoked_at=None).update(
        revoked_at=timezone.now()
    )
