from django.urls import reverse

from patients.models import StaffMembership
from tests.factories import give_mfa, make_staff


def test_clinician_without_mfa_is_sent_to_set_it_up(world, client):
    clinician = make_staff(world.clinic, StaffMembership.Role.CLINICIAN, mfa=False)
    client.force_login(clinician)

    response = client.get(reverse("staff_patient", args=[world.patient.pk]))

    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_activate_totp")


def test_clinician_without_mfa_reaches_no_patient_data_through_the_api(world, client):
    clinician = make_staff(world.clinic, StaffMembership.Role.CLINICIAN, mfa=False)
    client.force_login(clinician)

    response = client.get(reverse("patient-list"))

    assert response.status_code == 403
    assert world.patient.user.last_name not in response.content.decode()


def test_clinician_without_mfa_is_refused_with_an_api_token(world, client):
    from patients.models import ApiToken

    clinician = make_staff(world.clinic, StaffMembership.Role.CLINICIAN, mfa=False)
    _, plain = ApiToken.objects.create(user=clinician, name="Made before MFA")

    response = client.get(reverse("patient-list"), HTTP_AUTHORIZATION=f"Token {plain}")

    assert response.status_code == 403


def test_clinician_with_mfa_reaches_their_patients(world, client):
    clinician = make_staff(world.clinic, StaffMembership.Role.CLINICIAN, mfa=False)
    give_mfa(clinician)
    client.force_login(clinician)

    response = client.get(reverse("staff_patient", args=[world.patient.pk]))

    assert response.status_code == 200
    assert world.patient.user.last_name in response.content.decode()


def test_the_mfa_setup_page_itself_stays_reachable(world, client):
    clinician = make_staff(world.clinic, StaffMembership.Role.CLINICIAN, mfa=False)
    client.force_login(clinician)

    response = client.get(reverse("mfa_activate_totp"), follow=True)

    # allauth asks for the password again first; no loop back to the MFA page.
    assert response.status_code == 200
    assert response.redirect_chain[-1][0].startswith(reverse("account_reauthenticate"))


def test_patients_need_no_mfa(world, client):
    client.force_login(world.patient.user)

    assert client.get(reverse("today")).status_code == 200


def test_the_demo_setting_turns_enforcement_off(world, client, settings):
    settings.MFA_ENFORCED_FOR_STAFF = False
    clinician = make_staff(world.clinic, StaffMembership.Role.CLINICIAN, mfa=False)
    client.force_login(clinician)

    assert client.get(reverse("staff_patient", args=[world.patient.pk])).status_code == 200
