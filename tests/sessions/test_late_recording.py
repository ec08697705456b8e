"""A session recorded after its window began: what closed is skipped, never missed; what is
due arrives as one message, not a burst."""

from datetime import UTC, datetime, timedelta

import pytest
from django.core import mail
from django.urls import reverse

from patients.models import Notification
from sessions import services
from sessions.models import ScheduledPrompt
from tests.sessions.helpers import record_session

Status = ScheduledPrompt.Status
# Wednesday 10 June 2026, noon in New York (the patient's zone; quiet hours 21:00-08:00).
NOW = datetime(2026, 6, 10, 16, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _pinned(time_machine):
    time_machine.move_to(NOW, tick=False)


def _record_late(world, hours_ago):
    return record_session(world, hours_ago=hours_ago, recorded_late=True)


def _statuses(session):
    return {p.title: p.status for p in session.prompts.filter(phase="window")}


def _dispatch(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return services.prompts_dispatch_due()


def test_prompts_that_closed_before_the_session_was_recorded_are_skipped(world):
    # Ended 28 hours ago, at 08:00 New York: the check-in (+2 h, open 12 h) closed at
    # 22:00 yesterday; the debrief (+6 h, open 24 h) and day-one journal (+24 h) are open.
    session = _record_late(world, 28)

    statuses = _statuses(session)

    assert statuses["How are you feeling?"] == Status.SKIPPED
    assert statuses["Debrief reflection"] == statuses["Day one journal"] == Status.SCHEDULED
    assert statuses["Guided breathing"] == Status.SCHEDULED
    skipped = session.prompts.get(status=Status.SKIPPED)
    assert skipped.get_status_display() == "Skipped: recorded late"


def test_the_prompts_already_due_arrive_in_one_inbox_item_and_one_email(
    world, django_capture_on_commit_callbacks
):
    session = _record_late(world, 28)
    due = list(session.prompts.filter(due_at__lte=NOW, status=Status.SCHEDULED))
    assert [p.title for p in due] == ["Debrief reflection", "Day one journal"]

    assert _dispatch(django_capture_on_commit_callbacks) == 2
    assert _dispatch(django_capture_on_commit_callbacks) == 0

    assert {p.status for p in session.prompts.filter(pk__in=[p.pk for p in due])} == {Status.SENT}
    (item,) = Notification.objects.filter(user=world.patient.user)
    assert item.title == "2 prompts are waiting for you"
    assert "Debrief reflection" in item.body and "Day one journal" in item.body
    assert item.url == reverse("prompt_inbox")
    (email,) = mail.outbox
    for prompt in due:
        assert prompt.title in email.body
        assert f"/prompts/{prompt.pk}/" in email.body
    assert "How are you feeling?" not in email.body


def test_the_patient_sees_the_late_prompts_as_open_and_never_the_skipped_one(
    world, client, django_capture_on_commit_callbacks
):
    session = _record_late(world, 28)
    _dispatch(django_capture_on_commit_callbacks)
    client.force_login(world.patient.user)

    inbox = client.get(reverse("prompt_inbox")).content.decode()

    due_section = inbox.split('id="due-title"')[1].split('id="upcoming-title"')[0]
    assert "Debrief reflection" in due_section and "Day one journal" in due_section
    assert "How are you feeling?" not in inbox
    skipped = session.prompts.get(status=Status.SKIPPED)
    page = client.get(reverse("prompt_detail", args=[skipped.pk])).content.decode()
    assert "never sent" in page and "does not count as missed" in page
    answer = client.get(reverse("prompt_answer", args=[skipped.pk]))
    assert answer.status_code == 404


def test_staff_see_the_skipped_prompt_and_why(world, client):
    session = _record_late(world, 28)
    client.force_login(world.user("clinician"))

    page = client.get(reverse("session_detail", args=[session.pk])).content.decode()

    assert "Skipped: recorded late" in page
    assert "not counted as missed" in page
    assert "in one message" in page


def test_a_single_prompt_already_due_comes_as_its_own_message(
    world, django_capture_on_commit_callbacks
):
    session = _record_late(world, 4)
    (due,) = session.prompts.filter(due_at__lte=NOW)

    _dispatch(django_capture_on_commit_callbacks)

    assert due.digest_key == ""
    (item,) = Notification.objects.filter(user=world.patient.user)
    assert (item.title, item.dedupe_key) == ("How are you feeling?", f"prompt:{due.pk}")
    assert len(mail.outbox) == 1


def test_a_session_recorded_as_it_ends_skips_nothing(world):
    session = record_session(world, hours_ago=0.1, recorded_late=True)

    assert set(_statuses(session).values()) == {Status.SCHEDULED}
    assert not session.prompts.exclude(digest_key="").exists()


def test_moving_the_end_far_into_the_past_skips_what_has_closed(world):
    clinician = world.user("clinician")
    session = _record_late(world, 0.5)
    assert not session.prompts.filter(status=Status.SKIPPED).exists()

    services.session_update(
        acting_user=clinician,
        session=session,
        started_at=NOW - timedelta(hours=29),
        ended_at=NOW - timedelta(hours=28),
    )

    statuses = _statuses(session)
    assert statuses["How are you feeling?"] == Status.SKIPPED
    waiting = session.prompts.exclude(digest_key="")
    assert sorted(p.title for p in waiting) == ["Day one journal", "Debrief reflection"]


def test_skipped_prompts_never_expire_into_missed_ones_nor_count_in_adherence(world):
    from integration_clinic import progress
    from sessions.selectors import prompt_list_for, session_list_for

    session = _record_late(world, 24 * 5)
    services.prompts_expire()

    assert set(_statuses(session).values()) == {Status.SKIPPED}
    user = world.patient.user
    windows = progress.windows_of(session_list_for(user))
    assert progress.adherence_by_window(prompt_list_for(user), windows) == []


def test_a_window_recorded_in_the_night_reaches_the_patient_when_their_quiet_hours_end(
    world, time_machine, django_capture_on_commit_callbacks
):
    # 02:00 in New York; the session ended at 14:00 the day before. The debrief (+6 h)
    # is open until 20:00 today, the check-in (+2 h) only until 04:00: gone by 08:00.
    night = datetime(2026, 6, 11, 6, 0, tzinfo=UTC)
    morning = datetime(2026, 6, 11, 12, 0, tzinfo=UTC)
    time_machine.move_to(night, tick=False)
    session = record_session(world, hours_ago=12, recorded_late=True)

    statuses = _statuses(session)
    assert statuses["How are you feeling?"] == Status.SKIPPED
    debrief = session.prompts.get(title="Debrief reflection")
    assert (debrief.status, debrief.due_at) == (Status.SCHEDULED, morning)
    assert _dispatch(django_capture_on_commit_callbacks) == 0

    time_machine.move_to(morning, tick=False)
    assert _dispatch(django_capture_on_commit_callbacks) == 1
    assert len(mail.outbox) == 1


def test_the_inbox_shows_a_prompt_due_before_the_dispatcher_sends_it(world, client):
    session = _record_late(world, 28)
    client.force_login(world.patient.user)

    inbox = client.get(reverse("prompt_inbox")).content.decode()

    due_section = inbox.split('id="due-title"')[1].split('id="upcoming-title"')[0]
    assert "Debrief reflection" in due_section
    assert session.prompts.get(title="Debrief reflection").status == Status.SCHEDULED
