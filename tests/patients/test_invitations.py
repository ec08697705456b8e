from django.core import mail
from django.urls import reverse

from patients.models import ConsentRecord, Invitation, Patient, StaffMembership, User

GOOD_PASSWORD = "a-long-and-private-phrase"


def _invite(client, **data):
    return client.post(reverse("invitation_create"), data)


def test_clinic_admin_invites_a_coach_who_sets_a_password_and_lands_on_staff_pages(
    world, client, django_capture_on_commit_callbacks
):
    client.force_login(world.user("clinic_admin"))
    with django_capture_on_commit_callbacks(execute=True):
        _invite(client, email="New.Coach@Example.test", role="coach", first_name="Nia")
    invitation = Invitation.objects.get()
    assert invitation.email == "new.coach@example.test"
    assert len(mail.outbox) == 1
    assert invitation.token in mail.outbox[0].body

    client.logout()
    response = client.post(
        reverse("invitation_accept", args=[invitation.token]),
        {
            "first_name": "Nia",
            "last_name": "Newcoach",
            "password1": GOOD_PASSWORD,
            "password2": GOOD_PASSWORD,
        },
    )

    user = User.objects.get(email="new.coach@example.test")
    assert user.staff_membership.role == StaffMembership.Role.COACH
    assert user.staff_membership.clinic == world.clinic
    assert user.emailaddress_set.get().verified
    assert response.status_code == 302


def test_clinic_admin_invites_a_therapist_who_joins_as_one(
    world, client, django_capture_on_commit_callbacks
):
    client.force_login(world.user("clinic_admin"))
    with django_capture_on_commit_callbacks(execute=True):
        _invite(client, email="new.therapist@example.test", role="therapist")
    invitation = Invitation.objects.get()
    client.logout()

    client.post(
        reverse("invitation_accept", args=[invitation.token]),
        {
            "first_name": "Tam",
            "last_name": "Newtherapist",
            "password1": GOOD_PASSWORD,
            "password2": GOOD_PASSWORD,
        },
    )

    membership = User.objects.get(email="new.therapist@example.test").staff_membership
    assert (membership.role, membership.clinic) == (StaffMembership.Role.THERAPIST, world.clinic)


def test_a_clinician_cannot_invite_a_therapist(world, client):
    client.force_login(world.user("clinician"))

    response = _invite(client, email="t@example.test", role="therapist")

    assert response.status_code in (200, 400, 403)
    assert not Invitation.objects.exists()


def test_clinician_invites_a_patient_who_must_consent(world, client):
    client.force_login(world.user("clinician"))
    _invite(
        client,
        email="newpatient@example.test",
        role="patient",
        care_clinician=world.user("clinician").pk,
        care_coach=world.user("coach").pk,
    )
    invitation = Invitation.objects.get()
    client.logout()
    url = reverse("invitation_accept", args=[invitation.token])
    form = {
        "first_name": "Nova",
        "last_name": "Newpatient",
        "password1": GOOD_PASSWORD,
        "password2": GOOD_PASSWORD,
        "time_zone": "Europe/Berlin",
    }

    refused = client.post(url, form)
    assert "Please read and agree" in refused.content.decode()
    assert not User.objects.filter(email="newpatient@example.test").exists()

    client.post(url, {**form, "consent": "on"})
    patient = Patient.objects.get(user__email="newpatient@example.test")
    assert patient.time_zone == "Europe/Berlin"
    assert patient.care_coach == world.user("coach")
    assert ConsentRecord.objects.get(patient=patient).understands_safety_alerts


def test_an_invitation_works_once(world, client):
    invitation = Invitation.objects.create(
        clinic=world.clinic, email="once@example.test", role="coach"
    )
    url = reverse("invitation_accept", args=[invitation.token])
    form = {
        "first_name": "O",
        "last_name": "Nce",
        "password1": GOOD_PASSWORD,
        "password2": GOOD_PASSWORD,
    }
    client.post(url, form)
    client.logout()

    assert client.get(url).status_code == 410


def test_a_weak_password_is_refused_with_a_reason_and_keeps_the_names(world, client):
    invitation = Invitation.objects.create(
        clinic=world.clinic, email="weak@example.test", role="coach"
    )

    response = client.post(
        reverse("invitation_accept", args=[invitation.token]),
        {"first_name": "Wanda", "last_name": "Weak", "password1": "123", "password2": "123"},
    )

    body = response.content.decode()
    assert "too short" in body
    assert 'value="Wanda"' in body
    assert not User.objects.filter(email="weak@example.test").exists()


def test_clinician_cannot_invite_staff(world, client):
    client.force_login(world.user("clinician"))

    response = _invite(client, email="sneaky@example.test", role="clinic_admin")

    assert "Select a valid choice" in response.content.decode()
    assert not Invitation.objects.exists()


def test_inviting_an_existing_account_says_so(world, client):
    client.force_login(world.user("clinic_admin"))

    response = _invite(client, email=world.patient.user.email, role="patient")

    assert "already has an account" in response.content.decode()


def test_a_care_team_from_another_clinic_is_refused(world, client):
    client.force_login(world.user("clinic_admin"))

    response = _invite(
        client,
        email="x@example.test",
        role="patient",
        care_clinician=world.user("other_clinician").pk,
    )

    assert "Select a valid choice" in response.content.decode()
    assert not Invitation.objects.exists()
