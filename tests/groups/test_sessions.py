"""Coaches and clinicians schedule, change and cancel group sessions; a cancellation or a
new time reaches everyone enrolled, once."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from groups import services
from groups.models import GroupReminder, GroupSession
from patients.models import Delivery, Notification
from tests.factories import make_staff
from tests.groups.helpers import more_patients, schedule, seat

NEW_YORK = ZoneInfo("America/New_York")


def test_a_coach_schedules_a_session_they_facilitate(world):
    group_session = schedule(world, by="coach")

    assert group_session.clinic == world.clinic
    assert list(group_session.facilitators.all()) == [world.user("coach")]
    assert group_session.status == GroupSession.Status.SCHEDULED
    assert group_session.ends_at == group_session.starts_at + timedelta(minutes=90)
    assert group_session.series_id is None


def test_a_weekly_series_is_one_insert_at_the_same_local_time_across_dst(world):
    first = datetime(2027, 3, 1, 18, 0, tzinfo=NEW_YORK)
    with CaptureQueriesContext(connection) as queries:
        created = services.group_session_create(
            acting_user=world.user("clinician"),
            weeks=4,
            facilitators=[world.user("coach"), world.user("clinician")],
            title="Monday circle",
            starts_at=first,
            place_kind="room",
            room="Garden room",
            now=first - timedelta(days=30),
        )

    inserts = [q["sql"] for q in queries.captured_queries if q["sql"].startswith("INSERT")]
    assert sum('"groups_groupsession"' in sql for sql in inserts) == 1
    assert len(created) == 4
    assert len({s.series_id for s in created}) == 1 and created[0].series_id is not None
    stored = GroupSession.objects.filter(series_id=created[0].series_id).order_by("starts_at")
    assert [s.starts_at.astimezone(NEW_YORK).strftime("%d %H:%M") for s in stored] == [
        "01 18:00",
        "08 18:00",
        "15 18:00",
        "22 18:00",
    ]
    assert [s.starts_at.astimezone(UTC).hour for s in stored] == [23, 23, 22, 22]
    assert all(s.facilitators.count() == 2 for s in stored)


@pytest.mark.parametrize("role", ["patient", "clinic_admin"])
def test_patients_and_clinic_admins_cannot_schedule(world, role):
    user = world.patient.user if role == "patient" else world.user(role)
    with pytest.raises(PermissionDenied):
        services.group_session_create(
            acting_user=user,
            title="Circle",
            starts_at=timezone.now() + timedelta(days=1),
            place_kind="room",
            room="A",
        )
    assert not GroupSession.objects.exists()


def test_a_facilitator_from_another_clinic_is_refused(world):
    with pytest.raises(ValidationError) as error:
        schedule(world, facilitators=[world.user("other_clinician")])

    assert "facilitators" in error.value.message_dict


def test_a_clinic_admin_cannot_facilitate(world):
    with pytest.raises(ValidationError) as error:
        schedule(world, facilitators=[world.user("clinic_admin")])

    assert "facilitators" in error.value.message_dict


def test_bad_input_is_refused_field_by_field(world):
    cases = [
        ({"starts_at": timezone.now() - timedelta(hours=1)}, "starts_at"),
        ({"place_kind": "room", "room": ""}, "room"),
        ({"place_kind": "video", "room": "", "video_url": ""}, "video_url"),
        ({"capacity": 0}, "capacity"),
        ({"weeks": 40}, "weeks"),
    ]
    for fields, field in cases:
        with pytest.raises(ValidationError) as error:
            schedule(world, **fields)
        assert field in error.value.message_dict, fields
    assert not GroupSession.objects.exists()


def test_cancelling_tells_everyone_enrolled_or_waiting_once(
    world, django_capture_on_commit_callbacks
):
    group_session = schedule(world, capacity=1)
    seat(group_session, world.patient)
    seat(group_session, world.other_patient)  # waiting

    with django_capture_on_commit_callbacks(execute=True):
        services.group_session_cancel(acting_user=world.user("coach"), group_session=group_session)

    group_session.refresh_from_db()
    assert group_session.status == GroupSession.Status.CANCELLED
    key = f"group:{group_session.pk}:cancelled"
    told = Notification.objects.filter(dedupe_key=key)
    assert {n.user for n in told} == {world.patient.user, world.other_patient.user}
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        [world.patient.user.email, world.other_patient.user.email]
    )
    assert all("Cancelled: Integration circle" in m.subject for m in mail.outbox)
    assert not GroupReminder.objects.filter(status=GroupReminder.Status.SCHEDULED).exists()
    assert Delivery.objects.filter(dedupe_key=key, channel="email", outcome="sent").count() == 2

    with pytest.raises(ValidationError):
        services.group_session_cancel(acting_user=world.user("coach"), group_session=group_session)
    assert Notification.objects.filter(dedupe_key=key).count() == 2


def test_a_started_session_cannot_be_cancelled(world):
    group_session = schedule(world)
    GroupSession.objects.filter(pk=group_session.pk).update(
        starts_at=timezone.now() - timedelta(minutes=5)
    )

    with pytest.raises(ValidationError):
        services.group_session_cancel(acting_user=world.user("coach"), group_session=group_session)


def test_another_coach_of_the_clinic_may_cover_but_not_one_elsewhere(world):
    group_session = schedule(world)
    elsewhere_coach = make_staff(world.other_clinic, "coach")

    services.group_session_update(
        acting_user=world.user("other_coach"), group_session=group_session, room="Blue room"
    )
    with pytest.raises(PermissionDenied):
        services.group_session_update(
            acting_user=elsewhere_coach, group_session=group_session, room="Red room"
        )
    group_session.refresh_from_db()
    assert group_session.room == "Blue room"


def test_a_new_time_moves_the_reminders_and_tells_those_enrolled(
    world, django_capture_on_commit_callbacks, time_machine
):
    # Noon in New York: neither reminder, before or after the move, falls in the
    # patient's quiet hours, where it would be moved.
    time_machine.move_to(datetime(2026, 12, 8, 17, 0, tzinfo=UTC), tick=False)
    group_session = schedule(world, hours_ahead=72)
    enrollment = seat(group_session, world.patient)
    before = dict(enrollment.reminders.values_list("kind", "due_at"))
    new_start = group_session.starts_at + timedelta(days=1)

    with django_capture_on_commit_callbacks(execute=True):
        services.group_session_update(
            acting_user=world.user("coach"), group_session=group_session, starts_at=new_start
        )

    after = dict(enrollment.reminders.values_list("kind", "due_at"))
    assert after["1h"] == new_start - timedelta(hours=1)
    assert after["24h"] == before["24h"] + timedelta(days=1)
    group_session.refresh_from_db()
    assert group_session.sequence == 1
    note = Notification.objects.get(user=world.patient.user)
    assert note.title == "Changed: Integration circle"
    assert len(mail.outbox) == 1


def test_capacity_cannot_drop_below_the_seats_taken(world):
    group_session = schedule(world, capacity=3)
    for patient in [world.patient, world.other_patient]:
        seat(group_session, patient)

    with pytest.raises(ValidationError) as error:
        services.group_session_update(
            acting_user=world.user("coach"), group_session=group_session, capacity=1
        )

    assert "capacity" in error.value.message_dict
    group_session.refresh_from_db()
    assert group_session.capacity == 3


def test_more_capacity_gives_seats_to_the_waitlist_in_order(
    world, django_capture_on_commit_callbacks
):
    group_session = schedule(world, capacity=1)
    first, second, third = more_patients(world, 3)
    for patient in (first, second, third):
        seat(group_session, patient)

    with django_capture_on_commit_callbacks(execute=True):
        services.group_session_update(
            acting_user=world.user("coach"), group_session=group_session, capacity=2
        )

    statuses = dict(group_session.enrollments.values_list("patient_id", "status"))
    assert statuses == {first.pk: "confirmed", second.pk: "confirmed", third.pk: "waitlisted"}
    assert Notification.objects.filter(user=second.user, title__startswith="A seat").exists()
    assert not Notification.objects.filter(user=third.user).exists()


def test_marking_past_sessions_done(world):
    ended = schedule(world)
    coming = schedule(world)
    GroupSession.objects.filter(pk=ended.pk).update(
        starts_at=timezone.now() - timedelta(hours=3), ends_at=timezone.now() - timedelta(hours=1)
    )

    assert services.group_sessions_complete_past() == 1
    assert GroupSession.objects.get(pk=ended.pk).status == GroupSession.Status.DONE
    assert GroupSession.objects.get(pk=coming.pk).status == GroupSession.Status.SCHEDULED
