"""Scheduling a group from a suggested time (groups.suggestions) in one step: the session
at the suggested time, and an invitation to each patient the suggestion names."""

from django.db import transaction
from django.utils.translation import gettext as _

from patients.audit import audit_record_many
from patients.models import AuditEvent

from . import services
from .models import GroupSession
from .selectors import group_time_suggestion_get_for
from .suggestions import DURATION_MINUTES

# Room for the patients suggested and a few more.
MIN_CAPACITY = 8


@transaction.atomic
def group_session_from_suggestion(
    *,
    acting_user,
    key: str,
    title: str = "",
    place_kind: str = GroupSession.PlaceKind.ROOM,
    room: str = "",
    video_url: str = "",
    now=None,
) -> tuple[GroupSession, list]:
    """Schedules the suggested session and invites its patients, who choose whether to
    come. Returns the session and the patients invited by this call. Each invitation is
    audited: it tells the patient's name to the session's record."""
    suggestion = group_time_suggestion_get_for(acting_user, key, now=now)
    created = services.group_session_create(
        acting_user=acting_user,
        now=now,
        title=title.strip() or _("Integration group"),
        topic="",
        starts_at=suggestion.starts_at,
        duration_minutes=DURATION_MINUTES,
        capacity=max(MIN_CAPACITY, len(suggestion.patients)),
        place_kind=place_kind,
        room=room,
        video_url=video_url,
    )
    group_session = created[0]
    invited = [
        patient
        for patient in suggestion.patients
        if services.group_invitation_send(
            acting_user=acting_user, group_session=group_session, patient=patient
        )
    ]
    audit_record_many(
        actor=acting_user,
        rows=[(patient, group_session) for patient in invited],
        action=AuditEvent.Action.CREATE,
    )
    return group_session, invited
