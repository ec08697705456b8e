"""Each kind of prompt answered through its page, by the patient, marks it answered."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from journals.models import Assessment, Commitment, JournalDraft, JournalEntry
from sessions.models import ScheduledPrompt
from tests.journals.helpers import due_prompt, expire
from tests.sessions.helpers import record_session

Status = ScheduledPrompt.Status


@pytest.fixture
def patient_client(world, client):
    client.force_login(world.patient.user)
    return client


def _answer_url(prompt):
    return reverse("prompt_answer", args=[prompt.pk])


def test_the_emailed_prompt_link_takes_the_patient_to_the_answer_page(world, patient_client):
    prompt = due_prompt(world, "check_in")

    response = patient_client.get(reverse("prompt_detail", args=[prompt.pk]))

    assert response.status_code == 302
    assert response["Location"] == _answer_url(prompt)


def test_a_check_in_is_one_tap_on_one_of_ten_labelled_buttons(world, patient_client):
    prompt = due_prompt(world, "check_in")

    page = patient_client.get(_answer_url(prompt)).content.decode()
    assert page.count('name="mood"') == 10
    assert 'aria-label="1 out of 10, the worst"' in page
    assert 'aria-label="10 out of 10, the best"' in page

    response = patient_client.post(_answer_url(prompt), {"mood": "7"})

    assert response["Location"] == reverse("today")
    entry = JournalEntry.objects.get()
    assert (entry.kind, entry.mood, entry.prompt, entry.session) == (
        "check_in",
        7,
        prompt,
        prompt.session,
    )
    assert not entry.shared_with_care_team
    prompt.refresh_from_db()
    assert prompt.status == Status.ANSWERED
    assert prompt.answered_at is not None


def test_a_journal_prompt_shows_its_questions_and_the_windows_commitments(world, patient_client):
    prompt = due_prompt(world, "journal")
    commitment = Commitment.objects.create(
        patient=world.patient, session=prompt.session, text="Walk after lunch"
    )

    page = patient_client.get(_answer_url(prompt)).content.decode()

    assert "Questions to guide you" in page
    assert "What stood out during your session?" in page
    assert "Walk after lunch" in page
    assert f'name="commitment_{commitment.pk}"' in page
    for feeling in ("Calm", "Hopeful", "Anxious", "Overwhelmed"):
        assert feeling in page


def test_a_journal_answer_saves_text_mood_feelings_and_progress(world, patient_client):
    prompt = due_prompt(world, "journal")
    commitment = Commitment.objects.create(
        patient=world.patient, session=prompt.session, text="Walk after lunch"
    )
    JournalDraft.objects.create(patient=world.patient, key=f"prompt-{prompt.pk}", text="half")

    response = patient_client.post(
        _answer_url(prompt),
        {
            "text": "I felt held.",
            "mood": "6",
            "feelings": ["calm", "hopeful"],
            f"commitment_{commitment.pk}": "some",
        },
    )

    entry = JournalEntry.objects.get()
    assert response["Location"] == (
        reverse("entry_detail", args=[entry.pk]) + f"?draft_saved=prompt-{prompt.pk}"
    )
    assert (entry.kind, entry.text, entry.mood, entry.feelings) == (
        "journal",
        "I felt held.",
        6,
        ["calm", "hopeful"],
    )
    assert entry.session == prompt.session
    commitment.refresh_from_db()
    assert commitment.progress == "some"
    assert not JournalDraft.objects.exists()
    prompt.refresh_from_db()
    assert prompt.status == Status.ANSWERED


def test_the_saved_page_clears_the_draft_kept_on_the_device(world, patient_client):
    prompt = due_prompt(world, "journal")
    patient_client.post(_answer_url(prompt), {"text": "Done."})
    entry = JournalEntry.objects.get()

    page = patient_client.get(
        reverse("entry_detail", args=[entry.pk]), {"draft_saved": f"prompt-{prompt.pk}"}
    ).content.decode()

    assert f'data-draft-clear="ic-draft:{world.patient.pk}:prompt-{prompt.pk}"' in page


def test_mindfulness_has_a_timer_and_breathing_guide_then_records_the_practice(
    world, patient_client
):
    prompt = due_prompt(world, "mindfulness")

    page = patient_client.get(_answer_url(prompt)).content.decode()
    assert "breath-circle" in page
    assert "data-practice-toggle" in page
    assert "journal-breathing.js" in page

    patient_client.post(_answer_url(prompt), {"practice_minutes": "10", "text": "Calmer."})

    entry = JournalEntry.objects.get()
    assert (entry.kind, entry.practice_minutes, entry.text) == ("mindfulness", 10, "Calmer.")
    prompt.refresh_from_db()
    assert prompt.status == Status.ANSWERED


def test_mindfulness_needs_the_minutes_practised(world, patient_client):
    prompt = due_prompt(world, "mindfulness")

    response = patient_client.post(_answer_url(prompt), {"practice_minutes": "", "text": "ok"})

    assert "Enter the minutes you practised." in response.content.decode()
    assert not JournalEntry.objects.exists()


def test_a_therapy_reflection_keeps_the_next_appointment(world, patient_client):
    prompt = due_prompt(world, "therapy")
    page = patient_client.get(_answer_url(prompt)).content.decode()
    assert "Questions to take to therapy" in page
    assert 'type="datetime-local"' in page

    patient_client.post(
        _answer_url(prompt),
        {"text": "Talk about my father.", "next_therapy_at": "2031-03-04T15:30"},
    )

    entry = JournalEntry.objects.get()
    assert entry.kind == "therapy"
    # Harbor patients live in New York: 15:30 there is 20:30 UTC in March (EST).
    assert entry.next_therapy_at.isoformat() == "2031-03-04T20:30:00+00:00"
    prompt.refresh_from_db()
    assert prompt.status == Status.ANSWERED


@pytest.mark.parametrize(("instrument", "count"), [("phq9", 9), ("gad7", 7)])
def test_an_assessment_prompt_asks_every_item_on_the_standard_scale(
    world, patient_client, instrument, count
):
    prompt = due_prompt(world, "assessment", instrument=instrument)

    page = patient_client.get(_answer_url(prompt)).content.decode()

    assert "Over the last 2 weeks, how often have you been bothered" in page
    for n in range(1, count + 1):
        assert f'name="item_{n}"' in page
    assert f'name="item_{count + 1}"' not in page
    for words in ("Not at all", "Several days", "More than half the days", "Nearly every day"):
        assert page.count(words) == count


def test_an_assessment_is_scored_and_stored_item_by_item(world, patient_client):
    prompt = due_prompt(world, "assessment", instrument="gad7")
    answers = [3, 2, 2, 1, 1, 1, 0]

    response = patient_client.post(
        _answer_url(prompt), {f"item_{n}": str(v) for n, v in enumerate(answers, start=1)}
    )

    assessment = Assessment.objects.get()
    assert response["Location"] == reverse("assessment_detail", args=[assessment.pk])
    assert (assessment.instrument, assessment.item_scores) == ("gad7", answers)
    assert (assessment.total, assessment.band) == (10, "moderate")
    assert (assessment.prompt, assessment.session) == (prompt, prompt.session)
    prompt.refresh_from_db()
    assert prompt.status == Status.ANSWERED
    page = patient_client.get(response["Location"]).content.decode()
    assert "10</strong> of 21" in page
    assert "Moderate" in page


def test_a_missing_answer_is_named_and_the_others_are_kept(world, patient_client):
    prompt = due_prompt(world, "assessment", instrument="phq9")
    answers = {f"item_{n}": "2" for n in range(1, 10) if n not in (4, 9)}

    response = patient_client.post(_answer_url(prompt), answers)

    body = response.content.decode()
    assert "still to answer: 4, 9." in body
    assert "Please answer question 4." in body
    assert body.count('value="2" id="id_item_1_2" required checked') == 1
    assert body.count(" checked>") == 7
    assert not Assessment.objects.exists()
    prompt.refresh_from_db()
    assert prompt.status == Status.SENT


def test_an_expired_prompt_can_still_be_journaled_but_stays_missed(world, patient_client):
    prompt = expire(due_prompt(world, "journal"))

    page = patient_client.get(_answer_url(prompt)).content.decode()
    assert "will count as missed" in page

    patient_client.post(_answer_url(prompt), {"text": "Late, but here."})

    entry = JournalEntry.objects.get()
    assert entry.prompt == prompt
    prompt.refresh_from_db()
    assert prompt.status == Status.EXPIRED
    assert prompt.answered_at is None


def test_an_answered_prompt_is_not_answered_twice(world, patient_client):
    prompt = due_prompt(world, "check_in")
    patient_client.post(_answer_url(prompt), {"mood": "5"})

    again = patient_client.post(_answer_url(prompt), {"mood": "9"})

    assert "See what you wrote" in again.content.decode()
    assert JournalEntry.objects.get().mood == 5


def test_a_prompt_not_yet_due_cannot_be_answered(world, patient_client):
    prompt = record_session(world).prompts.order_by("due_at").last()

    response = patient_client.post(_answer_url(prompt), {"text": "Early"})

    assert "not open yet" in response.content.decode()
    assert not JournalEntry.objects.exists()
    assert not Assessment.objects.exists()


def test_a_mood_of_eleven_is_refused_on_a_check_in(world, patient_client):
    prompt = due_prompt(world, "check_in")

    response = patient_client.post(_answer_url(prompt), {"mood": "11"})

    assert "Choose a mood from 1 to 10." in response.content.decode()
    assert not JournalEntry.objects.exists()
    prompt.refresh_from_db()
    assert prompt.status == Status.SENT


def test_the_care_team_cannot_answer_for_the_patient(world, client_for):
    prompt = due_prompt(world, "check_in")

    for role in ("coach", "clinician"):
        response = client_for(world.user(role)).post(_answer_url(prompt), {"mood": "3"})
        assert response.status_code == 403, role
    assert not JournalEntry.objects.exists()


def test_a_free_entry_written_in_an_open_window_belongs_to_it(world, patient_client):
    session = record_session(world)
    ScheduledPrompt.objects.filter(session=session).update(
        expires_at=timezone.now() + timedelta(hours=5)
    )

    patient_client.post(reverse("entry_create"), {"text": "A thought."})

    assert JournalEntry.objects.get().session == session


def test_a_free_entry_written_after_the_window_closed_belongs_to_none(world, patient_client):
    session = record_session(world, hours_ago=200)
    ScheduledPrompt.objects.filter(session=session).update(
        expires_at=timezone.now() - timedelta(hours=5)
    )

    patient_client.post(reverse("entry_create"), {"text": "A thought."})

    assert JournalEntry.objects.get().session is None
