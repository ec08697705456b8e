"""API tokens that die: hashed, per device, shown once, expiring, and revoked whenever the
ground they were issued on changes."""

import re
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from allauth.mfa.models import Authenticator
from allauth.mfa.signals import authenticator_reset
from django.conf import settings
from django.core import mail
from django.urls import reverse

from patients.models import ApiToken, StaffMembership
from patients.tokens import api_token_create
from tests.factories import give_mfa, make_staff

NEW_PASSWORD = "a-new-long-passphrase-42"
TOKEN_IN_PAGE = re.compile(r'<code class="token">([^<]+)</code>')


def _call_api(client, plain):
    return client.get(reverse("patient-list"), HTTP_AUTHORIZATION=f"Token {plain}")


def _works(client, plain) -> bool:
    status = _call_api(client, plain).status_code
    assert status in (200, 401), status
    return status == 200


def _token_for(user, name="Laptop"):
    return api_token_create(acting_user=user, name=name)[1]


# Made on the page: hashed, named, shown once, one per submission.


def test_a_token_made_on_the_page_is_shown_once_and_works(world, client):
    client.force_login(world.patient.user)

    made = client.post(reverse("api_token"), {"name": "Journal app on my phone"})
    first = client.get(made["Location"]).content.decode()
    again = client.get(reverse("api_token")).content.decode()

    assert made.status_code == 302
    plain = TOKEN_IN_PAGE.search(first).group(1)
    assert "shown only this once" in first
    assert "Journal app on my phone" in first and "Journal app on my phone" in again
    assert plain not in again and TOKEN_IN_PAGE.search(again) is None
    client.logout()
    assert _works(client, plain)


def test_reloading_the_page_after_making_a_token_makes_no_other(world, client):
    client.force_login(world.patient.user)

    response = client.post(reverse("api_token"), {"name": "Phone"}, follow=True)
    client.get(response.redirect_chain[-1][0])
    client.get(reverse("api_token"))

    assert ApiToken.objects.filter(user=world.patient.user).count() == 1


def test_the_page_is_never_cached(world, client):
    client.force_login(world.patient.user)

    assert "no-store" in client.get(reverse("api_token"))["Cache-Control"]


def test_a_token_is_stored_only_as_a_digest(world):
    token, plain = api_token_create(acting_user=world.patient.user, name="Laptop")

    stored = ApiToken.objects.filter(pk=token.pk).values().get()
    assert plain not in stored.values()
    assert stored["digest"] != plain and len(stored["digest"]) == 128
    assert plain.startswith(stored["token_key"]) and len(stored["token_key"]) < len(plain) / 3


def test_each_device_gets_its_own_token_and_revoking_one_spares_the_others(world, client):
    phone = _token_for(world.patient.user, "Phone")
    laptop = _token_for(world.patient.user, "Laptop")
    key = ApiToken.objects.get(user=world.patient.user, name="Phone").token_key
    client.force_login(world.patient.user)

    page = client.get(reverse("api_token")).content.decode()
    client.post(reverse("api_token"), {"revoke": key})
    client.logout()

    assert "Phone" in page and "Laptop" in page and phone not in page and laptop not in page
    assert not _works(client, phone)
    assert _works(client, laptop)


def test_nobody_revokes_another_persons_token(world, client):
    plain = _token_for(world.patient.user)
    key = ApiToken.objects.get(user=world.patient.user).token_key
    client.force_login(world.other_patient.user)

    client.post(reverse("api_token"), {"revoke": key})
    client.logout()

    assert _works(client, plain)


def test_a_token_needs_a_name_without_control_characters(world, client):
    client.force_login(world.patient.user)

    blank = client.post(reverse("api_token"), {"name": "  "})
    control = client.post(reverse("api_token"), {"name": "Phone\r\nSet-Cookie: x"})

    assert blank.status_code == 200 and "This field is required" in blank.content.decode()
    assert "letters, digits and punctuation" in control.content.decode()
    assert not ApiToken.objects.filter(user=world.patient.user).exists()


