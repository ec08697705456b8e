"""The creative prompt: in the standard plan once in the window, answered with drawings,
photos or voice notes (and words if the patient wants), in the browser or the API."""

import pytest
from django.urls import reverse

from journals.models import JournalEntry
from sessions.models import PromptKind, ScheduledPrompt
from sessions.services import DEFAULT_STEPS
from tests.attachments.helpers import png_bytes, upload, webm_bytes
from tests.journals.helpers import due_prompt


@pytest.fixture(autouse=True)
def own_media_root(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")


@pytest.fixture
def patient_client(world, client):
    client.force_login(world.patient.user)
    return client


def test_the_standard_plan_asks_for_creative_expression_once_in_the_window(world):
    creative = [step for step in DEFAULT_STEPS if step["kind"] == PromptKind.CREATIVE]

    assert len(creative) == 1
    assert creative[0]["instructions"] == (
        "Draw, photograph or record something that holds what you felt."
    )
    prompt = due_prompt(world, "creative")
    assert prompt.title == "Creative expression"
    assert ScheduledPrompt.objects.filter(kind="creative").count() == 1


def test_the_answer_page_offers_the_canvas_photos_and_the_recorder(world, patient_client):
    prompt = due_prompt(world, "creative")

    page = patient_client.get(reverse("prompt_answer", args=[prompt.pk])).content.decode()

    assert "data-drawing-canvas" in page
    assert 'accept="image/jpeg,image/png,image/webp"' in page
    assert "data-voice-record" in page
    assert 'enctype="multipart/form-data"' in page
    assert "does not look at images or listen to recordings" in page


def test_a_drawing_and_a_voice_note_answer_the_prompt(world, patient_client):
    prompt = due_prompt(world, "creative")

    response = patient_client.post(
        reverse("prompt_answer", args=[prompt.pk]),
        {
            "drawing": upload("drawing.png", png_bytes()),
            "voice": upload("voice-note.webm", webm_bytes()),
            "share": "on",
        },
    )

    entry = JournalEntry.objects.get()
    assert response["Location"].startswith(reverse("entry_detail", args=[entry.pk]))
    assert (entry.kind, entry.prompt, entry.shared_with_care_team) == ("creative", prompt, True)
    assert sorted(entry.attachments.values_list("kind", flat=True)) == ["drawing", "voice"]
    prompt.refresh_from_db()
    assert prompt.status == ScheduledPrompt.Status.ANSWERED


def test_an_empty_creative_answer_is_refused_and_the_prompt_stays_open(world, patient_client):
    prompt = due_prompt(world, "creative")

    response = patient_client.post(
        reverse("prompt_answer", args=[prompt.pk]), {"title": "Kept title"}
    )

    body = response.content.decode()
    assert "Attach a drawing, photo or voice note, or write a few words." in body
    assert 'value="Kept title"' in body
    assert not JournalEntry.objects.exists()
    prompt.refresh_from_db()
    assert prompt.status != ScheduledPrompt.Status.ANSWERED


def test_the_api_answers_a_creative_prompt_then_attaches_to_its_entry(world, patient_client):
    prompt = due_prompt(world, "creative")

    answered = patient_client.post(
        reverse("prompt-answer", args=[prompt.pk]), {"text": "A sketch of the sea"}
    )
    entry_id = answered.json()["entry"]["id"]
    attached = patient_client.post(
        reverse("api-entry-attachments", args=[entry_id]),
        {"file": upload("sea.png", png_bytes()), "kind": "drawing"},
    )

    assert answered.status_code == 201
    assert attached.status_code == 201
    assert attached.json()["kind"] == "drawing"
