"""Intentions before a planned session: the patient sets them, the clinician reads them on
the session page (unless the patient keeps them private), and the window's reflections
quote them back."""

from datetime import UTC, datetime, timedelta

import pytest
from django.urls import reverse

from journals.models import JournalEntry
from sessions import services
from tests.sessions.helpers import make_due

NOW = datetime(2026, 12, 8, 19, 0, tzinfo=UTC)
WORDS = "to stop bracing for the worst"


@pytest.fixture(autouse=True)
def _pinned(time_machine):
    time_machine.move_to(NOW, tick=False)


@pytest.fixture
def planned(world):
    return services.session_create(
        acting_user=world.user("clinician"),
        patient=world.patient,
        route="iv_ketamine",
        dose_mg=35,
        started_at=NOW + timedelta(hours=20),
        status="planned",
    )


def _answer(client, world, prompt, **extra):
    client.force_login(world.patient.user)
    page = client.get(reverse("prompt_answer", args=[prompt.pk])).content.decode()
    nonce = page.split('name="nonce" value="')[1].split('"')[0]
    data = {"nonce": nonce, "text": WORDS, **extra}
    return client.post(reverse("prompt_answer", args=[prompt.pk]), data), page


def test_intentions_are_shared_unless_the_patient_says_otherwise(world, client, planned):
    prompt = make_due(planned.prompts.get(kind="intention"))

    response, page = _answer(client, world, prompt, share="on")

    assert response.status_code == 302
    assert "before your session of" in page
    assert 'id="id_share" checked' in page
    entry = JournalEntry.objects.get(prompt=prompt)
    assert (entry.text, entry.shared_with_care_team, entry.session) == (WORDS, True, planned)
    prompt.refresh_from_db()
    assert prompt.status == "answered"


def test_the_clinician_reads_shared_intentions_on_the_session_page(world, client, planned):
    _answer(client, world, make_due(planned.prompts.get(kind="intention")), share="on")
    client.force_login(world.user("clinician"))

    page = client.get(reverse("session_detail", args=[planned.pk])).content.decode()

    assert WORDS in page


def test_private_intentions_stay_with_the_patient(world, client, planned):
    _answer(client, world, make_due(planned.prompts.get(kind="intention")))
    client.force_login(world.user("clinician"))

    page = client.get(reverse("session_detail", args=[planned.pk])).content.decode()

    assert WORDS not in page
    assert "kept them private" in page


def test_the_windows_reflections_quote_the_intentions_back(world, client, planned):
    _answer(client, world, make_due(planned.prompts.get(kind="intention")))
    services.session_update(
        acting_user=world.user("clinician"),
        session=planned,
        started_at=NOW - timedelta(hours=2),
        ended_at=NOW - timedelta(hours=1),
    )
    reflection = make_due(planned.prompts.get(title="Debrief reflection"))
    check_in = make_due(planned.prompts.get(title="How are you feeling?"))
    client.force_login(world.patient.user)

    quoted = client.get(reverse("prompt_answer", args=[reflection.pk])).content.decode()
    one_tap = client.get(reverse("prompt_answer", args=[check_in.pk])).content.decode()

    assert f"You set out to: <q>{WORDS}</q>: what came of it?" in quoted
    assert WORDS not in one_tap


def test_another_patient_never_sees_the_intentions(world, client, planned):
    _answer(client, world, make_due(planned.prompts.get(kind="intention")), share="on")
    client.force_login(world.other_patient.user)

    assert client.get(reverse("session_detail", args=[planned.pk])).status_code == 403


def test_the_api_takes_intentions_shared_unless_told_otherwise(world, client, planned):
    prompt = make_due(planned.prompts.get(kind="intention"))
    client.force_login(world.patient.user)
    url = reverse("prompt-answer", args=[prompt.pk])

    empty = client.post(url, {"text": ""}, content_type="application/json")
    saved = client.post(url, {"text": WORDS}, content_type="application/json")

    assert empty.status_code == 400 and "text" in empty.json()
    assert saved.status_code == 201
    assert JournalEntry.objects.get(prompt=prompt).shared_with_care_team
