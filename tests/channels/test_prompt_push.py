"""A prompt reaches the devices of a patient who asked for notifications: once, after
quiet hours, with nothing about their health in what the push service carries."""

import time_machine

from patients import channels
from patients.models import Delivery
from patients.models_push import PushSubscription
from tests.channels.fakes import fake_push_service
from tests.channels.helpers import DAYTIME, HEALTH_WORDS, NIGHT, choose, dispatch, make_due
from tests.sessions.helpers import record_session


def test_a_due_prompt_is_pushed_to_every_device_once(world, django_capture_on_commit_callbacks):
    choose(world.patient, push_prompt_kinds=["assessment"])
    with time_machine.travel(DAYTIME, tick=False), fake_push_service() as push:
        push.subscribe(world.patient.user)
        push.subscribe(world.patient.user)
        session = record_session(world, hours_ago=1)
        (prompt,) = make_due(session, title_like="PHQ-9 check")
        assert dispatch(django_capture_on_commit_callbacks) == 1
        assert dispatch(django_capture_on_commit_callbacks) == 0
        channels.channels_send_pending()

    assert len(push.requests) == 2
    payload = push.requests[0]["payload"]
    assert payload == {
        "title": "Harbor Clinic",
        "body": "You have a new prompt from Harbor Clinic.",
        "url": f"http://testserver/prompts/{prompt.pk}/",
    }
    text = f"{payload['title']} {payload['body']}".lower()
    assert not any(word.lower() in text for word in HEALTH_WORDS)
    row = Delivery.objects.get(patient=world.patient, channel="push")
    assert (row.outcome, row.detail) == ("sent", "Sent to 2 devices.")


def test_a_patient_without_devices_gets_no_push_row(world, django_capture_on_commit_callbacks):
    choose(world.patient, push_prompt_kinds=["check_in"])
    with time_machine.travel(DAYTIME, tick=False):
        make_due(record_session(world))
        assert dispatch(django_capture_on_commit_callbacks) == 1

    assert not Delivery.objects.filter(channel="push").exists()


def test_a_push_waits_out_quiet_hours(world, django_capture_on_commit_callbacks):
    choose(world.patient, push_prompt_kinds=["check_in"])
    with time_machine.travel(NIGHT, tick=False), fake_push_service() as push:
        push.subscribe(world.patient.user)
        make_due(record_session(world))
        dispatch(django_capture_on_commit_callbacks)
        channels.channels_send_pending()

        assert push.requests == []
        assert Delivery.objects.get(channel="push").outcome == "pending"


def test_a_device_the_push_service_forgot_is_pruned(world, django_capture_on_commit_callbacks):
    choose(world.patient, push_prompt_kinds=["check_in"])
    with time_machine.travel(DAYTIME, tick=False), fake_push_service() as push:
        push.subscribe(world.patient.user, status=410)
        make_due(record_session(world))
        dispatch(django_capture_on_commit_callbacks)

    assert not PushSubscription.objects.exists()
    row = Delivery.objects.get(channel="push")
    assert (row.outcome, row.detail) == (
        "failed",
        "No device subscribed to notifications any more.",
    )
