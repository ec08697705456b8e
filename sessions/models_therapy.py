"""Therapy notes: what the patient's therapist (or a clinician of the clinic) writes after a
therapy appointment. Private to the clinical staff until its author shares it with the
patient; coaches never read them. Who may do what is decided in sessions.selectors."""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from patients.models import Patient
from patients.validators import (
    LONG_TEXT_MAX_LENGTH,
    long_text_validators,
    validate_sane_datetime,
)


class TherapyNote(models.Model):
    patient = models.ForeignKey(Patient, on_delete=models.PROTECT, related_name="therapy_notes")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="therapy_notes_written"
    )
    appointment_at = models.DateTimeField(
        _("appointment"), validators=[validate_sane_datetime], help_text=_("When the session was.")
    )
    text = models.TextField(
        max_length=LONG_TEXT_MAX_LENGTH, validators=long_text_validators(LONG_TEXT_MAX_LENGTH)
    )
    shared_with_patient = models.BooleanField(
        default=False,
        help_text=_(
            "Let the patient read this note. Until then only the clinic's clinicians "
            "and the patient's therapist can."
        ),
    )
    shared_at = models.DateTimeField(
        null=True, blank=True, help_text="When the note was last shared with the patient."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-appointment_at", "-pk"]
        indexes = [
            models.Index(fields=["patient", "-appointment_at"]),
            models.Index(fields=["patient", "shared_with_patient"]),
        ]

    def __str__(self):
        return f"Therapy note for {self.patient} on {self.appointment_at:%Y-%m-%d}"

    # A note follows its appointment; a few hours' slack for clocks and time zones typed.
    FUTURE_SLACK = timedelta(hours=12)

    def clean(self):
        errors = {}
        if not (self.text or "").strip():
            errors["text"] = _("Write the note before saving it.")
        if self.appointment_at and self.appointment_at > timezone.now() + self.FUTURE_SLACK:
            errors["appointment_at"] = _("A note is written after its appointment: give its time.")
        if errors:
            raise ValidationError(errors)
