"""Twilio's webhooks: STOP and START from a phone, and delivery status callbacks, taken
only when Twilio signed them."""

import pytest
from django.urls import reverse
from twilio.request_validator import RequestValidator

from patients.models import Delivery, SmsOptOut
from tests.channels.fakes import AUTH_TOKEN
from tests.channels.helpers import PHONE
from tests.sessions.helpers import record_session

INBOUND = "/sms/inbound/"
STATUS = "/sms/status/"


@pytest.fixture(autouse=True)
def _token(settings):
    settings.TWILIO_AUTH_TOKEN = AUTH_TOKEN


def _post(client, path, params, *, token=AUTH_TOKEN):
    signature = RequestValidator(token).compute_signature(f"http://testserver{path}", params)
    return client.post(path, params, HTTP_X_TWILIO_SIGNATURE=signature)


def _inbound(body, phone=PHONE):
    return {"From": phone, "To": "+15005550006", "Body": body, "MessageSid": "SM" + "1" * 32}


@pytest.mark.parametrize(
    "word", ["STOP", "stop ", "StopAll", "UNSUBSCRIBE", "CANCEL", "END", "QUIT"]
)
def test_stop_and_its_synonyms_turn_texts_off_for_the_number(db, client, word):
    response = _post(client, INBOUND, _inbound(word))

    assert response.status_code == 200
    assert response["Content-Type"] == "text/xml"
    assert response.content.decode() == (
        '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'
    )
    assert SmsOptOut.objects.get(phone=PHONE).keyword == word.strip().upper()


@pytest.mark.parametrize("word", ["START", "unstop"])
def test_start_turns_texts_back_on(db, client, word):
    SmsOptOut.objects.create(phone=PHONE, keyword="STOP")

    assert _post(client, INBOUND, _inbound(word)).status_code == 200
    assert not SmsOptOut.objects.filter(phone=PHONE).exists()


def test_other_messages_change_nothing(db, client):
    assert _post(client, INBOUND, _inbound("please stop texting so early")).status_code == 200
    assert not SmsOptOut.objects.exists()


def test_a_wrongly_signed_stop_is_refused(db, client):
    response = _post(client, INBOUND, _inbound("STOP"), token="someone-elses-token")

    assert response.status_code == 403
    assert not SmsOptOut.objects.exists()


def test_an_unsigned_start_is_refused(db, client):
    SmsOptOut.objects.create(phone=PHONE, keyword="STOP")

    assert client.post(INBOUND, _inbound("START")).status_code == 403
    assert SmsOptOut.objects.filter(phone=PHONE).exists()


def test_a_signature_over_other_parameters_is_refused(db, client):
    signature = RequestValidator(AUTH_TOKEN).compute_signature(
        f"http://testserver{INBOUND}", _inbound("START")
    )
    response = client.post(INBOUND, _inbound("STOP"), HTTP_X_TWILIO_SIGNATURE=signature)

    assert response.status_code == 403
    assert not SmsOptOut.objects.exists()


def test_without_an_auth_token_nothing_is_taken(db, client, settings):
    settings.TWILIO_AUTH_TOKEN = ""

    assert _post(client, INBOUND, _inbound("STOP")).status_code == 403


def _sent_text(world, sid="SM" + "a" * 32):
    return Delivery.objects.create(
        user=world.patient.user,
        patient=world.patient,
        dedupe_key="prompt:1",
        channel="sms",
        outcome="sent",
        provider_id=sid,
    )


def _status(sid, status, **extra):
    return {"MessageSid": sid, "MessageStatus": status, "AccountSid": "AC" + "0" * 32, **extra}


def test_a_delivered_callback_is_shown_in_the_delivery_log(world, client):
    row = _sent_text(world)

    assert _post(client, STATUS, _status(row.provider_id, "delivered")).status_code == 204
    row.refresh_from_db()
    assert (row.outcome, row.detail) == ("sent", "Delivered to the phone.")

    # A late "sent" does not undo "delivered".
    _post(client, STATUS, _status(row.provider_id, "sent"))
    row.refresh_from_db()
    assert row.detail == "Delivered to the phone."


def test_an_undelivered_callback_marks_the_text_failed_with_its_error(world, client):
    row = _sent_text(world)

    _post(client, STATUS, _status(row.provider_id, "undelivered", ErrorCode="30003"))

    row.refresh_from_db()
    assert (row.outcome, row.detail) == ("failed", "Not delivered: undelivered, error 30003")


def test_a_wrongly_signed_status_callback_is_refused(world, client):
    row = _sent_text(world)

    response = _post(client, STATUS, _status(row.provider_id, "failed"), token="forged")

    assert response.status_code == 403
    row.refresh_from_db()
    assert row.outcome == "sent"


def test_webhooks_take_only_post(db, client):
    assert client.get(INBOUND).status_code == 405
    assert client.get(STATUS).status_code == 405


def test_the_care_team_sees_the_text_and_its_status_in_the_delivery_log(world, client):
    record_session(world)
    row = _sent_text(world)
    _post(client, STATUS, _status(row.provider_id, "delivered"))
    client.force_login(world.user("clinician"))

    page = client.get(reverse("staff_patient", args=[world.patient.pk])).content.decode()

    assert '<td data-label="Channel">Text message</td>' in page
    assert "Sent: Delivered to the phone." in page
