"""Today and the integration window: the program's window hours are the window, whatever
the prompts' own expiry; a window that has closed says so and lists what is still open;
the steps of a window come in order; only prompts still to answer are offered."""

import re
from datetime import UTC, datetime, timedelta

import pytest
from django.urls import reverse

from sessions.models import IntegrationProgram, ScheduledPrompt
from tests.sessions.helpers import record_session

Status = ScheduledPrompt.Status
HOUR = timedelta(hours=1)
# Monday 2 March 2026, noon in New York (the patient's zone, EST): the window's prompts
# all fall in waking hours, the closing PHQ-9 at Thursday noon, open until Saturday noon.
ENDED = datetime(2026, 3, 2, 17, 0, tzinfo=UTC)


@pytest.fixture
def session(world, time_machine):
    time_machine.move_to(ENDED, tick=False)
    return record_session(world, hours_ago=0)


def _today(client, world):
    client.force_login(world.patient.user)
    response = client.get(reverse("today"))
    assert response.status_code == 200
    return response


@pytest.mark.parametrize(
    ("after", "day"),
    [
        (timedelta(minutes=1), 1),
        (24 * HOUR - timedelta(seconds=1), 1),
        (24 * HOUR, 2),
        (48 * HOUR, 3),
        (72 * HOUR - timedelta(seconds=1), 3),
    ],
)
def test_the_default_program_reads_day_n_of_3(world, client, time_machine, session, after, day):
    time_machine.move_to(ENDED + after, tick=False)

    body = _today(client, world).content.decode()

    assert f"Day {day} of 3" in body
    assert re.findall(r"Day \d+ of (\d+)", body) == ["3"]
    assert "Your window stays open until Thursday 5 March, 12:00" in body


def test_at_hour_72_the_window_has_closed(world, client, time_machine, session):
    time_machine.move_to(ENDED + 72 * HOUR, tick=False)

    response = _today(client, world)
    body = response.content.decode()

    assert not re.search(r"Day \d+ of \d+", body)
    assert "its window closed on Thursday 5 March, 12:00" in body
    assert response.context["position"].has_closed


def test_a_patients_own_program_sets_the_days(world, client, time_machine):
    IntegrationProgram.objects.create(
        clinic=world.clinic, patient=world.patient, name="Two days", window_hours=48
    )
    time_machine.move_to(ENDED, tick=False)
    record_session(world, hours_ago=0)
    time_machine.move_to(ENDED + 30 * HOUR, tick=False)

    body = _today(client, world).content.decode()

    assert "Day 2 of 2" in body
    assert "open until Wednesday 4 March, 12:00" in body


def test_a_closed_window_lists_the_prompts_still_open_and_until_when(
    world, client, time_machine, session
):
    closing = session.prompts.filter(offset_hours=72)
    closing.update(status=Status.SENT, sent_at=ENDED + 72 * HOUR)
    phq9 = session.prompts.get(title="PHQ-9 check")
    session.prompts.exclude(offset_hours=72).update(status=Status.EXPIRED)
    # Friday 10:00 in New York: the window closed yesterday noon, the PHQ-9 closes Saturday.
    time_machine.move_to(datetime(2026, 3, 6, 15, 0, tzinfo=UTC), tick=False)

    response = _today(client, world)
    body = response.content.decode()

    assert "You are between windows" in body
    assert "its window closed on Thursday 5 March, 12:00" in body
    assert "You can still answer these prompts" in body
    assert (
        f'<a href="{reverse("prompt_detail", args=[phq9.pk])}">PHQ-9 check</a>, open until '
        '<time datetime="2026-03-07T12:00:00-05:00">Saturday 7 March, 12:00</time>'
    ) in body
    assert "Times are in your time zone, America/New_York." in body
    assert [p.pk for p in response.context["open_after_window"]] == [
        p.pk for p in closing.order_by("due_at", "offset_hours", "pk")
    ]


def test_once_the_last_prompt_closes_nothing_is_listed_as_open(
    world, client, time_machine, session
):
    session.prompts.update(status=Status.SENT)
    time_machine.move_to(datetime(2026, 3, 7, 17, 0, tzinfo=UTC), tick=False)

    response = _today(client, world)

    assert response.context["open_after_window"] == []
    assert "You can still answer" not in response.content.decode()


def test_steps_pushed_to_one_moment_by_quiet_hours_keep_the_programs_order(
    world, client, time_machine
):
    # Sunday 22:00 in New York: the day-one journal (+24 h) and the breathing (+30 h) both
    # fall in the night and move to Tuesday 08:00; the breathing closes first.
    ended = datetime(2026, 3, 2, 3, 0, tzinfo=UTC)
    time_machine.move_to(ended, tick=False)
    session = record_session(world, hours_ago=0)
    journal = session.prompts.get(title="Day one journal")
    breathing = session.prompts.get(title="Guided breathing")
    assert journal.due_at == breathing.due_at
    assert breathing.expires_at < journal.expires_at
    time_machine.move_to(datetime(2026, 3, 3, 14, 0, tzinfo=UTC), tick=False)

    response = _today(client, world)
    body = response.content.decode()

    assert [p.pk for p in response.context["due"]] == [journal.pk, breathing.pk]
    assert body.index("Day one journal") < body.index("Guided breathing")


def test_steps_at_one_moment_and_one_offset_come_in_the_order_they_were_made(
    world, client, time_machine, session
):
    closing = list(session.prompts.filter(offset_hours=72).order_by("pk"))
    time_machine.move_to(ENDED + 72 * HOUR + HOUR, tick=False)

    due = _today(client, world).context["due"]

    assert len(closing) >= 2
    assert [p.pk for p in due if p.offset_hours == 72] == [p.pk for p in closing]


@pytest.mark.parametrize(
    "status", ["answered", "expired", "cancelled", "skipped", "superseded", "withdrawn"]
)
def test_today_offers_only_prompts_still_to_answer(world, client, time_machine, session, status):
    first = session.prompts.get(title="How are you feeling?")
    later = session.prompts.get(title="Day one journal")
    ScheduledPrompt.objects.filter(pk__in=[first.pk, later.pk]).update(status=status)
    time_machine.move_to(ENDED + 3 * HOUR, tick=False)

    response = _today(client, world)
    shown = [p.pk for p in response.context["due"]] + [p.pk for p in response.context["upcoming"]]

    assert first.pk not in shown
    assert later.pk not in shown
    assert session.prompts.get(title="Debrief reflection").pk in shown


def test_a_session_recorded_ahead_of_its_end_says_when_the_window_opens(
    world, client, time_machine
):
    time_machine.move_to(ENDED - 2 * HOUR, tick=False)
    record_session(world, hours_ago=-2)

    body = _today(client, world).content.decode()

    assert "Your window opens when your session ends, Monday 2 March, 12:00." in body
    assert "between windows" not in body
