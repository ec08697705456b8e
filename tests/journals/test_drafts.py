"""The autosave endpoint keeps a draft per place, so a reload or lost connection loses
nothing; the draft is gone once the entry is saved."""

import pytest
from django.urls import reverse

from journals.models import JournalDraft
from tests.journals.helpers import due_prompt


@pytest.fixture
def patient_client(world, client):
    client.force_login(world.patient.user)
    return client


def test_the_draft_endpoint_stores_and_returns_the_draft(world, patient_client):
    url = reverse("journal_draft", args=["new"])

    saved = patient_client.post(url, {"text": "Half a thought", "mood": "6"})
    fetched = patient_client.get(url)

    assert saved.status_code == 200
    assert fetched.json()["text"] == "Half a thought"
    assert fetched.json()["mood"] == 6
    assert fetched.json()["updated_at"]
    draft = JournalDraft.objects.get()
    assert (draft.patient, draft.key, draft.text) == (world.patient, "new", "Half a thought")


def test_saving_again_replaces_the_draft(patient_client):
    url = reverse("journal_draft", args=["new"])
    patient_client.post(url, {"text": "One"})
    patient_client.post(url, {"text": "One, two"})

    assert JournalDraft.objects.get().text == "One, two"


def test_no_draft_yet_returns_empty_text(patient_client):
    response = patient_client.get(reverse("journal_draft", args=["new"]))

    assert response.json() == {"key": "new", "text": "", "mood": None, "updated_at": None}


def test_a_reload_fills_the_form_from_the_draft(patient_client):
    patient_client.post(reverse("journal_draft", args=["new"]), {"text": "Where I left off"})

    page = patient_client.get(reverse("entry_create")).content.decode()

    assert "Where I left off</textarea>" in page
    assert 'data-draft-url="/journal/drafts/new/"' in page
    assert "Draft restored" in page


def test_the_draft_is_deleted_when_the_entry_is_saved(patient_client):
    patient_client.post(reverse("journal_draft", args=["new"]), {"text": "Almost"})

    patient_client.post(reverse("entry_create"), {"text": "Almost done"})

    assert not JournalDraft.objects.exists()


def test_a_prompts_draft_is_its_own(world, patient_client):
    prompt = due_prompt(world, "journal")
    key = f"prompt-{prompt.pk}"
    patient_client.post(reverse("journal_draft", args=[key]), {"text": "For the prompt"})

    answer_page = patient_client.get(reverse("prompt_answer", args=[prompt.pk])).content.decode()
    free_page = patient_client.get(reverse("entry_create")).content.decode()

    assert "For the prompt</textarea>" in answer_page
    assert "For the prompt" not in free_page


def test_drafts_are_private_to_their_patient(world, client_for):
    client_for(world.patient.user).post(reverse("journal_draft", args=["new"]), {"text": "Mine"})

    other = client_for(world.other_patient.user).get(reverse("journal_draft", args=["new"]))
    staff = client_for(world.user("clinician")).get(reverse("journal_draft", args=["new"]))

    assert other.json()["text"] == ""
    assert staff.status_code == 403


def test_an_unknown_draft_place_is_refused(patient_client):
    assert patient_client.get(reverse("journal_draft", args=["anything"])).status_code == 404


def test_a_bad_mood_in_a_draft_is_refused_with_field_errors(patient_client):
    response = patient_client.post(
        reverse("journal_draft", args=["new"]), {"text": "x", "mood": "11"}
    )

    assert response.status_code == 400
    assert "mood" in response.json()["errors"]
    assert not JournalDraft.objects.exists()


def test_a_draft_keeps_even_an_over_long_entry(patient_client):
    text = "word " * 20_480

    patient_client.post(reverse("journal_draft", args=["new"]), {"text": text})

    assert JournalDraft.objects.get().text == text
