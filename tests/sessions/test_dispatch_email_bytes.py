"""A batch's emails are made cheaply (the template rendered once per crisis line, the
message written straight to bytes) but reach people exactly as Django would have sent
them: the same subject, body, headers and bytes."""

import time_machine
from django.core import mail
from django.core.mail import EmailMessage, get_connection
from django.utils import timezone

from patients.crisis_lines import crisis_help_for, crisis_sentence
from patients.models import Delivery, Notification, Patient
from patients.outbox import _email_message, emails_deliver
from patients.services import email_claim, email_message_id
from sessions import services
from sessions.loadgen import due_prompts
from sessions.models import ScheduledPrompt
from sessions.services_dispatch import prompt_message

SUBJECTS = [
    "Day one journal",
    "",
    "Réflexion du jour — comment ça va ?",
    "A title long enough that Python's email package must fold it over two lines or more",
    "  spaced  out  ",
    "=?utf-8?q?looks_encoded?=",
    "semi;colon, and comma",
]
BODIES = [
    "Something new is waiting.\n\nOpen it here: https://clinic.test/prompts/1/\n",
    "",
    "no line end",
    "crlf\r\nand a lone cr\rand lf\n",
    "Grüße, ½ and 日本語\n",
    "From the start of a line\n.\n",
    "x" * 999 + "\n",  # too long a line: Django's quoted-printable message
]
ADDRESSES = ["p1@load.test", "Zoë <zoe@exämple.test>"]
MESSAGE_IDS = [
    "<prompt.1.u2.abcdef012345@integration-clinic.invalid>",
    "<" + "a" * 90 + "@integration-clinic.invalid>",
]


def test_messages_written_straight_to_bytes_match_djangos_byte_for_byte(settings):
    smtp = get_connection("django.core.mail.backends.smtp.EmailBackend")
    with time_machine.travel("2026-12-09 07:30:00+00:00", tick=False):
        for subject in SUBJECTS:
            for body in BODIES:
                for to in ADDRESSES:
                    for message_id in MESSAGE_IDS:
                        ours = _email_message(subject, body, to, message_id, smtp).message()
                        django = EmailMessage(
                            subject, body, None, [to], headers={"Message-ID": message_id}
                        ).message()
                        for linesep in ("\n", "\r\n"):
                            assert ours.as_bytes(linesep=linesep) == django.as_bytes(
                                linesep=linesep
                            ), (subject, body, to, message_id)


def test_a_batch_writes_the_mail_file_django_would_have(db, settings, tmp_path):
    settings.EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    settings.EMAIL_FILE_PATH = str(tmp_path)
    prompts = due_prompts(4, patients=2)
    ScheduledPrompt.objects.filter(pk=prompts[0].pk).update(title="Réflexion du jour")
    ids = [p.pk for p in prompts]
    ScheduledPrompt.objects.filter(pk__in=ids).update(status="queued", queued_at=timezone.now())

    with time_machine.travel(timezone.now(), tick=False):
        assert services.prompts_deliver(prompt_ids=ids) == 4
        expected = b""
        for row in Delivery.objects.filter(channel="email").order_by("pk"):
            message = EmailMessage(
                settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + row.subject,
                row.body,
                None,
                [row.user.email],
                headers={"Message-ID": row.message_id},
            ).message()
            expected += message.as_bytes() + b"\n" + b"-" * 79 + b"\n"

    (written,) = tmp_path.iterdir()
    assert written.read_bytes() == expected
    assert "Réflexion du jour" in written.read_bytes().decode()


def test_each_email_is_the_prompt_email_rendered_on_its_own(db, settings):
    prompts = due_prompts(6, patients=3)
    # Patients in other countries get other crisis lines; titles with template-like text.
    Patient.objects.filter(pk=prompts[0].patient_id).update(country="GB")
    Patient.objects.filter(pk=prompts[2].patient_id).update(country="DE")
    ScheduledPrompt.objects.filter(pk=prompts[1].pk).update(title="{{ link }} & <b>100%</b>")
    ids = [p.pk for p in prompts]
    ScheduledPrompt.objects.filter(pk__in=ids).update(status="queued", queued_at=timezone.now())

    services.prompts_deliver(prompt_ids=ids)

    by_key = {m.extra_headers["Message-ID"]: m for m in mail.outbox}
    assert len(by_key) == 6
    for prompt in ScheduledPrompt.objects.select_related("patient").filter(pk__in=ids):
        line = crisis_sentence(crisis_help_for(prompt.patient))
        subject, body, _ = prompt_message(prompt, crisis_line=line)
        key = email_message_id(user_id=prompt.patient.user_id, dedupe_key=prompt.dedupe_key)
        assert by_key[key].subject == settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + subject
        assert by_key[key].body == body
    crisis_lines = {m.body.strip().splitlines()[-1] for m in mail.outbox}
    assert len(crisis_lines) == 3  # one a country


def test_an_email_already_in_the_outbox_is_not_sent_again_by_a_batch(db, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    prompts = due_prompts(3, patients=3)
    first = prompts[0]
    # The email of the first prompt was claimed by an earlier run, which failed to send.
    email_claim(
        user=first.patient.user,
        dedupe_key=first.dedupe_key,
        subject="Earlier",
        body="Earlier",
        patient=first.patient,
    )
    ids = [p.pk for p in prompts]
    ScheduledPrompt.objects.filter(pk__in=ids).update(status="queued", queued_at=timezone.now())
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

    assert services.prompts_deliver(prompt_ids=ids) == 3

    assert len(mail.outbox) == 2
    assert first.patient.user.email not in {m.to[0] for m in mail.outbox}
    earlier = Delivery.objects.get(channel="email", dedupe_key=first.dedupe_key)
    assert (earlier.outcome, earlier.subject) == ("pending", "Earlier")
    sent = Delivery.objects.filter(channel="email", outcome="sent")
    assert sorted(sent.values_list("attempts", "detail")) == [(1, ""), (1, "")]
    assert Delivery.objects.filter(channel="in_app", outcome="sent").count() == 3
    # The sweep sends the earlier claim, with its own subject, later.
    assert emails_deliver(delivery_ids=[earlier.pk]) == 1
    assert mail.outbox[-1].subject.endswith("Earlier")


def test_a_full_batch_is_written_whole_however_the_database_splits_its_inserts(db):
    # 200 rows of eleven columns: more than SQLite takes in one statement.
    prompts = due_prompts(200, patients=20)
    ids = [p.pk for p in prompts]
    ScheduledPrompt.objects.filter(pk__in=ids).update(status="queued", queued_at=timezone.now())

    assert services.prompts_deliver(prompt_ids=ids) == 200

    assert len(mail.outbox) == 200
    assert Delivery.objects.filter(channel="email", outcome="sent").count() == 200
    assert Delivery.objects.filter(channel="in_app", outcome="sent").count() == 200
    assert Notification.objects.filter(dedupe_key__in=[f"prompt:{pk}" for pk in ids]).count() == 200
