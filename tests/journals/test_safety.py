"""A PHQ-9 item 9 above 0, or an entry the crisis screen flags, shows crisis resources on
the page the answer leads to (a redirect, so a reload never sends it again) and alerts
the care team in the same transaction; a private entry's alert, inbox items and emails
never hold its words."""

import pytest
from django.core import mail
from django.db import transaction
from django.urls import reverse

from journals import services
from journals.models import Assessment, JournalEntry
from patients.models import Delivery, Notification, SafetyAlert
from tests.journals.helpers import CRISIS_WORDS, due_prompt, write_entry

PHQ9_ITEM9_ONE = {f"item_{n}": "1" if n == 9 else "0" for n in range(1, 10)}


def _everything_staff_were_told(patient):
    alerts = " ".join(alert.summary for alert in SafetyAlert.objects.filter(patient=patient))
    inbox = " ".join(f"{n.title} {n.body}" for n in Notification.objects.exclude(user=patient.user))
    outbox = " ".join(f"{d.subject} {d.body}" for d in Delivery.objects.all())
    sent = " ".join(f"{m.subject} {m.body}" for m in mail.outbox)
    return " ".join([alerts, inbox, outbox, sent])


def test_phq9_item_9_of_1_makes_one_alert_and_leads_to_a_page_showing_988(
    world, client, django_capture_on_commit_callbacks
):
    prompt = due_prompt(world, "assessment", instrument="phq9")
    client.force_login(world.patient.user)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("prompt_answer", args=[prompt.pk]), PHQ9_ITEM9_ONE, follow=True
        )

    assessment = Assessment.objects.get()
    assert response.redirect_chain == [(reverse("assessment_detail", args=[assessment.pk]), 302)]
    body = response.content.decode()
    assert 'href="tel:988"' in body
    assert 'href="sms:988"' in body
    assert 'href="tel:911"' in body
    alert = SafetyAlert.objects.get()
    assert (alert.kind, alert.patient, alert.source_id) == (
        "phq9_item9",
        world.patient,
        str(assessment.pk),
    )
    assert alert.source_private is False
    care_team = {world.user(role).email for role in ("clinician", "coach", "therapist")}
    assert {message.to[0] for message in mail.outbox} == care_team
    assert all("Urgent" in message.subject for message in mail.outbox)


def test_phq9_item_9_of_0_raises_nothing(world, client):
    prompt = due_prompt(world, "assessment", instrument="phq9")
    client.force_login(world.patient.user)

    answers = {f"item_{n}": "3" for n in range(1, 9)} | {"item_9": "0"}

    response = client.post(reverse("prompt_answer", args=[prompt.pk]), answers)

    assert response.status_code == 302
    assert not SafetyAlert.objects.exists()
    assert "tel:988" not in client.get(response["Location"]).content.decode().split("<footer")[0]


def test_a_gad7_never_raises_a_self_harm_alert(world):
    services.assessment_create(
        acting_user=world.patient.user, instrument="gad7", item_scores=[3] * 7
    )

    assert not SafetyAlert.objects.exists()


def test_a_flagged_free_entry_leads_to_its_page_with_crisis_resources(world, client):
    client.force_login(world.patient.user)

    response = client.post(reverse("entry_create"), {"text": CRISIS_WORDS}, follow=True)

    entry = JournalEntry.objects.get()
    assert response.redirect_chain[0][1] == 302
    assert response.request["PATH_INFO"] == reverse("entry_detail", args=[entry.pk])
    body = response.content.decode()
    assert 'class="crisis"' in body
    assert 'href="tel:988"' in body and 'href="sms:988"' in body
    assert entry.flagged
    alert = SafetyAlert.objects.get()
    assert (alert.kind, alert.source_id, alert.source_private) == (
        "journal_flag",
        str(entry.pk),
        True,
    )


def test_a_flagged_private_entrys_alert_and_emails_hold_none_of_its_words(
    world, client, django_capture_on_commit_callbacks
):
    client.force_login(world.patient.user)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("entry_create"), {"title": "Marigold night", "text": CRISIS_WORDS})

    told = _everything_staff_were_told(world.patient)
    assert mail.outbox, "the care team must be emailed"
    assert "was flagged by the crisis screen" in told
    for words in ("Marigold", "want to die", "Some nights"):
        assert words not in told
    assert SafetyAlert.objects.get().summary == (
        "A private journal entry was flagged by the crisis screen. Its text stays private."
    )


def test_a_flagged_shared_entrys_alert_says_it_is_shared_but_still_not_its_words(world):
    entry = write_entry(world.patient, CRISIS_WORDS, share=True)

    alert = SafetyAlert.objects.get()
    assert entry.flagged and alert.source_private is False
    assert alert.summary == "A shared journal entry was flagged by the crisis screen."
    assert "Marigold" not in _everything_staff_were_told(world.patient)


def test_a_journal_answer_that_flags_alerts_and_shows_help(world, client):
    prompt = due_prompt(world, "journal")
    client.force_login(world.patient.user)

    response = client.post(
        reverse("prompt_answer", args=[prompt.pk]), {"text": CRISIS_WORDS}, follow=True
    )

    assert response.redirect_chain[0][1] == 302
    assert 'href="tel:988"' in response.content.decode()
    assert SafetyAlert.objects.filter(kind="journal_flag").count() == 1


def test_an_edit_that_adds_crisis_words_alerts_once(world, client):
    entry = write_entry(world.patient, "A calm day.")
    client.force_login(world.patient.user)
    url = reverse("entry_edit", args=[entry.pk])

    first = client.post(url, {"text": CRISIS_WORDS}, follow=True)
    second = client.post(url, {"text": CRISIS_WORDS + " Still."}, follow=True)

    assert 'href="tel:988"' in first.content.decode()
    assert 'href="tel:988"' in second.content.decode()
    assert SafetyAlert.objects.count() == 1


def test_an_entry_that_negates_the_phrase_raises_nothing(world):
    entry = write_entry(world.patient, "I don't want to die. I am not suicidal.")

    assert not entry.flagged
    assert not SafetyAlert.objects.exists()


def test_the_alert_is_saved_with_the_entry_or_not_at_all(world):
    """The alert shares the entry's transaction: if the save rolls back, so does it."""
    with pytest.raises(RuntimeError), transaction.atomic():
        write_entry(world.patient, CRISIS_WORDS)
        assert SafetyAlert.objects.count() == 1
        raise RuntimeError("the request failed after the save")

    assert not JournalEntry.objects.exists()
    assert not SafetyAlert.objects.exists()
    assert not Delivery.objects.filter(channel="email").exists()


def test_the_alert_email_waits_in_the_outbox_until_the_transaction_commits(world):
    """The alert's emails are outbox rows written with the entry, so a broker outage
    after the commit loses none: the outbox sweep sends what is left pending."""
    write_entry(world.patient, CRISIS_WORDS)

    pending = Delivery.objects.filter(channel="email", outcome="pending")
    assert {d.user for d in pending} == {
        world.user("clinician"),
        world.user("coach"),
        world.user("therapist"),
    }
