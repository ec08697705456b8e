"""Today: where the patient is in their window, what is due, what comes next."""

import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from django.urls import reverse
from django.utils import timezone

from sessions.models import DosingSession, ScheduledPrompt
from tests.patient_experience.helpers import make_entry
from tests.sessions.helpers import make_due, record_session

NEW_YORK = ZoneInfo("America/New_York")
Status = ScheduledPrompt.Status


def _local(moment, fmt):
    return timezone.localtime(moment, NEW_YORK).strftime(fmt)


def _long_day(moment):
    """Django's "l j F" in the patient's zone: "Tuesday 10 November"."""
    local = timezone.localtime(moment, NEW_YORK)
    return f"{local:%A} {local.day} {local:%B}"


def _today(client, world):
    client.force_login(world.patient.user)
    response = client.get(reverse("today"))
    assert response.status_code == 200
    return response


def test_today_says_which_day_of_the_window_and_what_is_due(world, client):
    session = record_session(world, hours_ago=26)
    session.prompts.update(expires_at=session.ended_at + timedelta(hours=72))
    session.prompts.filter(title="How are you feeling?").update(status=Status.ANSWERED)
    due = make_due(session.prompts.get(title="Debrief reflection"))

    response = _today(client, world)
    body = response.content.decode()

    assert "Day 2 of 3" in body
    assert f"after your session on {_long_day(session.ended_at)}" in body
    assert due.title in body
    assert f'href="{reverse("prompt_detail", args=[due.pk])}"' in body
    assert due.pk in [p.pk for p in response.context["due"]]


def test_today_lists_what_comes_next_at_the_patients_local_time(world, client):
    session = record_session(world, hours_ago=26)
    coming = session.prompts.get(title="Day two journal")

    body = _today(client, world).content.decode()

    assert coming.status == Status.SCHEDULED
    assert "Coming next" in body
    assert coming.title in body
    assert _local(coming.due_at, "%H:%M") in body
    assert "America/New_York" in body


def test_a_prompt_open_past_the_window_does_not_stretch_it(world, client, time_machine):
    time_machine.move_to(datetime(2026, 3, 4, 17, 0, tzinfo=UTC), tick=False)
    session = record_session(world, hours_ago=30)
    latest = session.prompts.order_by("-offset_hours").first()
    ScheduledPrompt.objects.filter(pk=latest.pk).update(
        expires_at=session.ended_at + timedelta(hours=119)
    )

    body = _today(client, world).content.decode()

    assert "Day 2 of 3" in body
    assert "of 5" not in body


def test_a_window_without_prompts_lasts_72_hours(world, client):
    session = record_session(world, hours_ago=50)
    session.prompts.all().delete()

    body = _today(client, world).content.decode()

    assert "Day 3 of 3" in body


def test_between_windows_today_says_when_the_last_session_was(world, client):
    session = record_session(world, hours_ago=24 * 10)

    response = _today(client, world)
    body = response.content.decode()

    assert "between windows" in body
    assert f"Your last session was on {_long_day(session.ended_at)}" in body
    assert not re.search(r"Day \d+ of \d+", body)
    assert not response.context["position"].is_open


def test_before_any_session_today_says_none_has_happened_yet(world, client):
    body = _today(client, world).content.decode()

    assert "No dosing session has happened yet" in body
    assert "Nothing is due right now" in body


def test_a_cancelled_session_opens_no_window(world, client):
    session = record_session(world, hours_ago=5)
    DosingSession.objects.filter(pk=session.pk).update(status=DosingSession.Status.CANCELLED)

    body = _today(client, world).content.decode()

    assert "No dosing session has happened yet" in body


def test_a_prompt_past_its_close_is_not_shown_as_due(world, client):
    session = record_session(world, hours_ago=26)
    stale = make_due(session.prompts.get(title="How are you feeling?"))
    ScheduledPrompt.objects.filter(pk=stale.pk).update(
        expires_at=timezone.now() - timedelta(minutes=1)
    )

    response = _today(client, world)

    assert stale.pk not in [prompt.pk for prompt in response.context["due"]]
    assert stale.pk not in [prompt.pk for prompt in response.context["upcoming"]]


