"""The page a therapist reads before the next appointment: what the patient shared since
the last therapy note, therapy reflections first; private entries never."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from journals.models import JournalEntry
from patients.models import AuditEvent
from tests.therapists.helpers import write_reflection, write_therapy_note

pytestmark = pytest.mark.django_db


def _page(client, patient):
    return client.get(reverse("therapy_reflections", args=[patient.pk]))


def test_it_lists_what_was_shared_since_the_last_note_reflections_first(
    world, therapist, client_for
):
    write_reflection(world.patient, text="Before-the-last-note reflection", days_ago=12)
    write_therapy_note(world.patient, days_ago=10)
    write_reflection(world.patient, text="A check-in after it", kind=JournalEntry.Kind.CHECK_IN)
    write_reflection(world.patient, text="My father and the open door", days_ago=3)
    write_reflection(world.patient, text="Kept to myself", shared=False)

    response = _page(client_for(therapist), world.patient)
    body = response.content.decode()
    assert [e.text for e in response.context["reflections"]] == ["My father and the open door"]
    assert [e.text for e in response.context["other_entries"]] == ["A check-in after it"]
    assert body.index("My father and the open door") < body.index("A check-in after it")
    assert "Before-the-last-note reflection" not in body
    assert "Kept to myself" not in body


def test_with_no_note_yet_it_lists_everything_shared(world, therapist, client_for):
    write_reflection(world.patient, text="An early reflection", days_ago=40)
    body = _page(client_for(therapist), world.patient).content.decode()
    assert "An early reflection" in body
    assert "no therapy note yet" in body


def test_it_names_the_next_appointment_the_patient_gave(world, therapist, client_for):
    ahead = timezone.now() + timedelta(days=2)
    write_reflection(world.patient, next_therapy_at=ahead)
    response = _page(client_for(therapist), world.patient)
    assert response.context["next_appointment"] == ahead


def test_reading_it_is_audited_entry_by_entry(world, therapist, client_for):
    entry = write_reflection(world.patient)
    _page(client_for(therapist), world.patient)
    listed = AuditEvent.objects.filter(actor=therapist, action=AuditEvent.Action.LIST)
    assert str(entry.pk) in set(listed.values_list("object_id", flat=True))
    assert not listed.exclude(patient=world.patient).exists()


def test_a_coach_on_the_care_team_is_refused(world, coach, client_for):
    assert _page(client_for(coach), world.patient).status_code == 403


@pytest.mark.parametrize("count", [2, 40])
def test_it_costs_the_same_for_2_or_40_entries(
    world, therapist, client_for, django_assert_max_num_queries, count
):
    write_therapy_note(world.patient, days_ago=30)
    for n in range(count):
        write_reflection(world.patient, text=f"Reflection {n}", days_ago=1 + n % 20)
    client = client_for(therapist)
    with django_assert_max_num_queries(14):
        response = _page(client, world.patient)
    assert len(response.context["reflections"]) == count
