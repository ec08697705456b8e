"""A patient's record with something of every kind the FHIR export carries."""

from datetime import timedelta

from django.utils import timezone

from journals.models import Assessment
from sessions import services
from tests.care_team.helpers import make_phq9
from tests.sessions.helpers import record_session

LOT = "LOT-FHIR-2291"


def make_gad7(patient, items, *, at=None):
    return Assessment.objects.create(
        patient=patient,
        instrument="gad7",
        item_scores=items,
        total=sum(items),
        band="moderate",
        created_at=at or timezone.now(),
    )


def add_vitals(session, **readings):
    return services.vitals_add(
        acting_user=session.patient.care_clinician,
        session=session,
        taken_at=session.started_at + timedelta(minutes=5),
        **readings,
    )


def full_record(world, *, sessions=1, days_back=0):
    """PHQ-9 and GAD-7 each, and `sessions` IV sessions with three readings each, the
    latest `days_back` days before now."""
    patient = world.patient
    make_phq9(patient, 14, at=timezone.now() - timedelta(days=10))
    make_gad7(patient, [1, 2, 0, 3, 1, 2, 1], at=timezone.now() - timedelta(days=9))
    made = []
    for n in range(sessions):
        session = record_session(world, hours_ago=3 + 24 * (days_back + 8 * n), lot_number=LOT)
        add_vitals(session, systolic=128, diastolic=82, heart_rate=76, spo2=98)
        add_vitals(session, heart_rate=88)
        add_vitals(session, spo2=96)
        made.append(session)
    return made
