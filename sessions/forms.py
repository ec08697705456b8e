from django import forms

from .models import DebriefNote, DosingSession, VitalsReading

DATETIME = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")
YES_NO_UNANSWERED = [("", "Not answered"), ("true", "Yes"), ("false", "No")]


def _nullable_bool(label):
    return forms.TypedChoiceField(
        label=label,
        choices=YES_NO_UNANSWERED,
        required=False,
        coerce=lambda value: value == "true",
        empty_value=None,
    )


class DosingSessionForm(forms.ModelForm):
    confirm_high_dose = forms.BooleanField(
        required=False,
        label="I have checked this dose and confirm it, though it is above the usual ceiling.",
    )
    concomitant_sedatives = _nullable_bool("Concomitant sedatives")
    concomitant_stimulants = _nullable_bool("Concomitant stimulants")
    concomitant_maois = _nullable_bool("Concomitant MAOIs")
    home_monitor_present = _nullable_bool("Monitor present (at-home doses)")

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
        help_texts = {
            "ended_at": "Leave empty while the session is under way; end it from its page.",
        }

    def service_fields(self):
        data = dict(self.cleaned_data)
        data.pop("confirm_high_dose", None)
        return data


class VitalsForm(forms.ModelForm):
    class Meta:
        model = VitalsReading
        fields = ["taken_at", "moment", "systolic", "diastolic", "heart_rate", "spo2"]
        widgets = {"taken_at": DATETIME}


class EndSessionForm(forms.Form):
    ended_at = forms.DateTimeField(
        required=False, widget=DATETIME, help_text="Leave empty for now."
    )


class DebriefNoteForm(forms.ModelForm):
    class Meta:
        model = DebriefNote
        fields = ["text", "visible_to_patient"]
        labels = {
            "text": "Note",
            "visible_to_patient": "Show this note to the patient",
        }
        help_texts = {
            "text": "What happened in the session and what to work on in the window. The "
            "care team reads every note; the patient only those you choose to show.",
            "visible_to_patient": "You can change this later. Every edit is kept.",
        }
        widgets = {"text": forms.Textarea(attrs={"rows": 8})}
