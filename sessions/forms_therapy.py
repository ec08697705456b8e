from django import forms
from django.utils.translation import gettext_lazy as _

from .forms import DATETIME
from .models_therapy import TherapyNote


class TherapyNoteForm(forms.ModelForm):
    class Meta:
        model = TherapyNote
        fields = ["appointment_at", "text", "shared_with_patient"]
        widgets = {"appointment_at": DATETIME, "text": forms.Textarea(attrs={"rows": 10})}
        labels = {
            "appointment_at": _("Appointment"),
            "text": _("Text"),
            "shared_with_patient": _("Share this note with the patient"),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["appointment_at"].input_formats = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"]
        self.fields["appointment_at"].help_text = _("When the therapy session was, in your time.")
