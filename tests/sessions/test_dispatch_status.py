"""An outage shows: the oldest prompt due but not delivered and the oldest email waiting,
on a page for the clinic's admins and clinicians and in `manage.py dispatch_status`."""

from datetime import timedelta
from io import StringIO

from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from patients.models import Delivery
from patients.services import email_claim
from sessions.models import ScheduledPrompt
from tests.sessions.helpers import record_session


def _overdue(world, minutes, count=1):
    session = record_session(world)
    prompts = session.prompts.order_by("offset_hours").values_list("pk", flat=True)[:count]
    due_at = timezone.now() - timedelta(minutes=minutes)
    ScheduledPrompt.objects.filter(pk__in=list(prompts)).update(
        status="scheduled", due_at=due_at, expires_at=timezone.now() + timedelta(hours=6)
    )
    return due_at


def test_the_page_shows_the_oldest_overdue_prompt_and_waiting_email(world, client_for):
    _overdue(world, minutes=47)
    old = email_claim(user=world.patient.user, dedupe_key="prompt:x", subject="S", body="B")
    Delivery.objects.filter(pk=old.pk).update(at=timezone.now() - timedelta(minutes=20))

    response = client_for(world.user("clinic_admin")).get(reverse("dispatch_status"))

    text = response.content.decode()
    assert response.status_code == 200
    assert "47\xa0minutes ago" in text
    assert "20\xa0minutes ago" in text
    assert world.patient.user.last_name not in text


def test_a_clinician_elsewhere_sees_their_own_clinic_with_nothing_waiting(world, client_for):
    _overdue(world, minutes=47)

    response = client_for(world.user("other_clinician")).get(reverse("dispatch_status"))

    text = response.content.decode()
    assert "every prompt that is due has been delivered" in text
    assert "47\xa0minutes" not in text


def test_the_page_costs_the_same_queries_however_much_is_waiting(
    world, client_for, django_assert_max_num_queries
):
    client = client_for(world.user("clinician"))
    client.get(reverse("dispatch_status"))
    _overdue(world, minutes=10, count=6)

    with django_assert_max_num_queries(12):
        response = client.get(reverse("dispatch_status"))

    assert "<dd>6 (0 being delivered)</dd>" in response.content.decode()


def test_the_command_reports_every_clinic(world):
    due_at = _overdue(world, minutes=90)
    output = StringIO()

    call_command("dispatch_status", stdout=output)

    text = output.getvalue()
    assert "Prompts due, not delivered: 1" in text
    assert f"Oldest due prompt: {due_at:%Y-%m-%d %H:%M:%S} UTC (90 min ago)" in text
    assert "Oldest waiting email: none" in text
