"""Builders for journal tests. Entries are written through the services, as patients
write them; prompts come from a recorded session, made due as the dispatcher would."""

from datetime import timedelta

from django.utils import timezone

from journals import services
from sessions.models import ScheduledPrompt
from tests.sessions.helpers import make_due, record_session

PRIVATE_WORDS = "Marigold-Private-7QX sentence only the patient may read"
SHARED_WORDS = "Lantern-Shared-4RB words the care team may read"
CRISIS_WORDS = "Some nights I want to die. Marigold-Private-7QX"


def due_prompt(world, kind, *, patient=None, instrument="", session=None):
    """A due prompt of `kind` from a freshly recorded window."""
    session = session or record_session(world, patient=patient)
    prompt = session.prompts.filter(kind=kind).order_by("due_at").first()
    if instrument:
        ScheduledPrompt.objects.filter(pk=prompt.pk).update(instrument=instrument)
    return make_due(prompt)


def expire(prompt):
    """The prompt's answer-by time passed and the expiry sweep closed it."""
    ScheduledPrompt.objects.filter(pk=prompt.pk).update(
        status=ScheduledPrompt.Status.EXPIRED, expires_at=timezone.now() - timedelta(minutes=1)
    )
    prompt.refresh_from_db()
    return prompt


def write_entry(patient, text=PRIVATE_WORDS, *, share=False, **fields):
    return services.entry_create(acting_user=patient.user, text=text, share=share, **fields)
