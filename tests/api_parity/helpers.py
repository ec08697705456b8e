"""Builders for the API parity tests: records made through the services, as people make
them."""

from django.utils import timezone

from journals import services as journal_services
from patients.audit import audit_record
from patients.models import AuditEvent, Delivery, Notification
from tests.journals.helpers import write_entry
from tests.sessions.helpers import record_session

NOTICE_WORDS = "Heron-Inbox-5KT"
DELETED_WORDS = "Willow-Deleted-3PZ"
DELIVERY_KEY = "prompt:Kestrel-Delivery-8NM"


def notice(world, patient=None):
    patient = patient or world.patient
    return Notification.objects.create(
        user=patient.user, dedupe_key=f"test:{NOTICE_WORDS}", title=NOTICE_WORDS
    )


def deleted_entry(world):
    entry = write_entry(world.patient, title=DELETED_WORDS)
    return journal_services.entry_delete(acting_user=world.patient.user, entry=entry)


def commitment(world):
    session = record_session(world)
    return journal_services.commitment_add(
        acting_user=world.patient.user, session=session, text="A walk after lunch"
    )


def delivery(world, key=DELIVERY_KEY):
    return Delivery.objects.create(
        user=world.patient.user,
        patient=world.patient,
        dedupe_key=key,
        channel=Delivery.Channel.IN_APP,
        outcome=Delivery.Outcome.SENT,
        at=timezone.now(),
    )


def audited_read(world):
    return audit_record(
        actor=world.user("clinician"),
        patient=world.patient,
        action=AuditEvent.Action.VIEW,
        obj=world.patient,
    )
