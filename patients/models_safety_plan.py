"""The safety plan (Stanley–Brown Safety Planning Intervention): one living document per
patient, kept as an append-only series of versions. Every save is a new version naming who
made it and when, so the patient and the care team can read any earlier wording.

The sections and their rules live in patients/safety_plan.py; this module holds the rows.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class SafetyPlan(models.Model):
    """One per patient: the anchor its versions hang from, locked while a version is added
    so two saves at once get numbers one after the other."""

    patient = models.OneToOneField(
        "patients.Patient", on_delete=models.CASCADE, related_name="safety_plan"
    )
    version_count = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+"
    )

    class Meta:
        ordering = ["-updated_at", "pk"]

    def __str__(self):
        return f"Safety plan of {self.patient} (version {self.version_count})"


class SafetyPlanVersion(models.Model):
    """One saved wording of a safety plan. Never changed once written."""

    class AuthorRole(models.TextChoices):
        PATIENT = "patient", _("Patient")
        CLINICIAN = "clinician", _("Clinician")
        COACH = "coach", _("Integration coach")
        THERAPIST = "therapist", _("Therapist")

    plan = models.ForeignKey(SafetyPlan, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    content = models.JSONField(
        help_text=_("The sections as saved: lists of lines, and of people with their numbers.")
    )
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    author_role = models.CharField(max_length=20, choices=AuthorRole.choices)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["plan", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["plan", "number"], name="safety_plan_version_once")
        ]

    def __str__(self):
        return f"Safety plan of {self.plan.patient}, version {self.number}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValidationError("A safety plan version cannot be changed: save a new one.")
        super().save(*args, **kwargs)

    @property
    def patient(self):
        return self.plan.patient
