"""Calendars: an .ics file per session and a private feed per person, read back with the
icalendar package. One instant for everyone; each page shows it in the viewer's zone."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from groups import services
from groups.models import CalendarFeedToken
from tests.factories import make_patient
from tests.groups.helpers import schedule, seat

ZONES = ["America/Los_Angeles", "Europe/Berlin", "Asia/Kolkata"]


def _events(response):
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return list(Calendar.from_ical(response.content).walk("VEVENT"))


@pytest.fixture
def circle(world):
    starts_at = (timezone.now() + timedelta(days=3)).replace(
        hour=17, minute=0, second=0, microsecond=0
    )
    return schedule(world, starts_at=starts_at, title="Evening circle")


def test_the_ics_gives_the_same_instant_to_viewers_in_three_zones(world, circle, client):
    for zone in ZONES:
        patient = make_patient(world.clinic, time_zone=zone, first_name=zone.split("/")[1])
        client.force_login(patient.user)

        (event,) = _events(client.get(reverse("group_calendar", args=[circle.pk])))
        page = client.get(reverse("group_detail", args=[circle.pk])).content.decode()

        assert event.decoded("dtstart") == circle.starts_at
        assert event.decoded("dtstart").utcoffset() == timedelta(0)
        assert event.decoded("dtend") == circle.starts_at + timedelta(minutes=90)
        local = circle.starts_at.astimezone(ZoneInfo(zone))
        assert f"{local:%a} {local.day} {local:%b, %H:%M}" in page, zone
        assert zone in page


def test_the_three_local_times_differ_as_the_zones_do(world, circle, client):
    shown = []
    for zone in ZONES:
        patient = make_patient(world.clinic, time_zone=zone)
        client.force_login(patient.user)
        page = client.get(reverse("group_detail", args=[circle.pk])).content.decode()
        local = circle.starts_at.astimezone(ZoneInfo(zone))
        shown.append(local.strftime("%H:%M"))
        assert local.strftime("%H:%M") in page
    assert len(set(shown)) == 3


def test_the_event_is_stable_and_marks_a_cancellation(world, circle, client):
    seat(circle, world.patient)
    client.force_login(world.patient.user)
    url = reverse("group_calendar", args=[circle.pk])
    (before,) = _events(client.get(url))

    services.group_session_cancel(acting_user=world.user("coach"), group_session=circle)
    (after,) = _events(client.get(url))

    assert str(before["uid"]) == str(after["uid"]) == f"group-session-{circle.pk}@testserver"
    assert str(before["status"]) == "CONFIRMED"
    assert str(after["status"]) == "CANCELLED"
    assert int(after["sequence"]) > int(before["sequence"])
    assert str(after["summary"]) == "Evening circle"
    assert str(after["location"]) == "Garden room"


def test_a_video_link_is_in_the_file_only_for_those_with_a_seat(world, client):
    circle = schedule(world, place_kind="video", room="", video_url="https://video.example/c1")
    seat(circle, world.patient)
    url = reverse("group_calendar", args=[circle.pk])

    client.force_login(world.patient.user)
    (seated,) = _events(client.get(url))
    client.force_login(world.other_patient.user)
    (not_seated,) = _events(client.get(url))

    assert str(seated["location"]) == "https://video.example/c1"
    assert "video.example" not in client.get(url).content.decode()
    assert "link goes to those enrolled" in str(not_seated["location"])


def _feed(client, token):
    client.logout()
    return client.get(reverse("calendar_feed_ics", args=[token]))


def test_the_private_feed_carries_only_the_persons_seats(world, client):
    mine = schedule(world, title="My circle")
    waiting_for = schedule(world, title="Full circle", capacity=1)
    schedule(world, title="Not mine")
    seat(mine, world.patient)
    seat(waiting_for, world.other_patient)
    seat(waiting_for, world.patient)  # waitlisted: not in the calendar
    token = services.calendar_feed_token_rotate(acting_user=world.patient.user)

    events = _events(_feed(client, token.token))

    assert [str(e["summary"]) for e in events] == ["My circle"]
    assert events[0].decoded("dtstart") == mine.starts_at.astimezone(UTC)


def test_a_facilitators_feed_carries_the_sessions_they_lead(world, client):
    schedule(world, title="Led by Cody", by="coach")
    schedule(world, title="Led by Olga", by="other_coach")
    token = services.calendar_feed_token_rotate(acting_user=world.user("coach"))

    events = _events(_feed(client, token.token))

    assert [str(e["summary"]) for e in events] == ["Led by Cody"]
    assert f"/staff/groups/{events[0]['uid'].split('-')[2].split('@')[0]}/" in str(events[0]["url"])


def test_a_revoked_or_rotated_or_unknown_token_is_a_404(world, client):
    old = services.calendar_feed_token_rotate(acting_user=world.patient.user)
    new = services.calendar_feed_token_rotate(acting_user=world.patient.user)

    assert _feed(client, old.token).status_code == 404
    assert _feed(client, new.token).status_code == 200
    services.calendar_feed_token_revoke(acting_user=world.patient.user)
    assert _feed(client, new.token).status_code == 404
    assert _feed(client, "not-a-token").status_code == 404
    assert CalendarFeedToken.objects.filter(user=world.patient.user, revoked_at=None).count() == 0


def test_a_closed_account_opens_no_feed(world, client):
    token = services.calendar_feed_token_rotate(acting_user=world.patient.user)
    world.patient.user.is_active = False
    world.patient.user.save()

    assert _feed(client, token.token).status_code == 404


def test_the_feed_page_makes_and_turns_off_an_address(world, client):
    client.force_login(world.patient.user)
    url = reverse("calendar_feed")

    assert "Make my calendar address" in client.get(url).content.decode()
    client.post(url, {"action": "rotate"})
    token = CalendarFeedToken.objects.get(user=world.patient.user, revoked_at=None)
    page = client.get(url).content.decode()
    assert f"http://testserver/calendar/{token.token}.ics" in page
    assert f"webcal://testserver/calendar/{token.token}.ics" in page

    client.post(url, {"action": "revoke"})
    assert not CalendarFeedToken.objects.filter(user=world.patient.user, revoked_at=None).exists()


def test_dst_is_handled_in_the_file_by_writing_utc(world, client, time_machine):
    ny = ZoneInfo("America/New_York")
    first = datetime(2027, 3, 8, 18, 0, tzinfo=ny)
    # The feed lists sessions to come: read it before these have passed.
    time_machine.move_to(first - timedelta(days=5), tick=False)
    created = services.group_session_create(
        acting_user=world.user("coach"),
        weeks=2,
        title="Across the change",
        starts_at=first,
        place_kind="room",
        room="A",
        now=first - timedelta(days=10),
    )
    seat_time = first - timedelta(days=5)
    for group_session in created:
        seat(group_session, world.patient, now=seat_time)
    token = services.calendar_feed_token_rotate(acting_user=world.patient.user)

    events = _events(_feed(client, token.token))

    starts = sorted(e.decoded("dtstart") for e in events)
    assert [s.astimezone(ny).strftime("%H:%M") for s in starts] == ["18:00", "18:00"]
    assert [s.astimezone(UTC).hour for s in starts] == [23, 22]
