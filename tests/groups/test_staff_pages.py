"""The staff's side: scheduling in the browser's form, the roster as far as each role may
see it, invitations with patients in their window first, and pinned query counts."""

from datetime import timedelta
from zoneinfo import ZoneInfo

from django.urls import reverse
from django.utils import timezone

from groups.models import Enrollment, GroupSession
from patients.models import AuditEvent, Notification
from tests.factories import make_patient
from tests.groups.helpers import more_patients, schedule, seat, starts_in
from tests.sessions.helpers import record_session


def _get(client, user, name, *args, **params):
    client.force_login(user)
    response = client.get(reverse(name, args=args), params)
    assert response.status_code == 200
    return response.content.decode()


def world_zone():
    return ZoneInfo("America/New_York")


def _form(**overrides):
    starts = timezone.localtime(timezone.now() + timedelta(days=2), world_zone())
    data = {
        "title": "Weekly circle",
        "topic": "Integration",
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


def test_a_coach_schedules_a_weekly_series_from_the_form(world, client):
    client.force_login(world.user("coach"))

    response = client.post(
        reverse("group_create"),
        _form(weeks="6", facilitators=[world.user("coach").pk, world.user("other_coach").pk]),
        follow=True,
    )

    assert "Weekly circle scheduled: 6 weekly sessions." in response.content.decode()
    sessions = GroupSession.objects.order_by("starts_at")
    assert sessions.count() == 6
    # The form reads the time in the coach's zone (the clinic's): 18:00 in New York.
    assert {timezone.localtime(s.starts_at, world_zone()).hour for s in sessions} == {18}
    assert set(sessions[0].facilitators.all()) == {world.user("coach"), world.user("other_coach")}


def test_bad_form_input_re_renders_with_field_errors_and_values_kept(world, client):
    client.force_login(world.user("coach"))

    response = client.post(reverse("group_create"), _form(room="", capacity="0", title="Kept"))

    body = response.content.decode()
    assert response.status_code == 200
    assert "Say which room the group meets in." in body
    assert 'value="Kept"' in body
    assert "greater than or equal to 1" in body
    assert not GroupSession.objects.exists()


def test_a_time_in_the_past_is_a_field_error(world, client):
    client.force_login(world.user("clinician"))

    response = client.post(reverse("group_create"), _form(starts_at="2020-01-01T10:00"))

    assert "Choose a time in the future." in response.content.decode()


def test_a_coach_changes_a_session_and_those_enrolled_are_told(world, client):
    group_session = schedule(world)
    seat(group_session, world.patient)
    client.force_login(world.user("other_coach"))
    data = _form(room="Blue room", facilitators=[world.user("coach").pk])
    data.pop("weeks")
    data["starts_at"] = timezone.localtime(group_session.starts_at).strftime("%Y-%m-%dT%H:%M")

    response = client.post(reverse("group_edit", args=[group_session.pk]), data, follow=True)

    assert "Session updated." in response.content.decode()
    group_session.refresh_from_db()
    assert group_session.room == "Blue room"
    assert Notification.objects.filter(
        user=world.patient.user, title__startswith="Changed"
    ).exists()


def test_the_facilitator_sees_the_roster_and_waitlist_in_order(world, client):
    group_session = schedule(world, capacity=1)
    seat(group_session, world.patient)
    first, second = more_patients(world, 2)
    seat(group_session, first)
    seat(group_session, second)
    audits = AuditEvent.objects.filter(action="list").count()

    body = _get(client, world.user("coach"), "group_staff", group_session.pk)

    assert str(world.patient) in body
    waitlist = body[body.index("<h3>Waitlist</h3>") :]
    assert waitlist.index(str(first)) < waitlist.index(str(second))
    assert AuditEvent.objects.filter(action="list").count() == audits + 3


def test_another_coach_sees_only_their_own_patients_on_the_roster(world, client):
    group_session = schedule(world)
    seat(group_session, world.patient)
    seat(group_session, world.other_patient)

    body = _get(client, world.user("other_coach"), "group_staff", group_session.pk)

    assert str(world.other_patient) in body
    assert str(world.patient) not in body
    assert "You see your own patients only" in body
    assert "2 of 6 taken" in body


def test_a_clinic_admin_sees_the_schedule_and_counts_but_no_names(world, client):
    group_session = schedule(world)
    seat(group_session, world.patient)

    schedule_page = _get(client, world.user("clinic_admin"), "group_schedule")
    detail = _get(client, world.user("clinic_admin"), "group_staff", group_session.pk)

    assert "Integration circle" in schedule_page
    assert "1 of 6" in detail
    assert str(world.patient) not in detail
    assert "Rosters are for the care team" in detail


def test_patients_in_their_window_are_suggested_first(world, client):
    group_session = schedule(world, hours_ahead=24)
    late = make_patient(world.clinic, clinician=world.user("clinician"), first_name="Zed")
    early = make_patient(world.clinic, clinician=world.user("clinician"), first_name="Amy")
    record_session(world, patient=late, hours_ago=2)
    record_session(world, patient=world.patient, hours_ago=200)  # window long closed

    body = _get(client, world.user("clinician"), "group_staff", group_session.pk)

    invite = body[body.index("Invite patients") :]
    in_window = invite[: invite.index("Enrol a patient")]
    assert str(late) in in_window
    assert str(early) not in in_window and str(world.patient) not in in_window
    picker = invite[invite.index('id="enroll-patient"') :]
    assert picker.index(str(late)) < picker.index(str(early))
    assert f"{late} — in window" in picker


def test_a_coachs_suggestions_are_their_care_team_only(world, client):
    group_session = schedule(world, hours_ahead=24)
    record_session(world, patient=world.other_patient, hours_ago=2)

    body = _get(client, world.user("coach"), "group_staff", group_session.pk)

    assert str(world.other_patient) not in body


def test_a_coach_invites_a_patient_who_is_told_once(
    world, client, django_capture_on_commit_callbacks
):
    group_session = schedule(world)
    client.force_login(world.user("coach"))
    url = reverse("group_staff_invite", args=[group_session.pk])

    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(url, {"patient": world.patient.pk}, follow=True)
    second = client.post(url, {"patient": world.patient.pk}, follow=True)

    assert f"{world.patient} is invited." in first.content.decode()
    assert "was invited already" in second.content.decode()
    note = Notification.objects.get(user=world.patient.user)
    assert note.title == "You are invited: Integration circle"
    assert not Enrollment.objects.exists()


def test_attendance_is_marked_from_the_roster(world, client):
    group_session = schedule(world)
    enrollment = seat(group_session, world.patient)
    other = seat(group_session, world.other_patient)
    starts_in(group_session, timedelta(minutes=-5))
    client.force_login(world.user("coach"))

    response = client.post(
        reverse("group_attendance", args=[group_session.pk]),
        {f"attendance-{enrollment.pk}": "late", f"attendance-{other.pk}": "absent"},
        follow=True,
    )

    assert "Attendance saved (2 changed)." in response.content.decode()
    assert dict(group_session.enrollments.values_list("pk", "attendance")) == {
        enrollment.pk: "late",
        other.pk: "absent",
    }
    assert GroupSession.objects.get(pk=group_session.pk).status == GroupSession.Status.DONE


def test_a_staff_enrolment_and_withdrawal_from_the_roster(world, client):
    group_session = schedule(world)
    client.force_login(world.user("clinician"))

    client.post(
        reverse("group_staff_enroll", args=[group_session.pk]), {"patient": world.patient.pk}
    )
    enrollment = Enrollment.objects.get(patient=world.patient)
    assert enrollment.status == "confirmed"
    client.post(reverse("group_staff_withdraw", args=[group_session.pk, enrollment.pk]))
    enrollment.refresh_from_db()
    assert enrollment.status == "withdrawn"


def _count(client, url, django_assert_max_num_queries, limit=30):
    with django_assert_max_num_queries(limit) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_the_schedule_costs_the_same_queries_with_many_sessions(
    world, client, django_assert_max_num_queries
):
    client.force_login(world.user("coach"))
    url = reverse("group_schedule")
    schedule(world)
    few = _count(client, url, django_assert_max_num_queries)
    for n in range(10):
        group_session = schedule(world, hours_ahead=30 + n, by="clinician" if n % 2 else "coach")
        for patient in more_patients(world, 2):
            seat(group_session, patient)

    assert _count(client, url, django_assert_max_num_queries) == few


def test_the_roster_costs_the_same_queries_with_many_patients(
    world, client, django_assert_max_num_queries
):
    group_session = schedule(world, capacity=5)
    seat(group_session, world.patient)
    record_session(world, hours_ago=2)
    client.force_login(world.user("clinician"))
    url = reverse("group_staff", args=[group_session.pk])
    few = _count(client, url, django_assert_max_num_queries)
    for patient in more_patients(world, 12):
        seat(group_session, patient)
        record_session(world, patient=patient, hours_ago=2)
    more_patients(world, 5)

    assert _count(client, url, django_assert_max_num_queries) == few
