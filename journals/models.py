"""What patients write and answer: journal entries (private unless shared), drafts that
survive a reload, care-team comments, PHQ-9/GAD-7 assessments, and the integration plan's
commitments."""

import secrets
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from patients.models import Patient
from patients.validators import validate_multiline, validate_sane_datetime, validate_single_line
from sessions.models import DosingSession, Instrument, ScheduledPrompt

from . import scoring

ENTRY_MAX_CHARS = 20_000
IDEMPOTENCY_KEY_MAX_CHARS = 64
PRACTICE_MAX_MINUTES = 240
MOOD = [MinValueValidator(1), MaxValueValidator(10)]


def idempotency_key_field():
    """The form's nonce, or the API's Idempotency-Key header, that made the row: sending
    the same one again returns this row instead of making another."""
    return models.CharField(
        max_length=IDEMPOTENCY_KEY_MAX_CHARS,
        blank=True,
        default="",
        editable=False,
        help_text="The key of the submission that made it; a repeat returns this row.",
    )


def one_per_idempotency_key(owner: str, name: str) -> models.UniqueConstraint:
    return models.UniqueConstraint(
        fields=[owner, "idempotency_key"], condition=~Q(idempotency_key=""), name=name
    )


# The feeling tags a patient may pick on a journal entry.
FEELINGS = [
    ("calm", _("Calm")),
    ("hopeful", _("Hopeful")),
    ("grateful", _("Grateful")),
    ("connected", _("Connected")),
    ("clear", pgettext_lazy("feeling", "Clear")),
    ("anxious", _("Anxious")),
    ("sad", _("Sad")),
    ("tired", _("Tired")),
    ("overwhelmed", _("Overwhelmed")),
]
FEELING_LABELS = dict(FEELINGS)


class EntryQuerySet(models.QuerySet):
    def alive(self):
        return self.filter(deleted_at=None)


class JournalEntry(models.Model):
    class Kind(models.TextChoices):
        FREE = "free", _("Journal entry")
        CHECK_IN = "check_in", _("Check-in")
        JOURNAL = "journal", _("Guided journal")
        MINDFULNESS = "mindfulness", _("Mindfulness practice")
        THERAPY = "therapy", _("Therapy reflection")
        CREATIVE = "creative", _("Creative expression")

    patient = models.ForeignKey(Patient, on_delete=models.CASCADE, related_name="journal_entries")
    session = models.ForeignKey(
        DosingSession,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="journal_entries",
        help_text="The window the entry was written in, if any.",
    )
    prompt = models.ForeignKey(
        ScheduledPrompt,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="journal_entries",
    )
    kind = models.CharField(max_length=12, choices=Kind.choices, default=Kind.FREE)
    title = models.CharField(max_length=200, blank=True, validators=[validate_single_line])
    text = models.TextField(blank=True, validators=[validate_multiline])
    mood = models.PositiveSmallIntegerField(null=True, blank=True, validators=MOOD)
    feelings = models.JSONField(default=list, blank=True)
    practice_minutes = models.PositiveSmallIntegerField(null=True, blank=True)
    next_therapy_at = models.DateTimeField(
        null=True, blank=True, validators=[validate_sane_datetime]
    )
    shared_with_care_team = models.BooleanField(default=False)
    shared_at = models.DateTimeField(null=True, blank=True)
    flagged = models.BooleanField(
        default=False, help_text="The crisis screen raised a safety alert for this entry."
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)
    deleted_at = models.DateTimeField(null=True, blank=True)
    idempotency_key = idempotency_key_field()

    objects = EntryQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name_plural = _("journal entries")
        indexes = [
            models.Index(fields=["patient", "-created_at"]),
            models.Index(fields=["patient", "shared_with_care_team"]),
            models.Index(fields=["deleted_at"]),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["prompt"], condition=Q(prompt__isnull=False), name="one_entry_per_prompt"
            ),
            one_per_idempotency_key("patient", "one_entry_per_idempotency_key"),
        ]

    def __str__(self):
        # Never the title: it is the patient's words, and this label shows up in the admin
        # and in logs that staff read.
        return f"{self.get_kind_display()} #{self.pk} of {self.created_at:%Y-%m-%d}"

    @property
    def feeling_labels(self) -> list[str]:
        return [str(FEELING_LABELS.get(feeling, feeling)) for feeling in self.feelings or []]

    def clean(self):
        if len(self.text) > ENTRY_MAX_CHARS:
            raise ValidationError(
                {
                    "text": gettext(
                        "Entries can be up to %(most)s characters; this one is %(length)s. "
                        "Split it into two entries."
                    )
                    % {"most": f"{ENTRY_MAX_CHARS:,}", "length": f"{len(self.text):,}"}
                }
            )
        if self.kind in (self.Kind.FREE, self.Kind.JOURNAL) and not self.text.strip():
            raise ValidationError({"text": gettext("Write something before saving.")})
        if self.kind == self.Kind.CHECK_IN and self.mood is None:
            raise ValidationError({"mood": gettext("Choose how you feel, from 1 to 10.")})
        if self.kind == self.Kind.THERAPY and not self.text.strip():
            raise ValidationError({"text": gettext("Write what you want to take to therapy.")})
        if self.kind == self.Kind.MINDFULNESS and not (
            self.practice_minutes and 1 <= self.practice_minutes <= PRACTICE_MAX_MINUTES
        ):
            raise ValidationError(
                {
                    "practice_minutes": gettext(
                        "Enter the minutes you practised, from 1 to %(most)s."
                    )
                    % {"most": PRACTICE_MAX_MINUTES}
                }
            )
        unknown = [f for f in self.feelings or [] if f not in FEELING_LABELS]
        if not isinstance(self.feelings, list) or unknown:
            raise ValidationError(
                {
                    "feelings": gettext("Choose feelings from the list: %(feelings)s.")
                    % {"feelings": ", ".join(FEELING_LABELS)}
                }
            )


