"""The machinery of batched delivery, behind the dispatch services in services.py.

One delivery task takes up to PROMPT_DELIVERY_BATCH_SIZE claimed prompts. One conditional
`UPDATE ... RETURNING` moves them queued -> sent: the rows it returns are this task's to
deliver, and no other run will ever get them (the exactly-once gate). Their inbox items,
in-app log rows and email outbox rows then go in with set-based inserts that skip what is
there already (ON CONFLICT DO NOTHING under the unique constraints), in the same
transaction; the emails go out after it commits, over one SMTP connection.
"""

import logging
import re
from datetime import datetime, timedelta

from django.conf import settings
from django.db import DatabaseError, connection, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from patients import channels
from patients.crisis_lines import crisis_help_for, crisis_sentence
from patients.languages import language_for
from patients.models import Delivery, Notification, Patient
from patients.outbox import LeasedEmail
from patients.services import absolute_url, email_claim, email_message_id

from .models import DosingSession, ScheduledPrompt
from .scheduling import outside_quiet_hours
from .services_schedule import digest_message, digest_wants_email

logger = logging.getLogger(__name__)
Status = ScheduledPrompt.Status


def prompt_message(prompt: ScheduledPrompt, *, reminder=False, crisis_line=None):
    """(subject, email body, link) of a prompt's email. `crisis_line` is the patient's
    crisis sentence when the caller has it already (a batch works it out once a country)."""
    link = absolute_url(reverse("prompt_detail", args=[prompt.pk]))
    context = {"prompt": prompt, "link": link, "reminder": reminder}
    if crisis_line is not None:
        context["crisis_line"] = crisis_line
    subject = gettext("Reminder: %(title)s") % {"title": prompt.title} if reminder else prompt.title
    return subject, render_to_string("sessions/email/prompt.txt", context), link


class _Probe:
    """Stands in for a prompt while its email's template is rendered once for a batch:
    notes any attribute the template asks for besides the title."""

    def __init__(self, title):
        self.title = title
        self.asked = set()

    def __getattr__(self, name):
        if not name.startswith("__"):
            self.asked.add(name)
        raise AttributeError(name)


class PromptEmails:
    """The subject, body and link of each prompt email of a batch, as prompt_message
    makes them, but with the template rendered once per crisis line (what differs
    between patients) and each prompt's title and link put into the result; the link is
    reversed once. Should the template ask for anything else of the prompt, that crisis
    line's emails are rendered one by one as prompt_message does."""

    TITLE, LINK = "\x00title\x00", "\x00link\x00"
    PK = 918273645

    def __init__(self):
        self.frames = {}
        path = reverse("prompt_detail", args=[self.PK])
        parts = path.split(str(self.PK))
        self.path_parts = parts if len(parts) == 2 else None
        self.site = absolute_url("")

    def path(self, pk: int) -> str:
        if self.path_parts is None:
            return reverse("prompt_detail", args=[pk])
        return f"{self.path_parts[0]}{pk}{self.path_parts[1]}"

    def _frame(self, crisis_line: str):
        # The frame is in the language active for the patient (deliver_sent sets it).
        frame_key = (crisis_line, translation.get_language())
        if frame_key not in self.frames:
            probe = _Probe(self.TITLE)
            context = {"prompt": probe, "link": self.LINK, "reminder": False}
            context["crisis_line"] = crisis_line
            text = render_to_string("sessions/email/prompt.txt", context)
            pieces = re.split(f"({self.TITLE}|{self.LINK})", text)
            self.frames[frame_key] = None if probe.asked or not crisis_line else pieces
        return self.frames[frame_key]

    def message(self, prompt, crisis_line: str) -> tuple[str, str, str]:
        """(subject, email body, path of the prompt's page)."""
        path = self.path(prompt.pk)
        frame = self._frame(crisis_line)
        if frame is None:
            subject, body, _ = prompt_message(prompt, crisis_line=crisis_line)
            return subject, body, path
        values = {self.TITLE: prompt.title, self.LINK: self.site + path}
        return prompt.title, "".join(values.get(piece, piece) for piece in frame), path


def wants_email(patient: Patient, prompt: ScheduledPrompt) -> bool:
    """Email as well as the inbox, unless the patient chose the app only, overall or for
    this kind of prompt. The in-app item is always sent."""
    return channels.channel(Delivery.Channel.EMAIL).available_for(patient=patient, kind=prompt.kind)


def quiet_hours_over(patient: Patient, now):
    """When a push or text message written `now` may go: None for at once, else the end
    of the patient's quiet hours."""
    moment = outside_quiet_hours(
        now, patient.zone, patient.quiet_hours_start, patient.quiet_hours_end
    )
    return None if moment <= now else moment


