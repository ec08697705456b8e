"""A patient picks up to five habits and marks each with one tap a day, on their own
calendar: the day is the patient's, wherever the server or the clinic is."""

from datetime import UTC, date, datetime, timedelta

import pytest
import time_machine
from django.urls import reverse

from journals import services_habits as services
from journals.habits import HabitMark, PatientHabit, local_today
from tests.habits.helpers import habit_named, track

# 06:30 UTC on 10 March 2026 is 23:30 on 9 March in Los Angeles (daylight time since 8 March).
LATE_EVENING_IN_LA = datetime(2026, 3, 10, 6, 30, tzinfo=UTC)
SIX = ["Sleep", "Movement", "Time outdoors", "Time with someone", "Medication taken"]


def _pick(client, world, name):
    return client.post(reverse("habit_pick"), {"habit": habit_named(world.clinic, name).pk})


def test_a_patient_picks_five_habits_and_the_sixth_is_refused(world, client):
    client.force_login(world.patient.user)
    for name in SIX:
        assert _pick(client, world, name).status_code == 302

    response = _pick(client, world, "Creative practice")
    page = client.get(response["Location"]).content.decode()

    assert "You track 5 habits already" in page
    tracked = PatientHabit.objects.filter(patient=world.patient, stopped_at=None)
    assert sorted(tracked.values_list("habit__name", flat=True)) == sorted(SIX)


def test_the_api_names_the_field_when_a_sixth_habit_is_picked(world, client):
    client.force_login(world.patient.user)
    for name in SIX:
        track(world.patient, name)

    response = client.post(
        "/api/v1/habits/", {"habit": habit_named(world.clinic, "Creative practice").pk}
    )

    assert response.status_code == 400
    assert "5 habits already" in response.json()["habit"][0]


def test_another_clinics_habit_cannot_be_picked(world, client):
    client.force_login(world.patient.user)
    elsewhere = habit_named(world.other_clinic, "Sleep")

    response = client.post("/api/v1/habits/", {"habit": elsewhere.pk})

    assert response.status_code == 400
    assert "habit" in response.json()
    assert not PatientHabit.objects.filter(patient=world.patient).exists()


def test_stopping_keeps_the_marks_and_picking_again_takes_them_up(world):
    user = world.patient.user
    tracker = track(world.patient, "Movement")
    services.habit_mark(acting_user=user, tracker=tracker, done=True)

    services.habit_stop(acting_user=user, tracker=tracker)
    again = track(world.patient, "Movement")

    assert again.pk == tracker.pk and again.is_active
    assert again.marks.count() == 1


def test_a_tap_at_2330_in_los_angeles_counts_for_that_days_date(world, client):
    world.patient.time_zone = "America/Los_Angeles"
    world.patient.save()
    tracker = track(world.patient, "Time outdoors")
    client.force_login(world.patient.user)

    with time_machine.travel(LATE_EVENING_IN_LA, tick=False):
        response = client.post(reverse("habit_mark", args=[tracker.pk]), {"done": "yes"})

    assert response.status_code == 302
    mark = HabitMark.objects.get(tracker=tracker)
    assert mark.day == date(2026, 3, 9)
    assert mark.done is True


def test_an_hour_later_in_los_angeles_is_the_next_day(world):
    world.patient.time_zone = "America/Los_Angeles"
    tracker = track(world.patient, "Time outdoors")

    with time_machine.travel(LATE_EVENING_IN_LA + timedelta(hours=1), tick=False):
        mark = services.habit_mark(acting_user=world.patient.user, tracker=tracker, done=False)

    assert mark.day == date(2026, 3, 10)


def test_tapping_twice_in_a_day_keeps_one_mark_with_the_last_answer(world, client):
    tracker = track(world.patient, "Movement")
    client.force_login(world.patient.user)
    url = reverse("habit_mark", args=[tracker.pk])

    client.post(url, {"done": "yes"})
    client.post(url, {"done": "no"})

    assert list(HabitMark.objects.filter(tracker=tracker).values_list("done", flat=True)) == [False]


def test_taking_back_todays_mark_leaves_the_day_unmarked(world, client):
    tracker = track(world.patient, "Movement")
    client.force_login(world.patient.user)
    url = reverse("habit_mark", args=[tracker.pk])
    client.post(url, {"done": "yes"})

    client.post(url, {"clear": "on"})

    assert not HabitMark.objects.filter(tracker=tracker).exists()


def test_a_number_out_of_range_comes_back_with_the_number_and_the_reason(world, client):
    tracker = track(world.patient, "Sleep")
    client.force_login(world.patient.user)

    response = client.post(reverse("habit_mark", args=[tracker.pk]), {"value": "30"})

    assert response.status_code == 400
    body = response.content.decode()
    assert "Enter a number of hours from 0 to 24." in body
    assert 'value="30"' in body
    assert not HabitMark.objects.exists()


@pytest.mark.parametrize(
    ("value", "field"),
    [("abc", "value"), ("7.55", "value"), ("-1", "value"), ("25", "value")],
)
def test_the_api_refuses_a_bad_number_naming_the_field(world, client, value, field):
    tracker = track(world.patient, "Sleep")
    client.force_login(world.patient.user)

    response = client.post(f"/api/v1/habits/{tracker.pk}/marks/", {"value": value})

    assert response.status_code == 400
    assert field in response.json()
    assert not HabitMark.objects.exists()


def test_the_api_refuses_a_future_day_and_one_more_than_a_week_back(world, client):
    tracker = track(world.patient, "Movement")
    client.force_login(world.patient.user)
    today = local_today(world.patient)
    url = f"/api/v1/habits/{tracker.pk}/marks/"

    ahead = client.post(url, {"day": (today + timedelta(days=1)).isoformat(), "done": True})
    long_ago = client.post(url, {"day": (today - timedelta(days=8)).isoformat(), "done": True})
    last_week = client.post(url, {"day": (today - timedelta(days=7)).isoformat(), "done": True})

    assert ahead.status_code == 400 and "day" in ahead.json()
    assert long_ago.status_code == 400 and "day" in long_ago.json()
    assert last_week.status_code == 200
    assert list(HabitMark.objects.values_list("day", flat=True)) == [today - timedelta(days=7)]


def test_a_yes_no_habit_needs_an_answer(world, client):
    tracker = track(world.patient, "Movement")
    client.force_login(world.patient.user)

    response = client.post(f"/api/v1/habits/{tracker.pk}/marks/", {})

    assert response.status_code == 400
    assert "done" in response.json()


def test_the_api_lists_the_patients_habits_with_their_marks(world, client):
    tracker = track(world.patient, "Sleep")
    services.habit_mark(acting_user=world.patient.user, tracker=tracker, value="7.5")
    client.force_login(world.patient.user)

    data = client.get("/api/v1/habits/", {"days": 7}).json()

    assert data["days"] == 7
    assert data["today"] == local_today(world.patient).isoformat()
    [habit] = data["habits"]
    assert habit["habit"]["name"] == "Sleep"
    assert habit["marks"] == [{"day": data["today"], "done": None, "value": 7.5}]
    assert "Average 7.5 hours" in habit["summary"]


def test_a_patient_cannot_mark_another_patients_habit(world, client):
    tracker = track(world.other_patient, "Movement")
    client.force_login(world.patient.user)

    response = client.post(f"/api/v1/habits/{tracker.pk}/marks/", {"done": True})

    assert response.status_code == 404
    assert not HabitMark.objects.exists()
