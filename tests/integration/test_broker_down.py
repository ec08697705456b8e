"""The safety net never needs the broker. With the broker unreachable, a crisis journal
entry and a PHQ-9 with item 9 above 0 are answered at once, with crisis help, the alert
committed and the care team emailed from the web process; any other publish gives up
fast with a warning, and beat's sweeps publish what was left. With the SMTP server down
or hung as well, the answer still comes at once and the outbox sweep sends the alert.

The broker here is a loopback port that refuses connections (bound, never listening),
so no server is needed; the requests run in real transactions, so their on-commit
publishing happens inside the request, as in production."""

import json
import logging
import os
import socket
import time
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.core import mail
from django.urls import get_resolver, reverse

from integration_clinic.celery import REDIS_FAIL_FAST
from integration_clinic.celery import app as celery_app
from journals.models import Assessment, JournalEntry
from patients.models import Delivery, SafetyAlert
from patients.services import emails_send_pending
from sessions import services as sessions_services
from sessions.models import ScheduledPrompt
from tests.groups.helpers import more_patients, schedule, seat
from tests.journals.helpers import CRISIS_WORDS, due_prompt
from tests.sessions.helpers import record_session

pytestmark = pytest.mark.django_db(transaction=True)

# The promise to a patient in crisis: the answer, with help, within this many seconds.
ANSWER_WITHIN = 2.0
NOW = datetime(2026, 12, 9, 17, 30, tzinfo=UTC)
PHQ9_ITEM9 = {f"item_{n}": "1" if n == 9 else "0" for n in range(1, 10)}


@pytest.fixture(scope="module", autouse=True)
def started_process():
    """A server process loads its URLs, views and crisis screen when it starts (wsgi.py
    does, before its first request): the promise timed here is the answer's, not that."""
    get_resolver().url_patterns  # noqa: B018


@pytest.fixture(autouse=True)
def clock():
    with time_machine.travel(NOW, tick=False) as traveller:
        yield traveller


def _reset_pools():
    celery_app._pool = None
    celery_app.amqp._producer_pool = None


@contextmanager
def broker_down():
    """Points the Celery app at a Redis URL whose port refuses connections, with the
    transport options the app gives any Redis broker."""
    holder = socket.socket()
    holder.bind(("127.0.0.1", 0))
    conf = celery_app.conf
    saved = (conf.broker_url, conf.broker_transport_options, conf.task_always_eager)
    dead_url = f"redis://127.0.0.1:{holder.getsockname()[1]}/0"
    # Celery reads CELERY_BROKER_URL from the environment before its own settings (as CI
    # sets it), so the environment must name the dead broker too.
    saved_environ = os.environ.get("CELERY_BROKER_URL")
    os.environ["CELERY_BROKER_URL"] = dead_url
    conf.broker_url = dead_url
    conf.broker_transport_options = dict(REDIS_FAIL_FAST)
    conf.task_always_eager = False
    _reset_pools()
    try:
        yield
    finally:
        if saved_environ is None:
            os.environ.pop("CELERY_BROKER_URL", None)
        else:
            os.environ["CELERY_BROKER_URL"] = saved_environ
        conf.broker_url, conf.broker_transport_options, conf.task_always_eager = saved
        _reset_pools()
        holder.close()


@pytest.fixture
def dead_broker():
    with broker_down():
        yield


def _timed(call):
    started = time.monotonic()
    response = call()
    return response, time.monotonic() - started


def _care_team_emails(world):
    """The patient's clinician, coach and therapist: who gets a safety alert."""
    team = (world.patient.care_clinician, world.patient.care_coach, world.patient.care_therapist)
    return {person.email for person in team if person is not None}


def _urgent_mail_to(world):
    return {m.to[0] for m in mail.outbox if m.subject.startswith("[Integration Clinic] Urgent")}


