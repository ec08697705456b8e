"""The audit trail as JSON lines. Kept apart from patients.audit because logging is
configured before the models can be imported."""

import json
import logging


class AuditJsonFormatter(logging.Formatter):
    """One JSON object per line; a record without an audit event is kept as its message."""

    def format(self, record: logging.LogRecord) -> str:
        payload = getattr(record, "audit_event", None) or {"message": record.getMessage()}
        return json.dumps({"logger": record.name, **payload}, sort_keys=True)
