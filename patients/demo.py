"""The demo clinic's people. Idempotent: every row is found or created by a natural key.

Every demo builder takes the instant the demo is built around (`seed_demo --now`) and
reads no clock: rows a service stamps with the time it ran are given the time they
would have had."""

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from allauth.account.models import EmailAddress

from .models import (
    Clinic,
    ConsentRecord,
    Delivery,
    Notification,
    Patient,
    SafetyAlert,
    StaffMembership,
    User,
)
from .services import _alert_notify, _alert_recipients, consent_record

# Published in README.md: the demo clinic is for trying the app on one's own machine.
DEMO_PASSWORD = "integrate-demo-2026"  # noqa: S105

STAFF = [
    ("admin@demo.test", "Avery", "Morgan", StaffMembership.Role.CLINIC_ADMIN),
    ("clinician@demo.test", "Maya", "Ortiz", StaffMembership.Role.CLINICIAN),
    ("clinician2@demo.test", "Samuel", "Lee", StaffMembership.Role.CLINICIAN),
    ("coach@demo.test", "Jordan", "Rivers", StaffMembership.Role.COACH),
    ("coach2@demo.test", "Priya", "Shah", StaffMembership.Role.COACH),
    ("therapist@demo.test", "Robin", "Hale", StaffMembership.Role.THERAPIST),
]
# The therapist is on the care team of these patients (by index in PATIENTS).
THERAPIST_PATIENTS = (0, 1, 4)

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


# Everyone joined, and patients agreed to their care, before the first demo session
# (15 days back).
JOINED_BEFORE = timedelta(days=20)


def inbox_retime(*, dedupe_key: str, at: datetime) -> None:
    """Dates an inbox item and its delivery log rows, written by a service just now, to
    when they would have been sent."""
    Notification.objects.filter(dedupe_key=dedupe_key).update(created_at=at)
    Delivery.objects.filter(dedupe_key=dedupe_key).update(at=at)


@dataclass
class DemoPeople:
    clinic: Clinic
    admin: User
    clinicians: list[User] = field(default_factory=list)
    coaches: list[User] = field(default_factory=list)
    therapists: list[User] = field(default_factory=list)
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


def seed_people(now: datetime) -> DemoPeople:
    clinic, _ = Clinic.objects.get_or_create(
        slug="riverbend",
        defaults={"name": "Riverbend Integration Clinic", "time_zone": "America/New_York"},
    )
    joined = now - JOINED_BEFORE
    _user(
        "site-admin@demo.test",
        "Site",
        "Administrator",
        is_staff=True,
        is_superuser=True,
        date_joined=joined,
    )
    people = DemoPeople(clinic=clinic, admin=None)
    for email, first, last, role in STAFF:
        user = _user(email, first, last, date_joined=joined)
        StaffMembership.objects.get_or_create(user=user, defaults={"clinic": clinic, "role": role})
        if role == StaffMembership.Role.CLINIC_ADMIN:
            people.admin = user
        elif role == StaffMembership.Role.CLINICIAN:
            people.clinicians.append(user)
        elif role == StaffMembership.Role.THERAPIST:
            people.therapists.append(user)
        else:
            people.coaches.append(user)
    for n, (email, first, last, tz, quiet_start, quiet_end, clin, coach) in enumerate(PATIENTS):
        user = _user(email, first, last, date_joined=joined)
        patient, created = Patient.objects.get_or_create(
            user=user,
            defaults={
                "clinic": clinic,
                "time_zone": tz,
                "quiet_hours_start": time(quiet_start, 0),
                "quiet_hours_end": time(quiet_end, 0),
                "care_clinician": people.clinicians[clin],
                "care_coach": people.coaches[coach],
                "care_therapist": people.therapists[0] if n in THERAPIST_PATIENTS else None,
                "weight_kg": 58 + 3 * n,
                "date_of_birth": date(1970 + 2 * n, 1 + n % 12, 1 + n),
            },
        )
        if n in THERAPIST_PATIENTS and patient.care_therapist_id is None:
            # A demo built before the clinic had a therapist gets one on its care teams.
            patient.care_therapist = people.therapists[0]
            patient.save(update_fields=["care_therapist"])
        if created or not ConsentRecord.objects.filter(patient=patient).exists():
            consent = consent_record(patient=patient)
            ConsentRecord.objects.filter(pk=consent.pk).update(agreed_at=now - JOINED_BEFORE)
        people.patients.append(patient)
    _seed_spanish_speaker(people.patients[SPANISH_SPEAKER])
    return people


