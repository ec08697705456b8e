"""Plain builders for test data. They write rows directly: they set up the world a test
needs, while the behaviour under test goes through services, pages and endpoints."""

import itertools
from datetime import time

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator

from patients.models import Clinic, Patient, StaffMembership, User

_counter = itertools.count(1)


def make_user(email=None, *, first_name="", last_name="", password="correct-horse-battery"):
    n = next(_counter)
    email = email or f"user{n}@example.test"
    user = User.objects.create_user(
        email=email,
        password=password,
        first_name=first_name or f"First{n}",
        last_name=last_name or f"Last{n}",
    )
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    return user


def make_clinic(name="Harbor Clinic", time_zone="America/New_York"):
    n = next(_counter)
    return Clinic.objects.create(name=name, slug=f"clinic-{n}", time_zone=time_zone)


def give_mfa(user):
    Authenticator.objects.create(
        user=user, type=Authenticator.Type.TOTP, data={"secret": "JBSWY3DPEHPK3PXP"}
    )
    return user


def make_staff(clinic, role, *, mfa=True, **user_kwargs):
    user = make_user(**user_kwargs)
    StaffMembership.objects.create(user=user, clinic=clinic, role=role)
    if mfa:
        give_mfa(user)
    return user


def make_patient(
    clinic,
    *,
    clinician=None,
    coach=None,
    therapist=None,
    time_zone="America/New_York",
    quiet_start=time(21, 0),
    quiet_end=time(8, 0),
    weight_kg=70,
    **user_kwargs,
):
    user = make_user(**user_kwargs)
    return Patient.objects.create(
        user=user,
        clinic=clinic,
        time_zone=time_zone,
        quiet_hours_start=quiet_start,
        quiet_hours_end=quiet_end,
        weight_kg=weight_kg,
        care_clinician=clinician,
        care_coach=coach,
        care_therapist=therapist,
    )
