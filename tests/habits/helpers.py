"""Habits as a patient sets them up: the clinic's default list, picked through the service."""

from journals import services_habits as services
from journals.habits import Habit

HABIT_WORDS = "Cold-water-swim-habit"


def habit_named(clinic, name: str) -> Habit:
    services.habit_defaults_ensure(clinic_id=clinic.pk)
    return Habit.objects.get(clinic=clinic, name=name)


def track(patient, name: str):
    return services.habit_pick(acting_user=patient.user, habit=habit_named(patient.clinic, name))


def clinic_habit(clinic, name: str = HABIT_WORDS) -> Habit:
    return Habit.objects.create(clinic=clinic, name=name, question="Did you swim?")
