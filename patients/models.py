"""Who is who: clinics, staff and their roles, patients and their care teams, consent,
the audit trail, and what the app sends to people (inbox, email, delivery log)."""

import secrets
import uuid
import zoneinfo
from datetime import time, timedelta

from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from knox.models import AbstractAuthToken

from .phones import validate_e164, validate_sms_sender
from .validators import (
    NOTE_MAX_LENGTH,
    PATIENT_WEIGHT_VALIDATORS,
    long_text_validators,
    validate_date_of_birth,
    validate_sane_date,
    validate_single_line,
)
from .zones import countries


def validate_time_zone(value):
    if value not in zoneinfo.available_timezones():
        raise ValidationError(
            gettext("“%(value)s” is not a time zone name, such as America/New_York.")
            % {"value": value}
        )


def validate_country(value):
    known = countries()
    if known and value not in known:
        raise ValidationError(f"“{value}” is not an ISO 3166 country code, such as GB or US.")


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields["is_staff"] = True
        extra_fields["is_superuser"] = True
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """An account: a patient, a staff member, or a site administrator. Logs in by email.

    `is_staff` keeps Django's meaning (may enter the Django admin); clinic roles live in
    StaffMembership.
    """

    username = None
    email = models.EmailField("email address", unique=True)
    # Empty: follow the browser (Accept-Language), falling back to English.
    language = models.CharField(
        max_length=8,
        blank=True,
        choices=settings.LANGUAGES,
        help_text=_("The language of pages, emails, push and text messages. Empty: the browser's."),
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = UserManager()

    class Meta:
        ordering = ["last_name", "first_name", "email"]

    def __str__(self):
        return self.get_full_name() or self.email

    @property
    def display_name(self):
        return self.get_full_name() or self.email.split("@")[0]


class Clinic(models.Model):
    name = models.CharField(max_length=200, validators=[validate_single_line])
    slug = models.SlugField(unique=True)
    time_zone = models.CharField(
        max_length=64, default="America/New_York", validators=[validate_time_zone]
    )
    coaches_see_assessments = models.BooleanField(
        default=False,
        help_text=_("Let coaches on a patient's care team see PHQ-9 and GAD-7 results."),
    )
    therapists_see_doses = models.BooleanField(
        default=False,
        help_text=_("Let therapists on a patient's care team see doses and vital signs."),
    )
    country = models.CharField(
        max_length=2,
        default="US",
        validators=[validate_country],
        help_text=_(
            "ISO 3166 country code; new patients take it unless their time zone says otherwise."
        ),
    )
    assessment_min_gap_days = models.PositiveSmallIntegerField(
        "minimum days between assessments",
        default=7,
        help_text=_(
            "When windows overlap, a PHQ-9 or GAD-7 due sooner than this after the "
            "last one of its kind is not sent."
        ),
    )
    # Text messages come from this number or alphanumeric sender id (SMS_DEFAULT_SENDER
    # when empty): patients recognise their own clinic's.
    sms_sender = models.CharField(
        _("text message sender"),
        max_length=20,
        blank=True,
        validators=[validate_sms_sender],
        help_text=_(
            "An E.164 number, such as +15005550006, or a sender id of up to 11 letters and "
            "digits. Empty: the service's default sender."
        ),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class StaffMembership(models.Model):
    """A staff user's role at their one clinic. A person working at two clinics has two
    accounts, so nothing they see can cross clinics."""

    class Role(models.TextChoices):
        CLINICIAN = "clinician", _("Clinician")
        COACH = "coach", _("Integration coach")
        THERAPIST = "therapist", _("Therapist")
        CLINIC_ADMIN = "clinic_admin", _("Clinic admin")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="staff_membership"
    )
    clinic = models.ForeignKey(Clinic, on_delete=models.PROTECT, related_name="staff")
    role = models.CharField(max_length=20, choices=Role.choices)
    # How an urgent safety alert reaches this person besides the inbox and email.
    phone = models.CharField(
        _("mobile phone"),
        max_length=20,
        blank=True,
        validators=[validate_e164],
        help_text=_("In international form (E.164), such as +442079460958."),
    )
    sms_urgent_alerts = models.BooleanField(
        _("text me urgent alerts"),
        default=False,
        help_text=_("Urgent safety alerts also come as a text message to the phone above."),
    )
    push_urgent_alerts = models.BooleanField(
        _("push urgent alerts"),
        default=True,
        help_text=_(
            "Urgent safety alerts also come as a notification to every device you allowed."
        ),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["clinic", "role", "user__last_name"]
        indexes = [models.Index(fields=["clinic", "role"])]

    def __str__(self):
        return f"{self.user} — {self.get_role_display()}, {self.clinic}"


class Patient(models.Model):
    class Channel(models.TextChoices):
        EMAIL = "email", _("Email and in the app")
        IN_APP = "in_app", _("In the app only")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="patient_profile"
    )
    clinic = models.ForeignKey(Clinic, on_delete=models.PROTECT, related_name="patients")
    date_of_birth = models.DateField(null=True, blank=True, validators=[validate_date_of_birth])
    weight_kg = models.DecimalField(
        "weight (kg)",
        max_digits=5,
        decimal_places=1,
        null=True,
        blank=True,
        validators=PATIENT_WEIGHT_VALIDATORS,
    )
    time_zone = models.CharField(
        max_length=64, default="America/New_York", validators=[validate_time_zone]
    )
    country = models.CharField(
        max_length=2,
        default="US",
        validators=[validate_country],
        help_text=_("ISO 3166 country code: the crisis lines this patient is shown."),
    )
    # How the care team reaches the patient, above all after a safety alert.
    phone = models.CharField(
        max_length=20,
        blank=True,
        validators=[validate_e164],
        help_text=_("In international form (E.164), such as +442079460958."),
    )
    emergency_contact_name = models.CharField(
        max_length=150, blank=True, validators=[validate_single_line]
    )
    emergency_contact_relationship = models.CharField(
        max_length=80,
        blank=True,
        validators=[validate_single_line],
        help_text=_("Such as partner, parent, friend."),
    )
    emergency_contact_phone = models.CharField(
        max_length=20,
        blank=True,
        validators=[validate_e164],
        help_text=_("In international form (E.164), such as +442079460958."),
    )
    quiet_hours_start = models.TimeField(default=time(21, 0))
    quiet_hours_end = models.TimeField(default=time(8, 0))
    preferred_channel = models.CharField(
        max_length=10, choices=Channel.choices, default=Channel.EMAIL
    )
    # Kinds listed here are turned off rather than on, so a kind of prompt added later
    # reaches everyone by email until they say otherwise.
    prompt_kinds_without_email = models.JSONField(
        default=list,
        blank=True,
        help_text=(
            "Prompt kinds (e.g. journal, mindfulness) sent in the app only, never by email. "
            "Empty: every kind is emailed when the preferred channel is email."
        ),
    )
    # Push and text messages are asked for, kind by kind: a kind added later is not
    # pushed or texted until the patient says so.
    push_prompt_kinds = models.JSONField(
        default=list,
        blank=True,
        help_text=_("Prompt kinds also sent as a notification to the patient's devices."),
    )
    sms_prompt_kinds = models.JSONField(
        default=list,
        blank=True,
        help_text=_("Prompt kinds also sent as a text message to the patient's phone."),
    )
    show_first_name_in_groups = models.BooleanField(
        default=False,
        help_text=_("Let others in the same group sessions see this patient's first name."),
    )
    care_clinician = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="clinician_of",
    )
    care_coach = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="coach_of",
    )
    care_therapist = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="therapist_of",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["user__last_name", "user__first_name"]
        indexes = [
            models.Index(fields=["clinic", "care_clinician"]),
            models.Index(fields=["clinic", "care_coach"]),
            models.Index(fields=["clinic", "care_therapist"]),
        ]

    def __str__(self):
        return str(self.user)

    @property
    def zone(self):
        return zoneinfo.ZoneInfo(self.time_zone)

    def clean(self):
        for field, role in (
            ("care_clinician", StaffMembership.Role.CLINICIAN),
            ("care_coach", StaffMembership.Role.COACH),
            ("care_therapist", StaffMembership.Role.THERAPIST),
        ):
            member = getattr(self, field)
            if member is None:
                continue
            membership = StaffMembership.objects.filter(user=member).first()
            if membership is None or membership.clinic_id != self.clinic_id:
                raise ValidationError({field: gettext("Choose someone on this clinic's staff.")})
            if membership.role != role:
                raise ValidationError(
                    {field: gettext("Choose a %(role)s.") % {"role": role.label.lower()}}
                )
        if self.quiet_hours_start == self.quiet_hours_end:
            raise ValidationError(
                {
                    "quiet_hours_end": gettext(
                        "Quiet hours must end at a different time than they start."
                    )
                }
            )
        kinds = self.prompt_kinds_without_email
        if not isinstance(kinds, list) or not all(isinstance(kind, str) for kind in kinds):
            raise ValidationError(
                {
                    "prompt_kinds_without_email": gettext(
                        "Give a list of prompt kinds, such as journal."
                    )
                }
            )
        for field in ("push_prompt_kinds", "sms_prompt_kinds"):
            kinds = getattr(self, field)
            if not isinstance(kinds, list) or not all(isinstance(kind, str) for kind in kinds):
                raise ValidationError(
                    {field: gettext("Give a list of prompt kinds, such as journal.")}
                )
        if self.sms_prompt_kinds and not self.phone:
            raise ValidationError(
                {"phone": gettext("Add your mobile number to get text messages.")}
            )
        # An emergency contact is someone to call: a name without a number reaches no one,
        # and a number without a name leaves the caller not knowing whom they reached.
        if self.emergency_contact_phone and not self.emergency_contact_name.strip():
            raise ValidationError({"emergency_contact_name": gettext("Whose number is this?")})
        if self.emergency_contact_name.strip() and not self.emergency_contact_phone:
            raise ValidationError(
                {"emergency_contact_phone": gettext("Give a number the care team can call.")}
            )


