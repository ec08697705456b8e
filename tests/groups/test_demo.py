"""The demo clinic's groups: a weekly circle with members and a waitlist."""

from datetime import UTC, datetime

from django.core.management import call_command

from groups.models import Enrollment, GroupSession
from groups.selectors import group_sessions_during_window_for
from patients.models import Patient

# A Friday morning in the clinic's zone: next Thursday's circle falls after the window of
# the session that ended an hour ago (from Monday evening to Wednesday it falls inside).
FRIDAY_MORNING = datetime(2026, 12, 11, 15, 0, tzinfo=UTC)


def test_the_demo_has_a_weekly_circle_with_members_and_a_waitlist(db, time_machine):
    time_machine.move_to(FRIDAY_MORNING, tick=False)
    call_command("seed_demo", verbosity=0)
    call_command("seed_demo", verbosity=0)

    circle = GroupSession.objects.filter(
        title="Thursday integration circle", status="scheduled"
    ).order_by("starts_at")
    assert circle.count() == 6
    assert len({s.series_id for s in circle}) == 1
    first = circle.first()
    assert first.capacity == 6
    assert first.enrollments.filter(status="confirmed").count() == 6
    assert list(
        first.enrollments.filter(status="waitlisted")
        .order_by("waitlist_position")
        .values_list("waitlist_position", flat=True)
    ) == [1, 2]
    held = GroupSession.objects.get(title="Thursday integration circle", status="done")
    assert set(held.enrollments.values_list("attendance", flat=True)) == {
        "present",
        "late",
        "absent",
    }
    alex = Patient.objects.get(user__email="patient@demo.test")
    assert [g.title for g in group_sessions_during_window_for(alex)] == ["Midday drop-in circle"]
    assert Enrollment.objects.filter(patient=alex, status="confirmed").exists()
