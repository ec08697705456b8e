"""Each patient's summary row (PatientSummary), kept current by the services that change
what it shows, and the per-clinic version under which the dashboard caches its rows.

`summary_refresh(patient_ids)` recomputes the rows of those patients set-based: a handful
of grouped queries whatever the number of patients, then one upsert. Every service that
changes a figure calls it in its own transaction (ending a session, a prompt's status,
sharing a mood, an assessment, an alert), with all the patients of a batch at once.

patients/ knows only the alerts. The apps above it add their figures by registering a
source with `summary_source` in their AppConfig.ready (sessions: the latest session, its
window and prompts; journals: moods and PHQ-9), so imports still run one way.

When the rows of a clinic change, its version moves on after commit: the dashboard's cached
rows are keyed by it, so no one is shown rows older than the last committed change. The
version lives in the cache; a cache that is down or was emptied costs a recomputation,
never a stale row or a failed request.
"""

import logging
import time
from collections.abc import Callable, Iterable
from datetime import datetime

from django.core.cache import cache
from django.db import transaction
from django.db.models import Count, Q
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone

from .models import FollowUpAlert, Patient, PatientSummary, SafetyAlert, User

logger = logging.getLogger(__name__)

# A source takes the patient ids and now, and returns {patient_id: {field: value}} for the
# patients it has figures for; the others keep the defaults.
SummarySource = Callable[[list[int], datetime], dict[int, dict]]
_SOURCES: list[SummarySource] = []

FIELDS = [
    field.name
    for field in PatientSummary._meta.concrete_fields
    if field.name not in ("patient", "refreshed_at")
]
BATCH = 1_000


def summary_source(source: SummarySource) -> SummarySource:
    """Registers a function that adds figures to the summary rows (once per function)."""
    if source not in _SOURCES:
        _SOURCES.append(source)
    return source


def _defaults() -> dict:
    return {
        field.attname: field.get_default()
        for field in PatientSummary._meta.concrete_fields
        if field.name in FIELDS
    }


def _alert_rank(fields: dict) -> int:
    """The dashboard's first sort key: 2 with a safety alert no one has acknowledged, 1
    with one still open, 0 otherwise."""
    if fields["unacknowledged_alerts"]:
        return 2
    return 1 if fields["open_alerts"] else 0


def _alert_figures(patient_ids: list[int], now: datetime) -> dict[int, dict]:
    figures: dict[int, dict] = {}
    safety = (
        SafetyAlert.objects.filter(patient_id__in=patient_ids, resolved_at=None)
        .order_by()
        .values("patient_id")
        .annotate(open=Count("pk"), unacknowledged=Count("pk", filter=Q(acknowledged_at=None)))
    )
    for row in safety:
        figures[row["patient_id"]] = {
            "open_alerts": row["open"],
            "unacknowledged_alerts": row["unacknowledged"],
        }
    followups = (
        FollowUpAlert.objects.filter(patient_id__in=patient_ids, resolved_at=None)
        .order_by()
        .values("patient_id")
        .annotate(open=Count("pk"))
    )
    for row in followups:
        figures.setdefault(row["patient_id"], {})["open_followups"] = row["open"]
    return figures


def summary_refresh(patient_ids: Iterable[int], *, now: datetime | None = None) -> int:
    """Recomputes the summary rows of these patients; returns how many were written."""
    ids = sorted({int(pk) for pk in patient_ids if pk is not None})
    if not ids:
        return 0
    now = now or timezone.now()
    written = 0
    clinic_ids: set[int] = set()
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        # Patients deleted meanwhile have no row to write.
        rows = Patient.objects.filter(pk__in=chunk).values_list(
            "pk", "clinic_id", "user__last_name", "user__first_name"
        )
        clinics = {}
        values = {}
        for pk, clinic_id, last_name, first_name in rows:
            clinics[pk] = clinic_id
            values[pk] = {
                **_defaults(),
                "clinic_id": clinic_id,
                "sort_last_name": last_name,
                "sort_first_name": first_name,
            }
        chunk = [pk for pk in chunk if pk in clinics]
        for source in (_alert_figures, *_SOURCES):
            for pk, fields in source(chunk, now).items():
                if pk in values:
                    values[pk].update(fields)
        for fields in values.values():
            fields["alert_rank"] = _alert_rank(fields)
        PatientSummary.objects.bulk_create(
            [
                PatientSummary(patient_id=pk, refreshed_at=now, **fields)
                for pk, fields in values.items()
            ],
            update_conflicts=True,
            unique_fields=["patient"],
            update_fields=[*FIELDS, "refreshed_at"],
        )
        written += len(values)
        clinic_ids.update(clinics.values())
    # Moved now, so this transaction's own later reads miss the cache, and again after
    # commit, so rows another request cached from the old data meanwhile are left behind.
    summary_version_bump(clinic_ids)
    transaction.on_commit(lambda: summary_version_bump(clinic_ids))
    return written


