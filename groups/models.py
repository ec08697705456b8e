"""Group integration sessions: the schedule, who is enrolled or waiting, who came, the
reminders before each session, and the private calendar feeds that carry them."""

import contextlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from patients.models import Clinic, Patient
from patients.validators import (
    LONG_TEXT_MAX_LENGTH,
    TracksLoadedValues,
    long_text_validators,
    session_time_error,
    validate_sane_datetime,
    validate_single_line,
)


class GroupSession(TracksLoadedValues, models.Model):
    """One meeting of a group. A weekly series is a set of sessions sharing `series_id`;
    each can then be moved or cancelled on its own."""

    class Status(models.TextChoices):
        SCHEDULED = "scheduled", _("Scheduled")
        CANCELLED = "cancelled", _("Cancelled")
        DONE = "done", pgettext_lazy("group session status", "Done")

    class PlaceKind(models.TextChoices):
        ROOM = "room", _("In person")
        VIDEO = "video", _("Video call")

    clinic = models.ForeignKey(Clinic, on_delete=models.PROTECT, related_name="group_sessions")
    facilitators = models.ManyToManyField(
        settings.AUTH_USER_MODEL, related_name="groups_facilitated", blank=True
    )
    title = models.CharField(max_length=120, validators=[validate_single_line])
    topic = models.CharField(max_length=120, blank=True, validators=[validate_single_line])
    description = models.TextField(
        blank=True, max_length=LONG_TEXT_MAX_LENGTH, validators=long_text_validators()
    )
    starts_at = models.DateTimeField(validators=[validate_sane_datetime])
    # Kept with the start so that "still to come" and "overlaps a window" are plain
    # comparisons in the database.
    ends_at = models.DateTimeField(editable=False)
    duration_minutes = models.PositiveSmallIntegerField(
        default=90, validators=[MinValueValidator(15), MaxValueValidator(8 * 60)]
    )
    capacity = models.PositiveSmallIntegerField(
        default=8,
        validators=[MinValueValidator(1), MaxValueValidator(200)],
        help_text=_("Seats; people who enrol once it is full join the waitlist."),
    )
    place_kind = models.CharField(
        _("where"), max_length=10, choices=PlaceKind.choices, default=PlaceKind.ROOM
    )
    room = models.CharField(
        max_length=200,
        blank=True,
        validators=[validate_single_line],
        help_text=_("For sessions in person."),
    )
    video_url = models.URLField(
        _("video link"),
        max_length=500,
        blank=True,
        help_text=_("For video sessions. Only those enrolled and staff see it."),
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.SCHEDULED)
    series_id = models.UUIDField(null=True, blank=True, db_index=True, editable=False)
    # Calendar clients replace an event only when its SEQUENCE grows (RFC 5545 3.8.7.4).
    sequence = models.PositiveIntegerField(default=0, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    cancelled_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    # What staff set when scheduling or editing, in the form's order; the service, form and
    # API all take exactly these (facilitators travel separately).
    EDITABLE_FIELDS = (
        "title",
        "topic",
        "description",
        "starts_at",
        "duration_minutes",
        "capacity",
        "place_kind",
        "room",
        "video_url",
    )

    class Meta:
        ordering = ["starts_at", "pk"]
        indexes = [
            models.Index(fields=["clinic", "starts_at"]),
            models.Index(fields=["status", "starts_at"]),
            models.Index(fields=["clinic", "ends_at"]),
        ]

    def __str__(self):
        return f"{self.title} on {self.starts_at:%Y-%m-%d %H:%M} UTC"

    def save(self, *args, **kwargs):
        self.sync_end()
        super().save(*args, **kwargs)

    @staticmethod
    def end_of(starts_at, duration_minutes):
        return starts_at + timedelta(minutes=duration_minutes)

    def sync_end(self):
        if self.starts_at is not None and self.duration_minutes is not None:
            # A start past datetime's range has no end; starts_at's validators refuse it.
            with contextlib.suppress(OverflowError):
                self.ends_at = self.end_of(self.starts_at, self.duration_minutes)

    @property
    def seats_left(self) -> int:
        """Free seats; lists annotate `confirmed_count` so this costs no query there."""
        confirmed = getattr(self, "confirmed_count", None)
        if confirmed is None:
            confirmed = self.enrollments.filter(status=Enrollment.Status.CONFIRMED).count()
        return max(self.capacity - confirmed, 0)

    @property
    def is_cancelled(self):
        return self.status == self.Status.CANCELLED

    def clean(self):
        if self.value_changed("starts_at"):
            error = session_time_error(self.starts_at, check_past=False)
            if error:
                raise ValidationError({"starts_at": error})
        if self.place_kind == self.PlaceKind.ROOM and not self.room.strip():
            raise ValidationError({"room": _("Say which room the group meets in.")})
        if self.place_kind == self.PlaceKind.VIDEO and not self.video_url:
            raise ValidationError({"video_url": _("Give the link to the video call.")})
        if self.place_kind == self.PlaceKind.ROOM:
            self.video_url = ""
        elif self.place_kind == self.PlaceKind.VIDEO:
            self.room = ""


class Enrollment(models.Model):
    """A patient's place in a group session: a seat, a place in the waitlist, or a place
    given up. One row per (session, patient); enrolling again reuses it."""

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Enrolled")
        WAITLISTED = "waitlisted", _("On the waitlist")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    class Attendance(models.TextChoices):
        PRESENT = "present", _("Present")
        LATE = "late", _("Late")
        ABSENT = "absent", _("Absent")

    ACTIVE = (Status.CONFIRMED, Status.WAITLISTED)

    group_session = models.ForeignKey(
        GroupSession, on_delete=models.CASCADE, related_name="enrollments"
    )
    patient = models.ForeignKey(Patient, on_delete=models.CASCADE, related_name="group_enrollments")
    status = models.CharField(max_length=10, choices=Status.choices)
    waitlist_position = models.PositiveIntegerField(
        null=True, blank=True, help_text="Order in the waitlist: lowest is offered a seat first."
    )
    enrolled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    promoted_at = models.DateTimeField(
        null=True, blank=True, help_text="When a seat came free and went to this patient."
    )
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    attendance = models.CharField(max_length=10, choices=Attendance.choices, blank=True)
    attendance_marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    attendance_marked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["group_session", "status", "waitlist_position", "created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["group_session", "patient"], name="one_enrollment_per_patient"
            ),
            models.UniqueConstraint(
                fields=["group_session", "waitlist_position"],
                condition=Q(waitlist_position__isnull=False),
                name="one_patient_per_waitlist_place",
            ),
            models.CheckConstraint(
                condition=Q(status="waitlisted", waitlist_position__isnull=False)
                | (~Q(status="waitlisted") & Q(waitlist_position__isnull=True)),
                name="waitlist_position_iff_waitlisted",
            ),
        ]
        indexes = [
            models.Index(fields=["group_session", "status"]),
            models.Index(fields=["patient", "status"]),
        ]

    def __str__(self):
        return f"{self.patient} — {self.get_status_display()} ({self.group_session.title})"

    @property
    def is_active(self):
        return self.status in self.ACTIVE


