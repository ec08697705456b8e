"""The alert re-send on real PostgreSQL, one connection per thread: a second beat started by
mistake never sends a round twice. Skipped on SQLite, which serialises writers anyway; CI
runs them on PostgreSQL."""

import threading
from datetime import timedelta

import pytest
from django.db import connection, transaction
from django.utils import timezone

from patients import services
from patients.models import AuditEvent, Notification, SafetyAlert
from tests.care_team.helpers import raise_alert
from tests.conftest import skip_unless

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def postgresql():
    skip_unless(
        connection.vendor == "postgresql",
        "needs PostgreSQL for row locks: set DATABASE_URL=postgres://... (CI does)",
    )


def _thread(target, results, errors):
    def run():
        try:
            results.append(target())
        except Exception as exc:  # reported by the test
            errors.append(exc)
        finally:
            connection.close()

    return threading.Thread(target=run)


def test_a_beat_skips_an_alert_another_beat_holds(postgresql, world):
    alert = raise_alert(world.patient)
    later = timezone.now() + timedelta(minutes=16)
    locked, release = threading.Event(), threading.Event()

    def hold():
        with transaction.atomic():
            SafetyAlert.objects.select_for_update().get(pk=alert.pk)
            locked.set()
            release.wait(10)

    errors = []
    holder = _thread(hold, [], errors)
    holder.start()
    assert locked.wait(10)
    try:
        assert services.alerts_resend_unacknowledged(now=later) == []
    finally:
        release.set()
        holder.join(10)

    assert services.alerts_resend_unacknowledged(now=later) == [alert.pk]
    assert errors == []


def test_two_beats_at_once_send_one_round(postgresql, world):
    alert = raise_alert(world.patient)
    later = timezone.now() + timedelta(minutes=16)
    start = threading.Barrier(2)
    results, errors = [], []

    def beat():
        start.wait(10)
        return services.alerts_resend_unacknowledged(now=later)

    threads = [_thread(beat, results, errors) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(20)

    assert errors == []
    assert sorted(sum(results, [])) == [alert.pk]
    alert.refresh_from_db()
    assert alert.send_count == 2
    assert (
        Notification.objects.filter(
            user=world.user("clinician"), dedupe_key=f"alert:{alert.pk}:2"
        ).count()
        == 1
    )


def test_two_at_once_acknowledge_once_and_both_calls_are_recorded(postgresql, world):
    alert = raise_alert(world.patient)
    start = threading.Barrier(2)
    results, errors = [], []

    def acknowledge(role, method):
        def run():
            start.wait(10)
            fresh = SafetyAlert.objects.select_related("patient").get(pk=alert.pk)
            services.alert_acknowledge(
                acting_user=world.user(role),
                alert=fresh,
                contact_method=method,
                contacted="patient",
            )
            return role

        return run

    threads = [
        _thread(acknowledge("coach", "phone"), results, errors),
        _thread(acknowledge("clinician", "sms"), results, errors),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(20)

    assert errors == []
    alert.refresh_from_db()
    assert alert.acknowledged_by in (world.user("coach"), world.user("clinician"))
    assert sorted(alert.contacts.values_list("method", flat=True)) == ["phone", "sms"]
    assert (
        AuditEvent.objects.filter(object_type="patients.safetyalert", action="update").count() == 1
    )
