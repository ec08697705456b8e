"""Patients choose, kind by kind, which prompts also come as a notification or a text,
on their preferences page and through the API."""

import json

from django.urls import reverse

from patients.models import SmsOptOut
from sessions.models import PromptKind

ALL_KINDS = list(PromptKind.values)


def _form(**overrides):
    data = {
        "time_zone": "America/New_York",
        "quiet_hours_start": "21:00",
        "quiet_hours_end": "08:00",
        "preferred_channel": "email",
        "emailed_kinds": ALL_KINDS,
    }
    return {**data, **overrides}


def test_a_patient_chooses_push_and_texts_by_kind(world, client):
    client.force_login(world.patient.user)

    response = client.post(
        reverse("preferences"),
        _form(
            pushed_kinds=["journal", "check_in"],
            texted_kinds=["assessment"],
            phone="(212) 555-0123",
        ),
    )

    assert response.status_code == 302
    world.patient.refresh_from_db()
    assert world.patient.push_prompt_kinds == ["check_in", "journal"]
    assert world.patient.sms_prompt_kinds == ["assessment"]
    assert world.patient.phone == "+12125550123"
    # Email stays as it was: every kind.
    assert world.patient.prompt_kinds_without_email == []
    page = client.get(reverse("preferences")).content.decode()
    assert 'name="texted_kinds" value="assessment" id="id_texted_kinds_' in page
    assert "Text me about these prompts" in page


def test_texts_need_a_phone_number(world, client):
    client.force_login(world.patient.user)

    response = client.post(reverse("preferences"), _form(texted_kinds=["journal"], phone=""))

    assert response.status_code == 200
    assert response.context["form"].errors["phone"] == [
        "Add your mobile number to get text messages."
    ]
    world.patient.refresh_from_db()
    assert world.patient.sms_prompt_kinds == []


def test_an_unknown_kind_is_refused(world, client):
    client.force_login(world.patient.user)

    response = client.post(reverse("preferences"), _form(pushed_kinds=["gossip"]))

    assert response.status_code == 200
    assert "pushed_kinds" in response.context["form"].errors


def test_the_page_says_when_the_number_replied_stop(world, client):
    world.patient.phone = "+12125550123"
    world.patient.save()
    SmsOptOut.objects.create(phone="+12125550123", keyword="STOP")
    client.force_login(world.patient.user)

    page = client.get(reverse("preferences")).content.decode()

    assert "Your number replied STOP" in page


def _patch(client, patient, data):
    return client.patch(
        reverse("patient-detail", args=[patient.pk]),
        json.dumps(data),
        content_type="application/json",
    )


def test_the_api_reads_and_sets_the_channels_by_kind(world, client):
    client.force_login(world.patient.user)

    response = _patch(
        client,
        world.patient,
        {
            "phone": "+12125550123",
            "push_prompt_kinds": ["journal"],
            "sms_prompt_kinds": ["journal"],
        },
    )

    assert response.status_code == 200, response.content
    assert response.json()["push_prompt_kinds"] == ["journal"]
    assert response.json()["sms_prompt_kinds"] == ["journal"]
    world.patient.refresh_from_db()
    assert world.patient.sms_prompt_kinds == ["journal"]


def test_the_api_refuses_texts_without_a_phone(world, client):
    client.force_login(world.patient.user)

    response = _patch(client, world.patient, {"sms_prompt_kinds": ["journal"]})

    assert response.status_code == 400
    assert "phone" in response.json()
    world.patient.refresh_from_db()
    assert world.patient.sms_prompt_kinds == []
