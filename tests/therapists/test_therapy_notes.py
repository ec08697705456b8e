"""Therapy notes: kept by the patient's therapist and the clinic's clinicians, private to
them until shared with the patient; coaches never see them; staff reads are audited."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from patients.models import AuditEvent, Notification
from sessions.models_therapy import TherapyNote
from tests.therapists.helpers import NOTE_WORDS, write_therapy_note

pytestmark = pytest.mark.django_db


def _yesterday_utc():
    return (timezone.now() - timedelta(days=1)).isoformat()


def _appointment(days_ago=2):
    return (timezone.localtime() - timedelta(days=days_ago)).strftime("%Y-%m-%dT%H:%M")


def test_therapist_writes_a_note_kept_from_the_patient(world, therapist, client_for):
    client = client_for(therapist)
    response = client.post(
        reverse("therapy_note_create", args=[world.patient.pk]),
        {"appointment_at": _appointment(), "text": NOTE_WORDS},
    )
    note = TherapyNote.objects.get()
    assert response["Location"] == reverse("therapy_note_detail", args=[note.pk])
    assert (note.patient, note.author) == (world.patient, therapist)
    assert note.shared_with_patient is False
    assert AuditEvent.objects.filter(
        actor=therapist, action=AuditEvent.Action.CREATE, object_id=str(note.pk)
    ).exists()
    patient_page = client_for(world.patient.user).get(reverse("my_therapy_notes"))
    assert NOTE_WORDS not in patient_page.content.decode()
    assert not Notification.objects.filter(user=world.patient.user).exists()


def test_an_empty_note_is_refused_with_the_field_named_and_the_time_kept(
    world, therapist, client_for
):
    appointment = _appointment()
    response = client_for(therapist).post(
        reverse("therapy_note_create", args=[world.patient.pk]),
        {"appointment_at": appointment, "text": "   "},
    )
    assert response.status_code == 200
    assert response.context["form"].errors["text"]
    assert appointment in response.content.decode()
    assert not TherapyNote.objects.exists()


def test_sharing_shows_the_note_to_the_patient_and_taking_it_back_hides_it(
    world, therapist, client_for
):
    note = write_therapy_note(world.patient)
    client_for(therapist).post(reverse("therapy_note_share", args=[note.pk]), {"shared": "1"})
    note.refresh_from_db()
    assert note.shared_with_patient and note.shared_at is not None
    inbox = Notification.objects.get(user=world.patient.user)
    assert NOTE_WORDS not in inbox.body
    own_page = client_for(world.patient.user).get(reverse("my_therapy_notes"))
    assert NOTE_WORDS in own_page.content.decode()
    assert (
        NOTE_WORDS
        not in client_for(world.other_patient.user)
        .get(reverse("my_therapy_notes"))
        .content.decode()
    )

    client_for(therapist).post(reverse("therapy_note_share", args=[note.pk]), {"shared": "0"})
    note.refresh_from_db()
    assert not note.shared_with_patient and note.shared_at is None
    page = client_for(world.patient.user).get(reverse("my_therapy_notes")).content.decode()
    assert NOTE_WORDS not in page


def test_coaches_never_read_therapy_notes_even_shared_ones(world, coach, client_for):
    note = write_therapy_note(world.patient, shared=True)
    client = client_for(coach)
    assert client.get(reverse("therapy_note_detail", args=[note.pk])).status_code == 404
    assert client.get(reverse("therapy_note_list", args=[world.patient.pk])).status_code == 403
    assert client.get(reverse("therapy-note-list")).json()["results"] == []
    assert (
        NOTE_WORDS
        not in client.get(reverse("staff_patient", args=[world.patient.pk])).content.decode()
    )


def test_a_clinician_reads_the_note_and_the_read_is_audited(world, clinician, client_for):
    note = write_therapy_note(world.patient)
    response = client_for(clinician).get(reverse("therapy_note_detail", args=[note.pk]))
    assert NOTE_WORDS in response.content.decode()
    event = AuditEvent.objects.get(actor=clinician, object_id=str(note.pk))
    assert (event.action, event.patient_id) == (AuditEvent.Action.VIEW, world.patient.pk)


def test_only_the_author_changes_a_note(world, clinician, therapist, client_for):
    note = write_therapy_note(world.patient)
    edit = reverse("therapy_note_edit", args=[note.pk])
    assert client_for(clinician).post(edit, {"text": "Changed"}).status_code == 404
    client_for(therapist).post(
        edit, {"appointment_at": _appointment(3), "text": "Rewritten after supervision."}
    )
    note.refresh_from_db()
    assert note.text == "Rewritten after supervision."


def test_a_therapist_no_longer_on_the_care_team_loses_the_notes(world, therapist, client_for):
    note = write_therapy_note(world.patient)
    world.patient.care_therapist = None
    world.patient.save()
    assert (
        client_for(therapist).get(reverse("therapy_note_detail", args=[note.pk])).status_code == 404
    )


def test_api_creates_lists_and_shares_notes(world, therapist, client_for):
    client = client_for(therapist)
    created = client.post(
        reverse("therapy-note-list"),
        {"patient": world.patient.pk, "appointment_at": _yesterday_utc(), "text": "Sleep."},
        content_type="application/json",
    )
    assert created.status_code == 201
    note_id = created.json()["id"]
    shared = client.patch(
        reverse("therapy-note-detail", args=[note_id]),
        {"shared_with_patient": True},
        content_type="application/json",
    )
    assert shared.json()["shared_with_patient"] is True
    own = client_for(world.patient.user).get(reverse("therapy-note-list")).json()["results"]
    assert [row["id"] for row in own] == [note_id]
    assert "shared_with_patient" not in own[0]


def test_api_refuses_an_empty_note_with_the_field_named(world, therapist, client_for):
    response = client_for(therapist).post(
        reverse("therapy-note-list"),
        {"patient": world.patient.pk, "appointment_at": _yesterday_utc(), "text": ""},
        content_type="application/json",
    )
    assert response.status_code == 400
    assert "text" in response.json()
    assert not TherapyNote.objects.exists()


@pytest.mark.parametrize("count", [3, 30])
def test_the_note_list_page_and_api_cost_the_same_for_3_or_30_notes(
    world, clinician, client_for, django_assert_max_num_queries, count
):
    for _ in range(count):
        write_therapy_note(world.patient)
    client = client_for(clinician)
    with django_assert_max_num_queries(14):
        client.get(reverse("therapy_note_list", args=[world.patient.pk]))
    with django_assert_max_num_queries(12):
        response = client.get(reverse("therapy-note-list"))
    assert response.json()["count"] == count


def test_the_patients_export_holds_the_notes_shared_with_them_only(world, client_for):
    write_therapy_note(world.patient, text="Shared-For-Export", shared=True)
    write_therapy_note(world.patient, text="Kept-From-Export")
    client = client_for(world.patient.user)
    exported = client.get(reverse("export_json")).json()
    assert [note["text"] for note in exported["therapy_notes"]] == ["Shared-For-Export"]
    printed = client.get(reverse("export_print")).content.decode()
    assert "Shared-For-Export" in printed
    assert "Kept-From-Export" not in printed


def test_a_note_for_an_appointment_still_to_come_is_refused(world, therapist, client_for):
    response = client_for(therapist).post(
        reverse("therapy_note_create", args=[world.patient.pk]),
        {"appointment_at": _appointment(days_ago=-3), "text": "Too early."},
    )
    assert response.status_code == 200
    assert response.context["form"].errors["appointment_at"]
    assert not TherapyNote.objects.exists()
