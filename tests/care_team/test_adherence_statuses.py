"""Adherence counts answered against missed (expired) prompts, and open ones apart. Prompts
that never asked the patient anything stay out of every figure: skipped (the session was
recorded late), superseded (another window's assessment came too soon before) and
withdrawn (the session was cancelled)."""

from datetime import UTC, datetime, timedelta

import pytest
from django.urls import reverse

from integration_clinic import overview
from integration_clinic import progress as numbers
from patients.summary import summary_refresh
from sessions.models import ScheduledPrompt
from sessions.selectors import prompt_list_for, session_list_for
from tests.sessions.helpers import record_session

Status = ScheduledPrompt.Status
HOUR = timedelta(hours=1)
# Monday 2 March 2026, noon in New York.
ENDED = datetime(2026, 3, 2, 17, 0, tzinfo=UTC)
NEVER_ASKED = ["skipped", "superseded", "withdrawn"]


@pytest.fixture
def session(world, time_machine):
    """A window with one prompt answered, one missed, one open, and one that never asked
    anything for each status that should not count."""
    time_machine.move_to(ENDED, tick=False)
    session = record_session(world, hours_ago=0)
    prompts = list(session.prompts.order_by("offset_hours", "pk"))
    played = [Status.ANSWERED, Status.EXPIRED, Status.SENT, *NEVER_ASKED]
    for prompt, status in zip(prompts, played, strict=False):
        sent_at = None if status in NEVER_ASKED else prompt.due_at
        ScheduledPrompt.objects.filter(pk=prompt.pk).update(status=status, sent_at=sent_at)
    time_machine.move_to(ENDED + 30 * HOUR, tick=False)
    summary_refresh([session.patient_id])  # as the services setting those statuses do
    return session


def test_the_patients_progress_leaves_out_prompts_that_never_asked(world, session):
    user = world.patient.user
    windows = numbers.windows_of(session_list_for(user))

    (row,) = numbers.adherence_by_window(prompt_list_for(user), windows)

    assert (row.answered, row.missed, row.still_open, row.offered) == (1, 1, 1, 3)


def test_the_progress_page_says_one_of_three(world, client, session):
    client.force_login(world.patient.user)

    body = client.get(reverse("progress")).content.decode()

    assert "you answered 1 of 3 prompts, and 1 still open." in body


def test_the_clinic_overview_leaves_them_out(world, session):
    (month,) = overview.adherence_by_month(world.clinic.pk, zone="America/New_York")
    (first,) = overview.adherence_by_session_number(world.clinic.pk)

    for figure in (month, first):
        assert (figure.answered, figure.missed, figure.still_open) == (1, 1, 1)
        assert figure.rate == 50


def test_the_dashboard_leaves_them_out(world, client, session):
    client.force_login(world.user("clinician"))

    (row,) = [
        r
        for r in client.get(reverse("api_dashboard")).json()["results"]
        if r["patient"] == world.patient.pk
    ]

    assert (row["prompts_due"], row["prompts_answered"], row["prompts_open"]) == (3, 1, 1)
