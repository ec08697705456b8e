"""The staff's pages over the API: the clinic overview, the audit trail, a patient's
delivery log, the dispatch status and the clinic's list of habits."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from journals.habits import Habit
from patients.audit import audit_record
from patients.models import AuditEvent
from tests.api_parity.helpers import DELIVERY_KEY, audited_read, delivery
from tests.care_team.helpers import make_phq9


def _as(client, user):
    client.force_login(user)
    return client


def test_the_overview_gives_the_pages_figures(world, client):
    make_phq9(world.patient, 18, at=timezone.now() - timedelta(days=20))
    make_phq9(world.patient, 8)

    body = _as(client, world.user("clinician")).get(reverse("api_overview")).json()

    assert body["clinic"] == "Harbor Clinic"
    assert set(body) >= {"adherence_by_month", "adherence_by_session_number", "attendance"}
    [row] = body["phq9_change_by_sessions"]
    assert row["patients"] == 1
    assert row["mean_change"] == -10


def test_the_audit_trail_is_the_clinics_own_filtered(world, client):
    audited_read(world)
    audit_record(
        actor=world.user("other_clinician"),
        patient=world.elsewhere_patient,
        action=AuditEvent.Action.VIEW,
        obj=world.elsewhere_patient,
    )
    audit_record(
        actor=world.user("coach"),
        patient=world.other_patient,
        action=AuditEvent.Action.LIST,
        obj=world.other_patient,
    )
    api = _as(client, world.user("clinic_admin"))

    everything = api.get(reverse("api_audit_events")).json()
    views = api.get(reverse("api_audit_events"), {"action": "view"}).json()
    of_patient = api.get(reverse("api_audit_events"), {"patient": world.other_patient.pk}).json()

    assert everything["count"] == 2
    assert [e["patient_name"] for e in views["results"]] == ["Pat Pattison"]
    assert [e["actor"]["name"] for e in of_patient["results"]] == ["Cody Coach"]


def test_the_audit_trail_refuses_a_bad_filter_with_its_field(world, client):
    api = _as(client, world.user("clinic_admin"))

    response = api.get(
        reverse("api_audit_events"),
        {"action": "peeked", "since": "2026-01-02T00:00:00Z", "until": "2026-01-01T00:00:00Z"},
    )

    assert response.status_code == 400
    assert set(response.json()) == {"action"}
    backwards = api.get(
        reverse("api_audit_events"),
        {"since": "2026-01-02T00:00:00Z", "until": "2026-01-01T00:00:00Z"},
    )
    assert backwards.json() == {"until": ["Give an end after the start."]}


def test_the_audit_trail_reads_a_constant_number_of_queries(
    world, client, django_assert_max_num_queries
):
    for _ in range(30):
        audited_read(world)
    api = _as(client, world.user("clinic_admin"))

    with django_assert_max_num_queries(8):
        assert api.get(reverse("api_audit_events")).json()["count"] == 30


def test_the_delivery_log_is_the_care_teams_and_the_read_is_audited(world, client):
    delivery(world)
    api = _as(client, world.user("coach"))

    body = api.get(reverse("api_patient_deliveries", args=[world.patient.pk])).json()

    assert [d["what"] for d in body["results"]] == [DELIVERY_KEY]
    assert body["results"][0]["outcome"] == "sent"
    assert AuditEvent.objects.filter(
        actor=world.user("coach"), patient=world.patient, action=AuditEvent.Action.VIEW
    ).exists()


def test_the_delivery_log_reads_a_constant_number_of_queries(
    world, client, django_assert_max_num_queries
):
    for n in range(20):
        delivery(world, key=f"prompt:{n}")
    api = _as(client, world.user("clinician"))

    with django_assert_max_num_queries(10):
        response = api.get(reverse("api_patient_deliveries", args=[world.patient.pk]))

    assert response.status_code == 200


def test_the_dispatch_status_counts_without_naming_anyone(world, client):
    body = _as(client, world.user("clinic_admin")).get(reverse("api_dispatch_status")).json()

    assert body["clinic"] == "Harbor Clinic"
    assert body["due_unsent"] == 0
    assert "Pattison" not in str(body)


def test_the_clinics_habits_are_added_changed_and_checked_as_on_the_page(world, client):
    api = _as(client, world.user("clinician"))

    created = api.post(
        reverse("api_habit_catalog"),
        {"name": "Stretching", "question": "Did you stretch?", "kind": "yes_no"},
        content_type="application/json",
    )
    habit = Habit.objects.get(clinic=world.clinic, name="Stretching")
    changed = api.patch(
        reverse("api_habit_catalog_item", args=[habit.pk]),
        {"active": False},
        content_type="application/json",
    )
    duplicate = api.post(
        reverse("api_habit_catalog"),
        {"name": "stretching", "question": "Again?", "kind": "yes_no"},
        content_type="application/json",
    )
    listed = api.get(reverse("api_habit_catalog")).json()

    assert created.status_code == 201, created.content
    assert changed.json()["active"] is False
    habit.refresh_from_db()
    assert habit.active is False
    assert duplicate.status_code == 400 and "name" in duplicate.json()
    assert "Stretching" in [h["name"] for h in listed["results"]]
