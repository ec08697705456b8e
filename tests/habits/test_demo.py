from datetime import UTC, datetime, timedelta

from django.core.management import call_command

from journals.habits import HabitMark, PatientHabit, local_today
from patients.models import Patient

INSTANT = datetime(2026, 12, 8, 15, 0, tzinfo=UTC)


def test_the_demo_patient_tracks_three_habits_with_two_weeks_of_marks(db):
    call_command("seed_demo", now=INSTANT, verbosity=0)
    alex = Patient.objects.get(user__email="patient@demo.test")
    today = local_today(alex, INSTANT)

    trackers = PatientHabit.objects.filter(patient=alex, stopped_at=None)
    assert sorted(trackers.values_list("habit__name", flat=True)) == [
        "Movement",
        "Sleep",
        "Time outdoors",
    ]
    days = set(HabitMark.objects.filter(tracker__patient=alex).values_list("day", flat=True))
    assert min(days) == today - timedelta(days=13)
    assert max(days) == today

    call_command("seed_demo", now=INSTANT + timedelta(days=1), verbosity=0)
    assert PatientHabit.objects.filter(patient=alex).count() == 3
