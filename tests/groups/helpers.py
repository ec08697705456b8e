from datetime import timedelta

from django.utils import timezone

from groups import services
from groups.models import GroupSession
from tests.factories import make_patient


def schedule(world, *, by="coach", hours_ahead=48, weeks=1, facilitators=None, **fields):
    """A group session at the world's clinic, scheduled through the service by `by`;
    the first of the series when `weeks` > 1."""
    defaults = {
        "title": "Integration circle",
        "topic": "What came up",
        "starts_at": timezone.now() + timedelta(hours=hours_ahead),
        "duration_minutes": 90,
        "capacity": 6,
        "place_kind": GroupSession.PlaceKind.ROOM,
        "room": "Garden room",
    }
    created = services.group_session_create(
        acting_user=world.user(by), weeks=weeks, facilitators=facilitators, **{**defaults, **fields}
    )
    return created[0]


def seat(group_session, patient, **kwargs):
    """The patient enrols themself, as from the Groups page."""
    return services.enrollment_create(
        acting_user=patient.user, group_session=group_session, patient=patient, **kwargs
    )


def more_patients(world, count, **kwargs):
    return [
        make_patient(
            world.clinic,
            clinician=world.user("clinician"),
            coach=world.user("coach"),
            **kwargs,
        )
        for _ in range(count)
    ]


def starts_in(group_session, delta):
    """Moves a session in time without the service, as if time had passed."""
    starts_at = timezone.now() + delta
    GroupSession.objects.filter(pk=group_session.pk).update(
        starts_at=starts_at,
        ends_at=starts_at + timedelta(minutes=group_session.duration_minutes),
    )
    group_session.refresh_from_db()
    return group_session
