"""Crisis help follows the patient: the crisis screen, the page footer, the prompt email,
the invitation page and the API show the lines of the patient's country and its emergency
number. A patient in Britain is never told to call 988; a visitor or a member of staff is
told to call their local emergency number."""

import json
from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from patients.models import Invitation
from sessions import services as session_services
from sessions.models import ScheduledPrompt
from tests.journals.helpers import CRISIS_WORDS, write_entry
from tests.patients.lines import mentions_988
from tests.sessions.helpers import record_session


@pytest.fixture
def british_patient(world):
    world.patient.country = "GB"
    world.patient.save(update_fields=["country"])
    return world.patient


def _footer(body):
    return body.split("<footer", 1)[1]


def test_the_crisis_screen_shows_samaritans_and_999_to_a_patient_in_britain(
    british_patient, client
):
    entry = write_entry(british_patient, CRISIS_WORDS)
    client.force_login(british_patient.user)

    body = client.get(reverse("entry_detail", args=[entry.pk])).content.decode()

    screen = body.split('class="crisis"', 1)[1].split("</section>", 1)[0]
    assert entry.flagged
    assert 'href="tel:116123"' in screen and "Samaritans" in screen
    assert 'href="tel:999"' in screen
    assert not mentions_988(body)
    assert "Shown for your country: United Kingdom" in screen


def test_the_crisis_screen_still_shows_988_to_a_patient_in_the_us(world, client):
    entry = write_entry(world.patient, CRISIS_WORDS)
    client.force_login(world.patient.user)

    body = client.get(reverse("entry_detail", args=[entry.pk])).content.decode()

    assert 'href="tel:988"' in body and 'href="sms:988"' in body
    assert 'href="tel:911"' in body


def test_a_patient_in_britain_finds_their_lines_in_every_page_footer(british_patient, client):
    client.force_login(british_patient.user)

    footer = _footer(client.get(reverse("today")).content.decode())

    assert 'href="tel:116123"' in footer
    assert 'href="tel:999"' in footer
    assert not mentions_988(footer)


def test_a_patient_where_no_line_is_listed_is_sent_to_their_care_team(world, client):
    world.patient.country = "KE"
    world.patient.save(update_fields=["country"])
    client.force_login(world.patient.user)

    footer = _footer(client.get(reverse("today")).content.decode())

    assert "Ask your care team for a crisis line near you" in footer
    assert 'href="tel:112"' in footer
    assert not mentions_988(footer)


@pytest.mark.parametrize("role", ["anonymous", "clinician", "clinic_admin"])
def test_visitors_and_staff_are_told_their_local_emergency_number_not_988(world, client_for, role):
    client = client_for(world.user(role))
    url = reverse("account_login") if role == "anonymous" else reverse("staff_patient_list")

    footer = _footer(client.get(url).content.decode())

    assert "your local emergency number" in footer
    assert not mentions_988(footer)


def test_a_prompt_email_to_a_patient_in_britain_names_samaritans_and_999(
    british_patient, world, django_capture_on_commit_callbacks
):
    session = record_session(world)
    prompt = session.prompts.order_by("due_at").first()
    ScheduledPrompt.objects.filter(pk=prompt.pk).update(
        status=ScheduledPrompt.Status.QUEUED, due_at=timezone.now() - timedelta(minutes=1)
    )
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        session_services.prompt_deliver(prompt_id=prompt.pk)

    [email] = mail.outbox
    assert "call Samaritans on 116 123, or 999 in an emergency" in email.body
    assert not mentions_988(email.body)


def test_a_prompt_email_to_a_patient_in_the_us_names_988(world, django_capture_on_commit_callbacks):
    session = record_session(world)
    prompt = session.prompts.order_by("due_at").first()
    ScheduledPrompt.objects.filter(pk=prompt.pk).update(
        status=ScheduledPrompt.Status.QUEUED, due_at=timezone.now() - timedelta(minutes=1)
    )
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        session_services.prompt_deliver(prompt_id=prompt.pk)

    [email] = mail.outbox
    assert "call or text 988 (988 Suicide & Crisis Lifeline), or 911 in an emergency" in email.body


def test_the_api_gives_a_patient_in_britain_their_lines_with_sources(british_patient, client):
    client.force_login(british_patient.user)

    response = client.post(
        reverse("journal-entry-list"),
        json.dumps({"text": CRISIS_WORDS}),
        content_type="application/json",
    )

    help_shown = response.json()["crisis_resources"]
    assert response.status_code == 201
    assert help_shown["country"] == "GB"
    assert help_shown["emergency"]["call"] == "tel:999"
    first = help_shown["resources"][0]
    assert (first["name"], first["call"], first["text"]) == ("Samaritans", "tel:116123", None)
    assert first["source"] == "Samaritans" and first["checked_on"] == "2026-12-01"
    assert help_shown["resources"][-1]["kind"] == "emergency"
    assert not mentions_988(response.content.decode())


def test_the_invitation_page_shows_the_clinics_country_lines(world, client):
    world.clinic.country = "GB"
    world.clinic.save(update_fields=["country"])
    invitation = Invitation.objects.create(
        clinic=world.clinic, email="new@example.test", role="patient"
    )

    body = client.get(reverse("invitation_accept", args=[invitation.token])).content.decode()

    consent = body.split('class="consent"', 1)[1].split("</section>", 1)[0]
    assert 'href="tel:116123"' in consent and 'href="tel:999"' in consent
    assert not mentions_988(body)
