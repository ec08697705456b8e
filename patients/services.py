"""Every write about people: invitations, accounts, care teams, consent, and what the app
sends to people (the in-app inbox, email, and the delivery log of both)."""

import logging

from allauth.account.models import EmailAddress
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import get_connection, send_mail
from django.db import IntegrityError, transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from .audit import audit_record
from .channels import channels_send_now, urgent_alert_claims
from .languages import language_for
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

# The outbox has its own module; its services stay reachable from here.
from .outbox import email_claim, emails_deliver
from .outbox import email_deliver as email_deliver
from .outbox import email_message_id as email_message_id
from .outbox import email_send as email_send
from .outbox import emails_send_pending as emails_send_pending
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
        raise PermissionDenied(gettext("You cannot invite someone to that role."))
    email = email.strip().lower()
    if User.objects.filter(email__iexact=email).exists():
        raise ValidationError({"email": gettext("Someone with this email already has an account.")})
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
            raise ValidationError({field: gettext("Choose someone on this clinic's staff.")})
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
    # The invitee has no account, so no language of their own yet: the invitation goes
    # in the language the inviter is using.
    body = render_to_string(
        "patients/email/invitation.txt", {"invitation": invitation, "link": link}
    )
    subject = gettext("You are invited to %(clinic)s") % {"clinic": invitation.clinic}
    transaction.on_commit(
        lambda: send_mail(
            f"{settings.ACCOUNT_EMAIL_SUBJECT_PREFIX}{subject}",
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
        raise ValidationError(gettext("This invitation has been used or has expired."))
    if invitation.role == Invitation.Role.PATIENT and not consent:
        raise ValidationError({"consent": gettext("Please read and agree to continue.")})
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
        raise PermissionDenied(gettext("You cannot change this patient."))
    errors = normalise_phones(changes, country=changes.get("country") or patient.country)
    if errors:
        raise ValidationError(errors)
    # The language is the person's, kept on their account: pages, emails and texts follow it.
    language = changes.pop("language", None)
    for field, value in changes.items():
        setattr(patient, field, value)
    patient.full_clean()
    patient.save()
    if language is not None and language != patient.user.language:
        user_language_set(user=patient.user, language=language)
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
    clinic = alert.patient.clinic
    context = {
        "alert": alert,
        "clinic": clinic,
        "link": absolute_url(url),
        "round_number": round_number,
    }
    claims = []
    for person in recipients:
        key = f"alert:{alert.pk}:{round_number}"
        # Each of the care team reads it in their own language.
        with translation.override(language_for(person)):
            # The inbox is behind a login and may name the patient; an email shows on lock
            # screens and in previews, so it names no one and never says what was written.
            title = gettext("Urgent: safety alert for %(patient)s") % {"patient": alert.patient}
            subject = gettext("Urgent: a safety alert at %(clinic)s") % {"clinic": clinic}
            body = render_to_string("patients/email/safety_alert.txt", context)
            summary = alert.summary
        notification_send(
            user=person, dedupe_key=key, title=title, body=summary, url=url, urgent=True
        )
        claim = email_claim(user=person, dedupe_key=key, subject=subject, body=body)
        if claim:
            claims.append(claim.pk)
    if claims:
        transaction.on_commit(lambda: _alert_emails_send_now(claims))
    # Push and text messages too, to those who enabled them, sent from this process as well.
    key = f"alert:{alert.pk}:{round_number}"
    pushed_or_texted = urgent_alert_claims(
        recipients=recipients, dedupe_key=key, clinic=clinic, path=url
    )
    if pushed_or_texted:
        transaction.on_commit(lambda: channels_send_now(pushed_or_texted))


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
        errors["contact_method"] = gettext("Choose how they were contacted from the list.")
    if contacted and contacted not in AlertContact.Person.values:
        errors["contacted"] = gettext("Choose who was contacted from the list.")
    if contact_method and not contacted:
        errors["contacted"] = gettext("Say who was contacted.")
    if (contacted or contact_note) and not contact_method:
        errors["contact_method"] = gettext("Say how they were contacted.")
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
            raise ValidationError(gettext("This alert is resolved already."))
        raise PermissionDenied(gettext("Only the patient's care team acknowledges their alerts."))
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
        raise ValidationError(gettext("This alert is resolved already."))
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
        raise ValidationError(gettext("This alert is resolved already."))
    if not can_resolve_alert(acting_user, alert):
        raise PermissionDenied(gettext("The clinic's clinicians resolve safety alerts."))
    resolution_note = (resolution_note or "").strip()
    if not resolution_note:
        raise ValidationError(
            {
                "resolution_note": gettext(
                    "Say what was done: who reached the patient, and the plan."
                )
            }
        )
    contact = _contact_checked(contact_method, contacted, contact_note)
    now = timezone.now()
    updated = SafetyAlert.objects.filter(pk=alert.pk, resolved_at=None).update(
        resolved_by=acting_user, resolved_at=now, resolution_note=resolution_note
    )
    if not updated:
        raise ValidationError(gettext("This alert is resolved already."))
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


def user_language_set(*, user, language: str) -> None:
    """The language a person reads pages, emails and texts in; empty follows the browser."""
    if language not in {"", *(code for code, _name in settings.LANGUAGES)}:
        raise ValidationError({"language": gettext("Choose a language from the list.")})
    user.language = language
    user.save(update_fields=["language"])