class ChannelRows:
    """A batch's push and text message rows: each patient's message once per key, on
    every channel they allow for its kinds, saying only that a prompt is waiting."""

    COLUMNS = (*("user_id", "patient_id", "dedupe_key", "channel", "outcome"),)
    COLUMNS += ("subject", "body", "url", "send_after", "message_id", "provider_id")
    COLUMNS += ("detail", "attempts", "at")

    def __init__(self, patients: dict, now, at):
        self.reach = channels.Reach.for_patients(patients.values())
        self.now, self.at, self.rows = now, at, []

    def add(self, patient: Patient, key: str, kinds, path: str, *, reminder=False) -> None:
        if not (patient.push_prompt_kinds or patient.sms_prompt_kinds):
            return
        chosen = channels.channels_for(patient=patient, kinds=kinds, reach=self.reach)
        chosen = [name for name in chosen if name in channels.SENT_HERE]
        if not chosen:
            return
        title, body = channels.prompt_notice(
            user=patient.user, clinic=patient.clinic, reminder=reminder
        )
        send_after = quiet_hours_over(patient, self.now)
        if send_after is not None:
            send_after = connection.ops.adapt_datetimefield_value(send_after)
        url = absolute_url(path)
        for name in chosen:
            self.rows.append(
                (patient.user_id, patient.pk, key, name, Delivery.Outcome.PENDING)
                + (title, body, url, send_after, "", "", "", 0, self.at)
            )

    def write(self) -> list[int]:
        """Inserts the rows (a row there already is skipped); the ids written."""
        written = insert_ignoring_conflicts(Delivery, self.COLUMNS, self.rows, returning=("id",))
        return [pk for (pk,) in written]


def remind_at_for(prompt: ScheduledPrompt, patient: Patient, now):
    """When to remind, outside the patient's quiet hours; None if no reminder is due
    before the prompt expires."""
    if prompt.reminder_after_hours is None:
        return None
    remind_at = outside_quiet_hours(
        now + timedelta(hours=prompt.reminder_after_hours),
        patient.zone,
        patient.quiet_hours_start,
        patient.quiet_hours_end,
    )
    return remind_at if remind_at < prompt.expires_at else None


# Publishing ---------------------------------------------------------------------------------


def unclaim(prompt_ids) -> int:
    """Claims whose delivery could not be published go back to the schedule at once, so
    the next dispatch takes them rather than a requeue minutes later."""
    try:
        return ScheduledPrompt.objects.filter(pk__in=prompt_ids, status=Status.QUEUED).update(
            status=Status.SCHEDULED, queued_at=None
        )
    except DatabaseError as exc:  # the requeue sweep will find them queued
        logger.warning("Could not return %d unpublished claims: %s", len(prompt_ids), exc)
        return 0


def publish_deliveries(prompt_ids) -> int:
    """Publishes one delivery task per batch of claimed prompts. Should the broker be
    down, the task logs it once (SafeTask) and the rest are unclaimed rather than each
    waiting out its own timeout. Returns how many prompts were published."""
    from .tasks import deliver_prompts

    size = settings.PROMPT_DELIVERY_BATCH_SIZE
    prompt_ids = list(prompt_ids)
    for start in range(0, len(prompt_ids), size):
        if deliver_prompts.delay(prompt_ids[start : start + size]) is None:
            unclaim(prompt_ids[start:])
            return start
    return len(prompt_ids)


def publish_next_dispatch() -> None:
    """A dispatch that ran out of time hands over at once instead of leaving the rest
    for the next minute."""
    from .tasks import dispatch_due_prompts

    dispatch_due_prompts.delay()


# The batch ------------------------------------------------------------------------------------


def sessions_not_completed(prompt_ids) -> list[int]:
    """The batch's sessions that are no longer completed (cancelled since the claim).
    Two primary-key lookups, so no statistics, stale or fresh, can turn the gate below
    into a scan of every session."""
    session_ids = set(
        ScheduledPrompt.objects.filter(pk__in=prompt_ids).values_list("session_id", flat=True)
    )
    return list(
        DosingSession.objects.filter(pk__in=session_ids)
        .exclude(status=DosingSession.Status.COMPLETED)
        .values_list("pk", flat=True)
    )


def claim_as_sent(prompt_ids, now, *, skip_sessions=()) -> list[int]:
    """The exactly-once gate: one UPDATE moves the batch's rows still queued (but those of
    `skip_sessions`) to sent, and returns the ids it moved."""
    if not prompt_ids:
        return []
    table = ScheduledPrompt._meta.db_table
    params = [Status.SENT, now, *prompt_ids, Status.QUEUED]
    where = f"id IN ({', '.join(['%s'] * len(prompt_ids))}) AND status = %s"
    if skip_sessions:
        where += f" AND session_id NOT IN ({', '.join(['%s'] * len(skip_sessions))})"
        params += list(skip_sessions)
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} SET status = %s, sent_at = %s WHERE {where} RETURNING id",  # noqa: S608
            params,
        )
        return [row[0] for row in cursor.fetchall()]


