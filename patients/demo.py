"""The demo clinic's people. Idempotent: every row is found or created by a natural key."""

from dataclasses import dataclass, field
from datetime import date, time

from allauth.account.models import EmailAddress

from .models import Clinic, ConsentRecord, Patient, StaffMembership, User
from .services import consent_record

# Published in README.md: the demo clinic is for trying the app on one's own machine.
DEMO_PASSWORD = "integrate-demo-2026"  # noqa: S105

STAFF = [
    ("admin@demo.test", "Avery", "Morgan", StaffMembership.Role.CLINIC_ADMIN),
    ("clinician@demo.test", "Maya", "Ortiz", StaffMembership.Role.CLINICIAN),
    ("clinician2@demo.test", "Samuel", "Lee", StaffMembership.Role.CLINICIAN),
    ("coach@demo.test", "Jordan", "Rivers", StaffMembership.Role.COACH),
    ("coach2@demo.test", "Priya", "Shah", StaffMembership.Role.COACH),
]

# email, first, last, time zone, quiet start, quiet end, clinician index, coach index
PATIENTS = [
    ("patient@demo.test", "Alex", "Kim", "America/New_York", 21, 8, 0, 0),
    ("rosa@demo.test", "Rosa", "Delgado", "America/Chicago", 22, 7, 0, 0),
    ("tom@demo.test", "Tom", "Becker", "America/Denver", 21, 8, 1, 0),
    ("lena@demo.test", "Lena", "Fischer", "America/Los_Angeles", 21, 8, 1, 1),
    ("kai@demo.test", "Kai", "Nakamura", "Pacific/Honolulu", 20, 7, 0, 1),
    ("amara@demo.test", "Amara", "Okafor", "Europe/London", 22, 8, 1, 0),
    ("ines@demo.test", "Inès", "Moreau", "Europe/Paris", 23, 8, 0, 1),
    ("dev@demo.test", "Dev", "Patel", "Asia/Kolkata", 21, 8, 1, 1),
    ("noah@demo.test", "Noah", "Walker", "America/New_York", 0, 6, 0, 0),
    ("maria@demo.test", "María", "Gómez", "America/Phoenix", 21, 8, 1, 0),
    ("sam@demo.test", "Sam", "O'Neill", "Australia/Sydney", 21, 8, 0, 1),
    ("yuki@demo.test", "Yuki", "Tanaka", "Asia/Tokyo", 22, 7, 1, 1),
]


@dataclass
class DemoPeople:
    clinic: Clinic
    admin: User
    clinicians: list[User] = field(default_factory=list)
    coaches: list[User] = field(default_factory=list)
    patients: list[Patient] = field(default_factory=list)


def _user(email, first, last, **extra):
    user, created = User.objects.get_or_create(
        email=email, defaults={"first_name": first, "last_name": last, **extra}
    )
    if created:
        user.set_password(DEMO_PASSWORD)
        user.save(update_fields=["password"])
        EmailAddress.objects.get_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
    return user


def seed_people() -> DemoPeople:
    clinic, _ = Clinic.objects.get_or_create(
        slug="riverbend",
        defaults={"name": "Riverbend Integration Clinic", "time_zone": "America/New_York"},
    )
    _user("site-admin@demo.test", "Site", "Administrator", is_staff=True, is_superuser=True)
    people = DemoPeople(clinic=clinic, admin=None)
    for email, first, last, role in STAFF:
        user = _user(email, first, last)
        StaffMembership.objects.get_or_create(user=user, defaults={"clinic": clinic, "role": role})
        if role == StaffMembership.Role.CLINIC_ADMIN:
            people.admin = user
        elif role == StaffMembership.Role.CLINICIAN:
            people.clinicians.append(user)
        else:
            people.coaches.append(user)
    for n, (email, first, last, tz, quiet_start, quiet_end, clin, coach) in enumerate(PATIENTS):
        user = _user(email, first, last)
        patient, created = Patient.objects.get_or_create(
            user=user,
            defaults={
                "clinic": clinic,
                "time_zone": tz,
                "quiet_hours_start": time(quiet_start, 0),
                "quiet_hours_end": time(quiet_end, 0),
                "care_clinician": people.clinicians[clin],
                "care_coach": people.coaches[coach],
                "weight_kg": 58 + 3 * n,
                "date_of_birth": date(1970 + 2 * n, 1 + n % 12, 1 + n),
            },
        )
        if created or not ConsentRecord.objects.filter(patient=patient).exists():
            consent_record(patient=patient)
        people.patients.append(patient)
    return people
