"""A prompt left unanswered gets one reminder, on the next channel the patient allows
after the inbox it first reached: push, then text message, then email."""

from datetime import timedelta

import time_machine
from django.core import mail
from django.utils import timezone

from patients.models import Delivery, Notification
from sessions import services
from sessions.models import ScheduledPrompt
from tests.channels.fakes import fake_push_service, fake_twilio
from tests.channels.helpers import DAYTIME, NIGHT, PHONE, choose, dispatch, make_due
from tests.sessions.helpers import record_session


def _deliver_then_remind(world, django_capture_on_commit_callbacks, *, at=DAYTIME):
    with time_machine.travel(at, tick=False):
        (prompt,) = make_due(record_session(world))
        dispatch(django_capture_on_commit_callbacks)
        mail.outbox.clear()
        ScheduledPrompt.objects.filter(pk=prompt.pk).update(
            remind_at=timezone.now() - timedelta(minutes=1)
        )
        assert services.prompts_send_reminders() == 1
        assert services.prompts_send_reminders() == 0
    return prompt


def _reminders(channel):
    return Delivery.objects.filter(dedupe_key__endswith=":reminder", channel=channel)


def test_the_reminder_goes_by_push_when_the_patient_has_a_device(
    world, settings, django_capture_on_commit_callbacks
):
    choose(
        world.patient, phone=PHONE, push_prompt_kinds=["check_in"], sms_prompt_kinds=["check_in"]
    )
    with fake_push_service() as push, fake_twilio(settings) as twilio:
        push.subscribe(world.patient.user)
        prompt = _deliver_then_remind(world, django_capture_on_commit_callbacks)

    # First sent in the app, by email, push and text; reminded by push alone.
    assert [r["payload"]["body"] for r in push.requests] == [
        "You have a new prompt from Harbor Clinic.",
        "A reminder: you have a prompt waiting from Harbor Clinic.",
    ]
    assert len(twilio.requests) == 1
    assert mail.outbox == []
    assert _reminders("push").get().url == f"http://testserver/prompts/{prompt.pk}/"
    assert not _reminders("sms").exists() and not _reminders("email").exists()
    assert Notification.objects.filter(dedupe_key=f"{prompt.dedupe_key}:reminder").count() == 1


def test_without_a_device_the_reminder_is_texted(
    world, settings, django_capture_on_commit_callbacks
):
    choose(
        world.patient, phone=PHONE, push_prompt_kinds=["check_in"], sms_prompt_kinds=["check_in"]
    )
    with fake_twilio(settings) as twilio:
        _deliver_then_remind(world, django_capture_on_commit_callbacks)

    assert [r["form"]["Body"].split(" http")[0] for r in twilio.requests] == [
        "You have a new prompt from Harbor Clinic.",
        "A reminder: you have a prompt waiting from Harbor Clinic.",
    ]
    assert mail.outbox == []
    assert _reminders("sms").get().outcome == "sent"


def test_with_email_alone_the_reminder_is_emailed(world, django_capture_on_commit_callbacks):
    _deliver_then_remind(world, django_capture_on_commit_callbacks)

    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject.endswith("Reminder: How are you feeling?")
    assert _reminders("email").get().outcome == "sent"


def test_with_the_app_alone_the_reminder_stays_in_the_inbox(
    world, django_capture_on_commit_callbacks
):
    choose(world.patient, preferred_channel="in_app")
    prompt = _deliver_then_remind(world, django_capture_on_commit_callbacks)

    assert mail.outbox == []
    assert set(_reminders("in_app").values_list("outcome", flat=True)) == {"sent"}
    assert (
        not Delivery.objects.filter(dedupe_key__endswith=":reminder")
        .exclude(channel="in_app")
        .exists()
    )
    assert Notification.objects.filter(dedupe_key=f"{prompt.dedupe_key}:reminder").exists()


def test_a_texted_reminder_due_in_quiet_hours_waits(
    world, settings, django_capture_on_commit_callbacks
):
    choose(world.patient, phone=PHONE, sms_prompt_kinds=["check_in"])
    with fake_twilio(settings) as twilio:
        _deliver_then_remind(world, django_capture_on_commit_callbacks, at=NIGHT)

    assert twilio.requests == []
    row = _reminders("sms").get()
    assert row.outcome == "pending"
    assert row.send_after == NIGHT + timedelta(hours=9)