class _CrisisLines:
    """The crisis sentence of each (country, clinic) in a batch, worked out once."""

    def __init__(self):
        self.sentences = {}

    def __call__(self, patient: Patient) -> str:
        key = (patient.country, patient.clinic_id, translation.get_language())
        if key not in self.sentences:
            self.sentences[key] = crisis_sentence(crisis_help_for(patient))
        return self.sentences[key]


def deliver_sent(
    prompts: list[ScheduledPrompt], patients: dict, now
) -> tuple[list[LeasedEmail], list[int]]:
    """Writes what the gate's prompts bring, set-based: their reminder times, inbox items,
    in-app log rows, email outbox rows, and push and text message rows. Returns the outbox
    rows written, to send once this commits (a row there already, for the same user and
    key, is not this batch's to send), and the ids of the push and text rows. A late
    window's prompts sharing a digest key bring one message, which the first of them to be
    delivered writes."""
    reminders = []
    for prompt in prompts:
        prompt.remind_at = remind_at_for(prompt, patients[prompt.patient_id], now)
        if prompt.remind_at is not None:
            reminders.append(prompt)
    if reminders:
        ScheduledPrompt.objects.bulk_update(reminders, ["remind_at"])
    digests = _digest_siblings([p for p in prompts if p.digest_key])
    crisis_line = _CrisisLines()
    messages = PromptEmails()
    at = connection.ops.adapt_datetimefield_value(now)
    notifications, logs, outbox, offered, seen = [], [], [], {}, set()
    pushed_or_texted = ChannelRows(patients, now, at)
    for prompt in prompts:
        patient = patients[prompt.patient_id]
        if prompt.digest_key:
            key = prompt.digest_key
            together = digests[(prompt.session_id, key)]
            with translation.override(language_for(patient.user)):
                title, inbox_body, subject, body, url = digest_message(together, patient=patient)
            email = digest_wants_email(patient, together)
            kinds = {sibling.kind for sibling in together}
        else:
            key = prompt.dedupe_key
            with translation.override(language_for(patient.user)):
                subject, body, url = messages.message(prompt, crisis_line(patient))
            title, inbox_body = prompt.title, prompt.instructions
            email = wants_email(patient, prompt)
            kinds = {prompt.kind}
        user_id = patient.user_id
        if (user_id, key) in seen:
            continue
        seen.add((user_id, key))
        notifications.append((user_id, key, title, inbox_body, url, False, at))
        logs.append((user_id, patient.pk, key, Delivery.Channel.IN_APP, Delivery.Outcome.SENT))
        pushed_or_texted.add(patient, key, kinds, url)
        if email:
            # Written "sending": this batch's task sends it once this commits, and a task
            # that dies first leaves it for the sweep (same Message-ID), as a lease would.
            message_id = email_message_id(user_id=user_id, dedupe_key=key)
            subject = subject[:200]
            outbox.append(
                (user_id, patient.pk, key, Delivery.Channel.EMAIL, Delivery.Outcome.SENDING)
                + (subject, body, message_id)
            )
            offered[(user_id, key)] = (subject, body, message_id, patient.user.email)
    insert_ignoring_conflicts(Notification, NOTIFICATION_COLUMNS, notifications)
    log_columns = DELIVERY_COLUMNS[:5]
    insert_ignoring_conflicts(
        Delivery,
        (*log_columns, "detail", "subject", "body", "message_id", *BLANK_COLUMNS, "attempts", "at"),
        [(*row, "", "", "", "", *BLANKS, 0, at) for row in logs],
    )  # fmt: skip
    written = insert_ignoring_conflicts(
        Delivery,
        (*DELIVERY_COLUMNS, "detail", *BLANK_COLUMNS, "attempts", "at"),
        [(*row, "", *BLANKS, 0, at) for row in outbox],
        returning=("id", "user_id", "dedupe_key"),
    )
    emails = sorted(
        (LeasedEmail(pk, user_id, key, *offered[(user_id, key)]) for pk, user_id, key in written),
        key=lambda row: row.pk,
    )
    return emails, pushed_or_texted.write()


NOTIFICATION_COLUMNS = ("user_id", "dedupe_key", "title", "body", "url", "urgent", "created_at")
DELIVERY_COLUMNS = ("user_id", "patient_id", "dedupe_key", "channel", "outcome")
DELIVERY_COLUMNS += ("subject", "body", "message_id")
# The push and text message columns, blank on in-app and email rows.
BLANK_COLUMNS, BLANKS = ("url", "provider_id"), ("", "")


