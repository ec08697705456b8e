import json
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .models import DebriefNote, DosingSession, Route, SessionAddendum, VitalsReading
from .record_labels import RECORD_LABELS

DATETIME = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")
YES_NO_UNANSWERED = [("", _("Not answered")), ("true", _("Yes")), ("false", _("No"))]


def _nullable_bool(label):
    return forms.TypedChoiceField(
        label=label,
        choices=YES_NO_UNANSWERED,
        required=False,
        coerce=lambda value: value == "true",
        empty_value=None,
    )


def _decimal(value) -> Decimal | None:
    try:
        number = Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        return None
    return number if number.is_finite() and number > 0 else None


class DosingSessionForm(forms.ModelForm):
    """The dosing record. The dose field shows its mg/kg figure against the route's
    ceiling, worked out here and kept up to date in the browser by
    static/js/dosing-form.js; the high-dose confirmation sits right under it."""

    confirm_high_dose = forms.BooleanField(
        required=False,
        label=_("I have checked this dose and confirm it, though it is above the usual ceiling."),
    )
    concomitant_sedatives = _nullable_bool(_("Concomitant sedatives"))
    concomitant_stimulants = _nullable_bool(_("Concomitant stimulants"))
    concomitant_maois = _nullable_bool(_("Concomitant MAOIs"))
    home_monitor_present = _nullable_bool(_("Monitor present (at-home doses)"))

    class Meta:
        model = DosingSession
        fields = DosingSession.RECORD_FIELDS
        widgets = {
            "started_at": DATETIME,
            "ended_at": DATETIME,
            "ready_to_leave_at": DATETIME,
            "intention": forms.Textarea(attrs={"rows": 3}),
            "adverse_events": forms.Textarea(attrs={"rows": 3}),
            "notes": forms.Textarea(attrs={"rows": 3}),
        }
        labels = {name: capfirst(label) for name, label in RECORD_LABELS.items()}
        help_texts = {
            "ended_at": _("Leave empty while the session is under way; end it from its page."),
        }

    def __init__(self, *args, patient=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.patient = patient or getattr(self.instance, "patient", None)
        order = list(self.fields)
        order.remove("confirm_high_dose")
        order.insert(order.index("dose_mg") + 1, "confirm_high_dose")
        self.order_fields(order)
        patient_weight = getattr(self.patient, "weight_kg", None)
        ceilings = {route: str(limit) for route, limit in settings.DOSE_CEILING_MG_PER_KG.items()}
        self.fields["dose_mg"].widget.attrs.update(
            {
                "data-dose-figure": "",
                "data-patient-weight": str(patient_weight or ""),
                "data-ceilings": json.dumps(ceilings),
            }
        )
        self.fields["dose_mg"].help_text = self.dose_figure()
        self.fields["started_at"].widget.attrs["data-starts-at"] = ""

    def _value(self, name):
        if self.is_bound:
            return self.data.get(self.add_prefix(name))
        return self.initial.get(name, self.fields[name].initial)

    def dose_figure(self) -> str:
        """The dose in mg/kg, and how it stands against the route's ceiling."""
        dose = _decimal(self._value("dose_mg"))
        weight = _decimal(self._value("weight_kg")) or getattr(self.patient, "weight_kg", None)
        route = self._value("route")
        if dose is None or not weight:
            return gettext("The dose in mg/kg appears here once the dose and weight are known.")
        weight = Decimal(weight)
        ratio = (dose / weight).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        text = gettext("%(ratio)s mg/kg at %(weight)s kg.") % {
            "ratio": ratio,
            "weight": f"{weight.normalize():f}",
        }
        if route in settings.DOSE_CEILING_MG_PER_KG:
            ceiling = Decimal(str(settings.DOSE_CEILING_MG_PER_KG[route]))
            figures = {"ceiling": ceiling, "route": Route(route).label}
            if ratio > ceiling:
                above = gettext(
                    "Above the %(ceiling)s mg/kg ceiling for %(route)s: confirm it below."
                )
                text += " " + above % figures
            else:
                text += (
                    " " + gettext("Within the %(ceiling)s mg/kg ceiling for %(route)s.") % figures
                )
        return text

    def submit_label(self) -> str:
        """What the button does: save an edit, record a session already begun, or plan
        one still to come. The browser changes it as the start time changes."""
        if self.instance.pk:
            return gettext("Save changes")
        started = self.fields["started_at"].widget.format_value(self._value("started_at"))
        now = timezone.localtime().strftime("%Y-%m-%dT%H:%M")
        if started and str(started) > now:
            return gettext("Plan session")
        return gettext("Record session")

    def service_fields(self):
        data = dict(self.cleaned_data)
        data.pop("confirm_high_dose", None)
        return data


class SessionAddendumForm(DosingSessionForm):
    """A correction to a signed record: the record's fields, filled in with what it says
    now (corrections included), to change where it is wrong, and the reason."""

    reason = forms.CharField(
        label=_("Reason for the correction"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "What was wrong, and how you know. The signed record stays as it was; "
            "this addendum is shown beside it."
        ),
    )

    class Meta(DosingSessionForm.Meta):
        help_texts = {}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        del self.fields["confirm_high_dose"]
        self.order_fields(["reason", *SessionAddendum.CORRECTABLE_FIELDS])
        # Validation writes the submitted values into the instance; keep what it said.
        self.record_before = {
            name: getattr(self.instance, name) for name in SessionAddendum.CORRECTABLE_FIELDS
        }

    def corrections(self) -> dict:
        """The values the clinician changed. Times are compared to the minute, as the
        form shows them, so a time left alone is never taken for a correction."""
        changed = {}
        for name in SessionAddendum.CORRECTABLE_FIELDS:
            before, after = self.record_before[name], self.cleaned_data.get(name)
            if isinstance(before, datetime):
                before = before.replace(second=0, microsecond=0)
            if after != before:
                changed[name] = after
        return changed


class VitalsForm(forms.ModelForm):
    class Meta:
        model = VitalsReading
        fields = ["taken_at", "moment", "systolic", "diastolic", "heart_rate", "spo2"]
        widgets = {"taken_at": DATETIME}
        labels = {"taken_at": _("Taken at"), "moment": _("Moment")}


class EndSessionForm(forms.Form):
    ended_at = forms.DateTimeField(
        required=False, widget=DATETIME, label=_("Ended at"), help_text=_("Leave empty for now.")
    )


class DebriefNoteForm(forms.ModelForm):
    class Meta:
        model = DebriefNote
        fields = ["text", "visible_to_patient"]
        labels = {
            "text": _("Note"),
            "visible_to_patient": _("Show this note to the patient"),
        }
        help_texts = {
            "text": _(
                "What happened in the session and what to work on in the window. The "
                "care team reads every note; the patient only those you choose to show."
            ),
            "visible_to_patient": _("You can change this later. Every edit is kept."),
        }
        widgets = {"text": forms.Textarea(attrs={"rows": 8})}
