"""The channels a message reaches a person on: in the app, email, web push and text
message, each a backend with the same small interface, registered in CHANNELS.

Every send is a row of the delivery log (Delivery), under the same rules as email's
outbox (patients/outbox.py): one row per (user, dedupe key, channel) under a unique
constraint; the row is leased ("sending") and that committed before the provider is
called; the outcome is committed after its answer. Push and text messages also wait out
the patient's quiet hours (`send_after`), and carry no health information: the clinic's
name and a link, in the recipient's language.
"""

import logging
from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from .languages import language_for
from .models import Delivery, Patient, SmsOptOut, StaffMembership
from .outbox import RESENT, _commit_outcome, _smtp_send

logger = logging.getLogger(__name__)
Channel = Delivery.Channel
Outcome = Delivery.Outcome

SENT, FAILED, RETRY = "sent", "failed", "retry"


@dataclass(frozen=True)
class SendResult:
    """A backend's answer: sent, failed for good, or failed for now (tried again)."""

    outcome: str
    detail: str = ""
    provider_id: str = ""


class Reach:
    """What decides, for a set of people at once, whether push and text messages can
    reach them: who has a push subscription, and which numbers answered STOP. Two queries
    for a batch, whatever its size; none for people who chose neither."""

    def __init__(self, users=(), phones=()):
        from .models_push import PushSubscription

        user_ids = {getattr(user, "pk", user) for user in users}
        self.push_users = (
            set(
                PushSubscription.objects.filter(user_id__in=user_ids)
                .values_list("user_id", flat=True)
                .distinct()
            )
            if user_ids
            else set()
        )
        phones = {phone for phone in phones if phone}
        self.stopped = (
            set(SmsOptOut.objects.filter(phone__in=phones).values_list("phone", flat=True))
            if phones
            else set()
        )

    @classmethod
    def for_patients(cls, patients) -> "Reach":
        patients = list(patients)
        return cls(
            users=[p.user_id for p in patients if p.push_prompt_kinds],
            phones=[p.phone for p in patients if p.sms_prompt_kinds],
        )

    @classmethod
    def for_staff(cls, memberships) -> "Reach":
        memberships = [m for m in memberships if m is not None]
        return cls(
            users=[m.user_id for m in memberships if m.push_urgent_alerts],
            phones=[m.phone for m in memberships if m.sms_urgent_alerts],
        )


class ChannelBackend:
    """One way of reaching a person. `available_for` says whether a message of a prompt
    kind (`kind`; None for an urgent alert to staff) may go this way; `send` sends a
    leased delivery row and says how it went."""

    name: str = ""

    def available_for(self, *, patient=None, membership=None, kind=None, reach=None) -> bool:
        raise NotImplementedError

    def send(self, delivery: Delivery) -> SendResult:
        raise NotImplementedError


class InAppChannel(ChannelBackend):
    """The inbox: always on. Its item is written with its log row, so there is nothing
    left to send."""

    name = Channel.IN_APP

    def available_for(self, *, patient=None, membership=None, kind=None, reach=None) -> bool:
        return True

    def send(self, delivery: Delivery) -> SendResult:
        return SendResult(SENT)


class EmailChannel(ChannelBackend):
    """Email, through the outbox: a patient's choice overall and kind by kind (kinds are
    turned off rather than on); urgent alerts always reach staff by email."""

    name = Channel.EMAIL

    def available_for(self, *, patient=None, membership=None, kind=None, reach=None) -> bool:
        if patient is None:
            return True
        return patient.preferred_channel == Patient.Channel.EMAIL and kind not in (
            patient.prompt_kinds_without_email or []
        )

    def send(self, delivery: Delivery) -> SendResult:
        error = _smtp_send(delivery, None)
        return SendResult(SENT) if error is None else SendResult(RETRY, str(error))


