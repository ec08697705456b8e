"""Group times from the patients' side: where three or more patients' integration windows
overlap, a daytime group time inside the overlap, and a group scheduled from it in one
step, with its patients invited. Time is pinned: windows and hours follow the clock."""

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.contrib.messages import get_messages
from django.urls import reverse

from groups.models import GroupSession
from groups.selectors import group_time_suggestions_for
from groups.services_suggestions import group_session_from_suggestion
from patients.models import AuditEvent, Notification
from tests.factories import make_patient
from tests.group_suggestions.helpers import shared_window
from tests.sessions.helpers import record_session

# A Monday, 09:00 in New York, the clinic's zone.
MONDAY_9AM = datetime(2026, 3, 2, 14, 0, tzinfo=UTC)
NEW_YORK = ZoneInfo("America/New_York")


@pytest.fixture
def monday():
    with time_machine.travel(MONDAY_9AM, tick=False):
        yield MONDAY_9AM


def _local(moment):
    return moment.astimezone(NEW_YORK)


def test_three_patients_sharing_a_window_get_a_daytime_group_time_inside_it(world, monday):
    others = shared_window(world, hours_ago=3)

    (suggestion, *_) = group_time_suggestions_for(world.user("coach"))

    assert {p.pk for p in suggestion.patients} == {world.patient.pk, *(p.pk for p in others)}
    # Dosed at 06:00 local, the 72-hour windows overlap until Thursday 06:00.
    assert suggestion.overlap_ends_at == monday - timedelta(hours=3) + timedelta(hours=72)
    assert suggestion.overlap_starts_at <= suggestion.starts_at
    assert suggestion.ends_at <= suggestion.overlap_ends_at
    assert suggestion.starts_at >= monday + timedelta(hours=2)
    start, end = _local(suggestion.starts_at).time(), _local(suggestion.ends_at).time()
    assert time(10, 0) <= start and end <= time(19, 0)
    # The first such time: Monday 11:00, two hours' notice after 09:00.
    assert _local(suggestion.starts_at) == datetime(2026, 3, 2, 11, 0, tzinfo=NEW_YORK)
    assert suggestion.awake == 3


def test_two_patients_in_a_window_are_not_a_group(world, monday):
    shared_window(world, count=1)

    assert group_time_suggestions_for(world.user("coach")) == []


def test_windows_that_never_meet_suggest_nothing(world, monday):
    record_session(world, hours_ago=100)  # closed before the others opened
    others = [
        make_patient(world.clinic, coach=world.user("coach"), clinician=world.user("clinician"))
        for _ in range(2)
    ]
    for patient in others:
        record_session(world, patient=patient, hours_ago=3)

    assert group_time_suggestions_for(world.user("coach")) == []


def test_the_time_keeps_out_of_most_patients_quiet_hours(world, monday):
    # Two of the three sleep late: quiet until 14:00 in their zone.
    late_sleepers = {"quiet_start": time(22, 0), "quiet_end": time(14, 0)}
    shared_window(world, **late_sleepers)

    (suggestion, *_) = group_time_suggestions_for(world.user("coach"))

    assert _local(suggestion.starts_at).time() == time(14, 0)
    assert suggestion.awake == 3


def test_a_patient_in_another_zone_is_awake_by_their_own_clock(world, monday):
    # 11:00 in New York is 08:00 in Los Angeles: quiet hours end at 08:00 there.
    shared_window(world, count=2, time_zone="America/Los_Angeles", quiet_end=time(9, 0))

    (suggestion, *_) = group_time_suggestions_for(world.user("coach"))

    # 12:00 New York is 09:00 Los Angeles: the first time all three are awake.
    assert _local(suggestion.starts_at).time() == time(12, 0)


def test_a_coach_is_suggested_only_the_patients_on_their_care_team(world, monday):
    shared_window(world)
    record_session(world, patient=world.other_patient, hours_ago=3)

    (coachs,) = group_time_suggestions_for(world.user("coach"))
    (clinicians,) = group_time_suggestions_for(world.user("clinician"))

    assert world.other_patient not in coachs.patients
    assert world.other_patient in clinicians.patients
    assert group_time_suggestions_for(world.user("other_coach")) == []
    assert group_time_suggestions_for(world.user("therapist")) == []
    assert group_time_suggestions_for(world.user("other_clinician")) == []


def test_a_group_already_meeting_during_their_shared_window_is_no_new_suggestion(world, monday):
    shared_window(world)
    from tests.groups.helpers import schedule

    schedule(world, hours_ahead=28)

    assert group_time_suggestions_for(world.user("coach")) == []


def test_scheduling_a_suggestion_makes_the_group_and_invites_its_patients(world, monday):
    others = shared_window(world)
    (suggestion,) = group_time_suggestions_for(world.user("coach"))

    group_session, invited = group_session_from_suggestion(
        acting_user=world.user("coach"), key=suggestion.key, room="Garden room"
    )

    assert group_session.starts_at == suggestion.starts_at
    assert group_session.duration_minutes == 90
    assert group_session.room == "Garden room"
    assert list(group_session.facilitators.all()) == [world.user("coach")]
    assert set(invited) == {world.patient, *others}
    invitations = Notification.objects.filter(dedupe_key=f"group:{group_session.pk}:invited")
    assert {n.user_id for n in invitations} == {p.user_id for p in invited}
    audited = AuditEvent.objects.filter(
        actor=world.user("coach"),
        action=AuditEvent.Action.CREATE,
        object_type="groups.groupsession",
    )
    assert {e.patient_id for e in audited} == {p.pk for p in invited}
    # The group now meets in their shared window: nothing more to suggest.
    assert group_time_suggestions_for(world.user("coach")) == []


