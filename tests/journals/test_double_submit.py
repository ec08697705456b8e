"""Reloading never sends an answer again, and sending it twice saves it once.

Every journal form ends a successful POST with a redirect, so a reload is a GET. Each
answer's form carries a nonce made when the page renders; the API takes the same as an
`Idempotency-Key` header. A double tap, a back-and-send or a client's retry makes one
entry (or assessment, or comment) and one alert, and gets the first one back."""

import json
import re
from datetime import UTC, datetime

import pytest
import time_machine
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse

from journals import services
from journals.models import Assessment, EntryComment, JournalEntry
from patients.models import Notification, SafetyAlert
from sessions.models import ScheduledPrompt
from tests.journals.helpers import CRISIS_WORDS, SHARED_WORDS, due_prompt, write_entry
from tests.sessions.helpers import record_session

NONCE = re.compile(r'name="nonce" value="([^"]+)"')
PHQ9_ITEM9_TWO = [0] * 8 + [2]
# A Tuesday mid-morning in the patients' New York, outside their quiet hours.
NOW = datetime(2026, 12, 8, 15, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def clock():
    with time_machine.travel(NOW, tick=False) as traveller:
        yield traveller


def _nonce(client, url) -> str:
    found = NONCE.findall(client.get(url).content.decode())
    assert len(found) == 1, "the form carries one nonce"
    return found[0]


def _twice(client, url, data):
    """Sends the same form twice, as a double tap or back-and-send would."""
    return client.post(url, data), client.post(url, data)


@pytest.fixture
def patient_client(world, client):
    client.force_login(world.patient.user)
    return client


# Pages ------------------------------------------------------------------------------------


def test_each_rendering_of_the_entry_form_has_a_new_nonce(patient_client):
    url = reverse("entry_create")

    assert _nonce(patient_client, url) != _nonce(patient_client, url)


def test_a_crisis_entry_sent_twice_is_one_entry_one_alert_and_the_same_page(
    world, patient_client, django_capture_on_commit_callbacks
):
    url = reverse("entry_create")
    data = {"text": CRISIS_WORDS, "nonce": _nonce(patient_client, url)}

    with django_capture_on_commit_callbacks(execute=True):
        first, second = _twice(patient_client, url, data)

    entry = JournalEntry.objects.get()
    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"]
    assert first["Location"].startswith(reverse("entry_detail", args=[entry.pk]))
    assert SafetyAlert.objects.count() == 1
    assert len(mail.outbox) == 3, "one urgent email to each of the clinician, coach, therapist"
    page = patient_client.get(second["Location"]).content.decode()
    assert "it was saved once" in page
    assert 'href="tel:988"' in page


def test_reloading_the_page_after_saving_sends_nothing_again(world, patient_client):
    url = reverse("entry_create")
    response = patient_client.post(url, {"text": CRISIS_WORDS})

    for _ in range(2):
        assert patient_client.get(response["Location"]).status_code == 200

    assert JournalEntry.objects.count() == 1
    assert SafetyAlert.objects.count() == 1


def test_a_form_without_a_nonce_still_saves(world, patient_client):
    url = reverse("entry_create")

    patient_client.post(url, {"text": "Written by a client that sends no nonce."})
    patient_client.post(url, {"text": "Another, written on purpose."})

    assert JournalEntry.objects.count() == 2


def test_two_forms_rendered_apart_make_two_entries(world, patient_client):
    url = reverse("entry_create")

    patient_client.post(url, {"text": "Morning.", "nonce": _nonce(patient_client, url)})
    patient_client.post(url, {"text": "Evening.", "nonce": _nonce(patient_client, url)})

    assert sorted(JournalEntry.objects.values_list("text", flat=True)) == ["Evening.", "Morning."]


def test_a_nonce_is_the_patients_own(world, client):
    """Another patient sending the same nonce writes their own entry."""
    url = reverse("entry_create")
    client.force_login(world.patient.user)
    nonce = _nonce(client, url)
    client.post(url, {"text": "Mine.", "nonce": nonce})

    client.force_login(world.other_patient.user)
    client.post(url, {"text": "Theirs.", "nonce": nonce})

    assert JournalEntry.objects.get(patient=world.other_patient).text == "Theirs."
    assert JournalEntry.objects.get(patient=world.patient).text == "Mine."


@pytest.mark.parametrize(
    ("kind", "instrument", "answer", "lands_on"),
    [
        ("check_in", "", {"mood": "6"}, lambda result: reverse("today")),
        (
            "journal",
            "",
            {"text": CRISIS_WORDS},
            lambda result: reverse("entry_detail", args=[result.pk]),
        ),
        (
            "mindfulness",
            "",
            {"practice_minutes": "10", "text": "Calmer."},
            lambda result: reverse("entry_detail", args=[result.pk]),
        ),
        (
            "therapy",
            "",
            {"text": "What the session stirred up."},
            lambda result: reverse("entry_detail", args=[result.pk]),
        ),
        (
            "assessment",
            "phq9",
            {f"item_{n}": "2" if n == 9 else "0" for n in range(1, 10)},
            lambda result: reverse("assessment_detail", args=[result.pk]),
        ),
    ],
)
def test_each_kind_of_answer_sent_twice_is_saved_once_and_leads_to_it(
    world, patient_client, kind, instrument, answer, lands_on
):
    prompt = due_prompt(world, kind, instrument=instrument)
    url = reverse("prompt_answer", args=[prompt.pk])
    data = {**answer, "nonce": _nonce(patient_client, url)}

    first, second = _twice(patient_client, url, data)

    results = list(prompt.journal_entries.all()) + list(prompt.assessments.all())
    assert len(results) == 1
    assert first.status_code == second.status_code == 302
    assert second["Location"].split("?")[0] == lands_on(results[0])
    assert first["Location"] == second["Location"]
    prompt.refresh_from_db()
    assert prompt.status == ScheduledPrompt.Status.ANSWERED
    flagged = kind in ("journal", "assessment")
    assert SafetyAlert.objects.count() == (1 if flagged else 0)


def test_a_free_phq9_sent_twice_is_one_assessment_and_one_alert(world, patient_client):
    url = reverse("assessment_create", args=["phq9"])
    answers = {f"item_{n}": "1" if n == 9 else "0" for n in range(1, 10)}
    data = {**answers, "nonce": _nonce(patient_client, url)}

    first, second = _twice(patient_client, url, data)

    assessment = Assessment.objects.get()
    assert first["Location"] == second["Location"]
    assert first["Location"] == reverse("assessment_detail", args=[assessment.pk])
    assert SafetyAlert.objects.count() == 1
    assert 'href="tel:988"' in patient_client.get(second["Location"]).content.decode()


def test_a_staff_comment_sent_twice_is_one_comment_and_one_note_to_the_patient(world, client):
    entry = write_entry(world.patient, SHARED_WORDS, share=True)
    client.force_login(world.user("coach"))
    page = reverse("staff_entry_detail", args=[entry.pk])
    data = {"text": "Thank you for sharing this.", "nonce": _nonce(client, page)}

    first, second = _twice(client, reverse("staff_entry_comment", args=[entry.pk]), data)

    assert first.status_code == second.status_code == 302
    assert EntryComment.objects.count() == 1
    notes = Notification.objects.filter(user=world.patient.user, title__contains="commented")
    assert notes.count() == 1


def test_a_patients_reply_sent_twice_is_one_reply(world, patient_client):
    entry = write_entry(world.patient, SHARED_WORDS, share=True)
    page = reverse("entry_detail", args=[entry.pk])
    EntryComment.objects.create(entry=entry, author=world.user("coach"), text="How are you?")
    data = {"text": "Better, thanks.", "nonce": _nonce(patient_client, page)}

    _twice(patient_client, reverse("entry_comment", args=[entry.pk]), data)

    assert list(entry.comments.values_list("text", flat=True)) == [
        "How are you?",
        "Better, thanks.",
    ]


def test_a_tampered_nonce_is_ignored_and_the_answer_still_saved(world, patient_client):
    url = reverse("entry_create")

    response = patient_client.post(url, {"text": "Still mine.", "nonce": "x" * 500})

    assert response.status_code == 302
    assert JournalEntry.objects.get().idempotency_key == ""


# API --------------------------------------------------------------------------------------


@pytest.fixture
def patient_api(world, client):
    client.force_login(world.patient.user)
    return client


def _post(client, url, data, key="d3c1a0e2-6f1b-4c55-9a57-3f0f7a1c2b10"):
    headers = {"Idempotency-Key": key} if key else {}
    return client.post(url, json.dumps(data), content_type="application/json", headers=headers)


def test_an_api_entry_sent_twice_with_one_key_is_one_entry_and_the_same_answer(
    world, patient_api, django_capture_on_commit_callbacks
):
    url = reverse("journal-entry-list")

    with django_capture_on_commit_callbacks(execute=True):
        first = _post(patient_api, url, {"text": CRISIS_WORDS})
        second = _post(patient_api, url, {"text": CRISIS_WORDS})

    assert first.status_code == second.status_code == 201
    assert first.json() == second.json()
    assert first.json()["crisis_resources"] is not None
    assert "Idempotent-Replayed" not in first
    assert second["Idempotent-Replayed"] == "true"
    assert JournalEntry.objects.count() == 1
    assert SafetyAlert.objects.count() == 1
    assert len(mail.outbox) == 3  # the clinician, the coach and the therapist


def test_api_entries_with_different_keys_or_none_are_each_saved(world, patient_api):
    url = reverse("journal-entry-list")

    _post(patient_api, url, {"text": "One."}, key="key-1")
    _post(patient_api, url, {"text": "Two."}, key="key-2")
    _post(patient_api, url, {"text": "Three."}, key=None)
    _post(patient_api, url, {"text": "Four."}, key=None)

    assert JournalEntry.objects.count() == 4


def test_an_api_assessment_sent_twice_with_one_key_is_one_assessment(world, patient_api):
    url = reverse("assessment-list")
    data = {"instrument": "phq9", "item_scores": PHQ9_ITEM9_TWO}

    first, second = _post(patient_api, url, data), _post(patient_api, url, data)

    assert first.status_code == second.status_code == 201
    assert first.json() == second.json()
    assert Assessment.objects.count() == 1
    assert SafetyAlert.objects.count() == 1


@pytest.mark.parametrize(
    ("kind", "instrument", "data"),
    [
        ("check_in", "", {"mood": 3}),
        ("journal", "", {"text": CRISIS_WORDS}),
        ("mindfulness", "", {"practice_minutes": 12}),
        ("therapy", "", {"text": "For Thursday."}),
        ("assessment", "phq9", {"item_scores": PHQ9_ITEM9_TWO}),
    ],
)
def test_an_api_answer_retried_with_its_key_gets_201_and_the_first_answer(
    world, patient_api, kind, instrument, data
):
    prompt = due_prompt(world, kind, instrument=instrument)
    url = reverse("prompt-answer", args=[prompt.pk])

    first, second = _post(patient_api, url, data), _post(patient_api, url, data)

    assert first.status_code == second.status_code == 201
    assert first.json() == second.json()
    assert second["Idempotent-Replayed"] == "true"
    assert prompt.journal_entries.count() + prompt.assessments.count() == 1
    assert SafetyAlert.objects.count() == (1 if kind in ("journal", "assessment") else 0)


def test_an_answered_prompt_sent_again_with_a_new_key_is_still_refused(world, patient_api):
    prompt = due_prompt(world, "check_in")
    url = reverse("prompt-answer", args=[prompt.pk])
    _post(patient_api, url, {"mood": 3}, key="first")

    again = _post(patient_api, url, {"mood": 4}, key="second")

    assert again.status_code == 409
    assert JournalEntry.objects.get().mood == 3


def test_a_key_used_for_one_prompt_is_refused_for_another(world, patient_api):
    first = due_prompt(world, "check_in", session=record_session(world, hours_ago=30))
    other = due_prompt(world, "check_in", session=record_session(world, hours_ago=3))
    _post(patient_api, reverse("prompt-answer", args=[first.pk]), {"mood": 3})

    response = _post(patient_api, reverse("prompt-answer", args=[other.pk]), {"mood": 5})

    assert response.status_code == 400
    assert "send a new key" in str(response.json()["idempotency_key"])
    other.refresh_from_db()
    assert other.status == ScheduledPrompt.Status.SENT


def test_a_malformed_key_gets_a_field_level_400_and_saves_nothing(world, patient_api):
    response = _post(patient_api, reverse("journal-entry-list"), {"text": "x"}, key="k" * 65)

    assert response.status_code == 400
    assert "up to 64" in str(response.json()["idempotency_key"])
    assert not JournalEntry.objects.exists()


def test_an_api_comment_sent_twice_with_one_key_is_one_comment(world, client):
    entry = write_entry(world.patient, SHARED_WORDS, share=True)
    client.force_login(world.user("clinician"))
    data = {"entry": entry.pk, "text": "Let's talk about this on Thursday."}

    first = _post(client, reverse("comment-list"), data)
    second = _post(client, reverse("comment-list"), data)

    assert first.status_code == second.status_code == 201
    assert first.json() == second.json()
    assert EntryComment.objects.count() == 1


def test_words_changed_before_sending_again_are_kept_as_a_draft(world, patient_client):
    url = reverse("entry_create")
    nonce = _nonce(patient_client, url)
    patient_client.post(url, {"text": "A quiet morning.", "nonce": nonce})

    response = patient_client.post(
        url, {"text": "A quiet morning, then a long talk with my sister.", "nonce": nonce}
    )

    entry = JournalEntry.objects.get()
    assert entry.text == "A quiet morning."
    assert response["Location"].startswith(reverse("entry_detail", args=[entry.pk]))
    form = patient_client.get(url).content.decode()
    assert "then a long talk with my sister" in form


def test_a_service_caller_with_an_overlong_key_is_told_and_nothing_is_saved(world):
    with pytest.raises(ValidationError) as refused:
        services.entry_create(acting_user=world.patient.user, text="x", idempotency_key="k" * 65)

    assert "up to 64" in str(refused.value.message_dict["idempotency_key"])
    assert not JournalEntry.objects.exists()