def insert_ignoring_conflicts(model, columns, rows, *, returning=(), chunk=250) -> list[tuple]:
    """INSERT ... VALUES ... ON CONFLICT DO NOTHING, as bulk_create(ignore_conflicts=True)
    writes it, from plain tuples (no model instance a row), every column given; returns
    the `returning` columns of the rows it wrote (PostgreSQL, and SQLite from 3.35)."""
    quote = connection.ops.quote_name
    names = ", ".join(quote(model._meta.get_field(c).column) for c in columns)
    tail = f" RETURNING {', '.join(quote(c) for c in returning)}" if returning else ""
    written = []
    if connection.features.max_query_params:  # SQLite's, as bulk_create keeps to
        chunk = max(1, min(chunk, connection.features.max_query_params // len(columns)))
    with connection.cursor() as cursor:
        for start in range(0, len(rows), chunk):
            part = rows[start : start + chunk]
            one = f"({', '.join(['%s'] * len(columns))})"
            cursor.execute(
                f"INSERT INTO {quote(model._meta.db_table)} ({names}) "  # noqa: S608
                f"VALUES {', '.join([one] * len(part))} ON CONFLICT DO NOTHING{tail}",
                [value for row in part for value in row],
            )
            if returning:
                written += cursor.fetchall()
    return written


def _digest_siblings(prompts) -> dict:
    """Every prompt of each digest the batch touches, in the order the message lists them."""
    if not prompts:
        return {}
    together = {}
    siblings = ScheduledPrompt.objects.filter(
        session_id__in={p.session_id for p in prompts},
        digest_key__in={p.digest_key for p in prompts},
    ).order_by("due_at", "offset_hours", "pk")
    for sibling in siblings:
        together.setdefault((sibling.session_id, sibling.digest_key), []).append(sibling)
    return together


def cancel_claims_of(prompt_ids, sessions) -> int:
    """A claim whose session was cancelled since is never delivered: it is cancelled."""
    if not sessions:
        return 0
    return ScheduledPrompt.objects.filter(
        pk__in=prompt_ids, status=Status.QUEUED, session_id__in=sessions
    ).update(status=Status.CANCELLED)


def deliver_batch(prompt_ids) -> tuple[int, list[LeasedEmail], datetime, list[int]]:
    """Delivers a batch in one transaction. Returns (how many were delivered, the outbox
    rows to send once it has committed, the time they were written at, the push and text
    message rows to send then)."""
    now = timezone.now()
    with transaction.atomic():
        not_completed = sessions_not_completed(prompt_ids)
        sent = claim_as_sent(list(prompt_ids), now, skip_sessions=not_completed)
        cancel_claims_of(prompt_ids, not_completed)
        if not sent:
            return 0, [], now, []
        prompts = list(ScheduledPrompt.objects.filter(pk__in=sent).order_by("due_at", "pk"))
        # Each patient once, however many of their prompts the batch holds.
        patients = Patient.objects.select_related("user", "clinic").in_bulk(
            {prompt.patient_id for prompt in prompts}
        )
        emails, pushed_or_texted = deliver_sent(prompts, patients, now)
        return len(sent), emails, now, pushed_or_texted


class Reminders:
    """The one reminder of each prompt of a sweep, besides its inbox item: on the next
    channel after the inbox that the patient allows for its kind (push, then text, then
    email; patients/channels.py), a push or text message waiting out quiet hours."""

    def __init__(self, prompts, now):
        self.now = now
        self.reach = channels.Reach.for_patients(
            {p.patient_id: p.patient for p in prompts}.values()
        )
        self.emails, self.pushed_or_texted = [], []

    def claim(self, prompt: ScheduledPrompt, *, key: str, subject: str, body: str) -> str | None:
        """Claims the prompt's reminder; returns the channel it goes on (None: inbox only)."""
        patient = prompt.patient
        name = channels.reminder_channel(patient=patient, kind=prompt.kind, reach=self.reach)
        if name == Delivery.Channel.EMAIL:
            claim = email_claim(
                user=patient.user, dedupe_key=key, subject=subject, body=body, patient=patient
            )
            if claim:
                self.emails.append(claim.pk)
        elif name is not None:
            title, text = channels.prompt_notice(
                user=patient.user, clinic=patient.clinic, reminder=True
            )
            claim = channels.channel_claim(
                user=patient.user,
                channel_name=name,
                dedupe_key=key,
                title=title,
                body=text,
                url=absolute_url(reverse("prompt_detail", args=[prompt.pk])),
                patient=patient,
                send_after=quiet_hours_over(patient, self.now),
            )
            if claim:
                self.pushed_or_texted.append(claim.pk)
        return name
