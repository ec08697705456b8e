"""Attendance: who may take it and when, where it shows for a patient, and the clinic's
summary."""

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.template.loader import render_to_string
from django.test import RequestFactory

from groups import services
from groups.models import GroupSession
from groups.selectors import attendance_for, attendance_summary_for
from patients.models import AuditEvent
from tests.groups.helpers import more_patients, schedule, seat, starts_in


def _started(world, **kwargs):
    group_session = schedule(world, **kwargs)
    seats = [seat(group_session, world.patient), seat(group_session, world.other_patient)]
    starts_in(group_session, timedelta(minutes=-10))
    return group_session, seats


def test_the_facilitator_marks_present_late_and_absent(world):
    group_session, (mine, theirs) = _started(world)
    audits = AuditEvent.objects.filter(action="update").count()

    changed = services.attendance_mark(
        acting_user=world.user("coach"),
        group_session=group_session,
        marks={mine.pk: "present", theirs.pk: "late"},
    )

    assert len(changed) == 2
    mine.refresh_from_db()
    assert mine.attendance == "present"
    assert mine.attendance_marked_by == world.user("coach")
    assert AuditEvent.objects.filter(action="update").count() == audits + 2


def test_marking_again_changes_only_what_changed_and_can_clear(world):
    group_session, (mine, theirs) = _started(world)
    marks = {mine.pk: "present", theirs.pk: "absent"}
    services.attendance_mark(
        acting_user=world.user("coach"), group_session=group_session, marks=marks
    )

    changed = services.attendance_mark(
        acting_user=world.user("clinician"),
        group_session=group_session,
        marks={mine.pk: "present", theirs.pk: ""},
    )

    assert [seat.pk for seat in changed] == [theirs.pk]
    theirs.refresh_from_db()
    assert theirs.attendance == ""


@pytest.mark.parametrize("role", ["other_coach", "clinic_admin", "other_clinician"])
def test_only_facilitators_and_clinicians_take_attendance(world, role):
    group_session, (mine, _) = _started(world)

    with pytest.raises(PermissionDenied):
        services.attendance_mark(
            acting_user=world.user(role), group_session=group_session, marks={mine.pk: "present"}
        )
    mine.refresh_from_db()
    assert mine.attendance == ""


def test_attendance_opens_half_an_hour_before_the_start(world):
    group_session = schedule(world, hours_ahead=3)
    mine = seat(group_session, world.patient)

    with pytest.raises(ValidationError, match="30 minutes before"):
        services.attendance_mark(
            acting_user=world.user("coach"), group_session=group_session, marks={mine.pk: "present"}
        )
    starts_in(group_session, timedelta(minutes=20))
    services.attendance_mark(
        acting_user=world.user("coach"), group_session=group_session, marks={mine.pk: "present"}
    )
    assert GroupSession.objects.get(pk=group_session.pk).status == "scheduled"


def test_attendance_is_for_seats_only_and_known_values(world):
    group_session = schedule(world, capacity=1)
    seated = seat(group_session, world.patient)
    waiting = seat(group_session, world.other_patient)
    starts_in(group_session, timedelta(minutes=5))

    for marks in ({waiting.pk: "present"}, {seated.pk: "asleep"}, {"x": "present"}):
        with pytest.raises(ValidationError) as error:
            services.attendance_mark(
                acting_user=world.user("coach"), group_session=group_session, marks=marks
            )
        assert "marks" in error.value.message_dict


def test_attendance_shows_to_the_care_team_and_no_one_else(world):
    group_session, (mine, _) = _started(world)
    services.attendance_mark(
        acting_user=world.user("coach"), group_session=group_session, marks={mine.pk: "late"}
    )

    for role, sees in [
        ("coach", True),
        ("clinician", True),
        ("other_coach", False),
        ("clinic_admin", False),
        ("other_clinician", False),
    ]:
        entries = attendance_for(world.user(role), world.patient)
        assert bool(entries) is sees, role
    (entry,) = attendance_for(world.user("clinician"), world.patient)
    assert entry.attendance == "late"


def test_the_attendance_include_renders_for_the_staff_patient_page(world):
    group_session, (mine, _) = _started(world)
    services.attendance_mark(
        acting_user=world.user("coach"), group_session=group_session, marks={mine.pk: "absent"}
    )
    request = RequestFactory().get("/")
    request.user = world.user("clinician")

    html = render_to_string(
        "groups/_attendance.html",
        {"group_attendance": attendance_for(request.user, world.patient)},
        request=request,
    )

    assert "Integration circle" in html
    assert "Absent" in html
    assert f"/staff/groups/{group_session.pk}/" in html


def test_the_clinic_summary_counts_attendance_and_coming_seats(world):
    held, (mine, theirs) = _started(world)
    extra = more_patients(world, 1)[0]
    running = schedule(world, title="Running now", hours_ahead=1)
    seat(running, extra)
    starts_in(running, timedelta(minutes=-30))  # held, though not over
    services.attendance_mark(
        acting_user=world.user("coach"),
        group_session=held,
        marks={mine.pk: "present", theirs.pk: "absent"},
    )
    coming = schedule(world, capacity=4, hours_ahead=48)
    seat(coming, world.patient)

    summary = attendance_summary_for(world.user("clinic_admin"))

    assert summary.sessions_held == 2
    assert (summary.present, summary.late, summary.absent, summary.unmarked) == (1, 0, 1, 1)
    assert summary.attendance_rate == 50
    assert summary.upcoming_sessions == 1
    assert (summary.upcoming_seats, summary.upcoming_enrolled) == (4, 1)
    assert attendance_summary_for(world.patient.user) is None
    elsewhere = attendance_summary_for(world.user("other_clinician"))
    assert elsewhere.sessions_held == 0 and elsewhere.upcoming_sessions == 0
