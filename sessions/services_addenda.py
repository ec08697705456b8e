"""Corrections to signed dosing records. A signed record never changes; a clinician of the
clinic adds an addendum that says what was wrong, what the value should be, and why. The
original stays visible next to every correction."""

import copy
from datetime import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext

from patients.audit import audit_record
from patients.models import AuditEvent

from .models import DosingSession, SessionAddendum
from .selectors import can_record_sessions


def record_as_corrected(session: DosingSession, addenda) -> DosingSession:
    """An unsaved copy of the record with `addenda` applied in order: what the record
    says once corrected. Never saved; the signed row keeps the original."""
    corrected = copy.copy(session)
    for addendum in addenda:
        for name, value in addendum.corrected_values().items():
            setattr(corrected, name, value)
    return corrected


def _typed_corrections(corrected: DosingSession, corrections: dict) -> dict:
    """Each value checked against its field of the record (type, choices, limits)."""
    unknown = sorted(set(corrections) - set(SessionAddendum.CORRECTABLE_FIELDS))
    if unknown:
        raise ValidationError(
            {
                "corrections": gettext("Only the record's fields can be corrected, not %(fields)s.")
                % {"fields": ", ".join(unknown)}
            }
        )
    typed, errors = {}, {}
    for name, value in corrections.items():
        field = DosingSession._meta.get_field(name)
        try:
            typed[name] = field.clean(value, corrected)
        except ValidationError as error:
            errors[name] = error.messages
            continue
        if isinstance(typed[name], datetime) and timezone.is_naive(typed[name]):
            # A time without a zone is the clinician's wall clock, as on the form.
            typed[name] = timezone.make_aware(typed[name])
    if errors:
        raise ValidationError(errors)
    return typed


@transaction.atomic
def addendum_create(
    *, acting_user, session: DosingSession, reason: str, corrections: dict
) -> SessionAddendum:
    """Adds a correction to a signed record: only the values that differ from the record
    as corrected so far are kept, and the record as corrected must still hold together
    (an end after its start, and so on). Audited."""
    if not can_record_sessions(acting_user, session.patient):
        raise PermissionDenied(gettext("Only the clinic's clinicians correct dosing records."))
    # The row lock serialises addenda to one record, so each is checked against the last.
    session = (
        DosingSession.objects.select_for_update(of=("self",))
        .select_related("patient")
        .get(pk=session.pk)
    )
    if not session.is_signed:
        raise ValidationError(
            gettext("Only a signed record takes addenda; this one can still be edited directly.")
        )
    corrected = record_as_corrected(session, session.addenda.all())
    typed = _typed_corrections(corrected, corrections or {})
    changes = {name: value for name, value in typed.items() if value != getattr(corrected, name)}
    if not changes:
        raise ValidationError(
            {
                "corrections": gettext(
                    "Change at least one value: these are what the record says already."
                )
            }
        )
    for name, value in changes.items():
        setattr(corrected, name, value)
    corrected.clean()
    addendum = SessionAddendum(
        session=session,
        author=acting_user,
        reason=(reason or "").strip(),
        corrections={name: SessionAddendum.stored_value(value) for name, value in changes.items()},
    )
    addendum.full_clean()
    addendum.save()
    audit_record(
        actor=acting_user, patient=session.patient, action=AuditEvent.Action.CREATE, obj=addendum
    )
    return addendum
