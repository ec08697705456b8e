"""Staff can reach the patient: the patient's phone and an emergency contact, validated and
kept in E.164, edited on the staff patient page, in the patient's preferences and through
the API; a country set there moves the patient's crisis lines."""

import json

from django.urls import reverse

from patients.models import AuditEvent, Patient
from tests.patients.lines import mentions_988


def _staff_edit(client, world, **changes):
    data = {
        "care_clinician": world.user("clinician").pk,
        "care_coach": world.user("coach").pk,
        "time_zone": "America/New_York",
        "weight_kg": "70",
        **changes,
    }
    return client.post(reverse("staff_patient_edit", args=[world.patient.pk]), data)


def _patch(client, patient, data):
    return client.patch(
        reverse("patient-detail", args=[patient.pk]),
        json.dumps(data),
        content_type="application/json",
    )


def test_a_clinician_records_phones_typed_the_local_way_and_they_are_kept_in_e164(world, client):
    client.force_login(world.user("clinician"))

    response = _staff_edit(
        client,
        world,
        country="GB",
        time_zone="Europe/London",
        phone="020 7946 0958",
        emergency_contact_name="Sam Pattison",
        emergency_contact_relationship="partner",
        emergency_contact_phone="+61 412 345 678",
    )

    assert response.status_code == 302
    patient = Patient.objects.get(pk=world.patient.pk)
    assert patient.country == "GB"
    assert patient.phone == "+442079460958"
    assert (patient.emergency_contact_name, patient.emergency_contact_phone) == (
        "Sam Pattison",
        "+61412345678",
    )
    assert AuditEvent.objects.filter(
        actor=world.user("clinician"), patient=patient, action="update"
    ).exists()


def test_a_number_that_cannot_be_dialled_is_refused_with_what_was_typed_kept(world, client):
    client.force_login(world.user("clinician"))

    response = _staff_edit(client, world, phone="12345", emergency_contact_phone="not a phone")

    body = response.content.decode()
    assert response.status_code == 200
    assert "“12345” is not a phone number we can dial." in body
    assert "“not a phone” is not a phone number we can dial." in body
    assert 'value="12345"' in body
    assert Patient.objects.get(pk=world.patient.pk).phone == ""


def test_an_emergency_contact_needs_both_a_name_and_a_number(world, client):
    client.force_login(world.user("clinic_admin"))

    response = _staff_edit(client, world, emergency_contact_phone="212 555 0100")

    assert response.status_code == 200
    assert "Whose number is this?" in response.content.decode()
    assert Patient.objects.get(pk=world.patient.pk).emergency_contact_phone == ""


def test_a_page_posted_without_a_country_keeps_the_patients(world, client):
    world.patient.country = "IE"
    world.patient.save(update_fields=["country"])
    client.force_login(world.user("clinician"))

    assert _staff_edit(client, world).status_code == 302

    assert Patient.objects.get(pk=world.patient.pk).country == "IE"


def test_the_patient_sets_their_country_and_contact_in_preferences(world, client):
    client.force_login(world.patient.user)

    response = client.post(
        reverse("preferences"),
        {
            "time_zone": "Australia/Sydney",
            "country": "AU",
            "quiet_hours_start": "21:00",
            "quiet_hours_end": "08:00",
            "preferred_channel": "email",
            "emailed_kinds": ["journal"],
            "phone": "0412 345 678",
            "emergency_contact_name": "Alex",
            "emergency_contact_relationship": "sister",
            "emergency_contact_phone": "0412 345 679",
        },
    )

    assert response.status_code == 302
    patient = Patient.objects.get(pk=world.patient.pk)
    assert (patient.country, patient.phone) == ("AU", "+61412345678")
    assert patient.emergency_contact_phone == "+61412345679"
    footer = client.get(reverse("today")).content.decode().split("<footer", 1)[1]
    assert 'href="tel:131114"' in footer and 'href="tel:000"' in footer
    assert not mentions_988(footer)


def test_preferences_show_a_bad_number_next_to_its_field(world, client):
    client.force_login(world.patient.user)

    response = client.post(
        reverse("preferences"),
        {
            "time_zone": "America/New_York",
            "quiet_hours_start": "21:00",
            "quiet_hours_end": "08:00",
            "preferred_channel": "email",
            "phone": "555",
        },
    )

    assert response.status_code == 200
    assert "“555” is not a phone number we can dial." in response.content.decode()
    assert Patient.objects.get(pk=world.patient.pk).phone == ""


def test_the_api_takes_a_phone_and_gives_it_back_in_e164(world, client):
    client.force_login(world.user("clinician"))

    response = _patch(
        client,
        world.patient,
        {
            "phone": "(212) 555-0100",
            "emergency_contact_name": "Sam",
            "emergency_contact_phone": "+44 20 7946 0958",
        },
    )

    assert response.status_code == 200
    assert response.json()["phone"] == "+12125550100"
    assert response.json()["emergency_contact_phone"] == "+442079460958"
    assert Patient.objects.get(pk=world.patient.pk).phone == "+12125550100"
    assert AuditEvent.objects.filter(actor=world.user("clinician"), action="update").exists()


def test_the_api_refuses_a_bad_phone_with_a_field_message(world, client):
    client.force_login(world.patient.user)

    response = _patch(client, world.patient, {"phone": "12345", "country": "GB"})

    assert response.status_code == 400
    assert "is not a phone number we can dial" in response.json()["phone"][0]
    patient = Patient.objects.get(pk=world.patient.pk)
    assert (patient.phone, patient.country) == ("", "US")


def test_the_api_refuses_an_unknown_country(world, client):
    client.force_login(world.patient.user)

    response = _patch(client, world.patient, {"country": "XX"})

    assert response.status_code == 400
    assert "country" in response.json()


def test_the_api_leaves_the_schedule_fields_to_the_pages_that_move_prompts(world, client):
    client.force_login(world.patient.user)

    response = _patch(client, world.patient, {"time_zone": "Asia/Tokyo", "country": "JP"})

    patient = Patient.objects.get(pk=world.patient.pk)
    assert response.status_code == 200
    assert (patient.time_zone, patient.country) == ("America/New_York", "JP")


def test_a_coach_reads_the_phone_but_does_not_change_it(world, client):
    world.patient.phone = "+12125550100"
    world.patient.save(update_fields=["phone"])
    client.force_login(world.user("coach"))

    read = client.get(reverse("patient-detail", args=[world.patient.pk])).json()
    change = _patch(client, world.patient, {"phone": "+12125550199"})

    assert read["phone"] == "+12125550100"
    assert change.status_code == 404
    assert Patient.objects.get(pk=world.patient.pk).phone == "+12125550100"


def test_the_patient_list_links_each_phone_for_a_call(world, client):
    world.patient.phone = "+442079460958"
    world.patient.save(update_fields=["phone"])
    client.force_login(world.user("clinic_admin"))

    body = client.get(reverse("staff_patient_list")).content.decode()

    assert '<a href="tel:+442079460958">+44 20 7946 0958</a>' in body
