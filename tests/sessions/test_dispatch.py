"""Due prompts reach the patient's inbox and email exactly once."""

from datetime import timedelta

from django.core import mail
from django.utils import timezone

from patients import services as patient_services
from patients.models import Delivery, Notification, Patient
from sessions import services
from sessions.models import ScheduledPrompt
from tests.sessions.helpers import record_session

Status = ScheduledPrompt.Status


def _due_now(session, count=1):
    now = timezone.now()
    prompts = list(session.prompts.order_by("offset_hours")[:count])
    ScheduledPrompt.objects.filter(pk__in=[p.pk for p in prompts]).update(
        due_at=now - timedelta(minutes=1), expires_at=now + timedelta(hours=12)
    )
    return prompts


def _dispatch(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return services.prompts_dispatch_due()


def test_a_due_prompt_reaches_the_inbox_and_email_once(world, django_capture_on_commit_callbacks):
    session = record_session(world)
    (prompt,) = _due_now(session)

    assert _dispatch(django_capture_on_commit_callbacks) == 1
    assert _dispatch(django_capture_on_commit_callbacks) == 0
    assert services.prompt_deliver(prompt_id=prompt.pk) is False

    prompt.refresh_from_db()
    assert prompt.status == Status.SENT
    assert Notification.objects.filter(user=world.patient.user).count() == 1
    assert len(mail.outbox) == 1
    assert f"/prompts/{prompt.pk}/" in mail.outbox[0].body
    assert mail.outbox[0].to == [world.patient.user.email]
    log = set(Delivery.objects.filter(patient=world.patient).values_list("channel", "outcome"))
    assert log == {("in_app", "sent"), ("email", "sent")}


def test_prompts_not_yet_due_stay_scheduled(world, django_capture_on_commit_callbacks):
    session = record_session(world)
    future = session.prompts.order_by("-offset_hours").first()
    ScheduledPrompt.objects.filter(pk=future.pk).update(due_at=timezone.now() + timedelta(hours=5))
    ScheduledPrompt.objects.exclude(pk=future.pk).delete()

    assert _dispatch(django_capture_on_commit_callbacks) == 0
    future.refresh_from_db()
    assert future.status == Status.SCHEDULED
    assert not mail.outbox


def test_claiming_publishes_the_deliveries_only_when_the_claim_commits(
    world, django_capture_on_commit_callbacks
):
    session = record_session(world)
    _due_now(session, count=3)

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        claimed = services.prompts_claim_due()

    assert len(claimed) == 3
    assert len(callbacks) == 1
    assert set(session.prompts.filter(pk__in=claimed).values_list("status", flat=True)) == {
        Status.QUEUED
    }


def test_claims_left_by_a_dead_worker_are_delivered_once_requeued(
    world, django_capture_on_commit_callbacks
):
    session = record_session(world)
    (prompt,) = _due_now(session)
    ScheduledPrompt.objects.filter(pk=prompt.pk).update(
        status=Status.QUEUED, queued_at=timezone.now() - timedelta(minutes=30)
    )

    with django_capture_on_commit_callbacks(execute=True):
        requeued = services.prompts_requeue_stuck()

    assert requeued == [prompt.pk]
    prompt.refresh_from_db()
    assert prompt.status == Status.SENT
    assert len(mail.outbox) == 1


def test_a_fresh_claim_is_not_requeued(world, django_capture_on_commit_callbacks):
    session = record_session(world)
    (prompt,) = _due_now(session)
    ScheduledPrompt.objects.filter(pk=prompt.pk).update(
        status=Status.QUEUED, queued_at=timezone.now()
    )

    assert services.prompts_requeue_stuck() == []


def test_an_unanswered_prompt_gets_one_reminder(world, django_capture_on_commit_callbacks):
    session = record_session(world)
    (prompt,) = _due_now(session)
    _dispatch(django_capture_on_commit_callbacks)
    ScheduledPrompt.objects.filter(pk=prompt.pk).update(
        remind_at=timezone.now() - timedelta(minutes=1)
    )

    assert services.prompts_send_reminders() == 1
    assert services.prompts_send_reminders() == 0

    assert [m.subject for m in mail.outbox][-1].endswith(f"Reminder: {prompt.title}")
    assert len(mail.outbox) == 2
    assert Notification.objects.filter(title__startswith="Reminder:").count() == 1


def test_an_answered_prompt_gets_no_reminder(world, django_capture_on_commit_callbacks):
    session = record_session(world)
    (prompt,) = _due_now(session)
    _dispatch(django_capture_on_commit_callbacks)
    prompt.refresh_from_db()
    services.prompt_complete(acting_user=world.patient.user, prompt=prompt)
    ScheduledPrompt.objects.filter(pk=prompt.pk).update(
        remind_at=timezone.now() - timedelta(minutes=1)
    )

    assert services.prompts_send_reminders() == 0


def test_the_reminder_time_is_outside_quiet_hours(world, django_capture_on_commit_callbacks):
    from sessions.scheduling import in_quiet_hours

    session = record_session(world)
    _due_now(session, count=8)
    _dispatch(django_capture_on_commit_callbacks)

    for prompt in session.prompts.exclude(remind_at=None):
        local = prompt.remind_at.astimezone(world.patient.zone).time()
        assert not in_quiet_hours(
            local, world.patient.quiet_hours_start, world.patient.quiet_hours_end
        )


def test_prompts_past_their_time_expire_and_count_as_missed(world):
    session = record_session(world)
    sent, answered = _due_now(session, count=2)
    past = timezone.now() - timedelta(minutes=1)
    ScheduledPrompt.objects.filter(pk=sent.pk).update(status=Status.SENT, expires_at=past)
    ScheduledPrompt.objects.filter(pk=answered.pk).update(status=Status.ANSWERED, expires_at=past)

    services.prompts_expire()

    assert ScheduledPrompt.objects.get(pk=sent.pk).status == Status.EXPIRED
    assert ScheduledPrompt.objects.get(pk=answered.pk).status == Status.ANSWERED


def test_a_patient_who_chose_in_app_only_gets_no_email(world, django_capture_on_commit_callbacks):
    Patient.objects.filter(pk=world.patient.pk).update(preferred_channel="in_app")
    world.patient.refresh_from_db()
    session = record_session(world)
    _due_now(session)

    _dispatch(django_capture_on_commit_callbacks)

    assert Notification.objects.filter(user=world.patient.user).count() == 1
    assert not mail.outbox


def test_an_email_the_smtp_server_refused_is_logged_and_sent_once_it_is_back(
    world, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.failing_email.RefusingEmailBackend"
    session = record_session(world)
    _due_now(session)

    _dispatch(django_capture_on_commit_callbacks)

    waiting = Delivery.objects.get(channel="email")
    assert waiting.outcome == "pending"
    assert "refused" in waiting.detail
    assert Notification.objects.filter(user=world.patient.user).count() == 1

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert patient_services.emails_send_pending(older_than=timedelta(0)) == 1
    assert patient_services.emails_send_pending(older_than=timedelta(0)) == 0
    assert len(mail.outbox) == 1
    assert Delivery.objects.get(channel="email").outcome == "sent"


def test_an_email_is_given_up_after_the_last_attempt(
    world, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.failing_email.RefusingEmailBackend"
    settings.EMAIL_MAX_ATTEMPTS = 2
    session = record_session(world)
    _due_now(session)
    _dispatch(django_capture_on_commit_callbacks)

    patient_services.emails_send_pending(older_than=timedelta(0))

    failed = Delivery.objects.get(channel="email")
    assert (failed.outcome, failed.attempts) == ("failed", 2)
    assert patient_services.emails_send_pending(older_than=timedelta(0)) == 0


def test_an_email_claimed_by_a_worker_that_died_is_sent_by_the_sweep(world):
    session = record_session(world)
    (prompt,) = _due_now(session)
    patient_services.email_claim(
        user=world.patient.user,
        dedupe_key=prompt.dedupe_key,
        subject=prompt.title,
        body="Open it here",
        patient=world.patient,
    )

    assert patient_services.emails_send_pending(older_than=timedelta(0)) == 1
    assert len(mail.outbox) == 1


def test_a_cancelled_prompt_claimed_earlier_is_not_delivered(
    world, django_capture_on_commit_callbacks
):
    session = record_session(world)
    (prompt,) = _due_now(session)
    with django_capture_on_commit_callbacks(execute=False):
        services.prompts_claim_due()
    ScheduledPrompt.objects.filter(pk=prompt.pk).update(status=Status.CANCELLED)

    assert services.prompt_deliver(prompt_id=prompt.pk) is False
    assert not Notification.objects.exists()


def test_delivering_a_deleted_prompt_does_nothing(db):
    from sessions.tasks import deliver_prompt

    deliver_prompt.apply(args=[987654])

    assert not Notification.objects.exists()


def test_a_sweep_and_a_slow_worker_holding_the_same_email_send_it_once(world):
    claim = patient_services.email_claim(
        user=world.patient.user, dedupe_key="prompt:race", subject="Hello", body="Open it"
    )
    swept = Delivery.objects.get(pk=claim.pk)

    assert patient_services.email_deliver(delivery=swept) is True
    assert patient_services.email_deliver(delivery=claim) is False
    assert patient_services.emails_send_pending(older_than=timedelta(0)) == 0
    assert len(mail.outbox) == 1
