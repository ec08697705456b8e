"""Many due prompts, fast: for the dispatch integration test and benchmark. Rows are
bulk-inserted straight into the schedule, as if their sessions had ended two hours ago."""

import time
from datetime import timedelta

from django.utils import timezone

from patients.models import Clinic, Patient, StaffMembership, User

from .models import DosingSession, ScheduledPrompt


def due_prompts(count: int, *, patients: int = 100) -> list[ScheduledPrompt]:
    tag = time.time_ns()
    clinic = Clinic.objects.create(name=f"Load {tag}", slug=f"load-{tag}", time_zone="UTC")
    clinician = User.objects.create_user(email=f"clinician-{tag}@load.test")
    StaffMembership.objects.create(user=clinician, clinic=clinic, role="clinician")
    users = User.objects.bulk_create(
        User(email=f"patient{n}-{tag}@load.test") for n in range(patients)
    )
    people = Patient.objects.bulk_create(
        Patient(user=user, clinic=clinic, weight_kg=70, time_zone="UTC") for user in users
    )
    now = timezone.now()
    sessions = DosingSession.objects.bulk_create(
        DosingSession(
            patient=patient,
            clinician=clinician,
            route="iv_ketamine",
            dose_mg=35,
            started_at=now - timedelta(hours=3),
            ended_at=now - timedelta(hours=2),
            status=DosingSession.Status.COMPLETED,
        )
        for patient in people
    )
    per_session = count // patients
    return ScheduledPrompt.objects.bulk_create(
        ScheduledPrompt(
            session=session,
            patient_id=session.patient_id,
            kind="journal",
            title=f"Load prompt {n}",
            offset_hours=n,
            expires_after_hours=24,
            due_at=now - timedelta(minutes=1),
            expires_at=now + timedelta(hours=12),
        )
        for session in sessions
        for n in range(per_session)
    )
