"""The group-session API: the same rules as the pages, field-level 400s, constant
query counts."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from groups.models import Enrollment, GroupSession
from tests.groups.helpers import more_patients, schedule, seat, starts_in


def _api(client, user):
    client.force_login(user)
    return client


def _future(days=3):
    return (timezone.now() + timedelta(days=days)).replace(second=0, microsecond=0)


def test_a_coach_creates_a_weekly_series_through_the_api(world, client):
    response = _api(client, world.user("coach")).post(
        reverse("group-session-list"),
        {
            "title": "API circle",
            "starts_at": _future().isoformat(),
            "capacity": 5,
            "place_kind": "video",
            "video_url": "https://video.example/api",
            "facilitators": [world.user("coach").pk, world.user("clinician").pk],
            "weeks": 3,
        },
        content_type="application/json",
    )

    assert response.status_code == 201, response.content
    data = response.json()
    assert data["seats_left"] == 5
    assert data["video_url"] == "https://video.example/api"
    assert {f["name"] for f in data["facilitators"]} == {"Cody Coach", "Cleo Clinician"}
    assert GroupSession.objects.filter(series_id=data["series_id"]).count() == 3
    listed = client.get(reverse("group-session-list"), {"series": data["series_id"]}).json()
    assert listed["count"] == 3


def test_bad_input_is_a_400_with_field_messages(world, client):
    api = _api(client, world.user("coach"))

    cases = [
        ({"title": "", "starts_at": _future().isoformat()}, "title"),
        ({"title": "x", "starts_at": "tomorrow"}, "starts_at"),
        ({"title": "x", "starts_at": _future(-1).isoformat()}, "starts_at"),
        ({"title": "x", "starts_at": _future().isoformat(), "place_kind": "room"}, "room"),
        (
            {
                "title": "x",
                "starts_at": _future().isoformat(),
                "room": "A",
                "facilitators": [world.user("other_clinician").pk],
            },
            "facilitators",
        ),
        ({"title": "x", "starts_at": _future().isoformat(), "room": "A", "weeks": 99}, "weeks"),
    ]
    for body, field in cases:
        response = api.post(reverse("group-session-list"), body, content_type="application/json")
        assert response.status_code == 400, body
        assert field in response.json(), (body, response.json())
    assert not GroupSession.objects.exists()


def test_a_patient_lists_sessions_with_seats_left_and_their_own_place_only(world, client):
    group_session = schedule(
        world, capacity=2, place_kind="video", room="", video_url="https://v.example/1"
    )
    seat(group_session, world.other_patient)

    before = _api(client, world.patient.user).get(reverse("group-session-list")).json()
    enrolled = client.post(reverse("group-session-enroll", args=[group_session.pk]))
    after = client.get(reverse("group-session-detail", args=[group_session.pk])).json()

    (listed,) = before["results"]
    assert listed["seats_left"] == 1
    assert listed["my_place"] is None
    assert listed["video_url"] is None
    assert enrolled.status_code == 201
    assert enrolled.json()["status"] == "confirmed"
    assert after["my_place"]["status"] == "confirmed"
    assert after["video_url"] == "https://v.example/1"
    assert "roster" not in after
    assert world.other_patient.user.first_name not in str(after)


def test_a_full_session_puts_the_api_patient_on_the_waitlist(world, client):
    group_session = schedule(world, capacity=1)
    seat(group_session, world.other_patient)

    response = _api(client, world.patient.user).post(
        reverse("group-session-enroll", args=[group_session.pk])
    )

    assert response.json() == {
        "id": response.json()["id"],
        "group_session": group_session.pk,
        "patient": world.patient.pk,
        "status": "waitlisted",
        "waitlist_place": 1,
    }
    again = client.post(reverse("group-session-enroll", args=[group_session.pk]))
    assert again.status_code == 400
    assert again.json() == {"non_field_errors": ["You are on the waitlist already."]}


def test_staff_must_say_which_patient(world, client):
    group_session = schedule(world)

    response = _api(client, world.user("coach")).post(
        reverse("group-session-enroll", args=[group_session.pk])
    )

    assert response.status_code == 400
    assert "patient" in response.json()


def test_withdrawing_through_the_api_promotes_the_first_waiting(world, client):
    group_session = schedule(world, capacity=1)
    seat(group_session, world.patient)
    seat(group_session, world.other_patient)

    response = _api(client, world.patient.user).post(
        reverse("group-session-withdraw", args=[group_session.pk])
    )

    assert response.json()["status"] == "withdrawn"
    assert Enrollment.objects.get(patient=world.other_patient).status == "confirmed"
    missing = client.post(reverse("group-session-withdraw", args=[group_session.pk]))
    assert missing.status_code == 400 and "patient" in missing.json()


def test_the_roster_and_attendance_through_the_api(world, client):
    group_session = schedule(world, capacity=1)
    mine = seat(group_session, world.patient)
    seat(group_session, world.other_patient)
    starts_in(group_session, timedelta(minutes=10))
    api = _api(client, world.user("coach"))

    roster = api.get(reverse("group-session-roster", args=[group_session.pk])).json()
    marked = api.post(
        reverse("group-session-attendance", args=[group_session.pk]),
        {"marks": [{"enrollment": mine.pk, "attendance": "present"}]},
        content_type="application/json",
    )
    bad = api.post(
        reverse("group-session-attendance", args=[group_session.pk]),
        {"marks": [{"enrollment": mine.pk, "attendance": "asleep"}]},
        content_type="application/json",
    )

    assert [(e["patient"]["name"], e["status"], e["waitlist_place"]) for e in roster] == [
        ("Pat Pattison", "confirmed", None),
        ("Quinn Other", "waitlisted", 1),
    ]
    assert marked.status_code == 200
    assert marked.json()[0]["attendance"] == "present"
    assert bad.status_code == 400 and "marks" in bad.json()


def test_a_patch_moves_a_session_and_cancel_cancels_it(world, client):
    group_session = schedule(world)
    api = _api(client, world.user("clinician"))
    new_start = _future(5)

    patched = api.patch(
        reverse("group-session-detail", args=[group_session.pk]),
        {"starts_at": new_start.isoformat(), "capacity": 9},
        content_type="application/json",
    )
    refused = api.patch(
        reverse("group-session-detail", args=[group_session.pk]),
        {"capacity": 0},
        content_type="application/json",
    )
    cancelled = api.post(reverse("group-session-cancel", args=[group_session.pk]))

    assert patched.status_code == 200
    assert patched.json()["capacity"] == 9
    assert refused.status_code == 400 and "capacity" in refused.json()
    assert cancelled.json()["status"] == "cancelled"
    again = api.post(reverse("group-session-cancel", args=[group_session.pk]))
    assert again.status_code == 400


def test_a_patient_cannot_change_a_session(world, client):
    group_session = schedule(world)

    response = _api(client, world.patient.user).patch(
        reverse("group-session-detail", args=[group_session.pk]),
        {"capacity": 1},
        content_type="application/json",
    )

    assert response.status_code == 404
    group_session.refresh_from_db()
    assert group_session.capacity == 6


def _count(client, url, django_assert_max_num_queries, limit=25):
    with django_assert_max_num_queries(limit) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_the_list_costs_the_same_queries_with_many_sessions(
    world, client, django_assert_max_num_queries
):
    for user in (world.patient.user, world.user("coach")):
        client.force_login(user)
        schedule(world)
        few = _count(client, reverse("group-session-list"), django_assert_max_num_queries)
        for n in range(6):
            group_session = schedule(world, hours_ahead=30 + n)
            seat(group_session, more_patients(world, 1)[0])
            if n % 2:
                seat(group_session, world.patient)
        many = _count(client, reverse("group-session-list"), django_assert_max_num_queries)
        assert many == few, user
        for group_session in GroupSession.objects.all():
            group_session.delete()


def test_the_roster_costs_the_same_queries_with_many_patients(
    world, client, django_assert_max_num_queries
):
    group_session = schedule(world, capacity=4)
    seat(group_session, world.patient)
    client.force_login(world.user("clinician"))
    url = reverse("group-session-roster", args=[group_session.pk])
    few = _count(client, url, django_assert_max_num_queries)
    for patient in more_patients(world, 10):
        seat(group_session, patient)

    assert _count(client, url, django_assert_max_num_queries) == few
