"""Input an attacker, a broken client or a pasted spreadsheet sends: a NUL byte, year
9999, 50,000 nested brackets, a title with a line break, control characters, a megabyte
of text, impossible weights and birth dates. Each is a 400 or a field error that says
what is wrong, nothing is stored, and nothing stored earlier breaks a later page.

Run with DATABASE_URL=postgres://... too: PostgreSQL is the database that refuses a NUL."""

from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from groups import services as group_services
from groups.models import GroupSession
from journals.models import JournalEntry
from sessions.models import DosingSession
from tests.groups.helpers import schedule, seat

NUL_MESSAGE = "NUL character"


def _api(client, user):
    client.force_login(user)
    return client


def _future(days=3):
    return (timezone.now() + timedelta(days=days)).replace(second=0, microsecond=0)


# NUL bytes -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "url"),
    [
        ("patient", "/journal/?q=%00"),
        ("clinician", "/staff/patients/?q=%00"),
        ("clinician", "/staff/patients/?q=ok&page=%00"),
        ("anonymous", "/calendar/%00.ics"),
        ("patient", "/journal/drafts/new%00/"),
    ],
)
def test_a_nul_in_a_url_is_a_400_that_says_so(world, client_for, role, url):
    response = client_for(world.user(role)).get(url)

    assert response.status_code == 400
    assert NUL_MESSAGE in response.content.decode()


def test_a_nul_in_an_api_query_is_a_400_with_a_detail(world, client_for):
    response = client_for(world.user("clinician")).get(
        reverse("journal-entry-list"), {"patient": "1\x00"}
    )

    assert response.status_code == 400
    assert NUL_MESSAGE in response.json()["detail"]


def test_a_nul_in_a_form_field_is_refused_and_nothing_is_saved(world, client_for):
    client = client_for(world.user("patient"))

    response = client.post(reverse("entry_create"), {"title": "Hi", "text": "one\x00two"})

    assert response.status_code == 400
    assert NUL_MESSAGE in response.content.decode()
    assert not JournalEntry.objects.exists()


def test_a_nul_in_a_json_string_is_a_400(world, client_for):
    client = client_for(world.user("patient"))

    response = client.post(
        reverse("journal-entry-list"),
        '{"text": "one\\u0000two"}',
        content_type="application/json",
    )

    assert response.status_code == 400
    assert "NUL" in response.json()["detail"]
    assert not JournalEntry.objects.exists()


def test_a_nul_in_a_session_cookie_is_a_400(world, client):
    client.cookies["sessionid"] = "abc\x00def"

    response = client.get(reverse("journal_list"))

    assert response.status_code == 400


# Deep JSON -------------------------------------------------------------------------------


def test_fifty_thousand_nested_brackets_are_a_400(world, client_for):
    client = client_for(world.user("patient"))

    response = client.post(
        reverse("journal-entry-list"), "[" * 50_000 + "]" * 50_000, content_type="application/json"
    )

    assert response.status_code == 400
    assert "nested" in response.json()["detail"]
    assert not JournalEntry.objects.exists()


def test_json_a_few_levels_deep_still_works(world, client_for):
    client = client_for(world.user("patient"))

    response = client.post(
        reverse("journal-entry-list"),
        {"text": "Walked by the sea.", "feelings": ["calm"]},
        content_type="application/json",
    )

    assert response.status_code == 201, response.content
    assert JournalEntry.objects.get().text == "Walked by the sea."


# Far dates -------------------------------------------------------------------------------


def _session_form(**overrides):
    started = timezone.localtime(timezone.now() - timedelta(hours=3))
    return {
        "setting": "in_clinic",
        "route": "iv_ketamine",
        "dose_mg": "35",
        "started_at": started.strftime("%Y-%m-%dT%H:%M"),
        "ended_at": "",
        "ready_to_leave_at": "",
        **overrides,
    }


@pytest.mark.parametrize(
    ("started_at", "message"),
    [
        ("9999-12-31T23:59", "Enter a date between 1900 and 2200."),
        ("1899-12-31T10:00", "Enter a date between 1900 and 2200."),
        ("2199-06-01T10:00", "Enter a time within the next 2 years."),
    ],
)
def test_a_far_date_in_the_session_form_is_a_field_error(world, client_for, started_at, message):
    client = client_for(world.user("clinician"))

    response = client.post(
        reverse("session_create", args=[world.patient.pk]), _session_form(started_at=started_at)
    )

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not DosingSession.objects.exists()


