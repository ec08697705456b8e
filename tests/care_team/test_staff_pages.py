"""The staff view of one patient and the coach's workspace: who sees which part."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from groups.models import GroupSession
from patients.models import AuditEvent
from tests.care_team.helpers import make_entry, make_phq9, raise_alert, write_note
from tests.sessions.helpers import make_due, record_session

LOT = "LOT-TIMELINE-3141"


def _story(world):
    """A session (whose first prompt was delivered), a shared and a private entry, two
    PHQ-9s, a GAD-7-free history, a note and an open alert."""
    session = record_session(world, lot_number=LOT)
    make_due(session.prompts.order_by("due_at").first())
    now = timezone.now()
    make_entry(world.patient, text="Shared: the drive home felt new.", mood=6, at=now)
    make_entry(world.patient, text="Private: not for anyone.", mood=2, shared=False, at=now)
    make_phq9(world.patient, 16, at=now - timedelta(days=20))
    make_phq9(world.patient, 9, at=now - timedelta(hours=1))
    write_note(session, text="Note: breathing helped.", visible=False)
    return session, raise_alert(world.patient)


def test_a_clinician_sees_the_whole_story(world, client):
    _story(world)
    client.force_login(world.user("clinician"))

    page = client.get(reverse("staff_patient", args=[world.patient.pk])).content.decode()

    for seen in (
        "Timeline",
        LOT,
        "Shared: the drive home felt new.",
        "PHQ-9: 9",
        "Note: breathing helped.",
        "Its text stays private",
        "Acknowledge",
        "Mood, from shared entries",
        "Integration plan and progress",
        "Delivery log",
        reverse("staff_entry_list", args=[world.patient.pk]),
    ):
        assert seen in page, seen
    assert "Private: not for anyone." not in page
    assert 'id="mood-chart-data"' in page


def test_a_coach_sees_dates_shared_entries_notes_and_alerts_but_no_clinical_record(world, client):
    _story(world)
    client.force_login(world.user("coach"))

    page = client.get(reverse("staff_patient", args=[world.patient.pk])).content.decode()

    for seen in ("Shared: the drive home felt new.", "Note: breathing helped.", "Acknowledge"):
        assert seen in page, seen
    for hidden in (LOT, " mg", "PHQ-9: ", "Private: not for anyone.", "Date of birth"):
        assert hidden not in page, hidden


def test_a_clinic_admin_sees_the_roster_profile_only(world, client):
    _story(world)
    client.force_login(world.user("clinic_admin"))

    page = client.get(reverse("staff_patient", args=[world.patient.pk])).content.decode()

    assert world.patient.user.email in page
    for hidden in ("Timeline", "Shared: the drive home", "Safety alert", "Delivery log", LOT):
        assert hidden not in page, hidden


def test_the_patient_page_costs_the_same_queries_however_long_the_story(
    world, client, django_assert_max_num_queries
):
    client.force_login(world.user("clinician"))
    url = reverse("staff_patient", args=[world.patient.pk])
    _story(world)
    with django_assert_max_num_queries(45) as few:
        client.get(url)

    for n in range(3):
        record_session(world, hours_ago=24 * (10 + n))
        make_entry(world.patient, text=f"More {n}", mood=5)
        make_phq9(world.patient, 10 + n)
        raise_alert(world.patient)
    with django_assert_max_num_queries(45) as many:
        client.get(url)

    assert len(many) == len(few)


def test_reading_the_patient_page_is_audited(world, client):
    _story(world)
    clinician = world.user("clinician")
    client.force_login(clinician)
    before = AuditEvent.objects.count()

    client.get(reverse("staff_patient", args=[world.patient.pk]))

    events = AuditEvent.objects.order_by("-pk")[: AuditEvent.objects.count() - before]
    kinds = {(e.action, e.object_type) for e in events}
    assert ("view", "patients.patient") in kinds
    assert ("list", "journals.journalentry") in kinds
    assert ("list", "journals.assessment") in kinds
    assert ("list", "dosing.debriefnote") in kinds
    assert all(e.actor == clinician and e.patient == world.patient for e in events)


def test_the_coach_workspace_lists_care_team_patients_entries_and_groups(world, client):
    record_session(world)
    make_entry(world.patient, text="Shared with my coach.", mood=8)
    make_entry(world.other_patient, text="Shared with another coach.", mood=8)
    group = GroupSession.objects.create(
        clinic=world.clinic,
        title="Thursday integration circle",
        starts_at=timezone.now() + timedelta(days=2),
        ends_at=timezone.now() + timedelta(days=2, hours=1),
    )
    group.facilitators.add(world.user("coach"))
    client.force_login(world.user("coach"))

    page = client.get(reverse("coach_workspace")).content.decode()

    assert world.patient.user.last_name in page
    assert world.other_patient.user.last_name not in page
    assert "Shared with my coach." in page
    assert "Shared with another coach." not in page
    assert "Thursday integration circle" in page
    assert "Day 1 of" in page
    assert "PHQ-9" not in page


def test_only_coaches_have_a_workspace(world, client):
    client.force_login(world.user("clinician"))

    assert client.get(reverse("coach_workspace")).status_code == 403
