"""Races on real PostgreSQL, with one connection per thread: the last seat taken by two
patients at once, and reminder dispatchers running side by side. Skipped on SQLite,
which serialises writers anyway; CI runs them on PostgreSQL."""

import threading
import time
from datetime import timedelta

import pytest
from django.core import mail
from django.db import connection, transaction
from django.utils import timezone

from groups import services
from groups.models import Enrollment, GroupReminder, GroupSession
from patients.models import Notification
from tests.conftest import skip_unless
from tests.groups.helpers import more_patients, schedule, seat

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def postgresql():
    skip_unless(
        connection.vendor == "postgresql",
        "needs PostgreSQL for row locks: set DATABASE_URL=postgres://... (CI does)",
    )


def _in_thread(target, results, errors):
    def run():
        try:
            results.append(target())
        except Exception as exc:  # reported by the test
            errors.append(exc)
        finally:
            connection.close()

    return threading.Thread(target=run)


def _wait_for_lock_waiters(count, timeout=10):
    """Until `count` other connections wait on a row lock."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(*) FROM pg_stat_activity "
                "WHERE datname = current_database() AND wait_event_type = 'Lock'"
            )
            if cursor.fetchone()[0] >= count:
                return
        time.sleep(0.05)
    raise AssertionError(f"{count} connections never waited on the lock")


def test_two_patients_taking_the_last_seat_at_once_one_gets_it_the_other_waits(postgresql, world):
    group_session = schedule(world, capacity=2)
    seat(group_session, more_patients(world, 1)[0])
    racers = [world.patient, world.other_patient]
    locked, release = threading.Event(), threading.Event()

    def hold_the_row():
        # Both enrolments start while another transaction holds the session's row, so
        # each counts seats only once it has the lock: without the lock both would
        # count one seat free and both would take it.
        with transaction.atomic():
            GroupSession.objects.select_for_update().get(pk=group_session.pk)
            locked.set()
            release.wait(10)

    results, errors = [], []
    holder = _in_thread(hold_the_row, [], errors)
    holder.start()
    assert locked.wait(10)
    threads = [
        _in_thread(
            lambda patient=patient: services.enrollment_create(
                acting_user=patient.user, group_session=group_session, patient=patient
            ),
            results,
            errors,
        )
        for patient in racers
    ]
    for thread in threads:
        thread.start()
    _wait_for_lock_waiters(2)
    release.set()
    for thread in [holder, *threads]:
        thread.join(20)

    assert errors == []
    statuses = sorted(
        Enrollment.objects.filter(group_session=group_session, patient__in=racers).values_list(
            "status", "waitlist_position"
        )
    )
    assert statuses == [("confirmed", None), ("waitlisted", 1)]
    assert group_session.enrollments.filter(status="confirmed").count() == 2


def test_a_seat_freed_while_another_patient_enrols_is_never_given_twice(postgresql, world):
    group_session = schedule(world, capacity=1)
    holder, waiting, newcomer = more_patients(world, 3)
    held = seat(group_session, holder)
    seat(group_session, waiting)
    start = threading.Barrier(2)

    def give_up():
        start.wait(5)
        return services.enrollment_withdraw(acting_user=holder.user, enrollment=held)

    def enrol():
        start.wait(5)
        return services.enrollment_create(
            acting_user=newcomer.user, group_session=group_session, patient=newcomer
        )

    results, errors = [], []
    threads = [_in_thread(give_up, results, errors), _in_thread(enrol, results, errors)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(20)

    assert errors == []
    confirmed = list(
        group_session.enrollments.filter(status="confirmed").values_list("patient_id", flat=True)
    )
    assert confirmed == [waiting.pk]
    assert group_session.enrollments.get(patient=newcomer).status == "waitlisted"


def _due_reminders(world, count):
    group_session = schedule(world, capacity=count, hours_ahead=30)
    for patient in more_patients(world, count):
        seat(group_session, patient)
    GroupReminder.objects.filter(kind="24h").update(due_at=timezone.now() - timedelta(minutes=1))
    return group_session


def test_two_dispatchers_racing_send_each_reminder_once(postgresql, world):
    _due_reminders(world, 30)
    start = threading.Barrier(2)

    def dispatch():
        start.wait(5)
        return services.group_reminders_dispatch_due()

    results, errors = [], []
    threads = [_in_thread(dispatch, results, errors) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)

    assert errors == []
    assert sum(results) == 30
    assert GroupReminder.objects.filter(kind="24h", status="sent").count() == 30
    keys = list(
        Notification.objects.filter(dedupe_key__contains=":reminder:24h:").values_list(
            "user_id", flat=True
        )
    )
    assert len(keys) == len(set(keys)) == 30
    assert len(mail.outbox) == 30


def test_a_dispatcher_skips_reminders_another_holds_instead_of_waiting(postgresql, world):
    _due_reminders(world, 2)
    locked, release = threading.Event(), threading.Event()

    def hold_the_reminders():
        with transaction.atomic():
            list(GroupReminder.objects.select_for_update().filter(kind="24h"))
            locked.set()
            release.wait(10)

    errors = []
    holder = _in_thread(hold_the_reminders, [], errors)
    holder.start()
    assert locked.wait(10)
    try:
        assert services.group_reminders_dispatch_due() == 0
    finally:
        release.set()
        holder.join(10)

    assert errors == []
    assert services.group_reminders_dispatch_due() == 2
    assert services.group_reminders_dispatch_due() == 0
    assert len(mail.outbox) == 2
