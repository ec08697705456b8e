"""Every page, API and export tells the same window: the clinician dashboard and its API,
the sessions API, the staff patient page, group suggestions and "groups during your
window", the patient's Today and their export. Older sessions, which do not keep their
window's length, take their program's everywhere alike."""

import json
from datetime import UTC, datetime, timedelta

import pytest
from django.urls import reverse
from django.utils.dateparse import parse_datetime

from groups.selectors import group_sessions_during_window_for, invite_suggestions_for
from patients.summary import summary_rebuild
from sessions.models import DosingSession, IntegrationProgram
from sessions.windows import session_window
from tests.factories import make_patient
from tests.groups.helpers import schedule
from tests.sessions.helpers import record_session

HOUR = timedelta(hours=1)
# Monday 2 March 2026, noon in New York, the clinic's and the patient's zone.
ENDED = datetime(2026, 3, 2, 17, 0, tzinfo=UTC)
NOW = ENDED + 30 * HOUR


def _kept(world):
    """A session that keeps the 72 hours it was scheduled with."""
    return 72


def _older_with_own_program(world):
    DosingSession.objects.update(window_hours=None)
    IntegrationProgram.objects.create(
        clinic=world.clinic, patient=world.patient, name="Two days", window_hours=48
    )
    return 48


def _older_with_clinic_default(world):
    DosingSession.objects.update(window_hours=None)
    IntegrationProgram.objects.filter(is_clinic_default=True).update(window_hours=96)
    return 96


@pytest.fixture(params=[_kept, _older_with_own_program, _older_with_clinic_default])
def window(request, world, time_machine):
    time_machine.move_to(ENDED, tick=False)
    session = record_session(world, hours_ago=0)
    hours = request.param(world)
    # Older sessions reach the summaries through the rebuild after migrating.
    summary_rebuild()
    time_machine.move_to(NOW, tick=False)
    session.refresh_from_db()
    return session, ENDED + hours * HOUR, -(-hours // 24)


def test_the_dashboard_and_its_api_tell_the_window(world, client, window):
    session, ends_at, days = window
    client.force_login(world.user("clinician"))

    (row,) = [
        r
        for r in client.get(reverse("api_dashboard")).json()["results"]
        if r["patient"] == world.patient.pk
    ]
    page = client.get(reverse("staff_dashboard")).content.decode()

    assert session_window(session).ends_at == ends_at
    assert parse_datetime(row["window_ends_at"]) == ends_at
    assert (row["in_window"], row["window_day"], row["window_days"]) == (True, 2, days)
    assert f"Day 2 of {days}" in page


def test_the_sessions_api_tells_the_window(world, client, window):
    session, ends_at, _days = window
    client.force_login(world.user("coach"))

    detail = client.get(reverse("dosing-session-detail", args=[session.pk])).json()
    (listed,) = client.get(reverse("dosing-session-list")).json()["results"]

    assert parse_datetime(detail["window_ends_at"]) == ends_at
    assert parse_datetime(listed["window_ends_at"]) == ends_at


def test_the_staff_patient_page_tells_the_window(world, client, window):
    _session, ends_at, days = window
    client.force_login(world.user("clinician"))

    body = client.get(reverse("staff_patient", args=[world.patient.pk])).content.decode()

    local_end = ends_at.astimezone(world.patient.zone)
    expected = f"In its window: day 2 of {days}, open until {local_end:%a} {local_end.day} "
    assert body.count(expected + f"{local_end:%b, %H:%M}.") == 2  # timeline and sessions


def test_groups_tell_the_window(world, window):
    _session, ends_at, _days = window
    group_session = schedule(world, hours_ahead=4, title="Evening circle")

    (during,) = group_sessions_during_window_for(world.patient)
    suggestions = invite_suggestions_for(world.user("clinician"), group_session)

    assert during.window_ends_at == ends_at
    assert [s.window_ends_at for s in suggestions if s.patient == world.patient] == [ends_at]


def test_groups_after_the_window_are_not_during_it(world, window):
    _session, ends_at, _days = window
    after = schedule(world, hours_ahead=(ends_at - NOW) / HOUR + 1, title="Too late")

    assert group_sessions_during_window_for(world.patient) == []
    assert not any(s.in_window for s in invite_suggestions_for(world.user("clinician"), after))


def test_today_and_the_export_tell_the_window(world, client, window):
    _session, ends_at, days = window
    client.force_login(world.patient.user)

    today = client.get(reverse("today"))
    exported = json.loads(client.get(reverse("export_json")).content)

    assert today.context["position"].ends_at == ends_at
    assert f"Day 2 of {days}" in today.content.decode()
    (session,) = exported["dosing_sessions"]
    assert parse_datetime(session["integration_window"]["ends_at"]) == ends_at


def _older_sessions(world, time_machine, count):
    for _ in range(count):
        patient = make_patient(
            world.clinic, clinician=world.user("clinician"), coach=world.user("coach")
        )
        time_machine.move_to(ENDED, tick=False)
        record_session(world, patient=patient, hours_ago=0)
    DosingSession.objects.update(window_hours=None)
    summary_rebuild()
    time_machine.move_to(NOW, tick=False)


@pytest.mark.parametrize("url_name", ["api_dashboard", "staff_dashboard", "dosing-session-list"])
def test_older_sessions_cost_no_query_per_row(
    world, client, time_machine, django_assert_max_num_queries, url_name
):
    def queries():
        client.force_login(world.user("clinician"))
        client.get(reverse("healthz"))  # the first request of a login settles the session
        with django_assert_max_num_queries(40) as captured:
            assert client.get(reverse(url_name)).status_code == 200
        return len(captured)

    _older_sessions(world, time_machine, 2)
    few = queries()

    _older_sessions(world, time_machine, 8)
    assert queries() == few
