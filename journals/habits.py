"""Lifestyle change: the clinic's list of habits, the few a patient picks, and one mark a
day for each, on the patient's own calendar day.

Marks are health data (sleep, substances, medication): staff read them through
journals.selectors, which audits the read."""

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext, gettext_noop, ngettext
from django.utils.translation import gettext_lazy as _

from patients.models import Clinic, Patient
from patients.validators import validate_single_line

# How many habits a patient tracks at once: few enough to keep up every day.
MAX_HABITS = 5
# How far back a patient may mark a day they forgot; earlier days stay as they are.
MARK_BACK_DAYS = 7
NUMBER_CEILING = 1000


class Habit(models.Model):
    """One habit a clinic offers, answered yes or no or with a number (hours of sleep)."""

    class Kind(models.TextChoices):
        YES_NO = "yes_no", _("Yes or no")
        NUMBER = "number", _("A number")

    clinic = models.ForeignKey(Clinic, on_delete=models.CASCADE, related_name="habits")
    name = models.CharField(max_length=80, validators=[validate_single_line])
    question = models.CharField(
        max_length=160,
        blank=True,
        validators=[validate_single_line],
        help_text=_("What the patient is asked each day, e.g. “Did you get outside today?”"),
    )
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.YES_NO)
    unit = models.CharField(
        max_length=20,
        blank=True,
        validators=[validate_single_line],
        help_text=_("For a number: what it counts, e.g. hours."),
    )
    max_value = models.DecimalField(
        max_digits=6,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0.1")), MaxValueValidator(NUMBER_CEILING)],
        help_text=_("For a number: the most a day can hold, e.g. 24 hours of sleep."),
    )
    active = models.BooleanField(
        default=True,
        help_text=_("Patients can pick it. Turning it off keeps what was tracked."),
    )
    order = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["clinic", "order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["clinic", "name"], name="one_habit_name_per_clinic")
        ]

    def __str__(self):
        return self.name

    @property
    def is_number(self) -> bool:
        return self.kind == self.Kind.NUMBER

    @property
    def label(self) -> str:
        """The name as the reader reads it: the default habits' names are ours and come in
        the reader's language; a name the clinic wrote stays as written."""
        return _ours(self.name)

    @property
    def unit_label(self) -> str:
        return _ours(self.unit)

    @property
    def ask(self) -> str:
        return _ours(self.question) if self.question else self.label

    def clean(self):
        if self.kind == self.Kind.NUMBER:
            if not self.unit.strip():
                raise ValidationError({"unit": gettext("Say what the number counts, e.g. hours.")})
            if self.max_value is None:
                raise ValidationError(
                    {"max_value": gettext("Give the most a day can hold, e.g. 24.")}
                )
        elif self.unit or self.max_value is not None:
            raise ValidationError(
                {"kind": gettext("Only a number habit takes a unit and a maximum.")}
            )


class PatientHabit(models.Model):
    """A habit a patient chose to track. Stopping keeps the row and its marks; picking the
    habit again takes them up where they were."""

    patient = models.ForeignKey(Patient, on_delete=models.CASCADE, related_name="habits")
    habit = models.ForeignKey(Habit, on_delete=models.PROTECT, related_name="trackers")
    started_at = models.DateTimeField(default=timezone.now)
    stopped_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["habit__order", "habit__name", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["patient", "habit"], name="one_tracker_per_habit")
        ]
        indexes = [models.Index(fields=["patient", "stopped_at"])]

    def __str__(self):
        return f"{self.habit} for patient #{self.patient_id}"

    @property
    def is_active(self) -> bool:
        return self.stopped_at is None


