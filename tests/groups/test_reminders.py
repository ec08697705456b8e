"""Reminders 24 hours and 1 hour before a session: planned when a seat is taken, in the
patient's own time and outside their quiet hours, sent once by the dispatcher."""

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.core import mail
from django.utils import timezone

from groups import services
from groups.models import GroupReminder, GroupSession
from patients.models import Delivery, Notification, Patient
from tests.factories import make_patient
from tests.groups.helpers import schedule, seat

Status = GroupReminder.Status
NEW_YORK = ZoneInfo("America/New_York")


def _make_due(enrollment, kind):
    GroupReminder.objects.filter(enrollment=enrollment, kind=kind).update(
        due_at=timezone.now() - timedelta(minutes=1)
    )


def _dispatch(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return services.group_reminders_dispatch_due()


def _local_tomorrow(hour, minute=0, zone=NEW_YORK, days=2):
    day = timezone.now().astimezone(zone).date() + timedelta(days=days)
    return datetime.combine(day, time(hour, minute), tzinfo=zone)


def test_a_due_reminder_reaches_the_inbox_and_email_once(world, django_capture_on_commit_callbacks):
    group_session = schedule(world, hours_ahead=30)
    enrollment = seat(group_session, world.patient)
    _make_due(enrollment, "24h")

    assert _dispatch(django_capture_on_commit_callbacks) == 1
    assert _dispatch(django_capture_on_commit_callbacks) == 0

    reminder = enrollment.reminders.get(kind="24h")
    assert reminder.status == Status.SENT and reminder.sent_at is not None
    note = Notification.objects.get(user=world.patient.user)
    assert note.title.startswith("Reminder: Integration circle")
    assert note.url == f"/groups/{group_session.pk}/"
    assert len(mail.outbox) == 1
    assert "Garden room" in mail.outbox[0].body
    assert enrollment.reminders.get(kind="1h").status == Status.SCHEDULED


def test_a_rerun_of_a_sent_reminder_sends_nothing_twice(world, django_capture_on_commit_callbacks):
    group_session = schedule(world, hours_ahead=30)
    enrollment = seat(group_session, world.patient)
    _make_due(enrollment, "24h")
    _dispatch(django_capture_on_commit_callbacks)
    # As if a crash had left the row unmarked after its messages went out.
    GroupReminder.objects.filter(enrollment=enrollment, kind="24h").update(status=Status.SCHEDULED)

    _dispatch(django_capture_on_commit_callbacks)

    assert Notification.objects.filter(user=world.patient.user).count() == 1
    assert len(mail.outbox) == 1
    assert Delivery.objects.filter(user=world.patient.user, channel="email").count() == 1


def test_an_in_app_only_patient_gets_no_email(world, django_capture_on_commit_callbacks):
    Patient.objects.filter(pk=world.patient.pk).update(preferred_channel="in_app")
    world.patient.refresh_from_db()
    enrollment = seat(schedule(world, hours_ahead=30), world.patient)
    _make_due(enrollment, "24h")

    _dispatch(django_capture_on_commit_callbacks)

    assert Notification.objects.filter(user=world.patient.user).count() == 1
    assert mail.outbox == []


def test_a_reminder_planned_in_quiet_hours_moves_to_when_they_end(world):
    patient = make_patient(world.clinic, time_zone="America/New_York", first_name="Early")
    starts_at = _local_tomorrow(8, 30)  # the 1-hour reminder would be 07:30, inside 21-08
    group_session = schedule(world, starts_at=starts_at)

    enrollment = seat(group_session, patient)

    due = dict(enrollment.reminders.values_list("kind", "due_at"))
    assert due["1h"].astimezone(NEW_YORK).strftime("%H:%M") == "08:00"
    assert due["24h"] == starts_at - timedelta(hours=24)


def test_a_session_inside_quiet_hours_is_reminded_at_the_planned_time(world):
    night_owl = make_patient(
        world.clinic, time_zone="America/New_York", quiet_start=time(20), quiet_end=time(9)
    )
    starts_at = _local_tomorrow(20, 30)  # the session itself is in the quiet hours
    group_session = schedule(world, starts_at=starts_at)

    enrollment = seat(group_session, night_owl)

    due = dict(enrollment.reminders.values_list("kind", "due_at"))
    assert due["1h"] == starts_at - timedelta(hours=1)  # 19:30, also planned time
    assert due["24h"] == starts_at - timedelta(hours=24)  # 20:30 the day before: quiet


def test_quiet_hours_are_the_patients_own_in_their_own_zone(world):
    kolkata = make_patient(world.clinic, time_zone="Asia/Kolkata")
    # 10:00 in New York is 19:30 or 20:30 in Kolkata: awake, so no move for the 1-hour one.
    starts_at = _local_tomorrow(10)
    group_session = schedule(world, starts_at=starts_at)

    enrollment = seat(group_session, kolkata)

    due = dict(enrollment.reminders.values_list("kind", "due_at"))
    assert due["1h"] == starts_at - timedelta(hours=1)


def test_reminders_never_go_after_the_session_starts(world, django_capture_on_commit_callbacks):
    group_session = schedule(world, hours_ahead=30)
    enrollment = seat(group_session, world.patient)
    _make_due(enrollment, "1h")
    GroupSession.objects.filter(pk=group_session.pk).update(
        starts_at=timezone.now() - timedelta(minutes=2)
    )

    _dispatch(django_capture_on_commit_callbacks)

    assert enrollment.reminders.get(kind="1h").status == Status.SKIPPED
    assert not Notification.objects.exists()


def test_a_seat_taken_at_the_last_minute_plans_no_reminders(world):
    group_session = schedule(world, hours_ahead=0.5)

    enrollment = seat(group_session, world.patient)

    assert not enrollment.reminders.exists()


def test_giving_up_a_seat_cancels_its_reminders(world, django_capture_on_commit_callbacks):
    group_session = schedule(world, hours_ahead=30)
    enrollment = seat(group_session, world.patient)
    services.enrollment_withdraw(acting_user=world.patient.user, enrollment=enrollment)
    _make_due(enrollment, "24h")

    _dispatch(django_capture_on_commit_callbacks)

    assert set(enrollment.reminders.values_list("status", flat=True)) == {Status.CANCELLED}
    assert not Notification.objects.exists()


def test_a_cancelled_session_sends_no_reminders(world, django_capture_on_commit_callbacks):
    group_session = schedule(world, hours_ahead=30)
    enrollment = seat(group_session, world.patient)
    services.group_session_cancel(acting_user=world.user("coach"), group_session=group_session)
    _make_due(enrollment, "24h")

    with django_capture_on_commit_callbacks(execute=True):
        services.group_reminders_dispatch_due()

    titles = list(Notification.objects.values_list("title", flat=True))
    assert all(title.startswith("Cancelled") for title in titles)


def test_a_session_moved_after_its_reminder_went_out_is_reminded_again(
    world, django_capture_on_commit_callbacks
):
    group_session = schedule(world, hours_ahead=30)
    enrollment = seat(group_session, world.patient)
    _make_due(enrollment, "24h")
    _dispatch(django_capture_on_commit_callbacks)

    services.group_session_update(
        acting_user=world.user("coach"),
        group_session=group_session,
        starts_at=group_session.starts_at + timedelta(days=2),
    )

    reminder = enrollment.reminders.get(kind="24h")
    assert reminder.status == Status.SCHEDULED
    _make_due(enrollment, "24h")
    _dispatch(django_capture_on_commit_callbacks)
    reminders = Notification.objects.filter(user=world.patient.user, title__startswith="Reminder")
    assert reminders.count() == 2
