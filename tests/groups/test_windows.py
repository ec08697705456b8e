"""Integration windows meet groups: the coach's suggestions and the patient's "groups
during your window"."""

from django.template.loader import render_to_string
from django.test import RequestFactory

from groups.selectors import group_sessions_during_window_for, invite_suggestions_for
from sessions.models import IntegrationProgram
from tests.groups.helpers import schedule, seat
from tests.sessions.helpers import record_session


def test_a_session_in_the_window_is_offered_with_the_patients_place(world):
    record_session(world, hours_ago=10)
    tomorrow = schedule(world, hours_ahead=24, title="Tomorrow")
    schedule(world, hours_ahead=24 * 5, title="Next week")
    seat(tomorrow, world.patient)

    (group_session,) = group_sessions_during_window_for(world.patient)

    assert group_session.title == "Tomorrow"
    assert group_session.my_enrollment.status == "confirmed"
    assert group_session.window_ends_at > group_session.starts_at


def test_no_window_no_groups(world):
    schedule(world, hours_ahead=24)

    assert group_sessions_during_window_for(world.patient) == []


def test_a_patients_own_program_sets_the_window_length(world):
    IntegrationProgram.objects.create(
        clinic=world.clinic, patient=world.patient, name="Long window", window_hours=24 * 7
    )
    record_session(world, hours_ago=10)
    schedule(world, hours_ahead=24 * 5, title="Day five")

    titles = [g.title for g in group_sessions_during_window_for(world.patient)]

    assert titles == ["Day five"]


def test_cancelled_sessions_and_other_clinics_are_never_offered(world):
    from groups import services

    record_session(world, hours_ago=2)
    cancelled = schedule(world, hours_ahead=20)
    services.group_session_cancel(acting_user=world.user("coach"), group_session=cancelled)

    assert group_sessions_during_window_for(world.patient) == []


def test_suggestions_put_the_window_first_and_leave_out_those_enrolled(world):
    group_session = schedule(world, hours_ahead=24)
    record_session(world, patient=world.other_patient, hours_ago=5)
    seat(group_session, world.patient)

    suggestions = invite_suggestions_for(world.user("clinician"), group_session)

    assert [s.patient for s in suggestions] == [world.other_patient]
    assert suggestions[0].in_window


def test_suggestions_are_for_those_who_schedule(world):
    group_session = schedule(world)

    assert invite_suggestions_for(world.user("clinic_admin"), group_session) == []
    assert invite_suggestions_for(world.patient.user, group_session) == []
    assert invite_suggestions_for(world.user("other_clinician"), group_session) == []


def test_a_window_that_closed_before_the_session_does_not_count(world):
    group_session = schedule(world, hours_ahead=24 * 4)
    record_session(world, hours_ago=2)  # 72-hour window ends before day four

    (suggestion, *_) = invite_suggestions_for(world.user("clinician"), group_session)

    assert not any(
        s.in_window for s in invite_suggestions_for(world.user("clinician"), group_session)
    )
    assert suggestion.window_ends_at is None


def test_the_today_include_offers_a_seat(world):
    record_session(world, hours_ago=3)
    schedule(world, hours_ahead=24, title="Soon circle")
    request = RequestFactory().get("/today/")
    request.user = world.patient.user

    html = render_to_string(
        "groups/_during_window.html",
        {"groups_during_window": group_sessions_during_window_for(world.patient)},
        request=request,
    )

    assert "Soon circle" in html
    assert "Take a seat" in html
    assert "csrfmiddlewaretoken" in html