CONSENT_VERSION = "2026-11"


class ConsentRecord(models.Model):
    """What a patient agreed to, and when. A new version of the text means a new row."""

    patient = models.ForeignKey(Patient, on_delete=models.CASCADE, related_name="consents")
    version = models.CharField(max_length=20)
    agreed_to_care = models.BooleanField()
    understands_sharing = models.BooleanField(
        help_text=_("Entries are private unless shared; staff see what is shared.")
    )
    understands_safety_alerts = models.BooleanField(
        help_text=_("A safety flag alerts the care team without revealing a private entry.")
    )
    agreed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-agreed_at"]

    def __str__(self):
        return f"{self.patient} agreed to v{self.version}"


def _invitation_token():
    return secrets.token_urlsafe(32)


def _invitation_expiry():
    return timezone.now() + timedelta(days=7)


class Invitation(models.Model):
    class Role(models.TextChoices):
        PATIENT = "patient", _("Patient")
        CLINICIAN = "clinician", _("Clinician")
        COACH = "coach", _("Integration coach")
        THERAPIST = "therapist", _("Therapist")
        CLINIC_ADMIN = "clinic_admin", _("Clinic admin")

    clinic = models.ForeignKey(Clinic, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField()
    first_name = models.CharField(max_length=150, blank=True, validators=[validate_single_line])
    last_name = models.CharField(max_length=150, blank=True, validators=[validate_single_line])
    role = models.CharField(max_length=20, choices=Role.choices)
    care_clinician = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    care_coach = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    token = models.CharField(max_length=64, unique=True, default=_invitation_token, editable=False)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(default=_invitation_expiry)
    accepted_at = models.DateTimeField(null=True, blank=True)
    accepted_user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.get_role_display()} invitation for {self.email}"

    @property
    def is_usable(self):
        return self.accepted_at is None and self.expires_at > timezone.now()