class JournalDraft(models.Model):
    """Autosaved work in progress, one per patient and place (`key`), so a reload or a lost
    connection loses nothing."""

    patient = models.ForeignKey(Patient, on_delete=models.CASCADE, related_name="drafts")
    key = models.CharField(max_length=60)
    text = models.TextField(blank=True)
    mood = models.PositiveSmallIntegerField(null=True, blank=True, validators=MOOD)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["patient", "key"], name="one_draft")]

    def __str__(self):
        return f"Draft {self.key}"


class EntryComment(models.Model):
    """A care-team member's comment under a shared entry; the patient sees it."""

    entry = models.ForeignKey(JournalEntry, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="entry_comments"
    )
    text = models.TextField(validators=[validate_multiline])
    created_at = models.DateTimeField(default=timezone.now)
    idempotency_key = idempotency_key_field()

    class Meta:
        ordering = ["created_at"]
        constraints = [one_per_idempotency_key("author", "one_comment_per_idempotency_key")]

    def __str__(self):
        return f"Comment by {self.author} on {self.entry_id}"


class Assessment(models.Model):
    """A scored PHQ-9 (Kroenke 2001) or GAD-7 (Spitzer 2006), stored item by item."""

    patient = models.ForeignKey(Patient, on_delete=models.CASCADE, related_name="assessments")
    instrument = models.CharField(max_length=5, choices=Instrument.choices)
    prompt = models.ForeignKey(
        ScheduledPrompt,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="assessments",
    )
    session = models.ForeignKey(
        DosingSession,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="assessments",
    )
    item_scores = models.JSONField(help_text="Each item's answer, 0-3, in the instrument's order.")
    total = models.PositiveSmallIntegerField()
    band = models.CharField(max_length=20)
    created_at = models.DateTimeField(default=timezone.now)
    idempotency_key = idempotency_key_field()

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["patient", "instrument", "-created_at"])]
        constraints = [
            models.UniqueConstraint(
                fields=["prompt"],
                condition=Q(prompt__isnull=False),
                name="one_assessment_per_prompt",
            ),
            one_per_idempotency_key("patient", "one_assessment_per_idempotency_key"),
        ]

    def __str__(self):
        return f"{self.get_instrument_display()} {self.total} ({self.band})"

    @property
    def shows_self_harm_thoughts(self) -> bool:
        """PHQ-9 item 9 answered above 0."""
        return scoring.shows_self_harm_thoughts(self.instrument, self.item_scores)

    @property
    def max_total(self) -> int:
        return len(scoring.items_for(self.instrument)) * scoring.MAX_ITEM_SCORE

    @property
    def band_label(self) -> str:
        """The band in the viewer's language."""
        return scoring.band_display(self.band)

    def answers(self) -> list[tuple[int, str, int, str]]:
        """(number, item, score, the scale's words for it), in order, in the viewer's
        language."""
        scale = {value: gettext(words) for value, words in scoring.SCALE}
        return [
            (n, gettext(item), value, scale.get(value, ""))
            for n, (item, value) in enumerate(
                zip(scoring.items_for(self.instrument), self.item_scores, strict=False), start=1
            )
        ]


