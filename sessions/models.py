"""Dosing sessions, the integration program that plans each window, and the schedule of
prompts: rows with a status, never countdowns in the broker."""

from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import dateformat, timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from patients.models import Clinic, Patient
from patients.validators import (
    LONG_TEXT_MAX_LENGTH,
    NOTE_MAX_LENGTH,
    TracksLoadedValues,
    long_text_validators,
    session_time_error,
    validate_multiline,
    validate_sane_datetime,
    validate_single_line,
)

from .record_labels import RECORD_LABELS


class Route(models.TextChoices):
    IV_KETAMINE = "iv_ketamine", _("IV ketamine infusion")
    IM_KETAMINE = "im_ketamine", _("IM ketamine")
    ORAL_KETAMINE = "oral_ketamine", _("Sublingual/oral ketamine")
    INTRANASAL_ESKETAMINE = "intranasal_esketamine", _("Intranasal esketamine (Spravato)")


class DosingSession(TracksLoadedValues, models.Model):
    class Setting(models.TextChoices):
        IN_CLINIC = "in_clinic", _("In clinic")
        AT_HOME = "at_home", _("At home")

    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        IN_PROGRESS = "in_progress", _("In progress")
        COMPLETED = "completed", _("Completed")
        CANCELLED = "cancelled", _("Cancelled")

    patient = models.ForeignKey(Patient, on_delete=models.PROTECT, related_name="dosing_sessions")
    clinician = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="dosing_sessions_led"
    )
    setting = models.CharField(max_length=10, choices=Setting.choices, default=Setting.IN_CLINIC)
    route = models.CharField(max_length=30, choices=Route.choices)
    dose_mg = models.DecimalField(
        _("dose (mg)"),
        max_digits=6,
        decimal_places=1,
        validators=[MinValueValidator(Decimal("0.1")), MaxValueValidator(Decimal("2000"))],
    )
    weight_kg = models.DecimalField(
        _("weight at dosing (kg)"),
        max_digits=5,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("20")), MaxValueValidator(Decimal("350"))],
        help_text=_("Taken from the patient's record when left blank."),
    )
    lot_number = models.CharField(max_length=60, blank=True, validators=[validate_single_line])
    started_at = models.DateTimeField(validators=[validate_sane_datetime])
    ended_at = models.DateTimeField(null=True, blank=True, validators=[validate_sane_datetime])
    sedation_observed = models.BooleanField(default=False)
    dissociation_observed = models.BooleanField(default=False)
    respiratory_concern = models.BooleanField(default=False)
    adverse_events = models.TextField(
        blank=True, max_length=LONG_TEXT_MAX_LENGTH, validators=long_text_validators()
    )
    ready_to_leave_at = models.DateTimeField(
        null=True, blank=True, validators=[validate_sane_datetime]
    )
    transport_arranged = models.BooleanField(default=False)
    home_monitor_present = models.BooleanField(
        null=True, blank=True, help_text=_("At-home doses: was a monitor present?")
    )
    # Esketamine REMS: None means not yet answered.
    concomitant_sedatives = models.BooleanField(null=True, blank=True)
    concomitant_stimulants = models.BooleanField(null=True, blank=True)
    concomitant_maois = models.BooleanField(_("concomitant MAOIs"), null=True, blank=True)
    intention = models.TextField(
        blank=True,
        max_length=NOTE_MAX_LENGTH,
        validators=long_text_validators(NOTE_MAX_LENGTH),
        help_text=_("The patient's intention for this session, in their words."),
    )
    notes = models.TextField(
        blank=True, max_length=NOTE_MAX_LENGTH, validators=long_text_validators(NOTE_MAX_LENGTH)
    )
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.PLANNED)
    signed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="dosing_sessions_signed",
    )
    signed_at = models.DateTimeField(null=True, blank=True)
    window_hours = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        help_text="The program's window length when this session's window was scheduled.",
    )
    program_version = models.ForeignKey(
        "dosing.ProgramVersion",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="sessions",
        help_text="The version of the program its prompts were last scheduled from.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    # What a clinician records, in the order the form asks for it; the service, form and
    # API all take exactly these.
    RECORD_FIELDS = (
        "setting",
        "route",
        "dose_mg",
        "weight_kg",
        "lot_number",
        "started_at",
        "ended_at",
        "intention",
        "sedation_observed",
        "dissociation_observed",
        "respiratory_concern",
        "adverse_events",
        "ready_to_leave_at",
        "transport_arranged",
        "home_monitor_present",
        "concomitant_sedatives",
        "concomitant_stimulants",
        "concomitant_maois",
        "notes",
    )

    class Meta:
        ordering = ["-started_at"]
        indexes = [
            models.Index(fields=["patient", "-started_at"]),
            models.Index(fields=["status", "-started_at"]),
        ]

    def __str__(self):
        return f"{self.get_route_display()} for {self.patient} on {self.started_at:%Y-%m-%d}"

    # When checking that one patient's sessions do not overlap, a session without an end
    # yet (planned or under way) is taken to last this long: long enough for an
    # esketamine session's two hours of observation.
    UNENDED_SPAN = timedelta(hours=3)

    @property
    def occupied_until(self):
        return self.ended_at or self.started_at + self.UNENDED_SPAN

    def describe_when(self, zone=None) -> str:
        """The session in words for a message: its day, times and route, in the patient's
        own time zone unless told otherwise (never whatever zone happens to be active)."""
        zone = zone or self.patient.zone
        start = timezone.localtime(self.started_at, zone)
        text = dateformat.format(start, "D j M Y, H:i")
        if self.ended_at:
            end = timezone.localtime(self.ended_at, zone)
            if end.date() == start.date():
                text += f"–{end:%H:%M}"
            else:
                text += gettext(" to %(end)s") % {"end": dateformat.format(end, "D j M, H:i")}
        else:
            text += gettext(" (no end recorded yet)")
        return f"{text}, {self.get_route_display()}"

    @property
    def is_esketamine(self):
        return self.route == Route.INTRANASAL_ESKETAMINE

    @property
    def is_signed(self):
        return self.signed_at is not None

    @property
    def effective_weight_kg(self):
        return self.weight_kg or self.patient.weight_kg

    @property
    def mg_per_kg(self) -> Decimal | None:
        weight = self.effective_weight_kg
        if not weight or self.dose_mg is None:
            return None
        return (Decimal(self.dose_mg) / Decimal(weight)).quantize(
            Decimal("0.01"), rounding=ROUND_HALF_UP
        )

    @property
    def observation_minutes(self) -> int | None:
        if not self.ended_at or not self.ready_to_leave_at:
            return None
        return int((self.ready_to_leave_at - self.started_at).total_seconds() // 60)

    def dose_ceiling_mg_per_kg(self) -> Decimal:
        return Decimal(str(settings.DOSE_CEILING_MG_PER_KG[self.route]))

    def exceeds_dose_ceiling(self) -> bool:
        ratio = self.mg_per_kg
        return ratio is not None and ratio > self.dose_ceiling_mg_per_kg()

    def clean(self):
        errors = {}
        for name in ("started_at", "ended_at"):
            if self.value_changed(name):
                error = session_time_error(getattr(self, name))
                if error:
                    errors[name] = error
        if self.ended_at and self.started_at and self.ended_at <= self.started_at:
            errors["ended_at"] = _("The session must end after it started.")
        if self.ready_to_leave_at and self.started_at and self.ready_to_leave_at < self.started_at:
            errors["ready_to_leave_at"] = _("Ready to leave must be after the session started.")
        if self.status == self.Status.COMPLETED and not self.ended_at:
            errors["ended_at"] = _("A completed session needs an end time.")
        if errors:
            raise ValidationError(errors)

    def rems_missing(self) -> list[str]:
        """What an esketamine record still lacks before it can be signed (REMS)."""
        if not self.is_esketamine:
            return []
        missing = []
        minutes = self.observation_minutes
        if minutes is None or minutes < 120:
            missing.append(gettext("at least 2 hours of observation (start to ready-to-leave)"))
        bp_count = sum(1 for v in self.vitals.all() if v.systolic and v.diastolic)
        if bp_count < 3:
            missing.append(
                gettext("three blood pressure readings (%(count)s recorded)") % {"count": bp_count}
            )
        for field in ("concomitant_sedatives", "concomitant_stimulants", "concomitant_maois"):
            if getattr(self, field) is None:
                missing.append(
                    gettext("%(question)s answered") % {"question": RECORD_LABELS[field]}
                )
        if not self.ready_to_leave_at:
            missing.append(gettext("the time the patient was ready to leave"))
        return missing


class VitalsReading(models.Model):
    class Moment(models.TextChoices):
        BEFORE = "before", _("Before dosing")
        DURING = "during", _("During (about 40 minutes)")
        DISCHARGE = "discharge", _("At discharge")
        OTHER = "other", _("Other")

    session = models.ForeignKey(DosingSession, on_delete=models.CASCADE, related_name="vitals")
    taken_at = models.DateTimeField(validators=[validate_sane_datetime])
    moment = models.CharField(max_length=10, choices=Moment.choices, default=Moment.OTHER)
    systolic = models.PositiveSmallIntegerField(
        _("systolic BP (mmHg)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(50), MaxValueValidator(260)],
    )
    diastolic = models.PositiveSmallIntegerField(
        _("diastolic BP (mmHg)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(20), MaxValueValidator(160)],
    )
    heart_rate = models.PositiveSmallIntegerField(
        _("heart rate (bpm)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(20), MaxValueValidator(250)],
    )
    spo2 = models.PositiveSmallIntegerField(
        "SpO2 (%)",
        null=True,
        blank=True,
        validators=[MinValueValidator(50), MaxValueValidator(100)],
    )

    # Outside these, a reading is flagged on the session page and in the API.
    HIGH_SYSTOLIC = 140
    HIGH_DIASTOLIC = 90
    LOW_SPO2 = 94
    FAST_HEART_RATE = 100
    SLOW_HEART_RATE = 50

    class Meta:
        ordering = ["taken_at"]

    def __str__(self):
        return f"Vitals at {self.taken_at:%H:%M}"

    @property
    def flags(self) -> list[str]:
        """What is outside the normal range, in words: BP at or above 140/90, SpO2 below
        94%, heart rate above 100 or below 50."""
        flags = []
        if (self.systolic or 0) >= self.HIGH_SYSTOLIC or (
            self.diastolic or 0
        ) >= self.HIGH_DIASTOLIC:
            flags.append(
                gettext("High blood pressure (%(reading)s, at or above %(limit)s)")
                % {
                    "reading": f"{self.systolic}/{self.diastolic}",
                    "limit": f"{self.HIGH_SYSTOLIC}/{self.HIGH_DIASTOLIC}",
                }
            )
        if self.spo2 is not None and self.spo2 < self.LOW_SPO2:
            flags.append(
                gettext("Low oxygen saturation (%(spo2)s%%, below %(limit)s%%)")
                % {"spo2": self.spo2, "limit": self.LOW_SPO2}
            )
        if self.heart_rate is not None and self.heart_rate > self.FAST_HEART_RATE:
            flags.append(
                gettext("Fast heart rate (%(rate)s bpm, above %(limit)s)")
                % {"rate": self.heart_rate, "limit": self.FAST_HEART_RATE}
            )
        if self.heart_rate is not None and self.heart_rate < self.SLOW_HEART_RATE:
            flags.append(
                gettext("Slow heart rate (%(rate)s bpm, below %(limit)s)")
                % {"rate": self.heart_rate, "limit": self.SLOW_HEART_RATE}
            )
        return flags

    def clean(self):
        if self._state.adding and self.session_id and self.session.is_signed:
            raise ValidationError(_("This record is signed: its vitals can no longer change."))
        if (self.systolic is None) != (self.diastolic is None):
            raise ValidationError(
                _("Enter both systolic and diastolic blood pressure, or neither.")
            )
        if self.systolic is not None and self.diastolic >= self.systolic:
            raise ValidationError({"diastolic": _("Diastolic must be lower than systolic.")})
        if all(v is None for v in (self.systolic, self.heart_rate, self.spo2)):
            raise ValidationError(_("Enter at least one reading."))


class IntegrationProgram(models.Model):
    """The plan of prompts across a window. A clinic has one default; a patient may have
    their own. Editing a program changes windows scheduled afterwards only: prompts copy
    what they need from their step."""

    clinic = models.ForeignKey(Clinic, on_delete=models.CASCADE, related_name="programs")
    patient = models.OneToOneField(
        Patient,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="integration_program",
        help_text="Set for a patient's own program; leave empty for the clinic's.",
    )
    name = models.CharField(max_length=120, validators=[validate_single_line])
    is_clinic_default = models.BooleanField(default=False)
    window_hours = models.PositiveSmallIntegerField(
        default=72, help_text=_("How long the integration window lasts after a session ends.")
    )
    current_version = models.ForeignKey(
        "dosing.ProgramVersion",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        help_text="The latest version, read with the program when a window is scheduled.",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["clinic", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["clinic"],
                condition=Q(is_clinic_default=True),
                name="one_default_program_per_clinic",
            )
        ]

    def __str__(self):
        return self.name

    def clean(self):
        if self.patient_id and self.is_clinic_default:
            raise ValidationError(_("A patient's own program cannot be the clinic default."))
        if self.patient_id and self.patient.clinic_id != self.clinic_id:
            raise ValidationError({"patient": _("Choose a patient of this clinic.")})


class PromptKind(models.TextChoices):
    CHECK_IN = "check_in", _("Check-in")
    JOURNAL = "journal", _("Journal")
    MINDFULNESS = "mindfulness", _("Mindfulness")
    THERAPY = "therapy", _("Therapy reflection")
    ASSESSMENT = "assessment", _("Assessment")
    CREATIVE = "creative", _("Creative expression")
    INTENTION = "intention", _("Intentions")


class StepPhase(models.TextChoices):
    """When a step falls: before a planned session (anchored to its scheduled start), in
    the window after it ends, or repeating between doses once the window has closed."""

    PRE_SESSION = "pre_session", _("Before a planned session")
    WINDOW = "window", _("In the window")
    FOLLOW_UP = "follow_up", _("Follow-up between doses")


class Instrument(models.TextChoices):
    PHQ9 = "phq9", "PHQ-9"
    GAD7 = "gad7", "GAD-7"


# How far before a planned session a step may fall, and how long follow-up may go on.
MAX_PRE_SESSION_HOURS = 24 * 14
MAX_FOLLOW_UP_WEEKS = 26
HOURS_PER_WEEK = 168


class ProgramStep(models.Model):
    program = models.ForeignKey(IntegrationProgram, on_delete=models.CASCADE, related_name="steps")
    kind = models.CharField(max_length=12, choices=PromptKind.choices)
    instrument = models.CharField(
        max_length=5, choices=Instrument.choices, blank=True, help_text=_("For assessments.")
    )
    phase = models.CharField(max_length=12, choices=StepPhase.choices, default=StepPhase.WINDOW)
    offset_hours = models.DecimalField(
        max_digits=5,
        decimal_places=2,
        validators=[MinValueValidator(-MAX_PRE_SESSION_HOURS), MaxValueValidator(24 * 40)],
        help_text=_(
            "Hours after the session ends; for a step before a planned session, "
            "negative hours before its scheduled start (-24 is a day before)."
        ),
    )
    repeat_every_hours = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(24)],
        help_text=_("Follow-up steps: repeat this often (168 is weekly); empty for once."),
    )
    repeat_for_weeks = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_FOLLOW_UP_WEEKS)],
        help_text=format_lazy(
            _(
                "Follow-up steps: keep repeating this many weeks after the window closes; "
                "empty for until the next dose (at most {weeks} weeks). Every "
                "follow-up stops at the next dose."
            ),
            weeks=MAX_FOLLOW_UP_WEEKS,
        ),
    )
    title = models.CharField(max_length=120, validators=[validate_single_line])
    instructions = models.TextField(
        blank=True, max_length=LONG_TEXT_MAX_LENGTH, validators=long_text_validators()
    )
    expires_after_hours = models.PositiveSmallIntegerField(
        default=24,
        validators=[MinValueValidator(1)],
        help_text=_("How long the prompt can be answered after it is due."),
    )
    reminder_after_hours = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text=_("Send one reminder this long after; empty for none.")
    )
    # Spanish texts, shown to patients who read Spanish instead of the English ones.
    title_es = models.CharField(
        "title (Spanish)", max_length=120, blank=True, validators=[validate_single_line]
    )
    instructions_es = models.TextField(
        "instructions (Spanish)",
        blank=True,
        max_length=LONG_TEXT_MAX_LENGTH,
        validators=long_text_validators(),
    )
    # The order the program builder shows, and the order of steps that fall due together;
    # steps never placed by it (0) follow their offsets.
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["program", "position", "offset_hours", "pk"]

    def __str__(self):
        return f"{self.offset_hours:+g} h {self.title}"

    @property
    def clinic_id(self):
        """The program's clinic, so an audit row about a step names it."""
        return self.program.clinic_id

    def _program_or_none(self):
        # An admin inline validates its steps against the program being saved with them,
        # which may not have an id yet.
        try:
            return self.program
        except IntegrationProgram.DoesNotExist:
            return None

    def _phase_errors(self, program) -> dict:
        """Each phase keeps to its side of the window: a step in the window falls inside
        it, one before a planned session before its start, a follow-up step once the
        window has closed."""
        offset, window = self.offset_hours, getattr(program, "window_hours", None)
        if offset is None:
            return {}
        if self.phase == StepPhase.PRE_SESSION:
            if offset >= 0:
                return {
                    "offset_hours": _(
                        "A step before a planned session needs a negative offset, "
                        "in hours before the session starts: -24 is a day before."
                    )
                }
        elif self.phase == StepPhase.FOLLOW_UP:
            if window is not None and offset < window:
                return {
                    "offset_hours": _(
                        "A follow-up step starts once the program's %(window)s-hour "
                        "window has closed: choose %(window)s hours or more (e.g. %(week)s "
                        "for a week after it closes), or put the step in the window."
                    )
                    % {"window": window, "week": window + 168}
                }
        elif offset < 0:
            return {
                "offset_hours": _(
                    "A step in the window starts when the session ends or later: "
                    "choose 0 hours or more, or make it a step before a planned session."
                )
            }
        elif window is not None and offset > window:
            return {
                "offset_hours": _(
                    "This step would start %(offset)s hours after the session, "
                    "after the program's %(window)s-hour window has closed. "
                    "Choose %(window)s hours or fewer, lengthen the window, or make it a "
                    "follow-up step."
                )
                % {"offset": f"{offset:g}", "window": window}
            }
        return {}

    def _repeat_errors(self, program) -> dict:
        repeats = self.repeat_every_hours is not None or self.repeat_for_weeks is not None
        if repeats and self.phase != StepPhase.FOLLOW_UP:
            field = "repeat_every_hours" if self.repeat_every_hours else "repeat_for_weeks"
            return {field: _("Only follow-up steps repeat.")}
        if self.repeat_for_weeks is not None and self.repeat_every_hours is None:
            return {"repeat_every_hours": _("Say how often the step repeats (168 is weekly).")}
        clinic = getattr(program, "clinic", None)
        if (
            self.kind == PromptKind.ASSESSMENT
            and self.repeat_every_hours is not None
            and clinic is not None
            and self.repeat_every_hours < clinic.assessment_min_gap_days * 24
        ):
            gap = clinic.assessment_min_gap_days
            return {
                "repeat_every_hours": _(
                    "The clinic holds back an assessment due within %(gap)s "
                    "days of the last one: repeat every %(hours)s hours or more."
                )
                % {"gap": gap, "hours": gap * 24}
            }
        return {}

    def occurrence_offsets(self, window_hours: int) -> list:
        """The offsets (hours from the session's end, or before its start for a step
        before it) at which this step falls: once, or for a follow-up step every
        repeat_every_hours until repeat_for_weeks after the window closes (at most
        MAX_FOLLOW_UP_WEEKS)."""
        if self.phase != StepPhase.FOLLOW_UP or not self.repeat_every_hours:
            return [self.offset_hours]
        weeks = self.repeat_for_weeks or MAX_FOLLOW_UP_WEEKS
        last = window_hours + weeks * HOURS_PER_WEEK
        offsets, offset = [], self.offset_hours
        while offset <= last:
            offsets.append(offset)
            offset += self.repeat_every_hours
        return offsets or [self.offset_hours]

    def clean(self):
        program = self._program_or_none()
        errors = {**self._phase_errors(program), **self._repeat_errors(program)}
        if errors:
            raise ValidationError(errors)
        if self.kind == PromptKind.INTENTION and self.phase != StepPhase.PRE_SESSION:
            raise ValidationError(
                {"kind": _("Intentions are set before a session: make it a step before one.")}
            )
        if self.kind == PromptKind.ASSESSMENT and not self.instrument:
            raise ValidationError({"instrument": _("Choose PHQ-9 or GAD-7 for an assessment.")})
        if self.kind != PromptKind.ASSESSMENT and self.instrument:
            raise ValidationError({"instrument": _("Only assessments take an instrument.")})
        if self.reminder_after_hours is not None and (
            self.reminder_after_hours >= self.expires_after_hours
        ):
            raise ValidationError(
                {"reminder_after_hours": _("The reminder must come before the prompt expires.")}
            )


