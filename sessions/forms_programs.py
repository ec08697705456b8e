"""Forms of the program builder. The rules a step keeps (offset range per phase, repeats,
instrument only for assessments, reminder before expiry, no duplicates) are the model's
and the service's; these forms only read the input and word the field limits."""

from datetime import UTC, datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import IntegrationProgram, ProgramStep
from .program_templates import template_choices

MIN_WINDOW_HOURS = 12
MAX_WINDOW_HOURS = 24 * 14


class ProgramForm(forms.ModelForm):
    window_hours = forms.IntegerField(
        label=_("Window length (hours)"),
        min_value=MIN_WINDOW_HOURS,
        max_value=MAX_WINDOW_HOURS,
        help_text=_(
            "How long the integration window lasts after a session ends (72 is three days)."
        ),
        error_messages={
            "min_value": _("A window lasts at least %(limit_value)s hours."),
            "max_value": _("A window lasts at most %(limit_value)s hours (two weeks)."),
        },
    )

    class Meta:
        model = IntegrationProgram
        fields = ["name", "window_hours"]
        labels = {"name": _("Name")}


class ProgramCreateForm(ProgramForm):
    template = forms.ChoiceField(
        label=_("Start from"),
        required=False,
        choices=[("", _("No steps yet"))],
        help_text=_("A template sets the window length and steps; you can change them after."),
    )

    class Meta(ProgramForm.Meta):
        pass

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["template"].choices = [("", _("No steps yet")), *template_choices()]
        self.fields["window_hours"].initial = 72


class TemplateForm(forms.Form):
    template = forms.ChoiceField(label=_("Template"), choices=())

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["template"].choices = template_choices()


class StepForm(forms.ModelForm):
    offset_hours = forms.DecimalField(
        label=_("Offset (hours)"),
        max_digits=5,
        decimal_places=2,
        help_text=_(
            "Hours after the session ends; for a step before a planned session, negative "
            "hours before it starts (-24 is a day before)."
        ),
    )
    expires_after_hours = forms.IntegerField(
        label=_("Answerable for (hours)"),
        min_value=1,
        max_value=24 * 14,
        initial=24,
        error_messages={
            "min_value": _("A prompt must stay answerable for at least an hour."),
            "max_value": _("A prompt can stay answerable for at most two weeks (336 hours)."),
        },
    )
    reminder_after_hours = forms.IntegerField(
        label=_("Reminder after (hours)"),
        required=False,
        min_value=1,
        help_text=_("One reminder this long after it is due; empty for none."),
        error_messages={"min_value": _("A reminder comes at least an hour after the prompt.")},
    )
    repeat_every_hours = forms.IntegerField(
        label=_("Repeat every (hours)"),
        required=False,
        min_value=24,
        max_value=24 * 28,
        help_text=_("Follow-up steps only: 168 is weekly; empty for once."),
        error_messages={
            "min_value": _("A follow-up step repeats at most once a day (24 hours or more)."),
            "max_value": _("Repeat at least every four weeks (672 hours or fewer)."),
        },
    )

    class Meta:
        model = ProgramStep
        fields = [
            "phase",
            "kind",
            "instrument",
            "offset_hours",
            "repeat_every_hours",
            "repeat_for_weeks",
            "title",
            "instructions",
            "title_es",
            "instructions_es",
            "expires_after_hours",
            "reminder_after_hours",
        ]
        labels = {
            "phase": _("When"),
            "kind": _("Kind"),
            "instrument": _("Instrument"),
            "repeat_for_weeks": _("Repeat for (weeks)"),
            "title": _("Title"),
            "instructions": _("Instructions"),
            "title_es": _("Title in Spanish"),
            "instructions_es": _("Instructions in Spanish"),
        }
        help_texts = {
            "instrument": _("Assessments only: PHQ-9 or GAD-7."),
            "repeat_for_weeks": _(
                "Follow-up steps only: weeks after the window closes; empty for until the "
                "next dose (26 weeks at most)."
            ),
            "title_es": _("Optional: patients who read Spanish see it instead of the title."),
            "instructions_es": _("Optional, likewise."),
        }
        widgets = {
            "instructions": forms.Textarea(attrs={"rows": 3}),
            "instructions_es": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, program=None, **kwargs):
        super().__init__(*args, **kwargs)
        # The service checks the step against its program, after the form.
        self.instance.program = program or getattr(self.instance, "program", None)

    def _post_clean(self):
        """The model's rules run in the service, with the duplicate check; the form keeps
        to the fields' own limits."""


class PreviewForm(forms.Form):
    patient = forms.ModelChoiceField(
        label=_("Patient"),
        queryset=None,
        empty_label=None,
        help_text=_("Their time zone and quiet hours apply."),
    )
    starts_on = forms.DateField(
        label=_("Window starts on"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("In the patient's own time zone; today if left empty."),
    )
    starts_at = forms.TimeField(
        label=_("at"),
        required=False,
        widget=forms.TimeInput(attrs={"type": "time"}),
        help_text=_("Now if left empty."),
    )

    def __init__(self, *args, patients, offered=None, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["patient"]
        # Any of `patients` is accepted; the picker lists `offered` (a bounded few).
        field.queryset = patients
        field.label_from_instance = lambda patient: (
            patient.user.get_full_name() or patient.user.email
        )
        if offered is not None:
            field.choices = [(p.pk, field.label_from_instance(p)) for p in offered]

    def window_start(self, now=None):
        """The chosen moment, read in the patient's own zone (a wall time that does not
        exist there falls just after the clock change)."""
        patient = self.cleaned_data["patient"]
        now = now or timezone.now()
        local_now = timezone.localtime(now, patient.zone)
        day = self.cleaned_data.get("starts_on")
        wall = self.cleaned_data.get("starts_at")
        if day is None and wall is None:
            return now
        day = day or local_now.date()
        wall = wall or local_now.time().replace(second=0, microsecond=0)
        return datetime.combine(day, wall).replace(tzinfo=patient.zone).astimezone(UTC)