def test_a_session_more_than_five_years_back_is_a_field_error(world, client_for):
    client = client_for(world.user("clinician"))
    long_ago = timezone.localtime(timezone.now() - timedelta(days=6 * 366))

    response = client.post(
        reverse("session_create", args=[world.patient.pk]),
        _session_form(started_at=long_ago.strftime("%Y-%m-%dT%H:%M")),
    )

    assert "Enter a time within the last 5 years." in response.content.decode()
    assert not DosingSession.objects.exists()


@pytest.mark.parametrize("field", ["started_at", "ended_at", "ready_to_leave_at"])
def test_year_9999_in_the_session_api_is_a_400_on_its_field(world, client_for, field):
    client = client_for(world.user("clinician"))
    payload = {
        "patient": world.patient.pk,
        "route": "iv_ketamine",
        "dose_mg": "35",
        "started_at": (timezone.now() - timedelta(hours=3)).isoformat(),
        field: "9999-12-31T23:59:59+14:00",
    }

    response = client.post(reverse("dosing-session-list"), payload, content_type="application/json")

    assert response.status_code == 400
    assert field in response.json()
    assert not DosingSession.objects.exists()


def _group_form(**overrides):
    starts = timezone.localtime(timezone.now() + timedelta(days=2))
    data = {
        "title": "Weekly circle",
        "topic": "",
        "description": "",
        "starts_at": starts.strftime("%Y-%m-%dT18:00"),
        "duration_minutes": "90",
        "capacity": "6",
        "place_kind": "room",
        "room": "Garden room",
        "video_url": "",
        "weeks": "1",
    }
    return {**data, **overrides}


@pytest.mark.parametrize(
    ("starts_at", "message"),
    [
        ("9999-12-31T23:59", "Enter a date between 1900 and 2200."),
        ("2150-01-01T18:00", "Enter a time within the next 2 years."),
    ],
)
def test_a_far_date_in_the_group_form_is_a_field_error(world, client_for, starts_at, message):
    client = client_for(world.user("coach"))

    response = client.post(reverse("group_create"), _group_form(starts_at=starts_at, weeks="12"))

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not GroupSession.objects.exists()


def test_year_9999_in_the_group_api_is_a_400_and_a_move_there_too(world, client_for):
    client = client_for(world.user("coach"))
    payload = {
        "title": "Circle",
        "starts_at": "9999-12-31T23:59:00+14:00",
        "room": "A",
        "weeks": 3,
    }

    created = client.post(reverse("group-session-list"), payload, content_type="application/json")
    group_session = schedule(world)
    planned_start = group_session.starts_at
    moved = client.patch(
        reverse("group-session-detail", args=[group_session.pk]),
        {"starts_at": "9999-12-31T23:00:00Z"},
        content_type="application/json",
    )

    assert created.status_code == 400
    assert "starts_at" in created.json()
    assert moved.status_code == 400
    assert "starts_at" in moved.json()
    group_session.refresh_from_db()
    assert group_session.starts_at == planned_start
    assert GroupSession.objects.count() == 1


def test_an_old_session_still_saves_when_its_time_is_not_touched(world):
    from sessions import services

    started = timezone.now() - timedelta(days=2)
    session = services.session_create(
        acting_user=world.user("clinician"),
        patient=world.patient,
        route="iv_ketamine",
        dose_mg=35,
        started_at=started,
    )
    far_past = timezone.now() - timedelta(days=7 * 366)
    DosingSession.objects.filter(pk=session.pk).update(started_at=far_past)
    session.refresh_from_db()

    services.session_update(acting_user=world.user("clinician"), session=session, notes="Seen.")

    session.refresh_from_db()
    assert session.notes == "Seen."


# Group titles and calendars ----------------------------------------------------------------


def test_a_group_title_with_a_line_break_is_refused_by_form_and_api(world, client_for):
    client = client_for(world.user("coach"))

    form = client.post(reverse("group_create"), _group_form(title="Circle\r\nBEGIN:VEVENT"))
    api = client.post(
        reverse("group-session-list"),
        {"title": "Circle\nEND:VCALENDAR", "starts_at": _future().isoformat(), "room": "A"},
        content_type="application/json",
    )

    assert "Keep this to one line" in form.content.decode()
    assert api.status_code == 400
    assert "one line" in api.json()["title"][0]
    assert not GroupSession.objects.exists()