def test_a_crisis_entry_is_answered_with_help_alert_and_email_while_the_broker_is_down(
    world, client, dead_broker
):
    client.force_login(world.patient.user)

    response, took = _timed(
        lambda: client.post(reverse("entry_create"), {"text": CRISIS_WORDS}, follow=True)
    )

    assert took < ANSWER_WITHIN
    assert response.redirect_chain[0][1] == 302
    assert 'href="tel:988"' in response.content.decode()
    entry = JournalEntry.objects.get()
    assert SafetyAlert.objects.get().source_id == str(entry.pk)
    assert _urgent_mail_to(world) == _care_team_emails(world)
    assert set(Delivery.objects.filter(channel="email").values_list("outcome", flat=True)) == {
        "sent"
    }


def test_a_crisis_entry_by_api_gets_201_with_help_alert_and_email_while_the_broker_is_down(
    world, client, dead_broker
):
    client.force_login(world.patient.user)

    response, took = _timed(
        lambda: client.post(
            reverse("journal-entry-list"),
            json.dumps({"text": CRISIS_WORDS}),
            content_type="application/json",
        )
    )

    assert took < ANSWER_WITHIN
    assert response.status_code == 201
    assert response.json()["crisis_resources"]["resources"]
    assert SafetyAlert.objects.count() == 1
    assert _urgent_mail_to(world) == _care_team_emails(world)


def test_a_phq9_with_item_9_is_answered_with_help_alert_and_email_while_the_broker_is_down(
    world, client, dead_broker
):
    prompt = due_prompt(world, "assessment", instrument="phq9")
    client.force_login(world.patient.user)

    response, took = _timed(
        lambda: client.post(reverse("prompt_answer", args=[prompt.pk]), PHQ9_ITEM9, follow=True)
    )

    assert took < ANSWER_WITHIN
    assessment = Assessment.objects.get()
    assert response.redirect_chain == [(reverse("assessment_detail", args=[assessment.pk]), 302)]
    assert 'href="tel:988"' in response.content.decode()
    assert SafetyAlert.objects.get().kind == "phq9_item9"
    assert _urgent_mail_to(world) == _care_team_emails(world)


def test_a_phq9_with_item_9_by_api_gets_201_with_help_while_the_broker_is_down(
    world, client, dead_broker
):
    client.force_login(world.patient.user)
    data = {"instrument": "phq9", "item_scores": [0] * 8 + [3]}

    response, took = _timed(
        lambda: client.post(
            reverse("assessment-list"), json.dumps(data), content_type="application/json"
        )
    )

    assert took < ANSWER_WITHIN
    assert response.status_code == 201
    assert response.json()["crisis_resources"]["resources"]
    assert SafetyAlert.objects.count() == 1
    assert _urgent_mail_to(world) == _care_team_emails(world)


@pytest.mark.parametrize("country", ["GB", "ES"])
def test_with_the_broker_down_a_patient_abroad_gets_their_own_countrys_lines(
    world, client, dead_broker, country
):
    world.patient.country = country
    world.patient.save(update_fields=["country"])
    prompt = due_prompt(world, "assessment", instrument="phq9")
    client.force_login(world.patient.user)

    entry_page, entry_took = _timed(
        lambda: client.post(reverse("entry_create"), {"text": CRISIS_WORDS}, follow=True)
    )
    answer_page, answer_took = _timed(
        lambda: client.post(reverse("prompt_answer", args=[prompt.pk]), PHQ9_ITEM9, follow=True)
    )

    assert entry_took < ANSWER_WITHIN and answer_took < ANSWER_WITHIN
    own_line = {"GB": 'href="tel:116123"', "ES": 'href="tel:024"'}[country]
    for page in (entry_page, answer_page):
        html = page.content.decode()
        assert own_line in html
        assert "tel:988" not in html and "sms:988" not in html
    assert SafetyAlert.objects.count() == 2
    assert _urgent_mail_to(world) == _care_team_emails(world)


def test_a_publish_to_a_dead_broker_gives_up_fast_with_a_warning(world, dead_broker, caplog):
    from patients.tasks import deliver_emails

    with caplog.at_level(logging.WARNING, logger="integration_clinic.celery"):
        result, took = _timed(lambda: deliver_emails.delay([]))

    assert result is None
    assert took < ANSWER_WITHIN
    assert "patients.tasks.deliver_emails not published" in caplog.text


