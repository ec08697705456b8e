"""The SMS backends: the console one by default, Twilio's through its own library to a
fake Twilio on loopback; refusals are logged and tried again, then given up."""

import base64

import pytest
from django.core.exceptions import ValidationError

from patients import channels
from patients.models import Clinic, Delivery, SmsOptOut
from patients.sms import ConsoleSmsBackend, sms_backend
from tests.channels.fakes import ACCOUNT_SID, AUTH_TOKEN, fake_twilio, twilio_refusal
from tests.channels.helpers import PHONE, choose


def _text_row(world, key="prompt:1"):
    return channels.channel_claim(
        user=world.patient.user,
        channel_name="sms",
        dedupe_key=key,
        title="Harbor Clinic",
        body="You have a new prompt from Harbor Clinic.",
        url="http://testserver/prompts/1/",
        patient=world.patient,
    )


def test_the_console_backend_is_the_default_and_prints(world, capsys):
    choose(world.patient, phone=PHONE)
    assert isinstance(sms_backend(), ConsoleSmsBackend)

    row = _text_row(world)
    assert channels.channels_deliver(delivery_ids=[row.pk]) == 1

    assert f"to {PHONE}: You have a new prompt from Harbor Clinic." in capsys.readouterr().out
    row.refresh_from_db()
    assert row.outcome == "sent"


def test_twilio_is_called_with_the_account_and_a_messaging_service(world, settings):
    choose(world.patient, phone=PHONE)
    with fake_twilio(settings) as twilio:
        settings.SMS_DEFAULT_SENDER = ""
        settings.TWILIO_MESSAGING_SERVICE_SID = "MG" + "1" * 32
        channels.channels_deliver(delivery_ids=[_text_row(world).pk])

    (sent,) = twilio.requests
    assert sent["form"]["MessagingServiceSid"] == "MG" + "1" * 32
    assert "From" not in sent["form"]
    user, password = base64.b64decode(sent["authorization"].split()[1]).decode().split(":")
    assert (user, password) == (ACCOUNT_SID, AUTH_TOKEN)


def test_a_refusal_is_tried_again_then_given_up(world, settings):
    choose(world.patient, phone=PHONE)
    settings.CHANNEL_MAX_ATTEMPTS = 2
    row = _text_row(world)
    with fake_twilio(settings) as twilio:
        twilio.answer = twilio_refusal(21211, "The 'To' number is not a valid phone number.")
        assert channels.channels_deliver(delivery_ids=[row.pk]) == 0
        row.refresh_from_db()
        assert (row.outcome, row.attempts) == ("pending", 1)
        assert row.detail == (
            "Twilio 21211: Unable to create record: The 'To' number is not a valid phone number."
        )

        channels.channels_deliver(delivery_ids=[row.pk])

    row.refresh_from_db()
    assert (row.outcome, row.attempts) == ("failed", 2)
    assert len(twilio.requests) == 2


def test_a_number_twilio_knows_replied_stop_is_not_tried_again(world, settings):
    choose(world.patient, phone=PHONE)
    row = _text_row(world)
    with fake_twilio(settings) as twilio:
        twilio.answer = twilio_refusal()
        channels.channels_deliver(delivery_ids=[row.pk])

    row.refresh_from_db()
    assert (row.outcome, row.attempts) == ("failed", 1)
    assert SmsOptOut.objects.filter(phone=PHONE).exists()


def test_a_row_is_sent_once_however_often_it_is_delivered(world, settings):
    choose(world.patient, phone=PHONE)
    row = _text_row(world)
    assert _text_row(world) is None  # the same key again: no second row
    with fake_twilio(settings) as twilio:
        channels.channels_deliver(delivery_ids=[row.pk])
        channels.channels_deliver(delivery_ids=[row.pk])
        channels.channels_send_pending()

    assert len(twilio.requests) == 1
    assert Delivery.objects.filter(channel="sms").count() == 1


def test_a_patient_without_a_phone_any_more_is_not_texted(world, settings):
    choose(world.patient, phone=PHONE)
    row = _text_row(world)
    choose(world.patient, phone="")
    with fake_twilio(settings) as twilio:
        channels.channels_deliver(delivery_ids=[row.pk])

    assert twilio.requests == []
    row.refresh_from_db()
    assert (row.outcome, row.detail) == ("failed", "No mobile number to text.")


@pytest.mark.parametrize("sender", ["+15005550006", "HarborCare", "Clinic 24"])
def test_a_clinic_sender_is_a_number_or_a_short_name(db, sender):
    Clinic(name="A", slug="a", sms_sender=sender).full_clean()


@pytest.mark.parametrize("sender", ["+1500", "Harbor Care Clinic", "12345", "Care!"])
def test_other_senders_are_refused(db, sender):
    with pytest.raises(ValidationError) as error:
        Clinic(name="A", slug="a", sms_sender=sender).full_clean()
    assert "sms_sender" in error.value.message_dict


def test_of_two_senders_holding_the_same_row_one_sends(world, settings):
    choose(world.patient, phone=PHONE)
    row = _text_row(world)
    first, second = Delivery.objects.get(pk=row.pk), Delivery.objects.get(pk=row.pk)
    with fake_twilio(settings) as twilio:
        assert channels.channel_deliver(delivery=first) is True
        assert channels.channel_deliver(delivery=second) is False

    assert len(twilio.requests) == 1