def summary_rebuild(*, batch_size: int = BATCH) -> int:
    """Every patient's row, recomputed: for existing data, or to mend rows after a change
    that bypassed the services (a fix in the database, an import)."""
    written = 0
    ids = list(Patient.objects.order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(ids), batch_size):
        with transaction.atomic():
            written += summary_refresh(ids[start : start + batch_size])
    return written


def _version_key(clinic_id: int) -> str:
    return f"patient-summary-version:{clinic_id}"


def summary_version(clinic_id: int) -> int | None:
    """The clinic's current version of its summary rows; None when the cache cannot say,
    in which case nothing may be read from or written to the cache."""
    key = _version_key(clinic_id)
    try:
        version = cache.get(key)
        if version is None:
            # A fresh start (or an emptied cache) never meets rows cached under an old one.
            cache.add(key, time.time_ns(), timeout=None)
            version = cache.get(key)
    except Exception:  # the cache server is down: work without it
        logger.warning("Cache unavailable: the dashboard works without it", exc_info=True)
        return None
    return version


def summary_version_bump(clinic_ids: Iterable[int]) -> None:
    for clinic_id in clinic_ids:
        key = _version_key(clinic_id)
        try:
            try:
                cache.incr(key)
            except ValueError:  # not there: any new value leaves the old rows behind
                cache.set(key, time.time_ns(), timeout=None)
        except Exception:
            logger.warning("Cache unavailable: summary version not moved", exc_info=True)


def _roster_key(clinic_id: int) -> str:
    return f"patient-roster-version:{clinic_id}"


def roster_version(clinic_id: int) -> int | None:
    """The clinic's version of its roster: which patients it has and their care teams.
    It moves on whenever a patient is saved or deleted, so what depends on the roster
    only (the number of patients on the dashboard) can be kept across summary changes.
    None when the cache cannot say."""
    key = _roster_key(clinic_id)
    try:
        version = cache.get(key)
        if version is None:
            cache.add(key, time.time_ns(), timeout=None)
            version = cache.get(key)
    except Exception:
        logger.warning("Cache unavailable: the dashboard works without it", exc_info=True)
        return None
    return version


def roster_version_bump(clinic_ids: Iterable[int]) -> None:
    for clinic_id in clinic_ids:
        key = _roster_key(clinic_id)
        try:
            try:
                cache.incr(key)
            except ValueError:
                cache.set(key, time.time_ns(), timeout=None)
        except Exception:
            logger.warning("Cache unavailable: roster version not moved", exc_info=True)


def _roster_changed(clinic_ids: set[int]) -> None:
    # Now and after commit, as for the summary version.
    roster_version_bump(clinic_ids)
    transaction.on_commit(lambda: roster_version_bump(clinic_ids))


@receiver(post_delete, sender=Patient)
def _patient_deleted(sender, instance, **kwargs):
    _roster_changed({instance.clinic_id})


# The sort keys follow the patient's clinic and name wherever they change, with one
# query, outside the services too (the admin, the profile page). This module is loaded
# at start-up by the apps that register sources (sessions, journals).
@receiver(post_save, sender=Patient)
def _patient_saved(sender, instance, created, raw=False, **kwargs):
    if raw:
        return
    # A new patient, a move, a new care team: the clinic's roster (and, on a move, the
    # one the patient left, whose version also moves below) has changed.
    _roster_changed({instance.clinic_id})
    if created:
        # A new patient has nothing to show yet, but has a place on the dashboard.
        user = instance.user
        PatientSummary.objects.bulk_create(
            [
                PatientSummary(
                    patient_id=instance.pk,
                    clinic_id=instance.clinic_id,
                    sort_last_name=user.last_name,
                    sort_first_name=user.first_name,
                )
            ],
            ignore_conflicts=True,
        )
        clinic_ids = {instance.clinic_id}
        summary_version_bump(clinic_ids)
        transaction.on_commit(lambda: summary_version_bump(clinic_ids))
        return
    # One query for a save that moves nothing (a row without a clinic counts as moved).
    moved = (
        PatientSummary.objects.filter(patient_id=instance.pk)
        .exclude(clinic_id=instance.clinic_id)
        .values_list("patient_id", "clinic_id")
        .first()
    )
    if moved is None:
        return
    left = moved[1]
    # Moved to another clinic: both clinics' rows and rosters change.
    PatientSummary.objects.filter(patient_id=instance.pk).update(clinic_id=instance.clinic_id)
    clinic_ids = {instance.clinic_id, *([left] if left is not None else [])}
    _roster_changed(clinic_ids)
    summary_version_bump(clinic_ids)
    transaction.on_commit(lambda: summary_version_bump(clinic_ids))


@receiver(post_save, sender=User)
def _user_saved(sender, instance, created, raw=False, update_fields=None, **kwargs):
    if raw or created:
        return
    if update_fields is not None and not {"first_name", "last_name"} & set(update_fields):
        return
    PatientSummary.objects.filter(patient__user_id=instance.pk).exclude(
        sort_last_name=instance.last_name, sort_first_name=instance.first_name
    ).update(sort_last_name=instance.last_name, sort_first_name=instance.first_name)
