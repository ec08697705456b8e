"""Cancelling a session takes its window back from the patient; answering a prompt clears
its inbox items."""

from datetime import UTC, datetime, timedelta

import pytest
from django.core import mail
from django.urls import reverse

from patients.models import Delivery, Notification
from sessions import services
from sessions.models import ScheduledPrompt
from tests.sessions.helpers import record_session

Status = ScheduledPrompt.Status
NOW = datetime(2026, 6, 10, 16, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _pinned(time_machine):
    time_machine.move_to(NOW, tick=False)


def _session(world):
    """Ended half an hour ago: nothing of its window is due until a test says so."""
    return record_session(world, hours_ago=0.5)


def _dispatch(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return services.prompts_dispatch_due()


def _due(session, titles):
    """Brings the named prompts due now, as if their time had come."""
    prompts = list(session.prompts.filter(title__in=titles))
    ScheduledPrompt.objects.filter(pk__in=[p.pk for p in prompts]).update(
        due_at=NOW - timedelta(minutes=1), expires_at=NOW + timedelta(hours=12)
    )
    return prompts


def _unread(user):
    return set(Notification.objects.filter(user=user, read_at=None).values_list("title", flat=True))


# Cancelling --------------------------------------------------------------------------------


def test_cancelling_withdraws_sent_prompts_and_cancels_the_rest(
    world, client, django_capture_on_commit_callbacks
):
    session = _session(world)
    sent, answered = _due(session, ["How are you feeling?", "Debrief reflection"])
    _dispatch(django_capture_on_commit_callbacks)
    services.prompt_complete(acting_user=world.patient.user, prompt=answered)
    assert _unread(world.patient.user) == {"How are you feeling?"}

    services.session_cancel(acting_user=world.user("clinician"), session=session)

    statuses = dict(session.prompts.values_list("title", "status"))
    assert statuses.pop("How are you feeling?") == Status.WITHDRAWN
    assert statuses.pop("Debrief reflection") == Status.ANSWERED
    assert set(statuses.values()) == {Status.CANCELLED}
    # Gone from the inbox and its count; the answered one's read item stays.
    assert not Notification.objects.filter(dedupe_key=f"prompt:{sent.pk}").exists()
    assert Notification.objects.filter(dedupe_key=f"prompt:{answered.pk}").exists()
    client.force_login(world.patient.user)
    inbox = client.get(reverse("prompt_inbox")).content.decode()
    assert "How are you feeling?" not in inbox
    assert client.get(reverse("prompt_inbox")).context["unread_notifications"] == 0


def test_a_withdrawn_prompt_gets_no_reminder_and_says_why_if_opened(
    world, client, django_capture_on_commit_callbacks
):
    session = _session(world)
    (prompt,) = _due(session, ["Debrief reflection"])
    _dispatch(django_capture_on_commit_callbacks)
    ScheduledPrompt.objects.filter(pk=prompt.pk).update(remind_at=NOW - timedelta(minutes=1))

    services.session_cancel(acting_user=world.user("clinician"), session=session)

    assert services.prompts_send_reminders() == 0
    assert len(mail.outbox) == 1  # the prompt itself, before the cancellation
    client.force_login(world.patient.user)
    page = client.get(reverse("prompt_detail", args=[prompt.pk])).content.decode()
    assert "the session it followed was cancelled" in page
    assert client.get(reverse("prompt_answer", args=[prompt.pk])).status_code == 404


def test_an_email_still_waiting_in_the_outbox_is_called_off(
    world, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.failing_email.RefusingEmailBackend"
    session = _session(world)
    _due(session, ["Debrief reflection"])
    _dispatch(django_capture_on_commit_callbacks)
    assert Delivery.objects.get(channel="email").outcome == "pending"

    services.session_cancel(acting_user=world.user("clinician"), session=session)

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    from patients import services as patient_services

    assert patient_services.emails_send_pending(older_than=timedelta(0)) == 0
    assert not mail.outbox
    called_off = Delivery.objects.get(channel="email")
    assert (called_off.outcome, called_off.detail) == (
        "failed",
        "Not sent: the session was cancelled.",
    )


def test_a_prompt_claimed_before_the_cancellation_is_never_delivered(
    world, django_capture_on_commit_callbacks
):
    session = _session(world)
    (prompt,) = _due(session, ["How are you feeling?"])
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        assert services.prompts_claim_due() == [prompt.pk]
    services.session_cancel(acting_user=world.user("clinician"), session=session)

    # The worker picks up its task only now.
    for callback in callbacks:
        callback()

    prompt.refresh_from_db()
    assert prompt.status == Status.CANCELLED
    assert not Notification.objects.exists()
    assert not mail.outbox


def test_delivery_checks_the_session_even_if_its_prompt_still_looks_claimed(world):
    """A claim that raced the cancellation: the row is still queued, but its session is
    cancelled. The delivery cancels it instead of sending."""
    session = _session(world)
    (prompt,) = _due(session, ["How are you feeling?"])
    ScheduledPrompt.objects.filter(pk=prompt.pk).update(status=Status.QUEUED, queued_at=NOW)
    type(session).objects.filter(pk=session.pk).update(status="cancelled")

    assert services.prompt_deliver(prompt_id=prompt.pk) is False

    prompt.refresh_from_db()
    assert prompt.status == Status.CANCELLED
    assert not Notification.objects.exists()


def test_a_late_windows_shared_message_goes_with_the_cancellation(
    world, django_capture_on_commit_callbacks
):
    session = record_session(world, hours_ago=28, recorded_late=True)
    _dispatch(django_capture_on_commit_callbacks)
    assert _unread(world.patient.user) == {"2 prompts are waiting for you"}

    services.session_cancel(acting_user=world.user("clinician"), session=session)

    assert not Notification.objects.filter(user=world.patient.user).exists()
    assert set(session.prompts.values_list("status", flat=True)) == {
        Status.WITHDRAWN,
        Status.CANCELLED,
    }


def test_a_cancelled_session_cannot_be_cancelled_again(world):
    from django.core.exceptions import ValidationError

    session = _session(world)
    services.session_cancel(acting_user=world.user("clinician"), session=session)

    with pytest.raises(ValidationError, match="cancelled already"):
        services.session_cancel(acting_user=world.user("clinician"), session=session)


# Answering ---------------------------------------------------------------------------------


def test_answering_a_prompt_marks_its_item_and_its_reminder_read(
    world, client, django_capture_on_commit_callbacks
):
    session = _session(world)
    (prompt,) = _due(session, ["Debrief reflection"])
    _dispatch(django_capture_on_commit_callbacks)
    ScheduledPrompt.objects.filter(pk=prompt.pk).update(remind_at=NOW - timedelta(minutes=1))
    services.prompts_send_reminders()
    assert _unread(world.patient.user) == {"Debrief reflection", "Reminder: Debrief reflection"}
    client.force_login(world.patient.user)

    client.post(reverse("prompt_done", args=[prompt.pk]))

    assert _unread(world.patient.user) == set()
    read = Notification.objects.filter(user=world.patient.user).values_list("read_at", flat=True)
    assert set(read) == {NOW}


def test_answering_through_the_journal_marks_the_item_read(
    world, client, django_capture_on_commit_callbacks
):
    session = _session(world)
    (check_in,) = _due(session, ["How are you feeling?"])
    _dispatch(django_capture_on_commit_callbacks)
    client.force_login(world.patient.user)

    client.post(reverse("prompt_answer", args=[check_in.pk]), {"mood": "7"})

    check_in.refresh_from_db()
    assert check_in.status == Status.ANSWERED
    assert _unread(world.patient.user) == set()


def test_the_shared_message_is_read_once_every_prompt_in_it_is_answered(
    world, django_capture_on_commit_callbacks
):
    session = record_session(world, hours_ago=28, recorded_late=True)
    _dispatch(django_capture_on_commit_callbacks)
    first, second = session.prompts.exclude(digest_key="")
    patient_user = world.patient.user

    services.prompt_complete(acting_user=patient_user, prompt=first)
    assert _unread(patient_user) == {"2 prompts are waiting for you"}

    services.prompt_complete(acting_user=patient_user, prompt=second)
    assert _unread(patient_user) == set()