class ScheduledPrompt(models.Model):
    """One prompt of one window. The database is the schedule: the dispatcher claims due
    rows; every status change is a conditional update, so reruns do nothing twice."""

    class Status(models.TextChoices):
        SCHEDULED = "scheduled", _("Upcoming")
        QUEUED = "queued", _("Sending")
        SENT = "sent", pgettext_lazy("prompt status", "Due")
        ANSWERED = "answered", _("Answered")
        EXPIRED = "expired", _("Expired")
        CANCELLED = "cancelled", _("Cancelled")
        # Closed before it was due when its session was recorded: not missed, never sent.
        SKIPPED = "skipped", _("Skipped: recorded late")
        # Another window's PHQ-9 or GAD-7 falls too close: staff see it, the patient never.
        SUPERSEDED = "superseded", _("Superseded: assessment too soon after another")
        # Sent, then its session was cancelled: out of the patient's inbox and reminders.
        WITHDRAWN = "withdrawn", _("Withdrawn: session cancelled")

    UNSENT = (Status.SCHEDULED,)
    # Never sent, so a new end time or time zone moves them and may open them again.
    NOT_SENT = (Status.SCHEDULED, Status.SKIPPED, Status.SUPERSEDED)
    # Still to be answered, or on the way to the patient.
    PENDING = (Status.SCHEDULED, Status.QUEUED, Status.SENT)
    # What the patient's own lists and answer pages leave out.
    NOT_FOR_PATIENT = (Status.CANCELLED, Status.SKIPPED, Status.SUPERSEDED, Status.WITHDRAWN)

    session = models.ForeignKey(DosingSession, on_delete=models.CASCADE, related_name="prompts")
    patient = models.ForeignKey(Patient, on_delete=models.CASCADE, related_name="prompts")
    step = models.ForeignKey(
        ProgramStep, on_delete=models.SET_NULL, null=True, blank=True, related_name="prompts"
    )
    program_version = models.ForeignKey(
        "dosing.ProgramVersion",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="prompts",
        help_text="The version of the program this prompt was scheduled (or last re-timed) from.",
    )
    kind = models.CharField(max_length=12, choices=PromptKind.choices)
    instrument = models.CharField(max_length=5, choices=Instrument.choices, blank=True)
    title = models.CharField(max_length=120)
    instructions = models.TextField(blank=True)
    phase = models.CharField(max_length=12, choices=StepPhase.choices, default=StepPhase.WINDOW)
    occurrence = models.PositiveSmallIntegerField(
        default=1, help_text="Which repetition of its step: 1 for the first (or only) one."
    )
    # Hours from the session's end (the start, for a step before the session), to this
    # occurrence of its step.
    offset_hours = models.DecimalField(max_digits=7, decimal_places=2)
    expires_after_hours = models.PositiveSmallIntegerField()
    reminder_after_hours = models.PositiveSmallIntegerField(null=True, blank=True)
    due_at = models.DateTimeField()
    expires_at = models.DateTimeField()
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.SCHEDULED)
    queued_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    remind_at = models.DateTimeField(null=True, blank=True)
    reminded_at = models.DateTimeField(null=True, blank=True)
    answered_at = models.DateTimeField(null=True, blank=True)
    digest_key = models.CharField(
        max_length=80,
        blank=True,
        help_text="Set on the prompts already due when their window was scheduled: they reach "
        "the patient together, in one message under this key.",
    )
    superseded_by = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="The assessment, of another window, that made this one unnecessary.",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        # Steps of one window keep their order when quiet hours give them the same time.
        ordering = ["due_at", "offset_hours", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["session", "step", "occurrence"], name="one_prompt_per_step_occurrence"
            )
        ]
        indexes = [
            models.Index(fields=["status", "due_at"]),
            models.Index(fields=["status", "remind_at"]),
            models.Index(fields=["status", "expires_at"]),
            models.Index(fields=["patient", "due_at"]),
        ]

    def __str__(self):
        return f"{self.title} for {self.patient_id} due {self.due_at:%Y-%m-%d %H:%M}"

    @property
    def is_open(self):
        """Due and still answerable."""
        return self.status == self.Status.SENT

    @property
    def dedupe_key(self):
        return f"prompt:{self.pk}"

    @property
    def inbox_keys(self) -> list[str]:
        """The dedupe keys of the inbox items that announce this prompt alone."""
        return [self.dedupe_key, f"{self.dedupe_key}:reminder"]

    def window_day(self) -> int:
        """1-based day of the window the prompt falls in."""
        return int(self.offset_hours // 24) + 1

    @property
    def is_pre_session(self):
        return self.phase == StepPhase.PRE_SESSION

    @property
    def is_follow_up(self):
        return self.phase == StepPhase.FOLLOW_UP

    def weeks_after_session(self) -> int:
        """Whole weeks from the session's end to this prompt (follow-up prompts)."""
        return int(self.offset_hours // HOURS_PER_WEEK)

    @staticmethod
    def expiry_for(due_at, expires_after_hours):
        return due_at + timedelta(hours=expires_after_hours)


class DebriefNote(models.Model):
    """A care-team member's note on a dosing session, written right after it or later.
    Staff on the care team read it; the patient reads it once its author chooses to show
    it. Every version is kept as a revision, so an edit never loses what was written."""

    session = models.ForeignKey(
        DosingSession, on_delete=models.PROTECT, related_name="debrief_notes"
    )
    patient = models.ForeignKey(Patient, on_delete=models.PROTECT, related_name="debrief_notes")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="debrief_notes_written"
    )
    text = models.TextField(validators=[validate_multiline])
    visible_to_patient = models.BooleanField(
        default=False, help_text=_("Show this note to the patient.")
    )
    published_at = models.DateTimeField(
        null=True, blank=True, help_text="When the note was first shown to the patient."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    MAX_CHARS = 10_000

    class Meta:
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["patient", "-created_at"]),
            models.Index(fields=["patient", "visible_to_patient"]),
        ]

    def __str__(self):
        return f"Debrief note by {self.author} on {self.session_id}"

    def clean(self):
        if not self.text.strip():
            raise ValidationError({"text": _("Write the note before saving it.")})
        if len(self.text) > self.MAX_CHARS:
            raise ValidationError(
                {
                    "text": _("Notes can be up to %(limit)s characters; this one is %(length)s.")
                    % {"limit": f"{self.MAX_CHARS:,}", "length": f"{len(self.text):,}"}
                }
            )