class AuditEvent(models.Model):
    """One staff read or write of health data. Append-only: never updated or deleted, and
    never holds the text of what was read."""

    class Action(models.TextChoices):
        VIEW = "view", _("Viewed")
        LIST = "list", _("Listed")
        EXPORT = "export", _("Exported")
        CREATE = "create", _("Created")
        UPDATE = "update", _("Changed")
        DELETE = "delete", _("Deleted")

    # The trail names ids; it keeps no database foreign keys. Each would be checked for
    # every row a list page audits, and would lock the reader's user row (FOR KEY SHARE)
    # on every read; PROTECT still refuses, in the ORM, to delete a person or clinic the
    # trail names. The (actor, at) and (patient, at) indexes serve the lookups by either.
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="audit_events",
        db_constraint=False,
        db_index=False,
    )
    clinic = models.ForeignKey(
        Clinic, on_delete=models.PROTECT, null=True, related_name="+", db_constraint=False
    )
    patient = models.ForeignKey(
        Patient,
        on_delete=models.PROTECT,
        null=True,
        related_name="audit_events",
        db_constraint=False,
        db_index=False,
    )
    action = models.CharField(max_length=10, choices=Action.choices)
    object_type = models.CharField(max_length=60)
    object_id = models.CharField(max_length=64, blank=True)
    at = models.DateTimeField(default=timezone.now, db_index=True)
    request_id = models.CharField(max_length=64, blank=True)
    # The client's address as patients.client_ip reads it: X-Forwarded-For only from a
    # trusted proxy, so a forged header cannot put someone else's address here.
    client_ip = models.GenericIPAddressField(null=True, blank=True)

    class Meta:
        ordering = ["-at"]
        indexes = [models.Index(fields=["patient", "-at"]), models.Index(fields=["actor", "-at"])]

    def __str__(self):
        return f"{self.actor} {self.action} {self.object_type} {self.object_id}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValidationError("Audit events cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValidationError("Audit events cannot be deleted.")


