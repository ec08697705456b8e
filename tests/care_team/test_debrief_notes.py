import re

from django.urls import reverse

from patients.models import AuditEvent, Notification
from sessions import services
from sessions.models import DebriefNote
from tests.care_team.helpers import write_note
from tests.sessions.helpers import record_session

LOT = "LOT-NOTE-9001"


def test_a_clinician_writes_a_note_the_patient_does_not_see_yet(world, client):
    session = record_session(world)
    clinician = world.user("clinician")
    client.force_login(clinician)

    response = client.post(
        reverse("debrief_note_create", args=[session.pk]),
        {"text": "She named her fear of falling behind."},
    )

    note = DebriefNote.objects.get()
    assert response["Location"] == reverse("debrief_note_detail", args=[note.pk])
    assert (note.author, note.patient, note.visible_to_patient) == (
        clinician,
        world.patient,
        False,
    )
    assert list(note.revisions.values_list("number", "text")) == [
        (1, "She named her fear of falling behind.")
    ]
    assert AuditEvent.objects.filter(
        actor=clinician, action="create", object_type="dosing.debriefnote"
    ).exists()
    client.force_login(world.patient.user)
    assert "falling behind" not in client.get(reverse("my_debrief_notes")).content.decode()


def test_an_empty_note_is_refused_and_nothing_is_saved(world, client):
    session = record_session(world)
    client.force_login(world.user("clinician"))

    response = client.post(
        reverse("debrief_note_create", args=[session.pk]),
        {"text": "   ", "visible_to_patient": "on"},
    )

    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    assert not DebriefNote.objects.exists()


def test_the_author_shows_a_note_and_the_patient_reads_it_and_hears_of_it_once(world, client):
    note = write_note(record_session(world), text="Keep the morning walks.")
    client.force_login(world.user("clinician"))

    client.post(reverse("debrief_note_publish", args=[note.pk]), {"visible": "1"})
    client.post(reverse("debrief_note_publish", args=[note.pk]), {"visible": "0"})
    client.post(reverse("debrief_note_publish", args=[note.pk]), {"visible": "1"})

    note.refresh_from_db()
    assert note.visible_to_patient
    assert (
        Notification.objects.filter(
            user=world.patient.user, dedupe_key=f"debrief:{note.pk}"
        ).count()
        == 1
    )
    assert (
        "Keep the morning walks."
        not in Notification.objects.get(dedupe_key=f"debrief:{note.pk}").body
    )
    client.force_login(world.patient.user)
    page = client.get(reverse("my_debrief_notes")).content.decode()
    assert "Keep the morning walks." in page
    assert world.user("clinician").first_name in page


def test_edits_are_kept_as_history_and_the_patient_sees_the_latest_only(world, client):
    note = write_note(record_session(world), text="First words.", visible=True)
    client.force_login(world.user("clinician"))

    client.post(
        reverse("debrief_note_edit", args=[note.pk]),
        {"text": "Better words.", "visible_to_patient": "on"},
    )

    note.refresh_from_db()
    assert note.text == "Better words."
    assert list(note.revisions.order_by("number").values_list("number", "text")) == [
        (1, "First words."),
        (2, "Better words."),
    ]
    history = client.get(reverse("debrief_note_detail", args=[note.pk])).content.decode()
    assert "First words." in history and "Version 2" in history
    client.force_login(world.patient.user)
    page = client.get(reverse("my_debrief_notes")).content.decode()
    assert "Better words." in page
    assert "First words." not in page


def test_an_edit_that_changes_nothing_writes_no_revision(world):
    note = write_note(record_session(world), text="Same.")

    services.debrief_note_update(acting_user=world.user("clinician"), note=note, text="Same.")

    assert note.revisions.count() == 1


def test_a_coach_writes_notes_for_their_patients_and_sees_no_dose(world, client):
    session = record_session(world, lot_number=LOT)
    coach = world.user("coach")
    client.force_login(coach)

    form = client.get(reverse("debrief_note_create", args=[session.pk])).content.decode()
    client.post(
        reverse("debrief_note_create", args=[session.pk]),
        {"text": "Group share went well.", "visible_to_patient": "on"},
    )

    assert LOT not in form
    # As a word: the form's random CSRF token may hold the letters "mg".
    assert not re.search(r"\bmg\b", form)
    note = DebriefNote.objects.get()
    assert (note.author, note.visible_to_patient) == (coach, True)


def test_only_the_author_edits_a_note(world, client):
    note = write_note(record_session(world), text="Clinician's note.")
    client.force_login(world.user("coach"))

    assert client.get(reverse("debrief_note_detail", args=[note.pk])).status_code == 200
    response = client.post(
        reverse("debrief_note_edit", args=[note.pk]), {"text": "Changed by the coach."}
    )

    assert response.status_code == 404
    note.refresh_from_db()
    assert note.text == "Clinician's note."


def test_no_notes_on_a_cancelled_session(world, client):
    from django.utils import timezone

    session = services.session_create(
        acting_user=world.user("clinician"),
        patient=world.patient,
        route="iv_ketamine",
        dose_mg=35,
        started_at=timezone.now(),
        status="planned",
    )
    services.session_cancel(acting_user=world.user("clinician"), session=session)
    client.force_login(world.user("clinician"))

    assert client.get(reverse("debrief_note_create", args=[session.pk])).status_code == 403


def test_the_api_keeps_history_for_staff_and_shows_the_patient_only_whats_shared(world, client):
    session = record_session(world)
    client.force_login(world.user("clinician"))

    created = client.post(
        reverse("debrief-note-list"), {"session": session.pk, "text": "Draft one."}
    ).json()
    updated = client.patch(
        reverse("debrief-note-detail", args=[created["id"]]),
        {"text": "Final words.", "visible_to_patient": True},
        content_type="application/json",
    ).json()
    hidden = write_note(session, text="Team only.")

    assert [r["text"] for r in updated["revisions"]] == ["Final words.", "Draft one."]
    client.force_login(world.patient.user)
    results = client.get(reverse("debrief-note-list")).json()["results"]
    assert [r["text"] for r in results] == ["Final words."]
    assert "revisions" not in results[0]
    assert client.get(reverse("debrief-note-detail", args=[hidden.pk])).status_code == 404


def test_the_api_refuses_an_empty_note_with_a_field_message(world, client):
    session = record_session(world)
    client.force_login(world.user("clinician"))

    response = client.post(reverse("debrief-note-list"), {"session": session.pk, "text": ""})

    assert response.status_code == 400
    assert "text" in response.json()


def test_notes_appear_on_the_staff_patient_timeline(world, client):
    write_note(record_session(world), text="Timeline words.", visible=True)
    client.force_login(world.user("coach"))

    page = client.get(reverse("staff_patient", args=[world.patient.pk])).content.decode()

    assert "Timeline words." in page
    assert "shown to the patient" in page
