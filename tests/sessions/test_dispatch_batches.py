"""Prompts are delivered in batches: one gate, set-based writes, one SMTP connection; a bad
row falls back to row by row; claims that could not be published go back at once."""

import logging
from datetime import timedelta

from celery.signals import task_prerun
from django.core import mail
from django.utils import timezone

from integration_clinic.celery import app as celery_app
from patients.models import Delivery, Notification, Patient
from patients.services import email_message_id
from sessions import services
from sessions.loadgen import due_prompts
from sessions.models import ScheduledPrompt

Status = ScheduledPrompt.Status


def _claim(prompts):
    ScheduledPrompt.objects.filter(pk__in=[p.pk for p in prompts]).update(
        status=Status.QUEUED, queued_at=timezone.now()
    )
    return [p.pk for p in prompts]


def test_a_batch_reaches_every_patient_once_with_one_email_each(db):
    ids = _claim(due_prompts(12, patients=4))

    assert services.prompts_deliver(prompt_ids=ids) == 12
    assert services.prompts_deliver(prompt_ids=ids) == 0

    assert set(ScheduledPrompt.objects.filter(pk__in=ids).values_list("status", flat=True)) == {
        Status.SENT
    }
    assert sorted(Notification.objects.values_list("dedupe_key", flat=True)) == sorted(
        f"prompt:{pk}" for pk in ids
    )
    assert len(mail.outbox) == 12
    emailed = sorted(int(m.body.split("/prompts/")[1].split("/")[0]) for m in mail.outbox)
    assert emailed == sorted(ids)
    log = Delivery.objects.values_list("channel", "outcome")
    assert sorted(set(log)) == [("email", "sent"), ("in_app", "sent")]
    assert log.count() == 24


def test_a_batch_costs_the_same_queries_for_5_prompts_as_for_50(db, django_assert_max_num_queries):
    def deliver(count):
        prompts = due_prompts(count, patients=5)
        Patient.objects.filter(pk__in={p.patient_id for p in prompts}).update(
            preferred_channel=Patient.Channel.IN_APP
        )
        ids = _claim(prompts)
        # The gate, the reads, two set-based inserts, and the dashboard summaries' refresh.
        with django_assert_max_num_queries(25) as captured:
            assert services.prompts_deliver(prompt_ids=ids) == count
        return len(captured)

    assert deliver(5) == deliver(50)


def test_each_email_carries_a_message_id_made_from_its_dedupe_key(db):
    (prompt,) = due_prompts(1, patients=1)
    services.prompts_deliver(prompt_ids=_claim([prompt]))

    (message,) = mail.outbox
    user_id = prompt.patient.user_id
    expected = email_message_id(user_id=user_id, dedupe_key=f"prompt:{prompt.pk}")
    assert message.message()["Message-ID"] == expected
    assert expected == email_message_id(user_id=user_id, dedupe_key=f"prompt:{prompt.pk}")
    assert expected.startswith(f"<prompt.{prompt.pk}.u{user_id}.")
    assert Delivery.objects.get(channel="email").message_id == expected


def test_one_bad_row_does_not_hold_up_the_rest_of_its_batch(db, caplog):
    prompts = due_prompts(6, patients=3)
    bad = prompts[0]
    # A time zone the database let through: working out the reminder time fails for it.
    Patient.objects.filter(pk=bad.patient_id).update(time_zone="Mars/Olympus_Mons")
    ScheduledPrompt.objects.filter(pk__in=[p.pk for p in prompts]).update(reminder_after_hours=4)
    ids = _claim(prompts)

    with caplog.at_level(logging.WARNING):
        delivered = services.prompts_deliver(prompt_ids=ids)

    bad_patients_prompts = {p.pk for p in prompts if p.patient_id == bad.patient_id}
    assert delivered == len(ids) - len(bad_patients_prompts)
    assert "delivering them one by one" in caplog.text
    statuses = dict(ScheduledPrompt.objects.filter(pk__in=ids).values_list("pk", "status"))
    for pk in ids:
        assert statuses[pk] == (Status.QUEUED if pk in bad_patients_prompts else Status.SENT)
    assert Notification.objects.count() == len(ids) - len(bad_patients_prompts)


def test_a_claim_whose_session_was_cancelled_is_cancelled_not_delivered(db):
    prompts = due_prompts(2, patients=2)
    ids = _claim(prompts)
    prompts[0].session.__class__.objects.filter(pk=prompts[0].session_id).update(status="cancelled")

    assert services.prompts_deliver(prompt_ids=ids) == 1

    assert ScheduledPrompt.objects.get(pk=prompts[0].pk).status == Status.CANCELLED
    assert ScheduledPrompt.objects.get(pk=prompts[1].pk).status == Status.SENT


def test_claims_are_published_a_task_per_delivery_batch(
    db, settings, django_capture_on_commit_callbacks
):
    settings.PROMPT_DELIVERY_BATCH_SIZE = 4
    ids = [p.pk for p in due_prompts(10, patients=2)]
    published = []

    def record(sender=None, args=None, **extra):
        if sender.name == "sessions.tasks.deliver_prompts":
            published.append(list(args[0]))

    task_prerun.connect(record)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            assert sorted(services.prompts_claim_due()) == sorted(ids)
    finally:
        task_prerun.disconnect(record)

    assert [len(batch) for batch in published] == [4, 4, 2]
    assert sorted(pk for batch in published for pk in batch) == sorted(ids)
    assert ScheduledPrompt.objects.filter(pk__in=ids, status=Status.SENT).count() == 10


def test_a_dispatch_out_of_time_hands_over_to_the_next_at_once(
    db, settings, django_capture_on_commit_callbacks
):
    settings.PROMPT_CLAIM_BATCH_SIZE = 3
    ids = [p.pk for p in due_prompts(7, patients=1)]

    with django_capture_on_commit_callbacks(execute=True):
        # A budget spent after the first claim: that dispatch stops, the next goes on.
        first = services.prompts_dispatch_due(time_budget_seconds=1e-9)

    assert first == 3
    assert ScheduledPrompt.objects.filter(pk__in=ids, status=Status.SENT).count() == 7


def test_housekeeping_runs_on_its_own_queue_and_deliveries_on_the_default_one(settings):
    router = celery_app.amqp.router
    for entry in settings.CELERY_BEAT_SCHEDULE.values():
        assert router.route({}, entry["task"])["queue"].name == "housekeeping", entry["task"]
    for task in ("sessions.tasks.deliver_prompts", "patients.tasks.deliver_emails"):
        assert router.route({}, task)["queue"].name == settings.CELERY_TASK_DEFAULT_QUEUE


def test_a_stuck_claim_is_requeued_within_minutes_not_ten(db, django_capture_on_commit_callbacks):
    (prompt,) = due_prompts(1, patients=1)
    ScheduledPrompt.objects.filter(pk=prompt.pk).update(
        status=Status.QUEUED, queued_at=timezone.now() - timedelta(minutes=4)
    )

    with django_capture_on_commit_callbacks(execute=True):
        assert services.prompts_requeue_stuck() == [prompt.pk]

    assert ScheduledPrompt.objects.get(pk=prompt.pk).status == Status.SENT
