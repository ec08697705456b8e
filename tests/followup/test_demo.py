from datetime import UTC, datetime

from django.core.management import call_command
from django.urls import reverse

from journals.models import JournalEntry
from patients.models import FollowUpAlert, Patient, User
from sessions.models import DosingSession, ScheduledPrompt
from tests.factories import give_mfa


def test_the_demo_patient_has_intentions_follow_up_prompts_and_an_alert(db, client):
    call_command("seed_demo", "--now", "2026-12-08T15:00:00Z", verbosity=0)

    alex = Patient.objects.get(user__email="patient@demo.test")
    latest = DosingSession.objects.filter(patient=alex).latest("ended_at")
    intention = JournalEntry.objects.get(patient=alex, prompt__kind="intention")
    assert intention.session == latest
    assert intention.shared_with_care_team
    upcoming = ScheduledPrompt.objects.filter(session=latest, phase="follow_up", status="scheduled")
    # Six weekly check-ins and three fortnightly PHQ-9s.
    assert upcoming.filter(title__in=["Weekly check-in", "PHQ-9 follow-up"]).count() == 9
    assert upcoming.earliest("due_at").due_at > datetime(2026, 12, 8, 15, 0, tzinfo=UTC)
    # Each earlier dose's follow-up stopped at the next one.
    earlier = ScheduledPrompt.objects.filter(patient=alex, phase="follow_up").exclude(
        session=latest
    )
    assert not earlier.filter(status="scheduled").exists()
    (alert,) = FollowUpAlert.objects.filter(patient=alex)
    assert alert.is_open and alert.reason == "mood_drop"

    clinician = User.objects.get(email="clinician@demo.test")
    give_mfa(clinician)
    client.force_login(clinician)
    page = client.get(reverse("session_detail", args=[latest.pk])).content.decode()
    assert "notice when I brace for the worst" in page
