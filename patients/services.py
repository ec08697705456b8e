"""Every write about people: invitations, accounts, care teams, consent, and what the app
sends to people (the in-app inbox, email, and the delivery log of both)."""

import hashlib
import logging
import re
import time as clock
from datetime import timedelta

from allauth.account.models import EmailAddress
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import EmailMessage, get_connection, send_mail
from django.db import IntegrityError, InterfaceError, OperationalError, transaction
from django.db.models import F, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from .audit import audit_record
from .models import (
    CONSENT_VERSION,
    AlertContact,
    AuditEvent,
    ConsentRecord,
    Delivery,
    Invitation,
    Notification,
    Patient,
    SafetyAlert,
    StaffMembership,
    User,
)
from .phones import normalise_phones
from .selectors import (
    can_acknowledge_alert,
    can_edit_patient,
    can_resolve_alert,
    invitable_roles_for,
    membership_of,
)
from .summary import summary_refresh, summary_version_bump
from .zones import country_for_zone

logger = logging.getLogger(__name__)

# Seconds an urgent alert's email may wait on the SMTP server from the web process before
# it is left to the outbox sweep (the setting URGENT_EMAIL_TIMEOUT overrides it).
URGENT_EMAIL_TIMEOUT = 5


def absolute_url(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


@transaction.atomic
def invitation_create(
    *,
    acting_user,
    email: str,
    role: str,
    first_name: str = "",
    last_name: str = "",
    care_clinician=None,
    care_coach=None,
) -> Invitation:
    membership = membership_of(acting_user)
    if membership is None or role not in invitable_roles_for(acting_user):
        raise PermissionDenied("You cannot invite someone to that role.")
    email = email.strip().lower()
    if User.objects.filter(email__iexact=email).exists():
        raise ValidationError({"email": "Someone with this email already has an account."})
    for field, member, expected in (
        ("care_clinician", care_clinician, StaffMembership.Role.CLINICIAN),
        ("care_coach", care_coach, StaffMembership.Role.COACH),
    ):
        if (
            member is not None
            and not StaffMembership.objects.filter(
                user=member, clinic=membership.clinic, role=expected
            ).exists()
        ):
            raise ValidationError({field: "Choose someone on this clinic's staff."})
    invitation = Invitation(
        clinic=membership.clinic,
        email=email,
        role=role,
        first_name=first_name,
        last_name=last_name,
        care_clinician=care_clinician if role == Invitation.Role.PATIENT else None,
        care_coach=care_coach if role == Invitation.Role.PATIENT else None,
        invited_by=acting_user,
    )
    # The names are copied onto the account made from it: refuse what the account would.
    invitation.full_clean()
    invitation.save()
    link = absolute_url(reverse("invitation_accept", args=[invitation.token]))
    body = render_to_string(
        "patients/email/invitation.txt", {"invitation": invitation, "link": link}
    )
    transaction.on_commit(
        lambda: send_mail(
            f"{settings.ACCOUNT_EMAIL_SUBJECT_PREFIX}You are invited to {invitation.clinic}",
            body,
            None,
            [invitation.email],
        )
    )
    return invitation


@transaction.atomic
def invitation_accept(
    *,
    invitation: Invitation,
    password: str,
    first_name: str,
    last_name: str,
    time_zone: str = "",
    consent: bool = False,
) -> User:
    """Creates the invitee's account from a usable invitation. The email is verified: the
    invitee proved they read it by following the link."""
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if not invitation.is_usable:
        raise ValidationError("This invitation has been used or has expired.")
    if invitation.role == Invitation.Role.PATIENT and not consent:
        raise ValidationError({"consent": "Please read and agree to continue."})
    user = User.objects.create_user(
        email=invitation.email,
        password=password,
        first_name=first_name,
        last_name=last_name,
    )
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    if invitation.role == Invitation.Role.PATIENT:
        clinic = invitation.clinic
        zone = time_zone or clinic.time_zone
        patient = Patient.objects.create(
            user=user,
            clinic=clinic,
            time_zone=zone,
            # Crisis lines follow the country: someone who joins from abroad is not told
            # to call the clinic's national line.
            country=country_for_zone(zone, clinic_country=clinic.country),
            care_clinician=invitation.care_clinician,
            care_coach=invitation.care_coach,
        )
        consent_record(patient=patient)
    else:
        StaffMembership.objects.create(user=user, clinic=invitation.clinic, role=invitation.role)
    invitation.accepted_at = timezone.now()
    invitation.accepted_user = user
    invitation.save(update_fields=["accepted_at", "accepted_user"])
    return user


def consent_record(*, patient: Patient) -> ConsentRecord:
    return ConsentRecord.objects.create(
        patient=patient,
        version=CONSENT_VERSION,
        agreed_to_care=True,
        understands_sharing=True,
        understands_safety_alerts=True,
    )


@transaction.atomic
def patient_update(*, acting_user, patient: Patient, **changes) -> Patient:
    """Changes a patient's record or settings. `clean()` holds the rules (care team from
    this clinic, sane quiet hours); staff changes are audited. Phone numbers may come as
    typed: they are read in the patient's (new) country and stored in E.164."""
    if not can_edit_patient(acting_user, patient):
        raise PermissionDenied("You cannot change this patient.")
    errors = normalise_phones(changes, country=changes.get("country") or patient.country)
    if errors:
        raise ValidationError(errors)
    for field, value in changes.items():
        setattr(patient, field, value)
    patient.full_clean()
    patient.save()
    if acting_user.pk != patient.user_id:
        audit_record(actor=acting_user, patient=patient, action=AuditEvent.Action.UPDATE)
    # A name or care team shows on the dashboard's rows.
    transaction.on_commit(lambda: summary_version_bump([patient.clinic_id]))
    return patient


def notification_send(
    *,
    user,
    dedupe_key: str,
    title: str,
    body: str = "",
    url: str = "",
    urgent: bool = False,
    patient: Patient | None = None,
) -> Notification | None:
    """Puts an item in the user's inbox once per `dedupe_key`; a second call is a no-op
    and returns None. Logs the in-app delivery."""
    try:
        with transaction.atomic():
            notification = Notification.objects.create(
                user=user, dedupe_key=dedupe_key, title=title, body=body, url=url, urgent=urgent
            )
    except IntegrityError:
        return None
    Delivery.objects.create(
        user=user,
        patient=patient,
        dedupe_key=dedupe_key,
        channel=Delivery.Channel.IN_APP,
        outcome=Delivery.Outcome.SENT,
    )
    return notification


def email_claim(
    *, user, dedupe_key: str, subject: str, body: str, patient: Patient | None = None
) -> Delivery | None:
    """Puts the one email a (user, dedupe_key) may get in the outbox, as a pending row of
    the delivery log; None if it is there already. Claim inside the transaction that
    decides to send; deliver after it commits. A worker that dies between the two leaves
    the row pending, and `emails_send_pending` sends it later."""
    try:
        with transaction.atomic():
            return Delivery.objects.create(
                user=user,
                patient=patient,
                dedupe_key=dedupe_key,
                channel=Delivery.Channel.EMAIL,
                outcome=Delivery.Outcome.PENDING,
                subject=subject[:200],
                body=body,
            )
    except IntegrityError:
        return None


def email_message_id(*, user_id: int, dedupe_key: str) -> str:
    """The Message-ID of the one email a (user, dedupe key) gets, in make_msgid's shape
    (`<left@domain>`) but the same every time it is built: a re-send after a crash
    carries it again, so mail servers and clients that drop repeats drop it."""
    readable = re.sub(r"[^A-Za-z0-9-]+", ".", dedupe_key).strip(".")[:80]
    digest = hashlib.sha256(f"{user_id}:{dedupe_key}".encode()).hexdigest()[:12]
    return f"<{readable}.u{user_id}.{digest}@{settings.EMAIL_MESSAGE_ID_DOMAIN}>"


def email_deliver(*, delivery: Delivery, connection=None) -> bool:
    """Sends one outbox row and records the outcome.

    The row is leased first, with a committed conditional update pending -> "sending"
    (or, for a row a crash left "sending", a move of its time): of a worker and a sweep
    holding the same row, one sends. The message carries its stable Message-ID. The
    outcome is committed synchronously and, should the database connection drop just
    then, retried after a reconnect. A failure goes back to pending for a retry, until
    EMAIL_MAX_ATTEMPTS, then is marked failed for staff to see."""
    message_id = email_message_id(user_id=delivery.user_id, dedupe_key=delivery.dedupe_key)
    leased_at = timezone.now()
    resend = delivery.outcome == Delivery.Outcome.SENDING
    lease = Delivery.objects.filter(pk=delivery.pk, outcome=delivery.outcome, at=delivery.at)
    if delivery.outcome not in (Delivery.Outcome.PENDING, Delivery.Outcome.SENDING) or not (
        lease.update(outcome=Delivery.Outcome.SENDING, at=leased_at, message_id=message_id)
    ):
        return False
    delivery.outcome, delivery.at, delivery.message_id = (
        Delivery.Outcome.SENDING,
        leased_at,
        message_id,
    )
    if resend:
        logger.warning(
            "Email %s to user %s was left sending by a crash; sending it again with the "
            "same Message-ID %s (a possible duplicate)",
            delivery.dedupe_key,
            delivery.user_id,
            message_id,
        )
    attempts = delivery.attempts + 1
    try:
        EmailMessage(
            settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + delivery.subject,
            delivery.body,
            None,
            [delivery.user.email],
            connection=connection,
            headers={"Message-ID": message_id},
        ).send()
    except Exception as exc:  # an SMTP server can fail in many ways; all are logged
        logger.warning("Email %s to user %s failed: %s", delivery.dedupe_key, delivery.user_id, exc)
        gave_up = attempts >= settings.EMAIL_MAX_ATTEMPTS
        _email_outcome_record(
            delivery,
            outcome=Delivery.Outcome.FAILED if gave_up else Delivery.Outcome.PENDING,
            attempts=attempts,
            detail=str(exc)[:300],
        )
        return False
    detail = "Sent again after a crash: possibly a duplicate." if resend else ""
    _email_outcome_record(delivery, outcome=Delivery.Outcome.SENT, attempts=attempts, detail=detail)
    return True


# How long an email's outcome is retried over a dropped database connection before the
# row is left "sending" for the sweep (which sends it again, with the same Message-ID).
EMAIL_OUTCOME_RETRY_SECONDS = 30


def _email_outcome_record(delivery: Delivery, *, outcome, attempts: int, detail: str) -> None:
    """Commits an email's outcome, synchronously: an acknowledged commit that a database
    crash could lose would send the email again. Inside a caller's transaction nothing can
    be retried here; outside one, a dropped connection is reopened and the write retried."""
    deadline = clock.monotonic() + EMAIL_OUTCOME_RETRY_SECONDS
    pause = 0.2
    while True:
        try:
            Delivery.objects.filter(pk=delivery.pk, outcome=Delivery.Outcome.SENDING).update(
                outcome=outcome, attempts=attempts, at=timezone.now(), detail=detail
            )
            delivery.outcome, delivery.attempts = outcome, attempts
            return
        except (OperationalError, InterfaceError) as exc:
            database = transaction.get_connection()
            if database.in_atomic_block or clock.monotonic() > deadline:
                logger.warning(
                    "The outcome of email %s could not be recorded; it stays sending: %s",
                    delivery.dedupe_key,
                    exc,
                )
                raise
            logger.warning(
                "Recording the outcome of email %s failed, retrying after a reconnect: %s",
                delivery.dedupe_key,
                exc,
            )
            database.close()
            clock.sleep(pause)
            pause = min(pause * 2, 5)


def email_send(
    *, user, dedupe_key: str, subject: str, body: str, patient: Patient | None = None
) -> bool:
    """Claims and sends in one go, for callers outside a larger transaction."""
    delivery = email_claim(
        user=user, dedupe_key=dedupe_key, subject=subject, body=body, patient=patient
    )
    return delivery is not None and email_deliver(delivery=delivery)


def emails_send_pending(*, older_than: timedelta | None = None, now=None) -> int:
    """Sends the outbox's leftovers, over one SMTP connection: claims whose worker died
    before sending, sends that failed and wait for a retry, and rows a crash left
    "sending" (EMAIL_SENDING_STALE_AFTER), which go again with their Message-ID. Each
    send leases its row first (email_deliver), so two sweepers, or a sweep and a slow
    worker, never send the same row."""
    now = now or timezone.now()
    older_than = settings.EMAIL_RETRY_AFTER if older_than is None else older_than
    stale = max(older_than, settings.EMAIL_SENDING_STALE_AFTER)
    ids = list(
        Delivery.objects.filter(channel=Delivery.Channel.EMAIL)
        .filter(
            Q(outcome=Delivery.Outcome.PENDING, at__lte=now - older_than)
            | Q(outcome=Delivery.Outcome.SENDING, at__lte=now - stale)
        )
        .order_by("at", "pk")
        .values_list("pk", flat=True)[:500]
    )
    return emails_deliver(delivery_ids=ids, include_sending=True)


def _alert_recipients(patient: Patient) -> list:
    """The care team: the patient's clinician, coach and therapist, or every clinician of
    the clinic as well when the patient has no clinician of their own."""
    people = [patient.care_clinician, patient.care_coach]
    if patient.care_therapist_id:
        people.append(patient.care_therapist)
    if patient.care_clinician is None:
        people += [
            m.user
            for m in StaffMembership.objects.select_related("user").filter(
                clinic_id=patient.clinic_id, role=StaffMembership.Role.CLINICIAN
            )
        ]
    return list({person.pk: person for person in people if person is not None}.values())


def alert_raise(*, patient: Patient, kind: str, source, source_private: bool) -> SafetyAlert:
    """Raises an urgent alert in the caller's transaction: the alert, an urgent inbox item
    for each of the care team and their emails in the outbox all commit together, so a
    broker outage cannot lose them; the emails go out when the transaction commits, or
    with the next outbox sweep."""
    alert = SafetyAlert.objects.create(
        patient=patient,
        kind=kind,
        source_type=source._meta.label_lower,
        source_id=str(source.pk),
        source_private=source_private,
    )
    _alert_notify(alert=alert, recipients=_alert_recipients(patient))
    summary_refresh([patient.pk])
    return alert


def _alert_notify(*, alert: SafetyAlert, recipients, round_number: int = 1) -> None:
    url = reverse("alert_detail", args=[alert.pk])
    # The inbox is behind a login and may name the patient; an email shows on lock screens
    # and in previews, so it names no one and never says what was written.
    title = f"Urgent: safety alert for {alert.patient}"
    clinic = alert.patient.clinic
    subject = f"Urgent: a safety alert at {clinic}"
    body = render_to_string(
        "patients/email/safety_alert.txt",
        {"alert": alert, "clinic": clinic, "link": absolute_url(url), "round_number": round_number},
    )
    claims = []
    for person in recipients:
        key = f"alert:{alert.pk}:{round_number}"
        notification_send(
            user=person, dedupe_key=key, title=title, body=alert.summary, url=url, urgent=True
        )
        claim = email_claim(user=person, dedupe_key=key, subject=subject, body=body)
        if claim:
            claims.append(claim.pk)
    if claims:
        transaction.on_commit(lambda: _alert_emails_send_now(claims))


def _alert_emails_send_now(delivery_ids) -> None:
    """The crisis path never waits on the broker: right after the alert commits, this
    process sends its emails itself, over one SMTP connection with a short timeout
    (URGENT_EMAIL_TIMEOUT seconds). Each send leases its outbox row as a worker would;
    whatever is not sent stays pending for the outbox sweep. It never raises: the
    patient's words are saved, and the patient must get the answer with crisis help."""
    timeout = getattr(settings, "URGENT_EMAIL_TIMEOUT", URGENT_EMAIL_TIMEOUT)
    try:
        connection = get_connection(timeout=timeout)
        connection.open()
    except Exception as exc:  # SMTP down or unreachable: the sweep retries
        logger.warning("Urgent emails %s left for the outbox sweep: %s", delivery_ids, exc)
        return
    try:
        emails_deliver(delivery_ids=delivery_ids, connection=connection)
    except Exception:  # the rows stay pending; the sweep retries them
        logger.exception("Urgent emails %s left for the outbox sweep", delivery_ids)
    finally:
        try:
            connection.close()
        except Exception as exc:  # the emails went, or stay pending; either way, done
            logger.warning("Closing the SMTP connection failed: %s", exc)


def emails_deliver(*, delivery_ids, connection=None, include_sending=False) -> int:
    """Sends the given outbox rows that are still pending (and, for the sweep, those left
    sending), over one SMTP connection: the caller's, or one opened here."""
    outcomes = [Delivery.Outcome.PENDING]
    if include_sending:
        outcomes.append(Delivery.Outcome.SENDING)
    if not delivery_ids:
        return 0
    rows = list(
        Delivery.objects.select_related("user")
        .filter(pk__in=delivery_ids, outcome__in=outcomes)
        .order_by("at", "pk")
    )
    if not rows:
        return 0
    if connection is not None:
        return sum(email_deliver(delivery=row, connection=connection) for row in rows)
    connection = get_connection()
    try:
        connection.open()
    except Exception as exc:  # the server is down: each row records the failure below
        logger.warning("Opening the SMTP connection failed: %s", exc)
    try:
        return sum(email_deliver(delivery=row, connection=connection) for row in rows)
    finally:
        try:
            connection.close()
        except Exception as exc:  # the emails went, or stay pending; either way, done
            logger.warning("Closing the SMTP connection failed: %s", exc)


def notification_mark_read(*, user, notification_id: int) -> None:
    Notification.objects.filter(pk=notification_id, user=user, read_at=None).update(
        read_at=timezone.now()
    )


# The lifecycle of a safety alert ----------------------------------------------------------


def _contact_checked(contact_method: str, contacted: str, contact_note: str) -> dict | None:
    """Who was reached and how, if anyone: both or neither, from the lists offered."""
    contact_method, contacted = contact_method or "", contacted or ""
    contact_note = (contact_note or "").strip()
    errors = {}
    if contact_method and contact_method not in AlertContact.Method.values:
        errors["contact_method"] = "Choose how they were contacted from the list."
    if contacted and contacted not in AlertContact.Person.values:
        errors["contacted"] = "Choose who was contacted from the list."
    if contact_method and not contacted:
        errors["contacted"] = "Say who was contacted."
    if (contacted or contact_note) and not contact_method:
        errors["contact_method"] = "Say how they were contacted."
    if errors:
        raise ValidationError(errors)
    if not contact_method:
        return None
    return {"method": contact_method, "person": contacted, "note": contact_note}


def _contact_record(*, acting_user, alert: SafetyAlert, step: str, contact: dict | None):
    if contact is None:
        return None
    made = AlertContact.objects.create(alert=alert, made_by=acting_user, step=step, **contact)
    audit_record(
        actor=acting_user, patient=alert.patient, action=AuditEvent.Action.CREATE, obj=made
    )
    return made


@transaction.atomic
def alert_acknowledge(
    *,
    acting_user,
    alert: SafetyAlert,
    contact_method: str = "",
    contacted: str = "",
    contact_note: str = "",
) -> SafetyAlert:
    """Someone on the care team has seen the alert: its re-sends stop. Acknowledging an
    alert someone else acknowledged already changes nothing, but for a contact it names
    (who was reached, and how), which is recorded whoever clicked first: the next person
    to pick the alert up needs to know that call was made."""
    if not can_acknowledge_alert(acting_user, alert):
        if alert.resolved_at is not None:
            raise ValidationError("This alert is resolved already.")
        raise PermissionDenied("Only the patient's care team acknowledges their alerts.")
    contact = _contact_checked(contact_method, contacted, contact_note)
    updated = SafetyAlert.objects.filter(
        pk=alert.pk, acknowledged_at=None, resolved_at=None
    ).update(acknowledged_by=acting_user, acknowledged_at=timezone.now())
    alert.refresh_from_db()
    if updated:
        audit_record(
            actor=acting_user, patient=alert.patient, action=AuditEvent.Action.UPDATE, obj=alert
        )
        summary_refresh([alert.patient_id])
    elif alert.resolved_at is not None:
        raise ValidationError("This alert is resolved already.")
    _contact_record(
        acting_user=acting_user, alert=alert, step=AlertContact.Step.ACKNOWLEDGED, contact=contact
    )
    return alert


@transaction.atomic
def alert_resolve(
    *,
    acting_user,
    alert: SafetyAlert,
    resolution_note: str,
    contact_method: str = "",
    contacted: str = "",
    contact_note: str = "",
) -> SafetyAlert:
    """A clinician closes the alert, saying what was done and, if they reached someone,
    whom and how. Resolving acknowledges it too, if no one had."""
    if alert.resolved_at is not None:
        raise ValidationError("This alert is resolved already.")
    if not can_resolve_alert(acting_user, alert):
        raise PermissionDenied("The clinic's clinicians resolve safety alerts.")
    resolution_note = (resolution_note or "").strip()
    if not resolution_note:
        raise ValidationError(
            {"resolution_note": "Say what was done: who reached the patient, and the plan."}
        )
    contact = _contact_checked(contact_method, contacted, contact_note)
    now = timezone.now()
    updated = SafetyAlert.objects.filter(pk=alert.pk, resolved_at=None).update(
        resolved_by=acting_user, resolved_at=now, resolution_note=resolution_note
    )
    if not updated:
        raise ValidationError("This alert is resolved already.")
    SafetyAlert.objects.filter(pk=alert.pk, acknowledged_at=None).update(
        acknowledged_by=acting_user, acknowledged_at=now
    )
    alert.refresh_from_db()
    audit_record(
        actor=acting_user, patient=alert.patient, action=AuditEvent.Action.UPDATE, obj=alert
    )
    summary_refresh([alert.patient_id])
    _contact_record(
        acting_user=acting_user, alert=alert, step=AlertContact.Step.RESOLVED, contact=contact
    )
    return alert


def alerts_resend_unacknowledged(*, now=None, batch_size: int = 100) -> list[int]:
    """Sends again, to every clinician of the clinic and the patient's care team, each
    alert no one has acknowledged for ALERT_RESEND_AFTER. Each alert is claimed under a
    skipped row lock and moved on with a conditional update, so two beats never send a
    round twice; the round's number is in the dedupe keys, so each round reaches everyone
    once. Returns the ids of the alerts sent again."""
    now = now or timezone.now()
    with transaction.atomic():
        alerts = list(
            SafetyAlert.objects.select_for_update(skip_locked=True, of=("self",))
            .select_related(
                "patient__user",
                "patient__clinic",
                "patient__care_clinician",
                "patient__care_coach",
                "patient__care_therapist",
            )
            .filter(
                acknowledged_at=None,
                resolved_at=None,
                last_sent_at__lte=now - settings.ALERT_RESEND_AFTER,
            )
            .order_by("last_sent_at", "pk")[:batch_size]
        )
        if not alerts:
            return []
        clinicians: dict[int, list] = {}
        for membership in StaffMembership.objects.select_related("user").filter(
            clinic_id__in={alert.patient.clinic_id for alert in alerts},
            role=StaffMembership.Role.CLINICIAN,
        ):
            clinicians.setdefault(membership.clinic_id, []).append(membership.user)
        sent = []
        for alert in alerts:
            updated = SafetyAlert.objects.filter(
                pk=alert.pk,
                acknowledged_at=None,
                resolved_at=None,
                last_sent_at=alert.last_sent_at,
            ).update(last_sent_at=now, send_count=F("send_count") + 1)
            if not updated:
                continue
            alert.last_sent_at, alert.send_count = now, alert.send_count + 1
            patient = alert.patient
            people = [*clinicians.get(patient.clinic_id, []), patient.care_clinician]
            people += [patient.care_coach, patient.care_therapist]
            recipients = list({p.pk: p for p in people if p is not None}.values())
            _alert_notify(alert=alert, recipients=recipients, round_number=alert.send_count)
            sent.append(alert.pk)
    if sent:
        logger.warning("Safety alerts sent again, unacknowledged: %s", sent)
    return sent
