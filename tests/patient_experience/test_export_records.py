"""The export also holds each session's integration window, the debrief notes the care team
showed the patient, and the patient's places in group sessions with their attendance."""

import json
from datetime import UTC, datetime, timedelta

import pytest
from django.urls import reverse
from django.utils.dateparse import parse_datetime

from groups import services as group_services
from tests.care_team.helpers import write_note
from tests.groups.helpers import schedule, seat
from tests.sessions.helpers import record_session

HOUR = timedelta(hours=1)
# Monday 2 March 2026, noon in New York.
ENDED = datetime(2026, 3, 2, 17, 0, tzinfo=UTC)


@pytest.fixture
def records(world, time_machine):
    time_machine.move_to(ENDED, tick=False)
    session = record_session(world, hours_ago=0)
    write_note(session, text="You spoke about your father with great care.", visible=True)
    write_note(session, text="Follow up on sleep with the team.", visible=False)
    other_session = record_session(world, patient=world.other_patient, hours_ago=0)
    write_note(other_session, text="Quinn's note.", visible=True)

    attended = schedule(world, hours_ahead=24, title="Tuesday circle")
    seat_taken = seat(attended, world.patient)
    given_up = schedule(world, hours_ahead=48, title="Wednesday circle")
    group_services.enrollment_withdraw(
        acting_user=world.patient.user, enrollment=seat(given_up, world.patient)
    )
    seat(schedule(world, hours_ahead=30, title="Quinn's circle"), world.other_patient)
    time_machine.move_to(ENDED + 25 * HOUR, tick=False)
    group_services.attendance_mark(
        acting_user=world.user("clinician"),
        group_session=attended,
        marks={seat_taken.pk: "present"},
    )
    return session


def _json(client, world):
    client.force_login(world.patient.user)
    response = client.get(reverse("export_json"))
    assert response.status_code == 200
    return json.loads(response.content)


def test_the_json_export_holds_the_window_of_each_session(world, client, records):
    (session,) = _json(client, world)["dosing_sessions"]

    window = session["integration_window"]
    assert parse_datetime(window["starts_at"]) == ENDED
    assert parse_datetime(window["ends_at"]) == ENDED + 72 * HOUR
    assert window["hours"] == 72


def test_the_json_export_holds_only_the_notes_shown_to_the_patient(world, client, records):
    notes = _json(client, world)["debrief_notes"]

    assert [note["text"] for note in notes] == ["You spoke about your father with great care."]
    assert notes[0]["session_id"] == records.pk
    assert notes[0]["author"] == str(world.user("clinician"))
    assert parse_datetime(notes[0]["shown_to_you_at"]) == ENDED


def test_the_json_export_holds_the_patients_group_places_and_attendance(world, client, records):
    groups = _json(client, world)["group_sessions"]

    assert [(g["title"], g["status"], g["attendance"]) for g in groups] == [
        ("Tuesday circle", "confirmed", "present"),
        ("Wednesday circle", "withdrawn", None),
    ]
    assert parse_datetime(groups[0]["starts_at"]) == ENDED + 24 * HOUR
    assert groups[1]["withdrawn_at"] is not None


def test_the_printable_page_shows_the_window_notes_and_groups(world, client, records):
    client.force_login(world.patient.user)

    body = client.get(reverse("export_print")).content.decode()

    assert "until Thu 5 Mar 2026, 12:00 (72 hours)" in body
    assert "You spoke about your father with great care." in body
    assert "Follow up on sleep with the team." not in body
    assert "Quinn" not in body
    assert "Tuesday circle" in body and "Present" in body
    assert "Wednesday circle" in body and "Withdrawn" in body


def test_staff_never_see_the_notes_or_groups_through_the_export(world, client_for, records):
    for role in ("clinician", "coach", "clinic_admin"):
        response = client_for(world.user(role)).get(reverse("export_json"))
        assert response.status_code == 403


def _more(world, time_machine, count):
    for n in range(count):
        # A week after those made already: one patient's sessions never overlap.
        weeks = world.patient.dosing_sessions.count()
        time_machine.move_to(ENDED + (weeks + 1) * 24 * 7 * HOUR, tick=False)
        session = record_session(world, hours_ago=0)
        write_note(session, text=f"Note {n}", visible=True)
        seat(schedule(world, hours_ahead=24, title=f"Circle {n}"), world.patient)


@pytest.mark.parametrize("url_name", ["export_json", "export_print"])
def test_notes_and_groups_cost_no_query_per_row(
    world, client, time_machine, django_assert_max_num_queries, url_name
):
    def queries():
        # Logged in anew each time: the clock has moved on by weeks.
        client.force_login(world.patient.user)
        with django_assert_max_num_queries(30) as captured:
            assert client.get(reverse(url_name)).status_code == 200
        return len(captured)

    _more(world, time_machine, 1)
    few = queries()

    _more(world, time_machine, 4)
    assert queries() == few