class DebriefNoteRevision(models.Model):
    """One version of a note, as saved: the first when it was written, then one per edit
    or change of who may read it."""

    note = models.ForeignKey(DebriefNote, on_delete=models.CASCADE, related_name="revisions")
    number = models.PositiveIntegerField()
    text = models.TextField()
    visible_to_patient = models.BooleanField()
    edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    edited_at = models.DateTimeField()

    class Meta:
        ordering = ["note", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["note", "number"], name="one_revision_number")
        ]

    def __str__(self):
        return f"Revision {self.number} of note {self.note_id}"


class SessionAddendum(models.Model):
    """A correction to a signed dosing record. The signed record never changes: each
    addendum keeps who corrected what, when and why, next to the original."""

    session = models.ForeignKey(DosingSession, on_delete=models.PROTECT, related_name="addenda")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="session_addenda"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    reason = models.TextField(
        max_length=NOTE_MAX_LENGTH,
        validators=long_text_validators(NOTE_MAX_LENGTH),
        help_text=_("Why the record needs correcting."),
    )
    corrections = models.JSONField(
        encoder=DjangoJSONEncoder,
        help_text="The corrected values, by field of the record.",
    )

    CORRECTABLE_FIELDS = DosingSession.RECORD_FIELDS

    class Meta:
        ordering = ["session", "created_at", "pk"]
        verbose_name_plural = "session addenda"
        indexes = [models.Index(fields=["session", "created_at"])]

    def __str__(self):
        return f"Addendum by {self.author} to session {self.session_id}"

    def clean(self):
        errors = {}
        if not (self.reason or "").strip():
            errors["reason"] = _("Say why the record needs correcting.")
        if not isinstance(self.corrections, dict) or not self.corrections:
            errors["corrections"] = _("Correct at least one value of the record.")
        else:
            unknown = sorted(set(self.corrections) - set(self.CORRECTABLE_FIELDS))
            if unknown:
                errors["corrections"] = _(
                    "Only the record's fields can be corrected, not %(fields)s."
                ) % {"fields": ", ".join(unknown)}
        if errors:
            raise ValidationError(errors)

    def corrected_values(self) -> dict:
        """The corrections as the record's own types (datetimes, decimals, booleans)."""
        return {
            name: DosingSession._meta.get_field(name).to_python(raw)
            for name, raw in self.corrections.items()
            if name in self.CORRECTABLE_FIELDS
        }

    @staticmethod
    def stored_value(value):
        """A value as the JSON column keeps it: ISO-8601 times, decimals as text."""
        if isinstance(value, datetime):
            return value.isoformat()
        if isinstance(value, Decimal):
            return str(value)
        return value


def record_value_display(name: str, value, zone=None) -> str:
    """One value of a dosing record in words, for pages that show what an addendum
    changed."""
    field = DosingSession._meta.get_field(name)
    if value is None or value == "":
        return gettext("Not answered") if isinstance(field, models.BooleanField) else "—"
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(value, bool):
        return gettext("Yes") if value else gettext("No")
    if isinstance(value, datetime):
        return dateformat.format(timezone.localtime(value, zone), "D j M Y, H:i")
    return str(value)


# Therapy notes keep their own module, as this one is long; importing them here registers them.
# Program versions, likewise.
from .models_programs import ProgramVersion  # noqa: E402, F401
from .models_therapy import TherapyNote  # noqa: E402, F401
