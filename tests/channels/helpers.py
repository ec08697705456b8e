from datetime import UTC, datetime, timedelta

from django.utils import timezone

from patients.models import Patient
from sessions import services
from sessions.models import ScheduledPrompt

# 11:00 in New York, the cast's patients' zone: outside their quiet hours (21:00-08:00).
DAYTIME = datetime(2026, 6, 10, 15, 0, tzinfo=UTC)
# 23:00 in New York: inside them.
NIGHT = datetime(2026, 6, 11, 3, 0, tzinfo=UTC)
PHONE = "+12125550123"
HEALTH_WORDS = ("PHQ", "mood", "feeling", "journal", "ketamine", "dose", "session")


def choose(patient, **fields):
    Patient.objects.filter(pk=patient.pk).update(**fields)
    patient.refresh_from_db()


def make_due(session, *, title_like=None, count=1):
    """The session's first prompts (or those titled like `title_like`) due a minute ago."""
    now = timezone.now()
    prompts = session.prompts.order_by("offset_hours", "pk")
    if title_like:
        prompts = prompts.filter(title__icontains=title_like)
    prompts = list(prompts[:count])
    ScheduledPrompt.objects.filter(pk__in=[p.pk for p in prompts]).update(
        due_at=now - timedelta(minutes=1), expires_at=now + timedelta(hours=48)
    )
    return prompts


def dispatch(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return services.prompts_dispatch_due()
