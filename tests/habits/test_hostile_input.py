"""What a broken client or a pasted spreadsheet sends to the habit forms and endpoints: a
NUL byte, year 9999, a number with fifty digits, a day that is not a date. Each is a 400
naming the field, and nothing is stored."""

import pytest
from django.urls import reverse

from journals.habits import Habit, HabitMark
from tests.habits.helpers import track


@pytest.mark.parametrize(
    "body",
    [
        {"value": "7\x00"},
        {"value": "1" * 50},
        {"value": "NaN"},
        {"value": "Infinity"},
        {"day": "9999-12-31", "value": "7"},
        {"day": "0001-01-01", "value": "7"},
        {"day": "yesterday", "value": "7"},
    ],
)
def test_a_bad_mark_is_a_400_and_nothing_is_stored(world, client, body):
    tracker = track(world.patient, "Sleep")
    client.force_login(world.patient.user)

    api = client.post(f"/api/v1/habits/{tracker.pk}/marks/", body, content_type="application/json")
    page = client.post(reverse("habit_mark", args=[tracker.pk]), body)

    assert api.status_code == 400
    # A NUL never reaches the fields: the JSON parser refuses the body as a whole.
    assert set(api.json()) & {"value", "day", "detail"}
    assert page.status_code == 400
    assert not HabitMark.objects.exists()


@pytest.mark.parametrize(
    "fields",
    [
        {"name": "Swim\x00"},
        {"name": "Swim\nlong"},
        {"name": "x" * 500},
        {"name": "Steps", "kind": "number", "unit": "steps", "max_value": "1" * 40},
        {"name": "Steps", "order": "99999999"},
    ],
)
def test_a_bad_habit_is_a_form_error_and_nothing_is_stored(world, client, fields):
    client.force_login(world.user("clinic_admin"))
    body = {"kind": "yes_no", "order": 1, "active": "on", **fields}

    response = client.post(reverse("habit_settings"), body)

    assert response.status_code == 400
    assert (
        not Habit.objects.filter(name__startswith=fields["name"][:4])
        .exclude(name__in=["Sleep", "Movement"])
        .exists()
    )


def test_a_habit_id_out_of_range_is_a_400(world, client):
    client.force_login(world.patient.user)

    response = client.post("/api/v1/habits/", {"habit": 10**30})

    assert response.status_code == 400
    assert "habit" in response.json()
