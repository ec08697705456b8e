"""Email is at-least-once with a stable Message-ID: leased as "sending" before the SMTP
call, and a row a crash left "sending" is sent again under the same Message-ID."""

import logging
from datetime import timedelta

import time_machine
from django.core import mail
from django.utils import timezone

from patients.models import Delivery
from patients.services import email_claim, email_deliver, emails_send_pending
from tests.sessions import observing_email


def _claim(world, key="prompt:1"):
    return email_claim(
        user=world.patient.user, dedupe_key=key, subject="Day one journal", body="Open it"
    )


def test_the_outbox_row_says_sending_while_the_smtp_server_has_the_message(world, settings):
    settings.EMAIL_BACKEND = "tests.sessions.observing_email.ObservingEmailBackend"
    observing_email.SEEN.clear()

    assert email_deliver(delivery=_claim(world)) is True

    assert observing_email.SEEN == ["sending"]
    assert Delivery.objects.get(channel="email").outcome == "sent"


def test_an_email_a_crash_left_sending_goes_again_with_the_same_message_id(world, settings, caplog):
    first = _claim(world)
    assert email_deliver(delivery=first) is True
    message_id = mail.outbox[0].extra_headers["Message-ID"]
    # The worker died after the SMTP server took the message, before recording it.
    crashed_at = timezone.now()
    Delivery.objects.filter(pk=first.pk).update(outcome="sending", at=crashed_at)

    with time_machine.travel(crashed_at + settings.EMAIL_SENDING_STALE_AFTER + timedelta(1)):
        with caplog.at_level(logging.WARNING):
            assert emails_send_pending() == 1
        assert emails_send_pending() == 0

    assert [m.extra_headers["Message-ID"] for m in mail.outbox] == [message_id, message_id]
    assert "possible duplicate" in caplog.text
    again = Delivery.objects.get(pk=first.pk)
    assert again.outcome == "sent"
    assert "possibly a duplicate" in again.detail


def test_an_email_being_sent_right_now_is_left_to_its_sender(world, settings):
    claim = _claim(world)
    Delivery.objects.filter(pk=claim.pk).update(outcome="sending", at=timezone.now())

    later = timezone.now() + settings.EMAIL_SENDING_STALE_AFTER - timedelta(minutes=1)
    with time_machine.travel(later):
        assert emails_send_pending(older_than=timedelta(0)) == 0

    assert not mail.outbox


def test_different_people_and_keys_get_different_message_ids(world, settings):
    email_claim(user=world.patient.user, dedupe_key="alert:1:1", subject="A", body="x")
    email_claim(user=world.user("clinician"), dedupe_key="alert:1:1", subject="A", body="x")
    email_claim(user=world.patient.user, dedupe_key="alert:1:2", subject="A", body="x")

    assert emails_send_pending(older_than=timedelta(0)) == 3

    ids = {m.extra_headers["Message-ID"] for m in mail.outbox}
    assert len(ids) == 3
    assert all(i.endswith(f"@{settings.EMAIL_MESSAGE_ID_DOMAIN}>") for i in ids)