class PushChannel(ChannelBackend):
    """Web push to every browser the person subscribed (patients/push.py)."""

    name = Channel.PUSH

    def available_for(self, *, patient=None, membership=None, kind=None, reach=None) -> bool:
        if patient is not None:
            wanted, user_id = kind in (patient.push_prompt_kinds or []), patient.user_id
        elif membership is not None:
            wanted, user_id = membership.push_urgent_alerts, membership.user_id
        else:
            return False
        if not wanted:
            return False
        reach = reach or Reach(users=[user_id])
        return user_id in reach.push_users

    def send(self, delivery: Delivery) -> SendResult:
        from .push import GONE, send_push, subscriptions_for
        from .push import SENT as PUSHED

        answers = [
            send_push(subscription, title=delivery.subject, body=delivery.body, url=delivery.url)
            for subscription in subscriptions_for(delivery.user)
        ]
        if PUSHED in answers:
            return SendResult(SENT, _devices(answers.count(PUSHED)))
        if not answers or all(answer == GONE for answer in answers):
            return SendResult(FAILED, "No device subscribed to notifications any more.")
        return SendResult(RETRY, "The push service did not take the notification.")


def _devices(count: int) -> str:
    return f"Sent to {count} device{'s' if count != 1 else ''}."


class SmsChannel(ChannelBackend):
    """A text message to the person's phone (patients/sms.py), unless the number said STOP."""

    name = Channel.SMS

    def available_for(self, *, patient=None, membership=None, kind=None, reach=None) -> bool:
        if patient is not None:
            wanted, phone = kind in (patient.sms_prompt_kinds or []), patient.phone
        elif membership is not None:
            wanted, phone = membership.sms_urgent_alerts, membership.phone
        else:
            return False
        if not wanted or not phone:
            return False
        reach = reach or Reach(phones=[phone])
        return phone not in reach.stopped

    def send(self, delivery: Delivery) -> SendResult:
        from .sms import sms_backend, sms_sender_for

        phone, clinic = _phone_and_clinic_of(delivery)
        if not phone:
            return SendResult(FAILED, "No mobile number to text.")
        if SmsOptOut.objects.filter(phone=phone).exists():
            return SendResult(FAILED, "The number replied STOP.")
        result = sms_backend().send(
            to=phone,
            body=f"{delivery.body} {delivery.url}".strip(),
            sender=sms_sender_for(clinic),
            status_callback=absolute(reverse("sms_status")),
        )
        if result.opted_out:
            # The provider knew of a STOP we missed: kept, so no text is tried again.
            SmsOptOut.objects.get_or_create(phone=phone, defaults={"keyword": "STOP"})
            return SendResult(FAILED, result.detail)
        if not result.accepted:
            return SendResult(RETRY, result.detail)
        return SendResult(SENT, result.detail, result.provider_id)


def _phone_and_clinic_of(delivery: Delivery):
    """The number a delivery's text goes to now, and the clinic it comes from."""
    patient = Patient.objects.select_related("clinic").filter(user_id=delivery.user_id).first()
    if patient is not None:
        return patient.phone, patient.clinic
    membership = (
        StaffMembership.objects.select_related("clinic").filter(user_id=delivery.user_id).first()
    )
    if membership is not None:
        return membership.phone, membership.clinic
    return "", None


CHANNELS = {
    backend.name: backend
    for backend in (InAppChannel(), EmailChannel(), PushChannel(), SmsChannel())
}
# Each prompt's one reminder goes on the first channel of this order, after the in-app
# inbox it was first sent to, that the patient allows for its kind.
REMINDER_ORDER = (Channel.IN_APP, Channel.PUSH, Channel.SMS, Channel.EMAIL)
# Channels whose rows the sender here sends (email has its own outbox sweep).
SENT_HERE = (Channel.PUSH, Channel.SMS)


def channel(name: str) -> ChannelBackend:
    return CHANNELS[name]


def channels_for(*, patient, kinds, reach=None) -> list[str]:
    """The outside channels (email, push, SMS) a patient allows for a message about
    prompts of `kinds`; any one kind allowing a channel is enough."""
    kinds = list(kinds)
    return [
        name
        for name in (Channel.EMAIL, Channel.PUSH, Channel.SMS)
        if any(
            CHANNELS[name].available_for(patient=patient, kind=kind, reach=reach) for kind in kinds
        )
    ]


def reminder_channel(*, patient, kind, first_sent_on=Channel.IN_APP, reach=None) -> str | None:
    """The one outside channel a prompt's reminder goes on: the next in REMINDER_ORDER
    after the channel it was first sent on that the patient allows; None for the inbox
    alone."""
    start = REMINDER_ORDER.index(first_sent_on) + 1
    for name in REMINDER_ORDER[start:]:
        if CHANNELS[name].available_for(patient=patient, kind=kind, reach=reach):
            return name
    return None


