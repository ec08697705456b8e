from datetime import UTC, datetime, timedelta

from django.core.management import call_command

from patients.models import SafetyPlanVersion

INSTANT = datetime(2026, 12, 8, 15, 0, tzinfo=UTC)


def test_the_demo_patient_has_a_plan_of_two_versions_dated_from_the_demos_instant(db):
    call_command("seed_demo", now=INSTANT, verbosity=0)

    versions = list(
        SafetyPlanVersion.objects.filter(plan__patient__user__email="patient@demo.test")
        .order_by("number")
        .values_list("number", "author__email", "created_at")
    )
    assert versions == [
        (1, "clinician@demo.test", INSTANT - timedelta(days=9)),
        (2, "patient@demo.test", INSTANT - timedelta(days=3)),
    ]
