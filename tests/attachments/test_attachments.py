"""Attachments follow their entry: private unless it is shared, gone from view when it is
deleted, back when it is restored, purged with it (files included). A row and its file
commit together; the quota and captions' crisis screen hold like any other rule."""

from datetime import timedelta
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from journals import services
from journals.models import Attachment, JournalEntry
from journals.services_attachments import (
    NewAttachment,
    attachments_add,
    files_kept_only_on_commit,
)
from patients.models import AuditEvent, SafetyAlert
from tests.attachments.helpers import (
    CAPTION_WORDS,
    HTML_AS_PNG,
    attach,
    jpeg_with_gps,
    png_bytes,
    upload,
    webm_bytes,
)
from tests.journals.helpers import PRIVATE_WORDS, SHARED_WORDS, write_entry


def stored_files(settings) -> list[Path]:
    return [path for path in Path(settings.MEDIA_ROOT).rglob("*") if path.is_file()]


@pytest.fixture(autouse=True)
def own_media_root(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")


@pytest.fixture
def patient_client(world, client):
    client.force_login(world.patient.user)
    return client


def test_the_entry_form_saves_words_drawing_photo_and_voice_note_together(
    world, patient_client, settings
):
    response = patient_client.post(
        reverse("entry_create"),
        {
            "text": "After the session.",
            "drawing": upload("drawing.png", png_bytes()),
            "photos": [upload("a.jpg", jpeg_with_gps()), upload("b.png", png_bytes())],
            "voice": upload("voice-note.webm", webm_bytes()),
            "caption": "The garden",
        },
    )

    entry = JournalEntry.objects.get()
    assert response["Location"].startswith(reverse("entry_detail", args=[entry.pk]))
    kinds = sorted(entry.attachments.values_list("kind", flat=True))
    assert kinds == ["drawing", "photo", "photo", "voice"]
    # Each image has its file and a thumbnail; the voice note one file.
    assert len(stored_files(settings)) == 7
    page = patient_client.get(reverse("entry_detail", args=[entry.pk])).content.decode()
    for attachment in entry.attachments.all():
        assert reverse("attachment_file", args=[attachment.pk]) in page
    assert "does not look at images or listen to recordings" in page


def test_a_refused_file_leaves_no_entry_and_no_file_and_keeps_the_words(patient_client, settings):
    response = patient_client.post(
        reverse("entry_create"),
        {
            "text": "Words I do not want to lose.",
            "photos": [upload("a.jpg", jpeg_with_gps()), upload("page.png", HTML_AS_PNG)],
        },
    )

    assert response.status_code == 200
    body = response.content.decode()
    assert "SVG images and web pages (HTML) cannot be attached." in body
    assert "Words I do not want to lose." in body
    assert not JournalEntry.objects.exists()
    assert not Attachment.objects.exists()
    assert stored_files(settings) == []


def test_files_written_in_a_transaction_that_fails_are_removed(world, settings):
    entry = write_entry(world.patient, PRIVATE_WORDS)

    with pytest.raises(RuntimeError), files_kept_only_on_commit(), transaction.atomic():
        attachments_add(
            acting_user=world.patient.user,
            entry=entry,
            new=[NewAttachment(upload=upload("a.png", png_bytes()))],
        )
        assert len(stored_files(settings)) == 2
        raise RuntimeError("the entry's save failed after its files were written")

    assert not Attachment.objects.exists()
    assert stored_files(settings) == []


def test_a_private_entrys_attachment_is_the_patients_alone_until_shared(world, client_for):
    entry = write_entry(world.patient, SHARED_WORDS)
    attachment = attach(entry)
    url = reverse("attachment_file", args=[attachment.pk])

    assert client_for(world.user("coach")).get(url).status_code == 404
    services.entry_share(acting_user=world.patient.user, entry=entry)
    assert client_for(world.user("coach")).get(url).status_code == 200
    services.entry_unshare(acting_user=world.patient.user, entry=entry)
    assert client_for(world.user("coach")).get(url).status_code == 404
    assert client_for(world.user("clinician")).get(url).status_code == 404


def test_a_staff_read_of_an_attachment_is_audited_and_the_patients_is_not(world, client_for):
    attachment = attach(write_entry(world.patient, SHARED_WORDS, share=True))

    client_for(world.patient.user).get(reverse("attachment_file", args=[attachment.pk]))
    client_for(world.user("clinician")).get(reverse("attachment_thumbnail", args=[attachment.pk]))

    event = AuditEvent.objects.get(object_type="journals.attachment")
    assert (event.actor, event.patient, event.action, event.object_id) == (
        world.user("clinician"),
        world.patient,
        "view",
        str(attachment.pk),
    )


def test_attachments_go_and_come_back_with_their_entry(world, patient_client):
    entry = write_entry(world.patient, PRIVATE_WORDS)
    attachment = attach(entry)
    url = reverse("attachment_file", args=[attachment.pk])

    services.entry_delete(acting_user=world.patient.user, entry=entry)
    assert patient_client.get(url).status_code == 404
    services.entry_restore(acting_user=world.patient.user, entry=entry)
    assert patient_client.get(url).status_code == 200


def test_the_purge_removes_attachments_and_their_files_after_30_days(
    world, settings, django_capture_on_commit_callbacks
):
    kept = attach(write_entry(world.patient, "Kept"))
    entry = write_entry(world.patient, PRIVATE_WORDS)
    attach(entry)
    attach(entry, webm_bytes(), name="voice.webm")
    services.entry_delete(acting_user=world.patient.user, entry=entry)
    assert len(stored_files(settings)) == 5

    services.entries_purge_deleted(now=timezone.now() + timedelta(days=29))
    assert Attachment.objects.count() == 3
    with_rows = {kept.file.name, kept.thumbnail.name}
    with django_capture_on_commit_callbacks(execute=True):
        services.entries_purge_deleted(now=timezone.now() + timedelta(days=31))

    assert list(Attachment.objects.all()) == [kept]
    remaining = {str(path.relative_to(settings.MEDIA_ROOT)) for path in stored_files(settings)}
    assert remaining == with_rows


def test_the_quota_refuses_what_would_pass_it_and_says_what_is_left(
    world, patient_client, settings
):
    entry = write_entry(world.patient, PRIVATE_WORDS)
    first = attach(entry, png_bytes())
    settings.ATTACHMENT_QUOTA_BYTES = first.size + 100

    response = patient_client.post(
        reverse("entry_attachments_add", args=[entry.pk]),
        {"photos": upload("b.png", png_bytes(colour="blue"))},
        follow=True,
    )

    assert "Your space for attachments is full" in response.content.decode()
    assert list(Attachment.objects.all()) == [first]
    assert len(stored_files(settings)) == 2


def test_a_caption_goes_through_the_crisis_screen(world):
    entry = write_entry(world.patient, PRIVATE_WORDS)

    attach(entry, caption="I want to die tonight")

    entry.refresh_from_db()
    assert entry.flagged
    alert = SafetyAlert.objects.get()
    assert alert.patient == world.patient


def test_a_harmless_caption_raises_nothing(world):
    entry = write_entry(world.patient, PRIVATE_WORDS)

    attachment = attach(entry, caption=CAPTION_WORDS)

    assert attachment.caption == CAPTION_WORDS
    assert not SafetyAlert.objects.exists()


def test_only_the_patient_adds_and_a_deleted_entry_takes_nothing(world):
    entry = write_entry(world.patient, SHARED_WORDS, share=True)
    services.entry_delete(acting_user=world.patient.user, entry=entry)

    with pytest.raises(ValidationError, match="Restore this entry"):
        attach(entry)


def test_the_patient_removes_an_attachment_and_its_files(
    world, patient_client, settings, django_capture_on_commit_callbacks
):
    attachment = attach(write_entry(world.patient, PRIVATE_WORDS))

    with django_capture_on_commit_callbacks(execute=True):
        response = patient_client.post(reverse("attachment_remove", args=[attachment.pk]))

    assert response["Location"] == reverse("entry_detail", args=[attachment.entry_id])
    assert not Attachment.objects.exists()
    assert stored_files(settings) == []


def test_an_attachment_can_be_handed_to_the_front_server(world, patient_client, settings):
    settings.ATTACHMENT_SERVING = "x-accel"
    settings.ATTACHMENT_X_ACCEL_PREFIX = "/protected-media/"
    attachment = attach(write_entry(world.patient, PRIVATE_WORDS))

    response = patient_client.get(reverse("attachment_file", args=[attachment.pk]))

    assert response["X-Accel-Redirect"] == "/protected-media/" + attachment.file.name
    assert response["Content-Type"] == "image/jpeg"
    assert "no-store" in response["Cache-Control"]
    assert response.content == b""


def test_the_journal_lists_thumbnails_without_a_query_per_entry(
    world, patient_client, django_assert_max_num_queries
):
    def page_queries():
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            response = patient_client.get(reverse("journal_list"))
        assert response.status_code == 200
        return len(queries), response.content.decode()

    attach(write_entry(world.patient, "One"))
    one, _ = page_queries()
    for n in range(6):
        entry = write_entry(world.patient, f"Entry {n}")
        attach(entry)
        attach(entry, png_bytes())

    with django_assert_max_num_queries(one):
        many, body = page_queries()
    assert body.count('class="attachment-thumb"') == 13


def test_the_care_teams_entry_list_shows_thumbnails_in_few_queries(
    world, client_for, django_assert_max_num_queries
):
    for n in range(5):
        attach(write_entry(world.patient, f"Shared {n}", share=True))
    client = client_for(world.user("clinician"))

    with django_assert_max_num_queries(20):
        response = client.get(reverse("staff_entry_list", args=[world.patient.pk]))

    assert response.content.decode().count('class="attachment-thumb"') == 5