def staff_channels(membership, *, reach=None) -> list[str]:
    """The channels besides the inbox and email an urgent alert reaches this staff member on."""
    return [
        name
        for name in SENT_HERE
        if CHANNELS[name].available_for(membership=membership, reach=reach)
    ]


# What push and text messages say ------------------------------------------------------------


def absolute(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def prompt_notice(*, user, clinic, reminder: bool = False) -> tuple[str, str]:
    """(title, body) of a prompt's push or text message: no title, kind or words of the
    prompt, only that one is waiting, in the recipient's language."""
    with translation.override(language_for(user)):
        if reminder:
            body = _("A reminder: you have a prompt waiting from %(clinic)s.")
        else:
            body = _("You have a new prompt from %(clinic)s.")
        return str(clinic), body % {"clinic": clinic}


def alert_notice(*, user, clinic) -> tuple[str, str]:
    """(title, body) of an urgent alert's push or text message to staff: no patient named."""
    with translation.override(language_for(user)):
        body = _("Urgent: a safety alert at %(clinic)s. Open the app to see it.")
        return _("Urgent safety alert"), body % {"clinic": clinic}


# The rows -----------------------------------------------------------------------------------


def channel_claim(
    *,
    user,
    channel_name: str,
    dedupe_key: str,
    title: str,
    body: str,
    url: str,
    patient: Patient | None = None,
    send_after=None,
) -> Delivery | None:
    """The one push or text message a (user, dedupe key) gets, as a pending row of the
    delivery log; None if it is there already. Claim in the transaction that decides to
    send; send after it commits (`channels_deliver`), or the sweep will."""
    try:
        with transaction.atomic():
            return Delivery.objects.create(
                user=user,
                patient=patient,
                dedupe_key=dedupe_key,
                channel=channel_name,
                outcome=Outcome.PENDING,
                subject=title[:200],
                body=body,
                url=url[:300],
                send_after=send_after,
            )
    except IntegrityError:
        return None


def _lease(delivery: Delivery) -> bool:
    """Pending (or left sending by a crash) -> sending, committed before the provider is
    called; of two senders holding the row, one wins."""
    if delivery.outcome not in (Outcome.PENDING, Outcome.SENDING):
        return False
    leased_at = timezone.now()
    if not Delivery.objects.filter(pk=delivery.pk, outcome=delivery.outcome, at=delivery.at).update(
        outcome=Outcome.SENDING, at=leased_at
    ):
        return False
    if delivery.outcome == Outcome.SENDING:
        logger.warning(
            "%s %s to user %s was left sending by a crash; sending it again",
            delivery.channel,
            delivery.dedupe_key,
            delivery.user_id,
        )
        delivery.resent = True
    delivery.outcome, delivery.at = Outcome.SENDING, leased_at
    return True


def channel_deliver(*, delivery: Delivery) -> bool:
    """Sends one push or text message row: leased, sent, its outcome committed. A failure
    for now goes back to pending for the sweep, until CHANNEL_MAX_ATTEMPTS."""
    if not _lease(delivery):
        return False
    try:
        result = CHANNELS[delivery.channel].send(delivery)
    except Exception as error:  # a provider can fail in many ways; all are logged
        logger.exception("%s %s failed", delivery.channel, delivery.dedupe_key)
        result = SendResult(RETRY, str(error))
    attempts = delivery.attempts + 1
    if result.outcome == SENT:
        detail = RESENT if getattr(delivery, "resent", False) else result.detail
        _commit_outcome(
            [delivery.pk],
            outcome=Outcome.SENT,
            attempts=F("attempts") + 1,
            detail=detail[:300],
            provider_id=result.provider_id,
        )
        return True
    gave_up = result.outcome == FAILED or attempts >= settings.CHANNEL_MAX_ATTEMPTS
    _commit_outcome(
        [delivery.pk],
        outcome=Outcome.FAILED if gave_up else Outcome.PENDING,
        attempts=attempts,
        detail=result.detail[:300],
    )
    return False


def channels_deliver(*, delivery_ids, now=None, include_sending=False) -> int:
    """Sends the given push and text message rows that are due (past `send_after`).
    Returns how many were sent."""
    if not delivery_ids:
        return 0
    now = now or timezone.now()
    outcomes = [Outcome.PENDING, Outcome.SENDING] if include_sending else [Outcome.PENDING]
    rows = (
        Delivery.objects.select_related("user")
        .filter(pk__in=delivery_ids, channel__in=SENT_HERE, outcome__in=outcomes)
        .filter(Q(send_after=None) | Q(send_after__lte=now))
        .order_by("at", "pk")
    )
    return sum(channel_deliver(delivery=row) for row in rows)


def channels_send_pending(*, now=None) -> int:
    """The sweep: push and text messages whose quiet hours are over, those that failed
    for now and waited CHANNEL_RETRY_AFTER, and those a crash left sending as long."""
    now = now or timezone.now()
    waited = now - settings.CHANNEL_RETRY_AFTER
    ids = list(
        Delivery.objects.filter(channel__in=SENT_HERE)
        .filter(
            Q(outcome=Outcome.PENDING, attempts=0)
            | Q(outcome=Outcome.PENDING, at__lte=waited)
            | Q(outcome=Outcome.SENDING, at__lte=waited)
        )
        .filter(Q(send_after=None) | Q(send_after__lte=now))
        .order_by("at", "pk")
        .values_list("pk", flat=True)[:500]
    )
    return channels_deliver(delivery_ids=ids, now=now, include_sending=True)


def channels_send_now(delivery_ids) -> None:
    """For the crisis path: sends an urgent alert's push and text messages from this
    process right after it commits. Never raises; what is not sent waits for the sweep."""
    try:
        channels_deliver(delivery_ids=delivery_ids)
    except Exception:  # the rows stay pending or sending; the sweep retries them
        logger.exception("Urgent messages %s left for the sweep", delivery_ids)


def urgent_alert_claims(*, recipients, dedupe_key: str, clinic, path: str) -> list[int]:
    """Claims an urgent alert's push and text messages to each of `recipients` (staff)
    on every channel they enabled; the ids of the rows, to send once the alert commits.
    No quiet hours: an urgent alert is urgent."""
    memberships = list(
        StaffMembership.objects.select_related("user").filter(
            user_id__in=[person.pk for person in recipients]
        )
    )
    reach = Reach.for_staff(memberships)
    claims = []
    for membership in memberships:
        for name in staff_channels(membership, reach=reach):
            title, body = alert_notice(user=membership.user, clinic=clinic)
            claim = channel_claim(
                user=membership.user,
                channel_name=name,
                dedupe_key=dedupe_key,
                title=title,
                body=body,
                url=absolute(path),
            )
            if claim:
                claims.append(claim.pk)
    return claims


# What the provider tells us ---------------------------------------------------------------

DELIVERED = "Delivered to the phone."
HANDED_ON = "Handed to the carrier."


def sms_keyword_received(*, phone: str, body: str) -> str | None:
    """STOP (and its synonyms) turns text messages off for `phone`, START or UNSTOP back
    on; returns which of the two happened, None for any other message."""
    from .sms import START_WORDS, STOP_WORDS, keyword_of

    keyword = keyword_of(body)
    if keyword in STOP_WORDS:
        SmsOptOut.objects.update_or_create(
            phone=phone, defaults={"keyword": keyword, "opted_out_at": timezone.now()}
        )
        logger.info("Text messages turned off for a number (%s)", keyword)
        return "stop"
    if keyword in START_WORDS:
        SmsOptOut.objects.filter(phone=phone).delete()
        logger.info("Text messages turned back on for a number (%s)", keyword)
        return "start"
    return None


def sms_status_received(*, provider_id: str, status: str, error_code: str = "") -> int:
    """Moves the text message's log row as the provider's status callback says: delivered
    or handed to the carrier (sent), or failed and undelivered (failed, with the error
    code). A late "sent" never undoes "delivered". Returns the rows changed."""
    if not provider_id:
        return 0
    rows = Delivery.objects.filter(channel=Channel.SMS, provider_id=provider_id)
    if status == "delivered":
        return rows.update(outcome=Outcome.SENT, detail=DELIVERED)
    if status == "sent":
        return rows.exclude(detail=DELIVERED).update(outcome=Outcome.SENT, detail=HANDED_ON)
    if status in ("failed", "undelivered"):
        detail = f"Not delivered: {status}" + (f", error {error_code}" if error_code else "")
        return rows.update(outcome=Outcome.FAILED, detail=detail[:300])
    return 0
