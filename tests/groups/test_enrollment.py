"""Seats, the waitlist and its order, and the seat that goes to the first waiting."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from groups import services
from groups.models import Enrollment, GroupReminder, GroupSession
from groups.selectors import roster_for
from patients.models import AuditEvent, Notification
from tests.groups.helpers import more_patients, schedule, seat

Seat = Enrollment.Status


def _statuses(group_session):
    return list(
        roster_for(group_session.facilitators.first(), group_session).values_list(
            "patient_id", "status", "waitlist_place"
        )
    )


def test_seats_fill_up_to_capacity_then_the_waitlist_keeps_order(world):
    group_session = schedule(world, capacity=2)
    patients = more_patients(world, 5)

    places = [seat(group_session, patient) for patient in patients]

    assert [p.status for p in places] == [Seat.CONFIRMED] * 2 + [Seat.WAITLISTED] * 3
    assert _statuses(group_session) == [
        (patients[0].pk, "confirmed", None),
        (patients[1].pk, "confirmed", None),
        (patients[2].pk, "waitlisted", 1),
        (patients[3].pk, "waitlisted", 2),
        (patients[4].pk, "waitlisted", 3),
    ]
    assert GroupSession.objects.get(pk=group_session.pk).seats_left == 0


def test_a_seat_given_up_goes_to_the_first_waiting_who_is_told(
    world, django_capture_on_commit_callbacks
):
    group_session = schedule(world, capacity=1)
    holder, first, second = more_patients(world, 3)
    seat_of_holder = seat(group_session, holder)
    seat(group_session, first)
    seat(group_session, second)

    with django_capture_on_commit_callbacks(execute=True):
        services.enrollment_withdraw(acting_user=holder.user, enrollment=seat_of_holder)

    assert _statuses(group_session) == [
        (first.pk, "confirmed", None),
        (second.pk, "waitlisted", 1),
    ]
    promoted = Enrollment.objects.get(group_session=group_session, patient=first)
    assert promoted.promoted_at is not None
    note = Notification.objects.get(user=first.user)
    assert note.title == "A seat for you: Integration circle"
    assert [m.to for m in mail.outbox] == [[first.user.email]]
    assert set(promoted.reminders.values_list("status", flat=True)) == {"scheduled"}
    assert not Notification.objects.filter(user=second.user).exists()
    assert set(seat_of_holder.reminders.values_list("status", flat=True)) == {"cancelled"}


def test_leaving_the_waitlist_keeps_the_others_in_order(world):
    group_session = schedule(world, capacity=1)
    holder, first, second, third = more_patients(world, 4)
    for patient in (holder, first, second, third):
        seat(group_session, patient)

    services.enrollment_withdraw(
        acting_user=second.user,
        enrollment=Enrollment.objects.get(group_session=group_session, patient=second),
    )

    assert _statuses(group_session)[1:] == [
        (first.pk, "waitlisted", 1),
        (third.pk, "waitlisted", 2),
    ]


def test_enrolling_again_after_withdrawing_joins_the_end_of_the_line(world):
    group_session = schedule(world, capacity=1)
    holder, first, second = more_patients(world, 3)
    held = seat(group_session, holder)
    seat(group_session, first)
    seat(group_session, second)
    services.enrollment_withdraw(acting_user=holder.user, enrollment=held)

    again = seat(group_session, holder)

    assert again.pk == held.pk
    assert _statuses(group_session) == [
        (first.pk, "confirmed", None),
        (second.pk, "waitlisted", 1),
        (holder.pk, "waitlisted", 2),
    ]


def test_a_patient_cannot_take_two_places(world):
    group_session = schedule(world)
    seat(group_session, world.patient)

    with pytest.raises(ValidationError, match="You have a seat already"):
        seat(group_session, world.patient)
    assert group_session.enrollments.count() == 1


@pytest.mark.parametrize("state", ["cancelled", "started"])
def test_no_places_in_a_cancelled_or_started_session(world, state):
    group_session = schedule(world)
    if state == "cancelled":
        services.group_session_cancel(acting_user=world.user("coach"), group_session=group_session)
    else:
        GroupSession.objects.filter(pk=group_session.pk).update(
            starts_at=timezone.now() - timedelta(minutes=1)
        )

    with pytest.raises(ValidationError):
        seat(group_session, world.patient)
    assert not group_session.enrollments.exists()


def test_a_patient_of_another_clinic_cannot_enrol(world):
    group_session = schedule(world)

    with pytest.raises(PermissionDenied):
        seat(group_session, world.elsewhere_patient)


def test_a_coach_enrols_a_patient_of_their_care_team_who_is_told(
    world, django_capture_on_commit_callbacks
):
    group_session = schedule(world)
    audits = AuditEvent.objects.filter(patient=world.patient, action="create").count()

    with django_capture_on_commit_callbacks(execute=True):
        enrollment = services.enrollment_create(
            acting_user=world.user("coach"), group_session=group_session, patient=world.patient
        )

    assert enrollment.status == Seat.CONFIRMED
    assert enrollment.enrolled_by == world.user("coach")
    note = Notification.objects.get(user=world.patient.user)
    assert note.title == "Enrolled: Integration circle"
    assert "Cody Coach gave you a seat" in note.body
    assert [m.to for m in mail.outbox] == [[world.patient.user.email]]
    assert AuditEvent.objects.filter(patient=world.patient, action="create").count() == audits + 1


def test_another_coach_cannot_enrol_a_patient_off_their_care_team(world):
    group_session = schedule(world)

    with pytest.raises(PermissionDenied):
        services.enrollment_create(
            acting_user=world.user("other_coach"),
            group_session=group_session,
            patient=world.patient,
        )
    assert not group_session.enrollments.exists()


def test_a_patient_cannot_enrol_someone_else(world):
    group_session = schedule(world)

    with pytest.raises(PermissionDenied):
        services.enrollment_create(
            acting_user=world.patient.user,
            group_session=group_session,
            patient=world.other_patient,
        )


def test_a_seat_plans_two_reminders_and_a_waitlist_place_none(world):
    group_session = schedule(world, capacity=1, hours_ahead=72)

    seated = seat(group_session, world.patient)
    waiting = seat(group_session, world.other_patient)

    assert sorted(seated.reminders.values_list("kind", flat=True)) == ["1h", "24h"]
    assert not waiting.reminders.exists()
    assert GroupReminder.objects.count() == 2


def test_the_facilitator_withdraws_a_patient_who_is_told(world, django_capture_on_commit_callbacks):
    group_session = schedule(world)
    enrollment = seat(group_session, world.other_patient)

    with django_capture_on_commit_callbacks(execute=True):
        services.enrollment_withdraw(acting_user=world.user("coach"), enrollment=enrollment)

    enrollment.refresh_from_db()
    assert enrollment.status == Seat.WITHDRAWN
    assert Notification.objects.get(user=world.other_patient.user).title.startswith(
        "No longer enrolled"
    )
