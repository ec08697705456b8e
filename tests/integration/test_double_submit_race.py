"""Two submissions of one answer racing on PostgreSQL: the second's insert waits on the
first's row under the unique (patient, idempotency key) index, and when the first
commits it returns that entry instead of a second one. One entry, one alert."""

import threading
import time
from datetime import UTC, datetime

import pytest
import time_machine
from django.db import connection, connections, transaction

from journals import services
from journals.models import JournalEntry
from patients.models import SafetyAlert
from tests.conftest import skip_unless
from tests.journals.helpers import CRISIS_WORDS

pytestmark = pytest.mark.django_db(transaction=True)

KEY = "0b7e3c52-race"


@pytest.fixture(autouse=True)
def clock():
    with time_machine.travel(datetime(2026, 12, 8, 15, 0, tzinfo=UTC), tick=False):
        yield


def _waiting_on_a_lock() -> int:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity "
            "WHERE datname = current_database() AND wait_event_type = 'Lock'"
        )
        return cursor.fetchone()[0]


def _until(condition, what, timeout=10.0):
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"Timed out waiting until {what}")
        time.sleep(0.02)


def test_a_second_submission_racing_the_first_returns_its_entry(world):
    skip_unless(connection.vendor == "postgresql", "needs PostgreSQL: set DATABASE_URL")
    patient = world.patient.user
    inserted, release = threading.Event(), threading.Event()
    results, errors = {}, []

    def first():
        try:
            with transaction.atomic():
                results["first"] = services.entry_create(
                    acting_user=patient, text=CRISIS_WORDS, idempotency_key=KEY
                )
                inserted.set()
                release.wait(10)
        except Exception as error:  # reported by the assertions below
            errors.append(error)
        finally:
            connections.close_all()

    def second():
        inserted.wait(10)
        try:
            results["second"] = services.entry_create(
                acting_user=patient, text=CRISIS_WORDS, idempotency_key=KEY
            )
        except Exception as error:  # reported by the assertions below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    try:
        _until(lambda: _waiting_on_a_lock() >= 1, "the second insert waits on the first")
    finally:
        release.set()
        for thread in threads:
            thread.join(20)

    assert not errors
    assert results["second"].pk == results["first"].pk
    assert results["second"].replayed and not results["first"].replayed
    assert JournalEntry.objects.count() == 1
    assert SafetyAlert.objects.count() == 1
