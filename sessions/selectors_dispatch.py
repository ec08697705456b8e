"""Who sees the state of dispatch, and what it shows: the oldest prompt that is due but
not yet delivered and the oldest email still waiting, so an outage shows. No patient is
named and nothing a patient wrote is shown: times and counts only."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Min, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from patients.models import Clinic, Delivery, StaffMembership
from patients.selectors import membership_of

from .models import ScheduledPrompt

Status = ScheduledPrompt.Status
WAITING_EMAIL = (Delivery.Outcome.PENDING, Delivery.Outcome.SENDING)


@dataclass(frozen=True)
class DispatchStatus:
    now: datetime
    due_unsent: int
    oldest_due_at: datetime | None
    queued: int
    emails_waiting: int
    emails_sending: int
    oldest_email_at: datetime | None
    emails_failed: int

    @property
    def prompt_delay(self):
        return self.now - self.oldest_due_at if self.oldest_due_at else None

    @property
    def email_delay(self):
        return self.now - self.oldest_email_at if self.oldest_email_at else None


def can_see_dispatch_status(user) -> bool:
    """A clinic's admins and clinicians."""
    membership = membership_of(user)
    return membership is not None and membership.role in (
        StaffMembership.Role.CLINIC_ADMIN,
        StaffMembership.Role.CLINICIAN,
    )


def dispatch_status_for(user, *, now=None) -> tuple[Clinic, DispatchStatus]:
    """The viewer's clinic and its dispatch status; PermissionDenied for anyone else."""
    if not can_see_dispatch_status(user):
        raise PermissionDenied(_("The dispatch status is for the clinic's admins and clinicians."))
    clinic = membership_of(user).clinic
    return clinic, dispatch_status(clinic=clinic, now=now)


def dispatch_status(*, clinic: Clinic | None = None, now=None) -> DispatchStatus:
    """Dispatch as it stands, for one clinic or (clinic=None, the command) all of them.
    Three aggregate queries, whatever the size of the schedule."""
    now = now or timezone.now()
    prompts = ScheduledPrompt.objects.filter(
        status__in=(Status.SCHEDULED, Status.QUEUED), due_at__lte=now, expires_at__gt=now
    )
    emails = Delivery.objects.filter(channel=Delivery.Channel.EMAIL)
    if clinic is not None:
        prompts = prompts.filter(patient__clinic=clinic)
        # An email names its patient, or (alerts, group news) only whom it goes to.
        emails = emails.filter(
            Q(patient__clinic=clinic)
            | Q(patient=None, user__staff_membership__clinic=clinic)
            | Q(patient=None, user__patient_profile__clinic=clinic)
        )
    due = prompts.aggregate(
        count=Count("pk"),
        oldest=Min("due_at"),
        queued=Count("pk", filter=Q(status=Status.QUEUED)),
    )
    waiting = emails.filter(outcome__in=WAITING_EMAIL).aggregate(
        count=Count("pk"),
        sending=Count("pk", filter=Q(outcome=Delivery.Outcome.SENDING)),
        oldest=Min("at"),
    )
    failed = emails.filter(outcome=Delivery.Outcome.FAILED, at__gte=now - timedelta(days=1)).count()
    return DispatchStatus(
        now=now,
        due_unsent=due["count"],
        oldest_due_at=due["oldest"],
        queued=due["queued"],
        emails_waiting=waiting["count"],
        emails_sending=waiting["sending"],
        oldest_email_at=waiting["oldest"],
        emails_failed=failed,
    )
