from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command
from django.db import models

from groups.models import GroupSession
from patients.models import Patient
from sessions.models import DosingSession

DEMO_APPS = ("patients", "dosing", "journals", "groups", "account")
NEW_YORK = ZoneInfo("America/New_York")  # the demo clinic's zone
# A Tuesday afternoon in New York.
INSTANT = datetime(2026, 12, 8, 15, 0, tzinfo=UTC)


def _counts():
    return {
        model._meta.label: model.objects.count()
        for model in apps.get_models()
        if model._meta.app_label in DEMO_APPS and model._meta.label not in ("patients.AuditEvent",)
    }


def _dated_fields():
    """Every date and time the demo's pages show: not the rows' own bookkeeping of when
    they were written (auto_now fields, the audit trail), which is the seeding's time."""
    for model in apps.get_models():
        if model._meta.app_label not in DEMO_APPS or model._meta.label == "patients.AuditEvent":
            continue
        for field in model._meta.concrete_fields:
            if isinstance(field, models.DateTimeField) and not (
                field.auto_now or field.auto_now_add
            ):
                yield model, field.name


def test_seed_demo_builds_a_clinic_and_running_it_twice_changes_nothing(db, client):
    call_command("seed_demo", verbosity=0)
    first = _counts()
    call_command("seed_demo", verbosity=0)

    assert _counts() == first
    assert first["patients.Patient"] == 12
    assert first["patients.StaffMembership"] == 6
    alex = Patient.objects.get(user__email="patient@demo.test")
    assert alex.care_therapist.email == "therapist@demo.test"
    assert first["dosing.TherapyNote"] == 1
    assert client.login(email="patient@demo.test", password="integrate-demo-2026")


def test_seed_demo_dates_everything_from_the_instant_it_is_given(db, time_machine):
    # The machine's clock is a year away: nothing the demo shows may come from it.
    time_machine.move_to(INSTANT + timedelta(days=365), tick=False)

    call_command("seed_demo", "--now", "2026-12-08T15:00:00Z", verbosity=0)

    alex = Patient.objects.get(user__email="patient@demo.test")
    latest = DosingSession.objects.filter(patient=alex).latest("ended_at")
    assert latest.ended_at == INSTANT - timedelta(hours=1)
    drop_in = GroupSession.objects.get(title="Midday drop-in circle")
    assert drop_in.starts_at == datetime(2026, 12, 9, 12, 0, tzinfo=NEW_YORK)
    circle = GroupSession.objects.filter(title="Thursday integration circle", status="scheduled")
    assert circle.earliest("starts_at").starts_at == datetime(2026, 12, 10, 18, 0, tzinfo=NEW_YORK)
    earliest, latest_allowed = INSTANT - timedelta(days=30), INSTANT + timedelta(weeks=7)
    for model, name in _dated_fields():
        outside = model.objects.exclude(**{f"{name}__isnull": True}).exclude(
            **{f"{name}__range": (earliest, latest_allowed)}
        )
        assert not outside.exists(), f"{model._meta.label}.{name}: {outside.first()}"


def test_seed_demo_again_at_another_instant_changes_nothing(db):
    call_command("seed_demo", now=INSTANT, verbosity=0)
    first = _counts()

    call_command("seed_demo", now=INSTANT + timedelta(days=3), verbosity=0)

    assert _counts() == first


@pytest.mark.parametrize("value", ["2026-12-08 15:00", "next tuesday"])
def test_seed_demo_refuses_an_instant_without_its_offset_or_unreadable(db, value):
    with pytest.raises(CommandError, match="--now"):
        call_command("seed_demo", "--now", value, verbosity=0)

    assert not Patient.objects.exists()
