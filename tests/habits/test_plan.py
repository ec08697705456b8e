"""The integration plan is the window's commitments and the patient's habits, reviewed each
week after the window by a journal prompt that shows both."""

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from django.urls import reverse

from journals import services_habits as services
from sessions import services as session_services
from sessions.models import ScheduledPrompt, StepPhase
from tests.habits.helpers import track
from tests.sessions.helpers import make_due

ENDED = datetime(2026, 6, 10, 16, 0, tzinfo=UTC)


@pytest.fixture
def clock(time_machine):
    time_machine.move_to(ENDED, tick=False)
    return time_machine


def _session(world, clock):
    """Recorded as it ended, then looked at six days on: the window has closed and the
    first weekly review is two days away."""
    session = session_services.session_create(
        acting_user=world.user("clinician"),
        patient=world.patient,
        route="iv_ketamine",
        dose_mg=35,
        started_at=ENDED - timedelta(minutes=50),
        ended_at=ENDED,
    )
    clock.move_to(ENDED + timedelta(days=6), tick=False)
    return session


def _reviews(session):
    return list(
        session.prompts.filter(phase=StepPhase.FOLLOW_UP, title="Weekly plan review").order_by(
            "due_at"
        )
    )


def test_the_plan_is_reviewed_weekly_for_six_weeks_after_the_window(world, clock):
    reviews = _reviews(_session(world, clock))

    # Five days after the 72-hour window closes, then weekly until six weeks after it.
    assert [prompt.offset_hours for prompt in reviews] == [
        Decimal(72 + 120 + 168 * week) for week in range(6)
    ]
    assert {prompt.kind for prompt in reviews} == {"journal"}
    assert {prompt.status for prompt in reviews} == {ScheduledPrompt.Status.SCHEDULED}


def test_the_weekly_review_shows_the_weeks_habits_beside_the_commitments(world, client, clock):
    tracker = track(world.patient, "Movement")
    services.habit_mark(acting_user=world.patient.user, tracker=tracker, done=True)
    session = _session(world, clock)
    review = make_due(_reviews(session)[0])
    client.force_login(world.patient.user)

    body = client.get(reverse("prompt_answer", args=[review.pk])).content.decode()

    assert "Weekly plan review" in body
    assert "Your habits this week" in body
    assert "<strong>Movement</strong>: Yes on 1 day of the last 7, no on 0, 6 not marked." in body


def test_the_plan_page_holds_the_commitments_and_the_habits(world, client, clock):
    track(world.patient, "Time outdoors")
    session = _session(world, clock)
    client.force_login(world.patient.user)

    body = client.get(reverse("commitment_list", args=[session.pk])).content.decode()

    assert "<strong>Time outdoors</strong>: Not marked in the last 7 days." in body


def test_with_no_habits_the_plan_offers_to_pick_some(world, client, clock):
    session = _session(world, clock)
    client.force_login(world.patient.user)

    body = client.get(reverse("commitment_list", args=[session.pk])).content.decode()

    assert "pick up to five" in body
    assert reverse("habit_list") in body