class Commitment(models.Model):
    """One of up to three things a patient will do differently after a session."""

    class Progress(models.TextChoices):
        NOT_STARTED = "not_started", _("Not started")
        SOME = "some", _("Some progress")
        DONE = "done", pgettext_lazy("commitment progress", "Done")

    MAX_PER_SESSION = 3

    patient = models.ForeignKey(Patient, on_delete=models.CASCADE, related_name="commitments")
    session = models.ForeignKey(DosingSession, on_delete=models.CASCADE, related_name="commitments")
    text = models.CharField(max_length=300, validators=[validate_single_line])
    progress = models.CharField(
        max_length=12, choices=Progress.choices, default=Progress.NOT_STARTED
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["created_at"]

    def __str__(self):
        # The patient's words stay on the patient's pages.
        return f"Commitment #{self.pk}"


# Attachments ------------------------------------------------------------------------------
# Drawings, photos and voice notes on an entry. They follow the entry: private unless it is
# shared, deleted and restored with it, purged with it (files included).


def attachment_path(instance, filename: str) -> str:
    """A random name under the patient's folder: nothing in it can be guessed or says what
    the file holds. The files are never served from a public URL in any case."""
    return f"attachments/{instance.patient_id}/{secrets.token_urlsafe(24)}{Path(filename).suffix}"


class Attachment(models.Model):
    class Kind(models.TextChoices):
        DRAWING = "drawing", _("Drawing")
        PHOTO = "photo", _("Photo")
        VOICE = "voice", _("Voice note")

    CAPTION_MAX_CHARS = 300

    entry = models.ForeignKey(JournalEntry, on_delete=models.CASCADE, related_name="attachments")
    # The entry's patient, kept here so the quota is one sum over an index.
    patient = models.ForeignKey(Patient, on_delete=models.CASCADE, related_name="attachments")
    kind = models.CharField(max_length=8, choices=Kind.choices)
    file = models.FileField(upload_to=attachment_path, max_length=200)
    thumbnail = models.FileField(upload_to=attachment_path, max_length=200, blank=True)
    content_type = models.CharField(
        max_length=40, help_text="Decided from the file's bytes, never from its name."
    )
    size = models.PositiveIntegerField(help_text="Bytes stored, after re-encoding.")
    width = models.PositiveIntegerField(null=True, blank=True)
    height = models.PositiveIntegerField(null=True, blank=True)
    caption = models.CharField(
        max_length=CAPTION_MAX_CHARS, blank=True, validators=[validate_single_line]
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["patient", "created_at"])]

    def __str__(self):
        # Never the caption: it is the patient's words.
        return f"{self.get_kind_display()} #{self.pk} on entry {self.entry_id}"

    @property
    def is_image(self) -> bool:
        return self.content_type.startswith("image/")

    @property
    def is_audio(self) -> bool:
        return self.content_type.startswith("audio/")


# Habits ------------------------------------------------------------------------------------
# Lifestyle change lives in its own module; imported here so Django finds its models.
from .habits import Habit, HabitMark, PatientHabit  # noqa: E402, F401