def test_a_stored_title_with_line_breaks_cannot_break_a_members_calendar(world, client):
    group_session = schedule(world, title="Circle")
    seat(group_session, world.patient)
    hostile = "Circle\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Injected\x07"
    # Written past validation, as a row saved before titles were checked would be.
    GroupSession.objects.filter(pk=group_session.pk).update(
        title=hostile, room="Room\r\n1", description="Line one\r\nLine two\x0b"
    )
    token = group_services.calendar_feed_token_rotate(acting_user=world.patient.user)

    response = client.get(reverse("calendar_feed_ics", args=[token.token]))

    assert response.status_code == 200
    body = b"".join(response.streaming_content) if response.streaming else response.content
    lines = body.split(b"\r\n")
    assert lines.count(b"BEGIN:VEVENT") == 1
    assert not any(line.startswith(b"SUMMARY:Injected") for line in lines)
    assert all(len(line) <= 75 for line in lines)
    events = Calendar.from_ical(body).walk("VEVENT")
    assert len(events) == 1
    assert str(events[0]["summary"]) == "Circle END:VEVENT BEGIN:VEVENT SUMMARY:Injected"
    assert "Line one\nLine two" in str(events[0]["description"])


# Control characters and lengths ----------------------------------------------------------


def test_control_characters_are_refused_but_line_breaks_and_tabs_kept(world, client_for):
    client = client_for(world.user("patient"))
    url = reverse("journal-entry-list")

    bell = client.post(url, {"text": "ring\x07"}, content_type="application/json")
    escape = client.post(
        url, {"title": "\x1b[31mred", "text": "x"}, content_type="application/json"
    )
    kept = client.post(
        url, {"text": "First line\r\nSecond\tline\n"}, content_type="application/json"
    )

    assert bell.status_code == 400
    assert "control character" in bell.json()["text"][0]
    assert escape.status_code == 400
    assert "title" in escape.json()
    assert kept.status_code == 201, kept.content
    assert JournalEntry.objects.get().text == "First line\r\nSecond\tline\n"


def test_a_megabyte_of_group_description_is_refused_with_its_cap(world, client_for):
    client = client_for(world.user("coach"))

    response = client.post(
        reverse("group-session-list"),
        {
            "title": "Circle",
            "starts_at": _future().isoformat(),
            "room": "A",
            "description": "x" * 1_000_000,
        },
        content_type="application/json",
    )

    assert response.status_code == 400
    assert "10000" in response.json()["description"][0]
    assert not GroupSession.objects.exists()


def test_a_long_dosing_intention_is_a_field_error_in_the_form(world, client_for):
    client = client_for(world.user("clinician"))

    response = client.post(
        reverse("session_create", args=[world.patient.pk]),
        _session_form(intention="I intend " * 300),
    )

    assert "at most 2000 characters" in response.content.decode()
    assert not DosingSession.objects.exists()


# Weight and date of birth ----------------------------------------------------------------


def _care_team_form(world, **overrides):
    patient = world.patient
    data = {
        "care_clinician": patient.care_clinician_id,
        "care_coach": patient.care_coach_id,
        "date_of_birth": "1980-05-01",
        "weight_kg": "70",
    }
    return {**data, **overrides}


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("weight_kg", "1.5", "at least 2 kg"),
        ("weight_kg", "400.1", "at most 400 kg"),
        ("weight_kg", "-70", "at least 2 kg"),
        ("date_of_birth", (date.today() + timedelta(days=400)).isoformat(), "in the past"),
        ("date_of_birth", "1890-01-01", "within the last 120 years"),
        ("date_of_birth", "9999-12-31", "in the past"),
    ],
)
def test_impossible_weights_and_birth_dates_are_field_errors(
    world, client_for, field, value, message
):
    client = client_for(world.user("clinician"))
    before = (world.patient.weight_kg, world.patient.date_of_birth)

    response = client.post(
        reverse("staff_patient_edit", args=[world.patient.pk]),
        _care_team_form(world, **{field: value}),
    )

    assert response.status_code == 200
    assert message in response.content.decode()
    world.patient.refresh_from_db()
    assert (world.patient.weight_kg, world.patient.date_of_birth) == before
