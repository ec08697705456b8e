"""Versions of an integration program: what its steps were when a window was scheduled
from it, or when someone changed it. A window keeps the version it started with, since
its prompts copy their step's texts and times; a version says which plan that was."""

from decimal import Decimal

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

# The fields of a step a version keeps, in the order they are written.
STEP_SNAPSHOT_FIELDS = (
    "kind",
    "instrument",
    "phase",
    "offset_hours",
    "repeat_every_hours",
    "repeat_for_weeks",
    "title",
    "title_es",
    "instructions",
    "instructions_es",
    "expires_after_hours",
    "reminder_after_hours",
)


def _snapshot_value(name, value):
    if name == "offset_hours" and value is not None:
        return f"{Decimal(value):.2f}"
    return value


def program_snapshot(program, steps) -> dict:
    """The program and its steps as a version keeps them: plain JSON, comparable with
    another snapshot to tell whether anything changed."""
    return {
        "name": program.name,
        "window_hours": program.window_hours,
        "steps": [
            {
                "id": step.pk,
                **{
                    name: _snapshot_value(name, getattr(step, name))
                    for name in STEP_SNAPSHOT_FIELDS
                },
            }
            for step in steps
        ],
    }


class ProgramVersion(models.Model):
    program = models.ForeignKey(
        "dosing.IntegrationProgram", on_delete=models.CASCADE, related_name="versions"
    )
    number = models.PositiveIntegerField()
    window_hours = models.PositiveSmallIntegerField()
    snapshot = models.JSONField(help_text=_("The program's name, window and steps as they were."))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Empty when the version was taken as a window was scheduled."),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["program", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["program", "number"], name="one_program_version_number")
        ]

    def __str__(self):
        return f"{self.program} v{self.number}"

    @property
    def step_count(self) -> int:
        return len(self.snapshot.get("steps", []))
