"""The standing cast every authorization test climbs through.

At Harbor Clinic: `patient` (care team: `clinician`, `coach`, `therapist`), `other_patient`
(care team: `clinician`, `other_coach`, no therapist), and `clinic_admin`. At Summit Clinic:
`other_clinician`, `other_therapist` and `elsewhere_patient` (whose therapist is
`other_therapist`). So `other_coach` is a coach of the same clinic who is not on the
patient's care team, and `other_clinician` and `other_therapist` work at another clinic.
"""

import os
from dataclasses import dataclass

import pytest

from patients.models import Patient, StaffMembership, User
from tests.factories import make_clinic, make_patient, make_staff

Role = StaffMembership.Role

CAST = (
    "anonymous",
    "patient",
    "other_patient",
    "coach",
    "other_coach",
    "clinician",
    "other_clinician",
    "therapist",
    "other_therapist",
    "clinic_admin",
)

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def skip_unless(condition: bool, reason: str):
    """Skips where a service or browser is absent, but never in CI: there it must run."""
    if condition:
        return
    if IN_CI:
        pytest.fail(f"Required in CI: {reason}")
    pytest.skip(reason)


@dataclass
class World:
    clinic: object
    other_clinic: object
    patient: Patient
    other_patient: Patient
    elsewhere_patient: Patient
    users: dict[str, User | None]

    def user(self, role: str) -> User | None:
        return self.users[role]


@pytest.fixture
def world(db) -> World:
    clinic = make_clinic("Harbor Clinic")
    other_clinic = make_clinic("Summit Clinic", time_zone="America/Denver")
    clinician = make_staff(clinic, Role.CLINICIAN, first_name="Cleo", last_name="Clinician")
    coach = make_staff(clinic, Role.COACH, first_name="Cody", last_name="Coach")
    other_coach = make_staff(clinic, Role.COACH, first_name="Olga", last_name="Othercoach")
    clinic_admin = make_staff(clinic, Role.CLINIC_ADMIN, first_name="Ada", last_name="Admin")
    other_clinician = make_staff(
        other_clinic, Role.CLINICIAN, first_name="Otto", last_name="Elsewhere"
    )
    therapist = make_staff(clinic, Role.THERAPIST, first_name="Thea", last_name="Therapist")
    other_therapist = make_staff(
        other_clinic, Role.THERAPIST, first_name="Theo", last_name="Farther"
    )
    patient = make_patient(
        clinic,
        clinician=clinician,
        coach=coach,
        therapist=therapist,
        first_name="Pat",
        last_name="Pattison",
    )
    other_patient = make_patient(
        clinic, clinician=clinician, coach=other_coach, first_name="Quinn", last_name="Other"
    )
    elsewhere_patient = make_patient(
        other_clinic,
        clinician=other_clinician,
        therapist=other_therapist,
        first_name="Remy",
        last_name="Faraway",
    )
    return World(
        clinic=clinic,
        other_clinic=other_clinic,
        patient=patient,
        other_patient=other_patient,
        elsewhere_patient=elsewhere_patient,
        users={
            "anonymous": None,
            "patient": patient.user,
            "other_patient": other_patient.user,
            "coach": coach,
            "other_coach": other_coach,
            "clinician": clinician,
            "other_clinician": other_clinician,
            "therapist": therapist,
            "other_therapist": other_therapist,
            "clinic_admin": clinic_admin,
        },
    )


@pytest.fixture
def patient(world):
    return world.patient


@pytest.fixture
def clinician(world):
    return world.user("clinician")


@pytest.fixture
def coach(world):
    return world.user("coach")


@pytest.fixture
def therapist(world):
    return world.user("therapist")


@pytest.fixture
def clinic_admin(world):
    return world.user("clinic_admin")


@pytest.fixture
def client_for(client):
    """client_for(user) -> a test client logged in as that user (or anonymous for None)."""

    def login(user):
        client.logout()
        if user is not None:
            client.force_login(user)
        return client

    return login