class GroupReminder(models.Model):
    """One reminder of one enrollment, a row with a status like a prompt: the beat task
    claims due rows and sends each once."""

    class Kind(models.TextChoices):
        DAY_BEFORE = "24h", _("24 hours before")
        HOUR_BEFORE = "1h", _("1 hour before")

    class Status(models.TextChoices):
        SCHEDULED = "scheduled", _("Waiting")
        SENT = "sent", _("Sent")
        CANCELLED = "cancelled", _("Cancelled")
        SKIPPED = "skipped", _("Skipped (too late)")

    LEAD_TIMES = {Kind.DAY_BEFORE: timedelta(hours=24), Kind.HOUR_BEFORE: timedelta(hours=1)}

    enrollment = models.ForeignKey(Enrollment, on_delete=models.CASCADE, related_name="reminders")
    kind = models.CharField(max_length=3, choices=Kind.choices)
    due_at = models.DateTimeField()
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.SCHEDULED)
    sent_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["due_at"]
        constraints = [
            models.UniqueConstraint(fields=["enrollment", "kind"], name="one_reminder_per_kind")
        ]
        indexes = [models.Index(fields=["status", "due_at"])]

    def __str__(self):
        return f"{self.get_kind_display()} reminder, due {self.due_at:%Y-%m-%d %H:%M} UTC"


def _feed_token():
    return secrets.token_urlsafe(32)


class CalendarFeedToken(models.Model):
    """The secret in a person's private calendar feed URL. Rotating it revokes the old
    one, so a leaked link stops working; the feed needs no login, only the token."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed_tokens"
    )
    token = models.CharField(max_length=64, unique=True, default=_feed_token, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user"], condition=Q(revoked_at__isnull=True), name="one_live_feed_per_user"
            )
        ]

    def __str__(self):
        state = "revoked" if self.revoked_at else "live"
        return f"Calendar feed of {self.user} ({state})"

    @property
    def is_live(self):
        return self.revoked_at is None
