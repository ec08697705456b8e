"""The append-only audit trail of staff reads and writes of health data.

Rows name who, whose record, what action, which object and which request; never the
content of what was read. Each row is also written, after it commits, as one JSON line to
the "audit" logger, so a collector outside the database keeps a copy nobody here can
rewrite.
"""

import logging
from collections.abc import Iterable

from django.db import transaction

from .client_ip import current_client_ip
from .models import AuditEvent, Patient
from .request_context import current_request_id

logger = logging.getLogger("audit")


def _object_type(obj) -> str:
    return obj._meta.label_lower if hasattr(obj, "_meta") else str(obj)


def _clinic_id(patient: Patient | None, obj) -> int | None:
    if patient is not None:
        return patient.clinic_id
    return getattr(obj, "clinic_id", None)


def audit_event_as_dict(event: AuditEvent) -> dict:
    """The fields a collector keeps: identifiers only, never a record's content."""
    return {
        "at": event.at.isoformat(),
        "actor_id": event.actor_id,
        "clinic_id": event.clinic_id,
        "patient_id": event.patient_id,
        "action": event.action,
        "object_type": event.object_type,
        "object_id": event.object_id,
        "request_id": event.request_id,
        "client_ip": event.client_ip,
    }


def _log_after_commit(events: list[AuditEvent]) -> None:
    # A row rolled back with its transaction never happened, so it is not logged either.
    payloads = [audit_event_as_dict(event) for event in events]

    def emit():
        for payload in payloads:
            logger.info("audit %s", payload["action"], extra={"audit_event": payload})

    transaction.on_commit(emit)


def audit_record(*, actor, patient: Patient | None, action: str, obj=None, object_type=""):
    event = AuditEvent.objects.create(
        actor=actor,
        clinic_id=_clinic_id(patient, obj),
        patient=patient,
        action=action,
        object_type=object_type or _object_type(obj if obj is not None else patient),
        object_id=str(getattr(obj, "pk", "") or ""),
        request_id=current_request_id.get(),
        client_ip=current_client_ip.get() or None,
    )
    _log_after_commit([event])
    return event


def audit_record_many(*, actor, rows: Iterable[tuple[Patient | None, object]], action: str):
    """One row per (patient, object) shown, in one insert: a list page costs one query."""
    request_id = current_request_id.get()
    client_ip = current_client_ip.get() or None
    events = AuditEvent.objects.bulk_create(
        AuditEvent(
            actor=actor,
            clinic_id=_clinic_id(patient, obj),
            patient=patient,
            action=action,
            object_type=_object_type(obj),
            object_id=str(obj.pk),
            request_id=request_id,
            client_ip=client_ip,
        )
        for patient, obj in rows
    )
    if events:
        _log_after_commit(events)
    return events