def test_a_prompt_whose_time_has_come_is_due_before_the_dispatcher_sends_it(
    world, client, time_machine
):
    # Noon in New York: the check-in two hours after the session is not moved by quiet hours.
    time_machine.move_to(datetime(2026, 3, 4, 17, 0, tzinfo=UTC), tick=False)
    session = record_session(world, hours_ago=3)
    waiting = session.prompts.get(title="How are you feeling?")

    response = _today(client, world)

    assert waiting.status == Status.SCHEDULED
    assert [prompt.pk for prompt in response.context["due"]] == [waiting.pk]
    assert waiting.pk not in [prompt.pk for prompt in response.context["upcoming"]]
    assert f'href="{reverse("prompt_detail", args=[waiting.pk])}"' in response.content.decode()


def test_a_planned_session_is_announced(world, client):
    planned = DosingSession.objects.create(
        patient=world.patient,
        clinician=world.user("clinician"),
        route="iv_ketamine",
        dose_mg=35,
        started_at=timezone.now() + timedelta(days=4),
        status=DosingSession.Status.PLANNED,
    )

    body = _today(client, world).content.decode()

    assert f"Your next session is planned for {_long_day(planned.started_at)}" in body


def test_today_shows_the_three_latest_entries_and_who_can_read_them(world, client):
    now = timezone.now()
    make_entry(world.patient, title="Oldest thoughts", at=now - timedelta(days=4))
    make_entry(world.patient, title="Harbour walk", at=now - timedelta(days=3))
    make_entry(
        world.patient,
        title="Shared with Cleo",
        shared_with_care_team=True,
        shared_at=now,
        at=now - timedelta(days=2),
    )
    make_entry(world.patient, kind="check_in", text="", mood=6, at=now - timedelta(days=1))

    body = _today(client, world).content.decode()

    assert "Oldest thoughts" not in body
    assert "Harbour walk" in body
    assert "Shared with Cleo" in body
    assert "mood 6 of 10" in body
    assert "Shared with your care team" in body
    assert "Private: only you can read it" in body


def test_entry_text_is_shown_inert(world, client):
    make_entry(world.patient, title="<b>bold</b>", text="<script>alert(1)</script> fine")

    body = _today(client, world).content.decode()

    assert "<script>alert(1)</script>" not in body
    assert "&lt;script&gt;" in body


def test_another_patients_window_and_entries_stay_off_my_today(world, client):
    record_session(world, patient=world.other_patient, hours_ago=26)
    make_entry(world.other_patient, title="Quinn's own words")

    response = _today(client, world)

    assert response.context["position"] is None
    assert "Quinn's own words" not in response.content.decode()


def test_groups_during_the_window_default_to_none(world, client):
    record_session(world, hours_ago=26)

    assert _today(client, world).context["groups_during_window"] == []


def _windows(world, count):
    for n in range(count):
        # A week apart from those made already: one patient's sessions never overlap.
        weeks = world.patient.dosing_sessions.count()
        session = record_session(world, hours_ago=26 + 24 * 7 * weeks)
        make_due(session.prompts.order_by("offset_hours").first())
        make_entry(world.patient, session=session, mood=5, title=f"Entry {n}")


def _query_count(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(25) as captured:
        assert client.get(reverse("today")).status_code == 200
    return len(captured)


def test_today_costs_the_same_queries_with_one_window_or_five(
    world, client, django_assert_max_num_queries
):
    client.force_login(world.patient.user)
    _windows(world, 1)
    one = _query_count(client, django_assert_max_num_queries)

    _windows(world, 4)
    five = _query_count(client, django_assert_max_num_queries)

    assert five == one


def test_today_lists_a_group_session_during_the_patients_window(world, client):
    from tests.groups.helpers import schedule
    from tests.sessions.helpers import record_session

    record_session(world, hours_ago=3)
    during = schedule(world, hours_ahead=24, title="Evening integration circle")
    after = schedule(world, hours_ahead=24 * 9, title="Circle long after")
    client.force_login(world.patient.user)

    body = client.get("/today/").content.decode()

    assert "Groups during your window" in body
    assert during.title in body
    assert after.title not in body