def test_a_person_holds_a_bounded_number_of_tokens(world, client):
    for number in range(settings.API_TOKENS_PER_USER):
        _token_for(world.patient.user, f"Device {number}")
    client.force_login(world.patient.user)

    response = client.post(reverse("api_token"), {"name": "One too many"})

    assert "revoke one you no longer use" in response.content.decode()
    assert ApiToken.objects.filter(user=world.patient.user).count() == (
        settings.API_TOKENS_PER_USER
    )


# Staff and MFA.


def test_staff_with_mfa_get_a_token_that_reaches_their_patients(world, client):
    plain = _token_for(world.user("clinician"))

    response = _call_api(client, plain)

    assert response.status_code == 200
    assert world.patient.user.last_name in response.content.decode()


def test_staff_without_mfa_get_no_token_even_where_the_demo_switches_mfa_off(
    world, client, settings
):
    settings.MFA_ENFORCED_FOR_STAFF = False
    clinician = make_staff(world.clinic, StaffMembership.Role.CLINICIAN, mfa=False)
    client.force_login(clinician)

    page = client.get(reverse("api_token")).content.decode()
    response = client.post(reverse("api_token"), {"name": "Laptop"})

    assert "need two-factor authentication" in page and 'name="name"' not in page
    assert "Set up two-factor authentication" in response.content.decode()
    assert not ApiToken.objects.filter(user=clinician).exists()


def test_staff_without_mfa_are_sent_to_set_it_up_before_the_page(world, client):
    clinician = make_staff(world.clinic, StaffMembership.Role.CLINICIAN, mfa=False)
    client.force_login(clinician)

    response = client.post(reverse("api_token"), {"name": "Laptop"})

    assert response["Location"] == reverse("mfa_activate_totp")
    assert not ApiToken.objects.filter(user=clinician).exists()


def test_a_staff_token_whose_owner_lost_mfa_is_refused(world, client, settings):
    """Even if a token escaped revocation (a row written behind the services' back), the
    API itself refuses staff without MFA, the demo's switch notwithstanding."""
    settings.MFA_ENFORCED_FOR_STAFF = False
    clinician = make_staff(world.clinic, StaffMembership.Role.CLINICIAN, mfa=False)
    _, plain = ApiToken.objects.create(user=clinician, name="Made before MFA")

    response = _call_api(client, plain)

    assert response.status_code == 403
    assert world.patient.user.last_name not in response.content.decode()


# Expiry, on a pinned clock.


@pytest.mark.parametrize(
    ("role", "ttl"),
    [("patient", timedelta(days=30)), ("clinician", timedelta(hours=12))],
)
def test_a_token_expires_after_its_time_to_live(world, client, role, ttl):
    made_at = datetime(2031, 3, 9, 9, 30, tzinfo=UTC)
    with time_machine.travel(made_at, tick=False):
        plain = _token_for(world.user(role))
    with time_machine.travel(made_at + ttl - timedelta(minutes=1), tick=False):
        assert _works(client, plain)
    with time_machine.travel(made_at + ttl + timedelta(minutes=1), tick=False):
        assert not _works(client, plain)
        client.force_login(world.user(role))
        assert "Laptop" not in client.get(reverse("api_token")).content.decode()


# Revocation: each event kills every token of the person.


def test_changing_the_password_on_the_account_page_revokes_tokens(world, client):
    plain = _token_for(world.patient.user)
    client.force_login(world.patient.user)

    client.post(
        reverse("account_change_password"),
        {
            "oldpassword": "correct-horse-battery",
            "password1": NEW_PASSWORD,
            "password2": NEW_PASSWORD,
        },
    )

    world.patient.user.refresh_from_db()
    assert world.patient.user.check_password(NEW_PASSWORD)
    assert not _works(client, plain)


