"""The patient's journal: write, list, search, edit, delete and restore, share and unshare,
and read the care team's comments."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from journals import services
from journals.models import EntryComment, JournalEntry
from journals.tasks import purge_deleted_entries
from patients.models import AuditEvent, Notification
from tests.journals.helpers import PRIVATE_WORDS, write_entry


@pytest.fixture
def patient_client(world, client):
    client.force_login(world.patient.user)
    return client


def test_a_patient_writes_a_free_entry_that_is_private_by_default(world, patient_client):
    response = patient_client.post(
        reverse("entry_create"),
        {"title": "Morning", "text": "Tea by the window.", "mood": "7", "feelings": ["calm"]},
    )

    entry = JournalEntry.objects.get()
    assert response["Location"].startswith(reverse("entry_detail", args=[entry.pk]))
    assert (entry.kind, entry.title, entry.mood, entry.feelings) == ("free", "Morning", 7, ["calm"])
    assert entry.patient == world.patient
    assert not entry.shared_with_care_team
    page = patient_client.get(response["Location"]).content.decode()
    assert "Who can read this:</strong> only you." in page


def test_an_empty_entry_is_refused_with_a_clear_message(patient_client):
    response = patient_client.post(reverse("entry_create"), {"title": "Kept", "text": "   "})

    body = response.content.decode()
    assert "Write something before saving." in body
    assert 'value="Kept"' in body
    assert not JournalEntry.objects.exists()


def test_a_100_kb_entry_is_refused_naming_the_limit_and_nothing_is_lost(patient_client):
    text = "word " * 20_480  # 100 KB

    response = patient_client.post(reverse("entry_create"), {"text": text, "mood": "4"})

    body = response.content.decode()
    assert "Entries can be up to 20,000 characters; this one is 102,400." in body
    assert text.strip() in body
    assert 'value="4" id="id_mood_3" checked' in body
    assert not JournalEntry.objects.exists()


def test_a_mood_of_eleven_is_refused_and_the_words_are_kept(patient_client):
    response = patient_client.post(reverse("entry_create"), {"text": "Kept words", "mood": "11"})

    body = response.content.decode()
    assert "Choose a mood from 1 to 10." in body
    assert "Kept words" in body
    assert not JournalEntry.objects.exists()


def test_an_unknown_feeling_is_refused(patient_client):
    response = patient_client.post(reverse("entry_create"), {"text": "x", "feelings": ["smug"]})

    assert "Select a valid choice" in response.content.decode()
    assert not JournalEntry.objects.exists()


def test_markup_in_an_entry_is_shown_inert(world, patient_client):
    entry = write_entry(world.patient, '<script>alert("x")</script><b>bold</b>', title="<i>t</i>")

    detail = patient_client.get(reverse("entry_detail", args=[entry.pk])).content.decode()
    listing = patient_client.get(reverse("journal_list")).content.decode()

    for body in (detail, listing):
        assert "<script>alert" not in body
        assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in body
        assert "<i>t</i>" not in body


def test_the_journal_lists_own_entries_newest_first(world, patient_client):
    older = write_entry(world.patient, "Older words")
    JournalEntry.objects.filter(pk=older.pk).update(created_at=timezone.now() - timedelta(days=2))
    write_entry(world.patient, "Newer words")
    write_entry(world.other_patient, "Someone else's words")

    body = patient_client.get(reverse("journal_list")).content.decode()

    assert body.index("Newer words") < body.index("Older words")
    assert "Someone else" not in body


def test_the_journal_is_searchable(world, patient_client):
    write_entry(world.patient, "The river was loud today", title="River")
    write_entry(world.patient, "Quiet morning")

    body = patient_client.get(reverse("journal_list"), {"q": "RIVER"}).content.decode()

    assert "The river was loud" in body
    assert "Quiet morning" not in body


def test_the_journal_is_paginated(world, patient_client):
    for n in range(25):
        write_entry(world.patient, f"Entry number {n:02d}")

    first = patient_client.get(reverse("journal_list")).content.decode()
    second = patient_client.get(reverse("journal_list"), {"page": 2}).content.decode()

    assert "Page 1 of 2" in first
    assert first.count('class="card entry"') == 20
    assert second.count('class="card entry"') == 5


def test_a_patient_edits_their_entry(world, patient_client):
    entry = write_entry(world.patient, "First version")

    patient_client.post(reverse("entry_edit", args=[entry.pk]), {"text": "Second version"})

    entry.refresh_from_db()
    assert entry.text == "Second version"


def test_a_bad_edit_changes_nothing(world, patient_client):
    entry = write_entry(world.patient, "First version")

    response = patient_client.post(reverse("entry_edit", args=[entry.pk]), {"text": ""})

    assert "Write something before saving." in response.content.decode()
    entry.refresh_from_db()
    assert entry.text == "First version"


def test_a_patient_cannot_edit_or_delete_another_patients_entry(world, client):
    entry = write_entry(world.patient, "Mine")
    client.force_login(world.other_patient.user)

    assert client.get(reverse("entry_edit", args=[entry.pk])).status_code == 404
    assert client.post(reverse("entry_delete", args=[entry.pk])).status_code == 404
    entry.refresh_from_db()
    assert entry.deleted_at is None


def test_a_deleted_entry_can_be_restored_within_30_days(world, patient_client):
    entry = write_entry(world.patient, "Regretted deleting this")

    patient_client.post(reverse("entry_delete", args=[entry.pk]))

    assert "Regretted" not in patient_client.get(reverse("journal_list")).content.decode()
    assert patient_client.get(reverse("entry_detail", args=[entry.pk])).status_code == 404
    deleted = patient_client.get(reverse("entry_deleted_list")).content.decode()
    assert "Regretted deleting this" in deleted

    patient_client.post(reverse("entry_restore", args=[entry.pk]))

    entry.refresh_from_db()
    assert entry.deleted_at is None
    assert "Regretted" in patient_client.get(reverse("journal_list")).content.decode()


def test_after_30_days_a_deleted_entry_is_gone(world, patient_client):
    entry = write_entry(world.patient, "Old and deleted")
    recent = write_entry(world.patient, "Recently deleted")
    kept = write_entry(world.patient, "Kept")
    services.entry_delete(acting_user=world.patient.user, entry=entry)
    services.entry_delete(acting_user=world.patient.user, entry=recent)
    EntryComment.objects.create(entry=entry, author=world.user("coach"), text="c")
    JournalEntry.objects.filter(pk=entry.pk).update(
        deleted_at=timezone.now() - timedelta(days=30, minutes=1)
    )

    assert (
        "Old and deleted" not in patient_client.get(reverse("entry_deleted_list")).content.decode()
    )
    assert patient_client.post(reverse("entry_restore", args=[entry.pk])).status_code == 404

    purge_deleted_entries.delay()

    assert set(JournalEntry.objects.values_list("pk", flat=True)) == {recent.pk, kept.pk}
    assert not EntryComment.objects.exists()


def test_sharing_says_who_can_read_and_unsharing_takes_it_back(world, patient_client):
    entry = write_entry(world.patient, "Share me")

    patient_client.post(reverse("entry_share", args=[entry.pk]))

    entry.refresh_from_db()
    assert entry.shared_with_care_team and entry.shared_at is not None
    page = patient_client.get(reverse("entry_detail", args=[entry.pk])).content.decode()
    assert "you and your care team: Cleo Clinician, Cody Coach, Thea Therapist." in page
    assert "Olga" not in page

    patient_client.post(reverse("entry_unshare", args=[entry.pk]))

    entry.refresh_from_db()
    assert not entry.shared_with_care_team
    page = patient_client.get(reverse("entry_detail", args=[entry.pk])).content.decode()
    assert "Who can read this:</strong> only you." in page


def test_sharing_tells_the_care_team_without_the_words(world, patient_client):
    entry = write_entry(world.patient, PRIVATE_WORDS)

    patient_client.post(reverse("entry_share", args=[entry.pk]))

    notes = Notification.objects.filter(dedupe_key=f"entry-shared:{entry.pk}")
    assert {note.user for note in notes} == {
        world.user("clinician"),
        world.user("coach"),
        world.user("therapist"),
    }
    assert all("Marigold" not in note.title + note.body for note in notes)


def test_care_team_comments_appear_under_a_shared_entry(world, client_for):
    entry = write_entry(world.patient, "Share me", share=True)
    coach = client_for(world.user("coach"))

    coach.post(reverse("staff_entry_comment", args=[entry.pk]), {"text": "Proud of you <b>!</b>"})

    comment = EntryComment.objects.get()
    assert comment.author == world.user("coach")
    assert AuditEvent.objects.filter(action="create", object_type="journals.entrycomment").exists()
    assert Notification.objects.filter(
        user=world.patient.user, dedupe_key__startswith="entry-comment"
    ).exists()
    page = client_for(world.patient.user).get(reverse("entry_detail", args=[entry.pk]))
    body = page.content.decode()
    assert "Proud of you &lt;b&gt;!&lt;/b&gt;" in body
    assert "Cody Coach" in body


def test_the_care_team_cannot_comment_on_a_private_entry(world, client_for):
    entry = write_entry(world.patient, "Private")

    response = client_for(world.user("clinician")).post(
        reverse("staff_entry_comment", args=[entry.pk]), {"text": "Hi"}
    )

    assert response.status_code == 404
    assert not EntryComment.objects.exists()


def test_an_empty_comment_is_refused(world, client_for):
    entry = write_entry(world.patient, "Share me", share=True)
    clinician = client_for(world.user("clinician"))

    response = clinician.post(
        reverse("staff_entry_comment", args=[entry.pk]), {"text": ""}, follow=True
    )

    assert "Write the comment before sending it." in response.content.decode()
    assert not EntryComment.objects.exists()


def test_staff_list_only_shared_entries_and_the_read_is_audited(world, client_for):
    write_entry(world.patient, PRIVATE_WORDS)
    shared = write_entry(world.patient, "Lantern words", share=True, title="Lantern")
    clinician = world.user("clinician")

    body = (
        client_for(clinician)
        .get(reverse("staff_entry_list", args=[world.patient.pk]))
        .content.decode()
    )

    assert "Lantern" in body
    assert "Marigold" not in body
    assert AuditEvent.objects.filter(
        actor=clinician, action="list", object_id=str(shared.pk)
    ).exists()