# María reads the app in Spanish and asked for prompts by push and text message too (her
# devices subscribe when she allows notifications in her browser).
SPANISH_SPEAKER = 9
DEMO_CHANNEL_KINDS = ["check_in", "journal", "assessment"]


def _seed_spanish_speaker(patient: Patient) -> None:
    User.objects.filter(pk=patient.user_id).update(language="es")
    Patient.objects.filter(pk=patient.pk).update(
        phone="+16025550142",
        push_prompt_kinds=DEMO_CHANNEL_KINDS,
        sms_prompt_kinds=DEMO_CHANNEL_KINDS,
    )
    patient.refresh_from_db()


# (patient index, kind, private, minutes ago, state): one alert no one has acknowledged
# yet (the banner on every staff page, and re-sent while it stays so), one acknowledged,
# one resolved. Their sources are placeholders: staff are shown the summary only.
ALERTS = [
    (1, SafetyAlert.Kind.JOURNAL_FLAG, True, 10, "open"),
    (2, SafetyAlert.Kind.PHQ9_ITEM9, False, 2 * 24 * 60, "acknowledged"),
    (0, SafetyAlert.Kind.JOURNAL_FLAG, True, 9 * 24 * 60, "resolved"),
]


def seed_alerts(people: DemoPeople, now: datetime) -> None:
    for index, kind, private, minutes_ago, state in ALERTS:
        patient = people.patients[index]
        raised = now - timedelta(minutes=minutes_ago)
        alert, created = SafetyAlert.objects.get_or_create(
            patient=patient,
            source_type="journals.journalentry"
            if kind == "journal_flag"
            else "journals.assessment",
            source_id=f"demo-{state}",
            defaults={
                "kind": kind,
                "source_private": private,
                "created_at": raised,
                "last_sent_at": raised,
            },
        )
        if not created:
            continue
        _alert_notify(alert=alert, recipients=_alert_recipients(patient))
        inbox_retime(dedupe_key=f"alert:{alert.pk}:1", at=raised)
        clinician = patient.care_clinician
        if state in ("acknowledged", "resolved"):
            alert.acknowledged_by = clinician
            alert.acknowledged_at = raised + timedelta(minutes=6)
        if state == "resolved":
            alert.resolved_by = clinician
            alert.resolved_at = raised + timedelta(hours=1)
            alert.resolution_note = (
                "Called the patient within the hour: safe, with a friend staying over. "
                "Safety plan reviewed; extra check-in booked for tomorrow."
            )
        alert.save()


# The demo patient's safety plan: drafted with their clinician after the alert of nine days
# ago, then made their own three days ago (two versions, so the history has a change).
SAFETY_PLAN_DRAFT = {
    "warning_signs": ["Lying awake past 3 a.m.", "Cancelling plans with friends"],
    "coping_strategies": ["A walk around the reservoir", "The breathing exercise from group"],
    "distraction_people": [{"name": "Jo (neighbour)", "phone": ""}],
    "distraction_places": ["The climbing gym", "Saturday market"],
    "help_contacts": [{"name": "Dana (sister)", "phone": "+12125550147"}],
    "professionals": [],
    "environment_safety": ["Dana keeps the spare medication"],
    "reasons_for_living": ["My niece", "Finishing the boat"],
}
SAFETY_PLAN_OWN_WORDS = {
    **SAFETY_PLAN_DRAFT,
    "coping_strategies": [
        "A walk around the reservoir",
        "The breathing exercise from group",
        "Playing guitar, loud",
    ],
    "professionals": [{"name": "Dr Hale (family doctor)", "phone": "+12125550199"}],
}


def seed_safety_plan(people: DemoPeople, now: datetime) -> None:
    from .models_safety_plan import SafetyPlan, SafetyPlanVersion
    from .safety_plan import safety_plan_save

    patient = people.patients[0]
    if SafetyPlan.objects.filter(patient=patient).exists():
        return
    for author, content, days_ago in (
        (patient.care_clinician, SAFETY_PLAN_DRAFT, 9),
        (patient.user, SAFETY_PLAN_OWN_WORDS, 3),
    ):
        version, _ = safety_plan_save(acting_user=author, patient=patient, content=content)
        at = now - timedelta(days=days_ago)
        SafetyPlanVersion.objects.filter(pk=version.pk).update(created_at=at)
        SafetyPlan.objects.filter(patient=patient).update(updated_at=at)
    SafetyPlan.objects.filter(patient=patient).update(created_at=now - timedelta(days=9))