def test_resetting_the_password_by_email_revokes_tokens(world, client):
    plain = _token_for(world.patient.user)

    client.post(reverse("account_reset_password"), {"email": world.patient.user.email})
    link = re.search(r"https?://[^/\s]+(/\S+)", mail.outbox[-1].body).group(1)
    form_page = client.get(link, follow=True)
    client.post(
        form_page.redirect_chain[-1][0] if form_page.redirect_chain else link,
        {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )

    world.patient.user.refresh_from_db()
    assert world.patient.user.check_password(NEW_PASSWORD)
    assert not _works(client, plain)


def test_set_password_by_any_path_revokes_tokens(world, client):
    plain = _token_for(world.patient.user)
    user = world.patient.user

    user.set_password(NEW_PASSWORD)
    user.save()

    assert not _works(client, plain)


def test_an_unusable_password_revokes_tokens(world, client):
    plain = _token_for(world.patient.user)
    user = world.patient.user

    user.set_unusable_password()
    user.save(update_fields=["password"])

    assert not _works(client, plain)


def test_saving_the_user_without_a_credential_change_keeps_tokens(world, client):
    plain = _token_for(world.patient.user)
    user = world.patient.user

    user.first_name = "Patricia"
    user.save()
    client.force_login(user)  # a login writes last_login

    client.logout()
    assert _works(client, plain)


def test_deactivating_the_account_revokes_tokens_for_good(world, client):
    plain = _token_for(world.patient.user)
    user = world.patient.user

    user.is_active = False
    user.save()
    user.is_active = True
    user.save()

    assert not _works(client, plain)
    assert not ApiToken.objects.filter(user=user).exists()


def test_adding_an_authenticator_revokes_tokens(world, client):
    plain = _token_for(world.patient.user)

    give_mfa(world.patient.user)

    assert not _works(client, plain)


def test_removing_an_authenticator_revokes_tokens(world, client):
    clinician = world.user("clinician")
    plain = _token_for(clinician)

    Authenticator.objects.filter(user=clinician).delete()

    assert _call_api(client, plain).status_code == 401


def test_regenerating_recovery_codes_revokes_tokens(world, client):
    clinician = world.user("clinician")
    plain = _token_for(clinician)
    authenticator = Authenticator.objects.get(user=clinician)

    # What allauth's recovery-code page sends after making new codes.
    authenticator_reset.send(
        sender=Authenticator, request=None, user=clinician, authenticator=authenticator
    )

    assert not _works(client, plain)


def test_using_an_authenticator_keeps_tokens(world, client):
    clinician = world.user("clinician")
    plain = _token_for(clinician)

    Authenticator.objects.get(user=clinician).record_usage()

    assert _works(client, plain)


def test_removal_from_the_clinic_revokes_tokens(world, client):
    coach = world.user("coach")
    plain = _token_for(coach)

    StaffMembership.objects.filter(user=coach).get().delete()

    assert _call_api(client, plain).status_code == 401


@pytest.mark.parametrize("change", ["role", "clinic"])
def test_a_new_role_or_clinic_revokes_tokens(world, client, change):
    coach = world.user("coach")
    plain = _token_for(coach)
    membership = coach.staff_membership

    if change == "role":
        membership.role = StaffMembership.Role.CLINICIAN
    else:
        membership.clinic = world.other_clinic
    membership.save()

    assert _call_api(client, plain).status_code == 401


def test_a_patient_who_becomes_staff_loses_their_patient_tokens(world, client):
    plain = _token_for(world.patient.user)

    StaffMembership.objects.create(
        user=world.patient.user, clinic=world.clinic, role=StaffMembership.Role.COACH
    )

    assert _call_api(client, plain).status_code == 401


def test_an_unrelated_change_revokes_nobody_elses_tokens(world, client):
    plain = _token_for(world.patient.user)

    give_mfa(world.other_patient.user)
    StaffMembership.objects.filter(user=world.user("coach")).delete()

    assert _works(client, plain)


# The old plain-text tokens.


def test_drf_plain_tokens_are_gone(world, client):
    assert "rest_framework.authtoken" not in settings.INSTALLED_APPS

    response = _call_api(client, "9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b")

    assert response.status_code == 401
