import functools
from datetime import timedelta

import time_machine
from django.utils import timezone

from patients.summary import summary_refresh
from sessions import services
from sessions.models import ScheduledPrompt


def record_session(world, *, patient=None, hours_ago=3, recorded_late=False, **fields):
    """A completed IV session for the patient, recorded by the care clinician, ended
    `hours_ago` hours ago; its window is scheduled by the service. It is recorded as it
    ended, as a clinic does, so its window starts whole: `recorded_late` records it now
    instead, which skips what has closed and bundles what is due."""
    patient = patient or world.patient
    ended = timezone.now() - timedelta(hours=hours_ago)
    defaults = {
        "route": "iv_ketamine",
        "dose_mg": 35,
        "started_at": ended - timedelta(minutes=50),
        "ended_at": ended,
    }
    fields = {**defaults, **fields}
    record = functools.partial(
        services.session_create, acting_user=patient.care_clinician, patient=patient, **fields
    )
    now = timezone.now()
    if recorded_late or not fields.get("ended_at") or fields["ended_at"] >= now:
        return record()
    with time_machine.travel(fields["ended_at"], tick=False):
        return record()


def make_due(prompt):
    """Marks a prompt as delivered and due now, as the dispatcher would have."""
    now = timezone.now()
    ScheduledPrompt.objects.filter(pk=prompt.pk).update(
        status=ScheduledPrompt.Status.SENT,
        due_at=now - timedelta(minutes=5),
        sent_at=now,
        expires_at=now + timedelta(hours=12),
    )
    summary_refresh([prompt.patient_id])  # as the delivery does
    prompt.refresh_from_db()
    return prompt