class Notification(models.Model):
    """An item in a person's in-app inbox. `dedupe_key` makes delivery idempotent: a task
    that runs twice finds the row already there."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    dedupe_key = models.CharField(max_length=120)
    title = models.CharField(max_length=200)
    body = models.TextField(blank=True)
    url = models.CharField(max_length=300, blank=True)
    urgent = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["user", "dedupe_key"], name="notification_once")
        ]
        indexes = [models.Index(fields=["user", "read_at"])]

    def __str__(self):
        return self.title


class Delivery(models.Model):
    """Every send, in-app or email, with its outcome: what staff look at when a patient
    says they never got something."""

    class Channel(models.TextChoices):
        IN_APP = "in_app", _("In the app")
        EMAIL = "email", _("Email")
        PUSH = "push", _("Push notification")
        SMS = "sms", _("Text message")

    class Outcome(models.TextChoices):
        PENDING = "pending", _("Waiting to send")
        # Leased and handed to the SMTP server; the outcome is not yet known. A row left
        # here by a crash is sent again with the same Message-ID (a possible duplicate).
        SENDING = "sending", _("Sending")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="deliveries"
    )
    patient = models.ForeignKey(
        Patient, on_delete=models.CASCADE, null=True, blank=True, related_name="deliveries"
    )
    dedupe_key = models.CharField(max_length=120)
    channel = models.CharField(max_length=10, choices=Channel.choices)
    outcome = models.CharField(max_length=10, choices=Outcome.choices)
    detail = models.CharField(max_length=300, blank=True)
    # An email waits here (the outbox) until sent, so a crash cannot lose it.
    subject = models.CharField(max_length=200, blank=True)
    body = models.TextField(blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    # Stable per (user, dedupe key): a re-send carries the same one, so receivers drop it.
    message_id = models.CharField(max_length=200, blank=True)
    at = models.DateTimeField(default=timezone.now)
    # A push or text message waits for this time: the end of the patient's quiet hours.
    send_after = models.DateTimeField(null=True, blank=True)
    # The provider's id of a text message (Twilio's SID), which its status callbacks name.
    provider_id = models.CharField(max_length=64, blank=True, db_index=True)
    # The page a push or text message opens (absolute).
    url = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["-at"]
        verbose_name_plural = "deliveries"
        constraints = [
            models.UniqueConstraint(
                fields=["user", "dedupe_key", "channel"],
                condition=models.Q(outcome__in=["pending", "sending", "sent"]),
                name="delivery_once",
            )
        ]
        indexes = [
            models.Index(fields=["patient", "-at"]),
            models.Index(fields=["dedupe_key"]),
            models.Index(fields=["outcome", "at"]),
        ]

    def __str__(self):
        return f"{self.get_channel_display()} {self.outcome}: {self.dedupe_key}"


def new_request_id():
    return uuid.uuid4().hex


class SafetyAlert(models.Model):
    """An urgent flag for the care team: a PHQ-9 item 9 answer above 0, or a journal entry
    the crisis screen flagged. For a private entry the alert says only that a flag was
    raised, never what the entry says."""

    class Kind(models.TextChoices):
        PHQ9_ITEM9 = "phq9_item9", _("PHQ-9 item 9 (thoughts of self-harm) above 0")
        JOURNAL_FLAG = "journal_flag", _("Journal entry flagged by the crisis screen")

    patient = models.ForeignKey(Patient, on_delete=models.CASCADE, related_name="safety_alerts")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    source_type = models.CharField(max_length=60)
    source_id = models.CharField(max_length=64)
    source_private = models.BooleanField(
        help_text=_("The source is private to the patient: staff see that a flag was raised only.")
    )
    created_at = models.DateTimeField(default=timezone.now)
    acknowledged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    acknowledged_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolution_note = models.TextField(
        blank=True, max_length=NOTE_MAX_LENGTH, validators=long_text_validators(NOTE_MAX_LENGTH)
    )
    last_sent_at = models.DateTimeField(default=timezone.now)
    send_count = models.PositiveSmallIntegerField(default=1)

    class Meta:
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["patient", "resolved_at"]),
            models.Index(fields=["acknowledged_at", "last_sent_at"]),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} for {self.patient}"

    @property
    def is_open(self):
        return self.resolved_at is None

    @property
    def summary(self):
        """What staff are told. Never the text of the entry or the answers."""
        if self.kind == self.Kind.PHQ9_ITEM9:
            return gettext(
                "Answered above 0 to PHQ-9 item 9 "
                "(thoughts of being better off dead or of self-harm)."
            )
        if self.source_private:
            return gettext(
                "A private journal entry was flagged by the crisis screen. Its text stays private."
            )
        return gettext("A shared journal entry was flagged by the crisis screen.")


class FollowUpAlert(models.Model):
    """A sign that a patient may be slipping back between doses: not urgent, and kept apart
    from safety alerts. Staff acknowledge it, then resolve it by planning a booster session
    or a call."""

    class Reason(models.TextChoices):
        PHQ9_RISE = "phq9_rise", _("PHQ-9 up 5 or more points from the best since the last dose")
        PHQ9_BACK = "phq9_back", _("PHQ-9 back to 10 or more after falling below")
        MOOD_DROP = "mood_drop", _("7-day mean mood down 2 or more")

    class Resolution(models.TextChoices):
        BOOSTER = "booster", _("Booster session planned")
        CALL = "call", _("Call held")
        OTHER = "other", _("Other")

    patient = models.ForeignKey(Patient, on_delete=models.CASCADE, related_name="followup_alerts")
    reason = models.CharField(max_length=20, choices=Reason.choices)
    detail = models.CharField(
        max_length=300, blank=True, help_text=_("The figures behind the reason, e.g. 8 -> 14.")
    )
    created_at = models.DateTimeField(default=timezone.now)
    acknowledged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    acknowledged_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolution = models.CharField(max_length=10, choices=Resolution.choices, blank=True)
    resolution_note = models.TextField(
        blank=True, max_length=NOTE_MAX_LENGTH, validators=long_text_validators(NOTE_MAX_LENGTH)
    )

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["patient", "resolved_at"])]

    def __str__(self):
        return f"Follow-up suggested for {self.patient}: {self.get_reason_display()}"

    @property
    def is_open(self):
        return self.resolved_at is None


class AlertContact(models.Model):
    """Who on the care team reached whom about a safety alert, and how: recorded when they
    acknowledge or resolve it. A call that went unanswered is recorded too, since the next
    person to pick the alert up needs to know it was tried."""

    class Step(models.TextChoices):
        ACKNOWLEDGED = "acknowledged", _("On acknowledging")
        RESOLVED = "resolved", _("On resolving")

    class Method(models.TextChoices):
        PHONE = "phone", _("Phone call")
        SMS = "sms", _("Text message")
        EMAIL = "email", _("Email")
        IN_PERSON = "in_person", _("In person")
        NO_ANSWER = "no_answer", _("Tried, no answer")

    class Person(models.TextChoices):
        PATIENT = "patient", _("The patient")
        EMERGENCY_CONTACT = "emergency_contact", _("Their emergency contact")
        OTHER = "other", _("Someone else")

    alert = models.ForeignKey(SafetyAlert, on_delete=models.CASCADE, related_name="contacts")
    made_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    step = models.CharField(max_length=20, choices=Step.choices)
    method = models.CharField("how", max_length=20, choices=Method.choices)
    person = models.CharField("who was contacted", max_length=20, choices=Person.choices)
    note = models.TextField(
        blank=True, max_length=NOTE_MAX_LENGTH, validators=long_text_validators(NOTE_MAX_LENGTH)
    )
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["at", "pk"]
        indexes = [models.Index(fields=["alert", "at"])]

    def __str__(self):
        return self.summary

    @property
    def summary(self):
        """Plain words for the alert page: "Cleo Clinician reached the patient by phone call"."""
        whom = self.get_person_display().lower()
        if self.method == self.Method.NO_ANSWER:
            return gettext("%(staff)s tried %(whom)s: no answer") % {
                "staff": self.made_by,
                "whom": whom,
            }
        return gettext("%(staff)s reached %(whom)s: %(how)s") % {
            "staff": self.made_by,
            "whom": whom,
            "how": self.get_method_display().lower(),
        }


class CrisisLine(models.Model):
    """A crisis line, or the emergency number, a patient is shown for their country.

    National rows (no clinic) are seeded with the source each was checked against; a clinic
    adds lines of its own for its patients, shown first, and may stand one in for a national
    line (`replaces`), such as a local crisis team instead of a national number. Each
    country has one emergency row: the number to call when someone is in danger now."""

    class Kind(models.TextChoices):
        CRISIS_LINE = "crisis_line", _("Crisis line")
        EMERGENCY = "emergency", _("Emergency number")

    country = models.CharField(
        max_length=2, validators=[validate_country], help_text=_("ISO 3166 code, such as GB.")
    )
    clinic = models.ForeignKey(
        Clinic,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="crisis_lines",
        help_text=_(
            "Empty for a national line; a clinic's own line is shown to its patients only."
        ),
    )
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.CRISIS_LINE)
    name = models.CharField(max_length=120, validators=[validate_single_line])
    description = models.CharField(max_length=300, validators=[validate_single_line])
    phone = models.CharField(
        max_length=40, help_text=_("As people dial it in the country, such as 116 123.")
    )
    alternate_phone = models.CharField(
        max_length=40, blank=True, help_text=_("Another number for the same line, if any.")
    )
    sms = models.CharField("text number", max_length=40, blank=True)
    web_url = models.URLField("web or chat", blank=True)
    hours = models.CharField(
        max_length=120,
        blank=True,
        validators=[validate_single_line],
        help_text=_("Such as 24 hours, every day."),
    )
    languages = models.CharField(max_length=200, blank=True, validators=[validate_single_line])
    source_name = models.CharField("publisher", max_length=200, validators=[validate_single_line])
    source_url = models.URLField("source", blank=True)
    checked_on = models.DateField(
        validators=[validate_sane_date],
        help_text=_("When the number was last checked at its source."),
    )
    ordering = models.PositiveSmallIntegerField(default=100, help_text=_("Lower comes first."))
    replaces = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        limit_choices_to={"clinic__isnull": True},
        help_text=_("For a clinic's line: the national line its patients see this one instead of."),
    )
    active = models.BooleanField(default=True)

    class Meta:
        ordering = ["country", "kind", "ordering", "name"]
        indexes = [models.Index(fields=["country", "active"])]
        constraints = [
            models.UniqueConstraint(
                fields=["country"],
                condition=models.Q(kind="emergency", clinic__isnull=True),
                name="one_national_emergency_number",
            ),
            models.UniqueConstraint(
                fields=["country", "clinic"],
                condition=models.Q(kind="emergency", clinic__isnull=False),
                name="one_clinic_emergency_number",
            ),
        ]

    def __str__(self):
        where = self.clinic or self.country
        return f"{self.name} ({where}): {self.phone}"

    def clean(self):
        if not any(ch.isdigit() for ch in self.phone or ""):
            raise ValidationError({"phone": gettext("Give the number to call, such as 116 123.")})
        if self.replaces_id is not None:
            if self.clinic_id is None:
                raise ValidationError(
                    {"replaces": gettext("Only a clinic's own line replaces another.")}
                )
            replaced = self.replaces
            if replaced.clinic_id is not None or replaced.country != self.country:
                raise ValidationError(
                    {"replaces": gettext("Choose a national line of the same country.")}
                )


class ApiToken(AbstractAuthToken):
    """A REST API token for one device. Only a SHA-512 digest is kept; the token itself is
    shown once, when it is made (patients/tokens.py)."""

    name = models.CharField(
        "device", max_length=100, help_text=_("Which device or program holds the token.")
    )

    class Meta:
        ordering = ["-created"]
        verbose_name = "API token"

    def __str__(self):
        return f"{self.user} — {self.name} ({self.token_key}…)"


# The safety plan's rows live in their own module; imported here so Django finds them.
from .models_channels import SmsOptOut  # noqa: E402, F401
from .models_push import PushSubscription  # noqa: E402, F401
from .models_safety_plan import SafetyPlan, SafetyPlanVersion  # noqa: E402, F401
from .models_summary import PatientSummary  # noqa: E402, F401
