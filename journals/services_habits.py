"""Every write about habits: the clinic's list (kept by its clinicians and clinic admins),
the patient picking up to five, and one mark a day on the patient's own calendar."""

from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format, number_format
from django.utils.translation import gettext

from patients.models import Clinic, Patient
from patients.selectors import membership_of, patient_profile_of

from .habits import (
    DEFAULT_HABITS,
    MARK_BACK_DAYS,
    MAX_HABITS,
    Habit,
    HabitMark,
    PatientHabit,
    local_today,
)
from .selectors import can_manage_habits

HABIT_FIELDS = {"name", "question", "kind", "unit", "max_value", "active", "order"}


# The clinic's list ------------------------------------------------------------------------


def habit_defaults_ensure(*, clinic_id: int, now: datetime | None = None) -> None:
    """Gives a clinic that has no habits yet the default list. Clinics are made in several
    places (the admin, the demo, tests) that know nothing of journals, so the list is made
    the first time anyone looks at it; a clinic that removed habits keeps them removed
    as long as one remains (switched off, say)."""
    if Habit.objects.filter(clinic_id=clinic_id).exists():
        return
    Habit.objects.bulk_create(
        [
            Habit(
                clinic_id=clinic_id,
                name=name,
                question=question,
                kind=kind,
                unit=unit,
                max_value=max_value,
                order=order,
                created_at=now or timezone.now(),
            )
            for order, (name, question, kind, unit, max_value) in enumerate(DEFAULT_HABITS, 1)
        ],
        ignore_conflicts=True,
    )


@transaction.atomic
def habit_save(*, acting_user, habit: Habit | None = None, **fields) -> Habit:
    """Adds a habit to the acting clinician's or clinic admin's clinic, or changes one."""
    if not can_manage_habits(acting_user):
        raise PermissionDenied(gettext("Clinicians and clinic admins keep the list of habits."))
    clinic: Clinic = membership_of(acting_user).clinic
    if habit is None:
        habit = Habit(clinic=clinic)
    elif habit.clinic_id != clinic.pk:
        raise PermissionDenied(gettext("This habit belongs to another clinic."))
    for name, value in fields.items():
        if name not in HABIT_FIELDS:
            raise ValidationError(f"{name} is not a field of a habit.")
        setattr(habit, name, value.strip() if isinstance(value, str) else value)
    if habit.kind == Habit.Kind.YES_NO:
        habit.unit, habit.max_value = "", None
    if habit.order is None:
        habit.order = 0
    duplicate = Habit.objects.filter(clinic=clinic, name__iexact=habit.name).exclude(pk=habit.pk)
    if duplicate.exists():
        raise ValidationError({"name": gettext("The clinic has a habit of this name already.")})
    habit.full_clean()
    habit.save()
    return habit


# The patient's habits ---------------------------------------------------------------------


def _own_patient(acting_user) -> Patient:
    patient = patient_profile_of(acting_user)
    if patient is None:
        raise PermissionDenied(gettext("Only patients track habits."))
    return patient


@transaction.atomic
def habit_pick(*, acting_user, habit: Habit) -> PatientHabit:
    """Starts tracking one of the clinic's habits; picking it again after stopping takes
    up the same record, marks and all. Five at a time at most."""
    patient = _own_patient(acting_user)
    if habit.clinic_id != patient.clinic_id or not habit.active:
        raise ValidationError({"habit": gettext("Choose one of your clinic's habits.")})
    # Lock the patient's row so two tabs cannot both pick a sixth.
    Patient.objects.select_for_update().filter(pk=patient.pk).first()
    tracker = PatientHabit.objects.filter(patient=patient, habit=habit).first()
    if tracker is not None and tracker.is_active:
        return tracker
    active = PatientHabit.objects.filter(patient=patient, stopped_at=None).count()
    if active >= MAX_HABITS:
        raise ValidationError(
            {
                "habit": gettext(
                    "You track %(most)s habits already, the most at once. Stop one to pick another."
                )
                % {"most": MAX_HABITS}
            }
        )
    if tracker is None:
        return PatientHabit.objects.create(patient=patient, habit=habit)
    tracker.stopped_at = None
    tracker.save(update_fields=["stopped_at"])
    return tracker


@transaction.atomic
def habit_stop(*, acting_user, tracker: PatientHabit) -> PatientHabit:
    """Stops tracking; the marks stay, on Progress and for the care team."""
    if tracker.patient.user_id != acting_user.pk:
        raise PermissionDenied(gettext("Only the patient changes their habits."))
    if tracker.stopped_at is None:
        tracker.stopped_at = timezone.now()
        tracker.save(update_fields=["stopped_at"])
    return tracker


def _mark_day(tracker: PatientHabit, day: date | None, now: datetime | None) -> date:
    today = local_today(tracker.patient, now)
    if day is None:
        return today
    if day > today:
        raise ValidationError(
            {
                "day": gettext("Mark today (%(today)s) or a day before, not ahead.")
                % {"today": date_format(today, "j M")}
            }
        )
    if day < today - timedelta(days=MARK_BACK_DAYS):
        raise ValidationError(
            {
                "day": gettext(
                    "You can mark the last %(days)s days; earlier ones stay as they are."
                )
                % {"days": MARK_BACK_DAYS}
            }
        )
    return day


def _number(habit: Habit, value) -> Decimal:
    try:
        number = Decimal(str(value).strip())
    except (InvalidOperation, ValueError, TypeError):
        number = None
    top = habit.max_value or Decimal(1000)
    if number is None or not number.is_finite() or number < 0 or number > top:
        raise ValidationError(
            {
                "value": gettext("Enter a number of %(unit)s from 0 to %(top)s.")
                % {"unit": habit.unit_label or gettext("units"), "top": number_format(f"{top:g}")}
            }
        )
    if number != number.quantize(Decimal("0.1")):
        raise ValidationError({"value": gettext("Use at most one decimal place, such as 7.5.")})
    return number.quantize(Decimal("0.1"))


@transaction.atomic
def habit_mark(
    *,
    acting_user,
    tracker: PatientHabit,
    day: date | None = None,
    done: bool | None = None,
    value=None,
    now: datetime | None = None,
) -> HabitMark:
    """One tap: the day's answer for one habit, today unless `day` names one of the last
    week's days. Marking a day again changes that day's mark; there is never a second."""
    if tracker.patient.user_id != acting_user.pk:
        raise PermissionDenied(gettext("Only the patient marks their habits."))
    if not tracker.is_active:
        raise ValidationError(gettext("Pick this habit again to mark it."))
    day = _mark_day(tracker, day, now)
    habit = tracker.habit
    if habit.is_number:
        if value is None or value == "":
            raise ValidationError(
                {"value": gettext("Enter the %(unit)s for the day.") % {"unit": habit.unit_label}}
            )
        answer = {"value": _number(habit, value), "done": None}
    else:
        if done is None:
            raise ValidationError({"done": gettext("Answer yes or no.")})
        answer = {"done": bool(done), "value": None}
    mark, _ = HabitMark.objects.update_or_create(tracker=tracker, day=day, defaults=answer)
    return mark


@transaction.atomic
def habit_mark_clear(
    *, acting_user, tracker: PatientHabit, day: date | None = None, now: datetime | None = None
) -> None:
    """Takes back a day's mark (a tap by mistake)."""
    if tracker.patient.user_id != acting_user.pk:
        raise PermissionDenied(gettext("Only the patient marks their habits."))
    day = _mark_day(tracker, day, now)
    HabitMark.objects.filter(tracker=tracker, day=day).delete()
