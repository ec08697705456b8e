"""One patient's sessions never overlap. A session takes its start to its end; one not yet
ended, three hours from its start. Cancelled sessions take no time; touching ends do not
overlap."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from sessions import services
from sessions.models import DosingSession

NOW = datetime(2026, 6, 10, 16, 0, tzinfo=UTC)
NEW_YORK = ZoneInfo("America/New_York")
HOUR = timedelta(hours=1)


@pytest.fixture(autouse=True)
def _pinned(time_machine):
    time_machine.move_to(NOW, tick=False)


def _record(world, start, end=None, patient=None, route="iv_ketamine", **fields):
    return services.session_create(
        acting_user=world.user("clinician"),
        patient=patient or world.patient,
        route=route,
        dose_mg=35,
        started_at=start,
        ended_at=end,
        **fields,
    )


def _form(start, end=None):
    def wall(moment):
        return moment.astimezone(NEW_YORK).strftime("%Y-%m-%dT%H:%M") if moment else ""

    return {
        "setting": "in_clinic",
        "route": "intranasal_esketamine",
        "dose_mg": "56",
        "lot_number": "NEW-1",
        "started_at": wall(start),
        "ended_at": wall(end),
    }


def test_the_form_refuses_an_overlapping_session_and_names_the_other_one(world, client):
    _record(world, NOW - 3 * HOUR, NOW - 2 * HOUR)
    client.force_login(world.user("clinician"))

    response = client.post(
        reverse("session_create", args=[world.patient.pk]),
        _form(NOW - 150 * timedelta(minutes=1), NOW - HOUR),
    )

    page = response.content.decode()
    assert response.status_code == 200
    # 13:00-14:00 UTC is 09:00-10:00 in New York, the clinic's zone.
    assert "overlaps the patient&#x27;s session of Wed 10 Jun 2026, 09:00–10:00" in page
    assert "IV ketamine infusion" in page
    assert 'value="NEW-1"' in page
    assert DosingSession.objects.count() == 1


def test_the_api_answers_400_naming_the_other_session(world, client):
    _record(world, NOW - 3 * HOUR, NOW - 2 * HOUR, route="im_ketamine")
    client.force_login(world.user("clinician"))

    response = client.post(
        reverse("dosing-session-list"),
        {
            "patient": world.patient.pk,
            "route": "iv_ketamine",
            "dose_mg": "35",
            "started_at": (NOW - 2.5 * HOUR).isoformat(),
            "ended_at": (NOW - 1.5 * HOUR).isoformat(),
        },
        content_type="application/json",
    )

    assert response.status_code == 400
    (message,) = response.json()["started_at"]
    assert "09:00–10:00" in message and "IM ketamine" in message
    assert DosingSession.objects.count() == 1


def test_a_session_not_yet_ended_takes_three_hours(world):
    _record(world, NOW - 4 * HOUR)  # under way, no end recorded

    with pytest.raises(ValidationError, match="no end recorded yet"):
        _record(world, NOW - 2 * HOUR, NOW - HOUR)
    later = _record(world, NOW - HOUR, NOW - 0.5 * HOUR)

    assert later.pk


def test_sessions_that_touch_do_not_overlap(world):
    _record(world, NOW - 3 * HOUR, NOW - 2 * HOUR)

    assert _record(world, NOW - 2 * HOUR, NOW - HOUR).pk


def test_a_cancelled_session_takes_no_time(world):
    cancelled = _record(world, NOW - 3 * HOUR, NOW - 2 * HOUR)
    services.session_cancel(acting_user=world.user("clinician"), session=cancelled)

    assert _record(world, NOW - 3 * HOUR, NOW - 2 * HOUR).pk


def test_another_patients_session_is_no_obstacle(world):
    _record(world, NOW - 3 * HOUR, NOW - 2 * HOUR, patient=world.other_patient)

    assert _record(world, NOW - 3 * HOUR, NOW - 2 * HOUR).pk


def test_moving_a_session_onto_another_is_refused(world):
    _record(world, NOW - 3 * HOUR, NOW - 2 * HOUR)
    second = _record(world, NOW - HOUR, NOW - 0.5 * HOUR)

    with pytest.raises(ValidationError, match="09:00–10:00"):
        services.session_update(
            acting_user=world.user("clinician"), session=second, started_at=NOW - 2.5 * HOUR
        )

    second.refresh_from_db()
    assert second.started_at == NOW - HOUR


def test_ending_a_session_late_cannot_run_into_the_next(world):
    running = _record(world, NOW - 5 * HOUR)
    _record(world, NOW - HOUR, NOW - 0.5 * HOUR)

    with pytest.raises(ValidationError, match="overlaps"):
        services.session_end(acting_user=world.user("clinician"), session=running, ended_at=NOW)

    assert services.session_end(
        acting_user=world.user("clinician"), session=running, ended_at=NOW - 2 * HOUR
    ).ended_at == (NOW - 2 * HOUR)


def test_editing_other_fields_of_an_old_overlap_is_not_blocked(world):
    """Rows from before the rule may overlap; fixing a typo in one must still work."""
    first = _record(world, NOW - 3 * HOUR, NOW - 2 * HOUR)
    second = _record(world, NOW - HOUR, NOW - 0.5 * HOUR)
    DosingSession.objects.filter(pk=second.pk).update(started_at=NOW - 2.5 * HOUR)

    services.session_update(acting_user=world.user("clinician"), session=first, lot_number="X")

    first.refresh_from_db()
    assert first.lot_number == "X"
