from datetime import timedelta

from django.utils import timezone

from sessions import services
from sessions.models import ScheduledPrompt


def record_session(world, *, patient=None, hours_ago=3, **fields):
    """A completed IV session for the patient, recorded by the care clinician, ended
    `hours_ago` hours ago; its window is scheduled by the service."""
    patient = patient or world.patient
    ended = timezone.now() - timedelta(hours=hours_ago)
    defaults = {
        "route": "iv_ketamine",
        "dose_mg": 35,
        "started_at": ended - timedelta(minutes=50),
        "ended_at": ended,
    }
    return services.session_create(
        acting_user=patient.care_clinician, patient=patient, **{**defaults, **fields}
    )


def make_due(prompt):
    """Marks a prompt as delivered and due now, as the dispatcher would have."""
    now = timezone.now()
    ScheduledPrompt.objects.filter(pk=prompt.pk).update(
        status=ScheduledPrompt.Status.SENT,
        due_at=now - timedelta(minutes=5),
        sent_at=now,
        expires_at=now + timedelta(hours=12),
    )
    prompt.refresh_from_db()
    return prompt
