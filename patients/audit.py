"""The append-only audit trail of staff reads and writes of health data.

Rows name who, whose record, what action, which object and which request; never the
content of what was read.
"""

from collections.abc import Iterable

from .models import AuditEvent, Patient
from .request_context import current_request_id


def _object_type(obj) -> str:
    return obj._meta.label_lower if hasattr(obj, "_meta") else str(obj)


def audit_record(*, actor, patient: Patient | None, action: str, obj=None, object_type=""):
    return AuditEvent.objects.create(
        actor=actor,
        clinic_id=patient.clinic_id if patient else None,
        patient=patient,
        action=action,
        object_type=object_type or _object_type(obj if obj is not None else patient),
        object_id=str(getattr(obj, "pk", "") or ""),
        request_id=current_request_id.get(),
    )


def audit_record_many(*, actor, rows: Iterable[tuple[Patient, object]], action: str):
    """One row per (patient, object) shown, in one insert: a list page costs one query."""
    request_id = current_request_id.get()
    AuditEvent.objects.bulk_create(
        AuditEvent(
            actor=actor,
            clinic_id=patient.clinic_id,
            patient=patient,
            action=action,
            object_type=_object_type(obj),
            object_id=str(obj.pk),
            request_id=request_id,
        )
        for patient, obj in rows
    )
