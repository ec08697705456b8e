"""A prompt reaches a patient who asked for texts by text message: once, through the
outbox, never inside quiet hours, saying nothing about their health."""

from datetime import timedelta

import time_machine

from patients import channels
from patients.models import Delivery, SmsOptOut
from sessions.models import ScheduledPrompt
from tests.channels.fakes import ACCOUNT_SID, fake_twilio
from tests.channels.helpers import DAYTIME, HEALTH_WORDS, NIGHT, PHONE, choose, dispatch, make_due
from tests.sessions.helpers import record_session


def test_a_due_prompt_is_texted_once_to_a_patient_who_asked(
    world, settings, django_capture_on_commit_callbacks
):
    choose(world.patient, phone=PHONE, sms_prompt_kinds=["assessment"])
    with time_machine.travel(DAYTIME, tick=False), fake_twilio(settings) as twilio:
        session = record_session(world, hours_ago=1)
        (prompt,) = make_due(session, title_like="PHQ-9 check")
        assert dispatch(django_capture_on_commit_callbacks) == 1
        assert dispatch(django_capture_on_commit_callbacks) == 0
        channels.channels_send_pending()

    (sent,) = twilio.requests
    assert sent["path"] == f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json"
    assert sent["form"]["To"] == PHONE
    assert sent["form"]["From"] == "+15005550006"
    assert sent["form"]["StatusCallback"] == "http://testserver/sms/status/"
    body = sent["form"]["Body"]
    assert body == (
        f"You have a new prompt from Harbor Clinic. http://testserver/prompts/{prompt.pk}/"
    )
    assert not any(word.lower() in body.lower() for word in HEALTH_WORDS)
    assert prompt.title not in body
    row = Delivery.objects.get(patient=world.patient, channel="sms")
    assert row.outcome == "sent"
    assert row.provider_id.startswith("SM")
    assert row.attempts == 1


def test_a_kind_not_chosen_for_texts_is_not_texted(
    world, settings, django_capture_on_commit_callbacks
):
    choose(world.patient, phone=PHONE, sms_prompt_kinds=["assessment"])
    with time_machine.travel(DAYTIME, tick=False), fake_twilio(settings) as twilio:
        session = record_session(world, hours_ago=1)
        make_due(session, title_like="How are you feeling")
        assert dispatch(django_capture_on_commit_callbacks) == 1

    assert twilio.requests == []
    assert not Delivery.objects.filter(channel="sms").exists()
    assert Delivery.objects.filter(patient=world.patient, channel="in_app").count() == 1


def test_the_clinics_own_sender_is_used(world, settings, django_capture_on_commit_callbacks):
    world.clinic.sms_sender = "HarborCare"
    world.clinic.save()
    choose(world.patient, phone=PHONE, sms_prompt_kinds=["check_in"])
    with time_machine.travel(DAYTIME, tick=False), fake_twilio(settings) as twilio:
        make_due(record_session(world))
        dispatch(django_capture_on_commit_callbacks)

    assert [r["form"]["From"] for r in twilio.requests] == ["HarborCare"]


def test_a_text_waits_out_quiet_hours(world, settings, django_capture_on_commit_callbacks):
    choose(world.patient, phone=PHONE, sms_prompt_kinds=["check_in"])
    with time_machine.travel(NIGHT, tick=False), fake_twilio(settings) as twilio:
        make_due(record_session(world))
        assert dispatch(django_capture_on_commit_callbacks) == 1
        channels.channels_send_pending()
        assert twilio.requests == []
        row = Delivery.objects.get(channel="sms")
        assert row.outcome == "pending"
        # 08:00 in New York, when quiet hours end.
        assert row.send_after == NIGHT + timedelta(hours=9)

    later = NIGHT + timedelta(hours=9, minutes=1)
    with time_machine.travel(later, tick=False), fake_twilio(settings) as twilio:
        assert channels.channels_send_pending() == 1
        assert channels.channels_send_pending() == 0

    assert len(twilio.requests) == 1
    assert Delivery.objects.get(channel="sms").outcome == "sent"


def test_a_number_that_said_stop_gets_no_text(world, settings, django_capture_on_commit_callbacks):
    choose(world.patient, phone=PHONE, sms_prompt_kinds=["check_in"])
    SmsOptOut.objects.create(phone=PHONE, keyword="STOP")
    with time_machine.travel(DAYTIME, tick=False), fake_twilio(settings) as twilio:
        make_due(record_session(world))
        assert dispatch(django_capture_on_commit_callbacks) == 1

    assert twilio.requests == []
    assert not Delivery.objects.filter(channel="sms").exists()
    assert ScheduledPrompt.objects.filter(status="sent").count() == 1


def test_the_text_comes_in_the_patients_language(
    world, settings, django_capture_on_commit_callbacks
):
    world.patient.user.language = "es"
    world.patient.user.save()
    choose(world.patient, phone=PHONE, sms_prompt_kinds=["check_in"])
    with time_machine.travel(DAYTIME, tick=False), fake_twilio(settings) as twilio:
        make_due(record_session(world))
        dispatch(django_capture_on_commit_callbacks)

    (sent,) = twilio.requests
    assert sent["form"]["Body"].startswith("Tienes una nueva actividad de Harbor Clinic.")