def test_a_page_that_publishes_answers_and_the_outbox_sweep_sends_its_email_later(
    world, client, clock, caplog
):
    """A patient gives up a seat; the first on the waitlist gets it and must be told. The
    email's publish fails; the row waits in the outbox and the sweep sends it."""
    group_session = schedule(world, capacity=1)
    waiting = more_patients(world, 1)[0]
    seat(group_session, world.patient)
    seat(group_session, waiting)
    client.force_login(world.patient.user)
    mail.outbox.clear()

    with broker_down(), caplog.at_level(logging.WARNING, logger="integration_clinic.celery"):
        response, took = _timed(
            lambda: client.post(reverse("group_withdraw", args=[group_session.pk]))
        )

    assert took < ANSWER_WITHIN
    assert response.status_code == 302
    assert "not published" in caplog.text
    told = Delivery.objects.get(user=waiting.user, channel="email", outcome="pending")
    assert not mail.outbox

    clock.shift(timedelta(minutes=6))
    assert emails_send_pending() == 1

    assert [m.to for m in mail.outbox] == [[waiting.user.email]]
    told.refresh_from_db()
    assert told.outcome == "sent"


def test_due_prompts_claimed_while_the_broker_is_down_go_back_and_the_next_dispatch_sends_them(
    world, clock, settings
):
    session = record_session(world, hours_ago=0)
    first_two = list(session.prompts.order_by("due_at").values_list("pk", flat=True)[:2])
    ScheduledPrompt.objects.filter(pk__in=first_two).update(due_at=NOW - timedelta(minutes=1))

    with broker_down():
        claimed, took = _timed(lambda: sessions_services.prompts_claim_due(now=NOW))

    assert took < ANSWER_WITHIN
    assert sorted(claimed) == sorted(first_two)
    # Not stranded as claims for minutes: straight back on the schedule.
    assert ScheduledPrompt.objects.filter(pk__in=claimed, status="scheduled").count() == 2

    later = NOW + timedelta(minutes=1)
    clock.move_to(later)
    assert sessions_services.prompts_dispatch_due(now=later) == 2

    assert ScheduledPrompt.objects.filter(pk__in=claimed, status="sent").count() == 2


@contextmanager
def silent_smtp_server():
    """An SMTP server that accepts the connection and never says hello."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    try:
        yield server.getsockname()[1]
    finally:
        server.close()


def test_with_smtp_down_too_the_answer_comes_at_once_and_the_sweep_sends_the_alert_later(
    world, client, dead_broker, clock, settings
):
    settings.EMAIL_BACKEND = "tests.failing_email.RefusingEmailBackend"
    client.force_login(world.patient.user)

    response, took = _timed(
        lambda: client.post(reverse("entry_create"), {"text": CRISIS_WORDS}, follow=True)
    )

    assert took < ANSWER_WITHIN
    assert 'href="tel:988"' in response.content.decode()
    assert SafetyAlert.objects.count() == 1
    waiting = Delivery.objects.filter(channel="email", outcome="pending")
    assert {d.user.email for d in waiting} == _care_team_emails(world)

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    clock.shift(settings.EMAIL_RETRY_AFTER + timedelta(minutes=1))
    assert emails_send_pending() == len(_care_team_emails(world))

    assert _urgent_mail_to(world) == _care_team_emails(world)


def test_a_hung_smtp_server_holds_the_answer_no_longer_than_the_urgent_email_timeout(
    world, client, dead_broker, settings
):
    client.force_login(world.patient.user)
    with silent_smtp_server() as port:
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
        settings.URGENT_EMAIL_TIMEOUT = 0.5

        response, took = _timed(
            lambda: client.post(reverse("entry_create"), {"text": CRISIS_WORDS}, follow=True)
        )

    assert took < ANSWER_WITHIN
    assert 'href="tel:988"' in response.content.decode()
    assert SafetyAlert.objects.count() == 1
    assert Delivery.objects.filter(channel="email", outcome="pending").count() == len(
        _care_team_emails(world)
    )