class HabitMark(models.Model):
    """One day's answer: `done` for a yes/no habit, `value` for a number. `day` is the
    patient's own calendar date where they were when they marked it."""

    tracker = models.ForeignKey(PatientHabit, on_delete=models.CASCADE, related_name="marks")
    day = models.DateField()
    done = models.BooleanField(null=True, blank=True)
    value = models.DecimalField(max_digits=6, decimal_places=1, null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["tracker", "-day"]
        constraints = [
            models.UniqueConstraint(fields=["tracker", "day"], name="one_mark_per_habit_per_day"),
            models.CheckConstraint(
                condition=Q(done__isnull=False, value__isnull=True)
                | Q(done__isnull=True, value__isnull=False),
                name="mark_is_yes_no_or_number",
            ),
        ]

    def __str__(self):
        return f"Mark #{self.pk} of {self.day:%Y-%m-%d}"


# What a new clinic starts with: (name, question, kind, unit, max_value). Stored in English;
# shown in the reader's language while the clinic keeps them as they came.
DEFAULT_HABITS = [
    (
        gettext_noop("Sleep"),
        gettext_noop("How many hours did you sleep last night?"),
        Habit.Kind.NUMBER,
        gettext_noop("hours"),
        24,
    ),
    (
        gettext_noop("Movement"),
        gettext_noop("Did you move your body for 20 minutes or more?"),
        Habit.Kind.YES_NO,
        "",
        None,
    ),
    (
        gettext_noop("Time outdoors"),
        gettext_noop("Did you spend time outdoors?"),
        Habit.Kind.YES_NO,
        "",
        None,
    ),
    (
        gettext_noop("Time with someone"),
        gettext_noop("Did you spend time with someone you feel good with?"),
        Habit.Kind.YES_NO,
        "",
        None,
    ),
    (
        gettext_noop("Alcohol or other substances"),
        gettext_noop("Did you drink alcohol or use other substances?"),
        Habit.Kind.YES_NO,
        "",
        None,
    ),
    (
        gettext_noop("Medication taken"),
        gettext_noop("Did you take your medication as prescribed?"),
        Habit.Kind.YES_NO,
        "",
        None,
    ),
    (
        gettext_noop("Creative practice"),
        gettext_noop("Did you make something: draw, write, play, cook?"),
        Habit.Kind.YES_NO,
        "",
        None,
    ),
]


DEFAULT_TEXTS = frozenset(
    text for name, question, _kind, unit, _most in DEFAULT_HABITS for text in (name, question, unit)
)


def _ours(text: str) -> str:
    return gettext(text) if text in DEFAULT_TEXTS else text


def local_today(patient: Patient, now: datetime | None = None) -> date:
    """The patient's calendar date where they are: 23:30 in Los Angeles is still that day
    there, whatever the date in UTC or at the clinic."""
    return timezone.localtime(now or timezone.now(), patient.zone).date()


# The grid: a few weeks of marks, in cells and in words -------------------------------------


@dataclass(frozen=True)
class Cell:
    day: date
    mark: "HabitMark | None"
    habit: Habit

    @property
    def state(self) -> str:
        if self.mark is None:
            return "none"
        if self.habit.is_number:
            return "number"
        return "yes" if self.mark.done else "no"

    @property
    def symbol(self) -> str:
        if self.mark is None:
            return "·"
        if self.habit.is_number:
            return f"{self.mark.value:g}"
        return "✓" if self.mark.done else "✗"

    @property
    def words(self) -> str:
        if self.mark is None:
            return gettext("not marked")
        if self.habit.is_number:
            return f"{_number(self.mark.value)} {self.habit.unit_label}"
        return gettext("yes") if self.mark.done else gettext("no")


@dataclass(frozen=True)
class GridRow:
    tracker: PatientHabit
    cells: list[Cell]

    @property
    def habit(self) -> Habit:
        return self.tracker.habit

    @property
    def today(self) -> Cell:
        return self.cells[-1]

    @property
    def summary(self) -> str:
        marked = [cell.mark for cell in self.cells if cell.mark is not None]
        days = len(self.cells)
        if not marked:
            return ngettext(
                "Not marked in the last %(days)s day.",
                "Not marked in the last %(days)s days.",
                days,
            ) % {"days": days}
        if self.habit.is_number:
            values = [mark.value for mark in marked]
            average = sum(values) / len(values)
            return ngettext(
                "Average %(average)s %(unit)s on the %(marked)s day marked of the last %(days)s "
                "(lowest %(lowest)s, highest %(highest)s).",
                "Average %(average)s %(unit)s on the %(marked)s days marked of the last "
                "%(days)s (lowest %(lowest)s, highest %(highest)s).",
                len(values),
            ) % {
                "average": number_format(average, 1),
                "unit": self.habit.unit_label,
                "marked": len(values),
                "days": days,
                "lowest": _number(min(values)),
                "highest": _number(max(values)),
            }
        yes = sum(1 for mark in marked if mark.done)
        no = len(marked) - yes
        unmarked = days - len(marked)
        return ngettext(
            "Yes on %(yes)s day of the last %(days)s, no on %(no)s, %(unmarked)s not marked.",
            "Yes on %(yes)s days of the last %(days)s, no on %(no)s, %(unmarked)s not marked.",
            yes,
        ) % {"yes": yes, "days": days, "no": no, "unmarked": unmarked}


def _number(value) -> str:
    """A marked number as short as it goes (7.5, 8), with the viewer's decimal mark."""
    return number_format(f"{value:g}")


@dataclass(frozen=True)
class HabitGrid:
    patient: Patient
    days: list[date]
    rows: list[GridRow]

    @property
    def today(self) -> date:
        return self.days[-1]

    @property
    def day_count(self) -> int:
        return len(self.days)

    @property
    def summary(self) -> str:
        if not self.rows:
            return gettext("No habits tracked yet.")
        possible = len(self.rows) * len(self.days)
        marked = sum(1 for row in self.rows for cell in row.cells if cell.mark is not None)
        return ngettext(
            "%(marked)s of %(possible)s days marked across %(habits)s habit in the last "
            "%(days)s days.",
            "%(marked)s of %(possible)s days marked across %(habits)s habits in the last "
            "%(days)s days.",
            len(self.rows),
        ) % {
            "marked": marked,
            "possible": possible,
            "habits": len(self.rows),
            "days": len(self.days),
        }


def habit_grid(patient: Patient, trackers, marks, *, today: date, days: int) -> HabitGrid:
    """The last `days` days up to `today` (the patient's own date), oldest first."""
    span = [today - timedelta(days=offset) for offset in range(days - 1, -1, -1)]
    by_key = {(mark.tracker_id, mark.day): mark for mark in marks}
    rows = [
        GridRow(
            tracker=tracker,
            cells=[
                Cell(day=day, mark=by_key.get((tracker.pk, day)), habit=tracker.habit)
                for day in span
            ],
        )
        for tracker in trackers
    ]
    return HabitGrid(patient=patient, days=span, rows=rows)
