"""Staff choose how urgent alerts reach them besides the inbox and email."""

from django.urls import reverse

from patients.models import SmsOptOut, StaffMembership


def _post(client, user, **data):
    client.force_login(user)
    return client.post(reverse("staff_alert_channels"), data)


def test_a_clinician_turns_on_texts_with_a_number_typed_the_local_way(world, client):
    clinician = world.user("clinician")

    response = _post(client, clinician, phone="(212) 555-0188", sms_urgent_alerts="on")

    assert response.status_code == 302
    membership = StaffMembership.objects.get(user=clinician)
    assert membership.phone == "+12125550188"
    assert membership.sms_urgent_alerts is True
    # An unticked box is off.
    assert membership.push_urgent_alerts is False


def test_texts_need_a_number(world, client):
    response = _post(client, world.user("coach"), phone="", sms_urgent_alerts="on")

    assert response.status_code == 200
    assert response.context["form"].errors["phone"] == [
        "Add your mobile number to get text messages."
    ]
    assert StaffMembership.objects.get(user=world.user("coach")).sms_urgent_alerts is False


def test_a_number_that_cannot_be_dialled_is_refused(world, client):
    response = _post(client, world.user("coach"), phone="12", sms_urgent_alerts="on")

    assert response.status_code == 200
    assert "phone" in response.context["form"].errors


def test_the_page_shows_the_settings_and_a_stopped_number(world, client):
    therapist = world.user("therapist")
    StaffMembership.objects.filter(user=therapist).update(
        phone="+12125550188", sms_urgent_alerts=True
    )
    SmsOptOut.objects.create(phone="+12125550188", keyword="STOP")
    client.force_login(therapist)

    page = client.get(reverse("staff_alert_channels")).content.decode()

    assert 'value="+12125550188"' in page
    assert "Your number replied STOP" in page
    assert "You allowed notifications on 0 devices." in page


def test_the_care_team_finds_the_page_in_their_account_menu(world, client_for):
    link = f'href="{reverse("staff_alert_channels")}"'
    for role in ("clinician", "coach", "therapist"):
        page = client_for(world.user(role)).get(reverse("staff_patient_list")).content.decode()
        assert link in page, role
    # Clinic admins keep the roster; safety alerts never reach them.
    page = client_for(world.user("clinic_admin")).get(reverse("staff_patient_list"))
    assert link not in page.content.decode()