# The page ------------------------------------------------------------------------------


def test_the_page_names_who_would_be_invited_and_records_the_read(world, monday, client):
    others = shared_window(world)
    client.force_login(world.user("coach"))

    html = client.get(reverse("group_suggestions")).content.decode()

    for patient in [world.patient, *others]:
        assert str(patient) in html
    assert "Monday 2 March, 11:00" in html
    listed = AuditEvent.objects.filter(actor=world.user("coach"), action=AuditEvent.Action.LIST)
    assert {e.patient_id for e in listed} == {world.patient.pk, *(p.pk for p in others)}


def test_one_click_schedules_the_group_from_the_page(world, monday, client):
    shared_window(world)
    (suggestion,) = group_time_suggestions_for(world.user("coach"))
    client.force_login(world.user("coach"))

    page = client.get(reverse("group_suggestions")).content.decode()
    # The form comes filled in: a name for the group, and the clinic's last room if any.
    assert f'name="{suggestion.key}-title" value="Integration group"' in page
    response = client.post(
        reverse("group_suggestion_create", args=[suggestion.key]),
        {
            f"{suggestion.key}-title": "Integration group",
            f"{suggestion.key}-place_kind": "room",
            f"{suggestion.key}-room": "Garden room",
        },
    )

    group_session = GroupSession.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("group_staff", args=[group_session.pk])
    said = [str(m) for m in get_messages(response.wsgi_request)]
    assert said == ["Integration group is scheduled; 3 patients are invited."]


def test_a_missing_room_is_a_form_error_and_schedules_nothing(world, monday, client):
    shared_window(world)
    (suggestion,) = group_time_suggestions_for(world.user("coach"))
    client.force_login(world.user("coach"))

    response = client.post(
        reverse("group_suggestion_create", args=[suggestion.key]),
        {f"{suggestion.key}-title": "Circle", f"{suggestion.key}-place_kind": "room"},
    )

    assert response.status_code == 400
    assert "Say which room the group meets in." in response.content.decode()
    assert not GroupSession.objects.exists()


def test_a_suggestion_gone_since_is_a_404(world, monday, client):
    shared_window(world)
    client.force_login(world.user("coach"))

    response = client.post(
        reverse("group_suggestion_create", args=["20260302T1500Z"]),
        {
            "20260302T1500Z-title": "Circle",
            "20260302T1500Z-place_kind": "room",
            "20260302T1500Z-room": "Garden room",
        },
    )

    assert response.status_code == 404


def test_the_page_reads_a_constant_number_of_queries(
    world, monday, client, django_assert_max_num_queries
):
    shared_window(world, count=12)
    client.force_login(world.user("clinician"))

    with django_assert_max_num_queries(14):
        response = client.get(reverse("group_suggestions"))

    assert response.status_code == 200


# The API -------------------------------------------------------------------------------


def test_the_api_lists_suggestions_with_their_patients(world, monday, client):
    shared_window(world)
    client.force_login(world.user("coach"))

    (suggestion,) = client.get(reverse("api_group_suggestions")).json()

    assert datetime.fromisoformat(suggestion["starts_at"]) == monday + timedelta(hours=2)
    assert "Pat Pattison" in [p["name"] for p in suggestion["patients"]]
    assert suggestion["awake"] == 3


def test_the_api_schedules_a_suggestion_and_says_who_was_invited(world, monday, client):
    others = shared_window(world)
    client.force_login(world.user("clinician"))
    key = client.get(reverse("api_group_suggestions")).json()[0]["key"]

    response = client.post(
        reverse("api_group_suggestion_schedule", args=[key]),
        {"title": "Tuesday circle", "place_kind": "video", "video_url": "https://video.test/c"},
        content_type="application/json",
    )

    assert response.status_code == 201, response.content
    body = response.json()
    assert body["group_session"]["title"] == "Tuesday circle"
    assert body["group_session"]["video_url"] == "https://video.test/c"
    assert set(body["invited"]) == {world.patient.pk, *(p.pk for p in others)}


def test_the_api_refuses_a_video_group_without_its_link(world, monday, client):
    shared_window(world)
    client.force_login(world.user("coach"))
    key = client.get(reverse("api_group_suggestions")).json()[0]["key"]

    response = client.post(
        reverse("api_group_suggestion_schedule", args=[key]),
        {"place_kind": "video"},
        content_type="application/json",
    )

    assert response.status_code == 400
    assert response.json() == {"video_url": ["Give the link to the video call."]}
    assert not GroupSession.objects.exists()


def test_the_api_list_reads_a_constant_number_of_queries(
    world, monday, client, django_assert_max_num_queries
):
    shared_window(world, count=12)
    client.force_login(world.user("clinician"))

    with django_assert_max_num_queries(12):
        response = client.get(reverse("api_group_suggestions"))

    assert len(response.json()[0]["patients"]) == 13
