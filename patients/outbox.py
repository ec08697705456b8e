"""The email outbox: every email is a row of the delivery log before it is sent.

What is exactly-once and what is not: the row is (one per user and dedupe key, under a
unique constraint). The email is at-least-once: the row moves to "sending" before the
SMTP call (a batch of deliveries writes it so), and its outcome is committed after the
SMTP server's answer. A process that dies in between leaves the row "sending"; the sweep
sends it again after EMAIL_SENDING_STALE_AFTER under the same Message-ID, built from the
dedupe key, so receivers that drop repeats drop it, and logs it as a possible duplicate.
"""

import functools
import hashlib
import logging
import re
import time as clock
from dataclasses import dataclass
from datetime import timedelta
from email.charset import Charset
from email.policy import compat32
from email.utils import formatdate

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.core.mail.backends import console, filebased, smtp
from django.core.mail.message import SafeMIMEText, forbid_multi_line_headers
from django.db import IntegrityError, InterfaceError, OperationalError, transaction
from django.db.models import F, Q
from django.utils import timezone

from .models import Delivery, Patient

logger = logging.getLogger(__name__)
Outcome = Delivery.Outcome

# How long an email's outcome is retried over a dropped database connection before the
# row is left "sending" for the sweep (which sends it again, with the same Message-ID).
EMAIL_OUTCOME_RETRY_SECONDS = 30
RESENT = "Sent again after a crash: possibly a duplicate."


def email_message_id(*, user_id: int, dedupe_key: str) -> str:
    """The Message-ID of the one email a (user, dedupe key) gets, in make_msgid's shape
    (`<left@domain>`) but the same every time it is built: a re-send after a crash
    carries it again, so mail servers and clients that drop repeats drop it."""
    readable = re.sub(r"[^A-Za-z0-9-]+", ".", dedupe_key).strip(".")[:80]
    digest = hashlib.sha256(f"{user_id}:{dedupe_key}".encode()).hexdigest()[:12]
    return f"<{readable}.u{user_id}.{digest}@{settings.EMAIL_MESSAGE_ID_DOMAIN}>"


def email_claim(
    *, user, dedupe_key: str, subject: str, body: str, patient: Patient | None = None
) -> Delivery | None:
    """Puts the one email a (user, dedupe_key) may get in the outbox, as a pending row of
    the delivery log; None if it is there already. Claim inside the transaction that
    decides to send; deliver after it commits. A worker that dies between the two leaves
    the row pending, and `emails_send_pending` sends it later."""
    try:
        with transaction.atomic():
            return Delivery.objects.create(
                user=user,
                patient=patient,
                dedupe_key=dedupe_key,
                channel=Delivery.Channel.EMAIL,
                outcome=Outcome.PENDING,
                subject=subject[:200],
                body=body,
                message_id=email_message_id(user_id=user.pk, dedupe_key=dedupe_key),
            )
    except IntegrityError:
        return None


def _lease(delivery: Delivery) -> bool:
    """Moves the row to "sending" (or, for a row a crash left sending, moves its time):
    committed before the SMTP call; of a worker and a sweep holding the row, one wins."""
    if delivery.outcome not in (Outcome.PENDING, Outcome.SENDING):
        return False
    resend = delivery.outcome == Outcome.SENDING
    leased_at = timezone.now()
    message_id = email_message_id(user_id=delivery.user_id, dedupe_key=delivery.dedupe_key)
    if not Delivery.objects.filter(pk=delivery.pk, outcome=delivery.outcome, at=delivery.at).update(
        outcome=Outcome.SENDING, at=leased_at, message_id=message_id
    ):
        return False
    if resend:
        logger.warning(
            "Email %s to user %s was left sending by a crash; sending it again with the "
            "same Message-ID %s (a possible duplicate)",
            delivery.dedupe_key,
            delivery.user_id,
            message_id,
        )
        delivery.resent = True
    delivery.outcome, delivery.at, delivery.message_id = Outcome.SENDING, leased_at, message_id
    return True


# Django's own backends that turn a message into bytes with message().as_bytes() and
# nothing else: for them a plain-text email is written straight to bytes (below).
_BYTES_BACKENDS = (smtp.EmailBackend, filebased.EmailBackend, console.EmailBackend)
# A header value written as it is by Python's email package: printable ASCII without
# the characters it folds at, short enough to stay on one line.
_VERBATIM = re.compile(r"[!-~]*\Z")
_FOLD_AT = re.compile(r"[;,\s]")


class _PlainTextBytes:
    """The MIME form of a plain-text email, byte for byte what Django's SafeMIMEText and
    Python's BytesGenerator write (tests/sessions/test_dispatch_email_bytes.py holds
    them to it), without building the message object: each header is folded by the same
    policy, once per distinct value, and the body's line ends are changed as the
    generator changes them."""

    _charset = Charset("utf-8")
    _folded: dict = {}
    _leading: dict = {}

    def __init__(self, headers: list[tuple[str, str]], body: str):
        self.headers, self.body = headers, body

    @classmethod
    def leading(cls, eight_bit: bool) -> list[tuple[str, str]]:
        """Content-Type, MIME-Version and Content-Transfer-Encoding, as SafeMIMEText sets
        them for an ASCII (7bit) or a UTF-8 (8bit) body."""
        if eight_bit not in cls._leading:
            probe = SafeMIMEText("\u00e9" if eight_bit else "e", "plain", "utf-8")
            cls._leading[eight_bit] = list(probe.raw_items())
        return cls._leading[eight_bit]

    @classmethod
    def _fold(cls, name: str, value: str, linesep: str) -> bytes:
        if len(name) + len(value) <= 76 and _VERBATIM.match(value) and not _FOLD_AT.search(value):
            return f"{name}: {value}{linesep}".encode("ascii")
        key = (name, value, linesep)
        if key not in cls._folded:
            if len(cls._folded) > 10_000:
                cls._folded.clear()
            policy = compat32.clone(linesep=linesep)
            cls._folded[key] = policy.fold_binary(name, value)
        return cls._folded[key]

    def as_bytes(self, unixfrom=False, linesep="\n") -> bytes:
        head = b"".join(self._fold(name, value, linesep) for name, value in self.headers)
        return head + linesep.encode() + _LINE_END.sub(linesep, self.body).encode("utf-8")

    def get_charset(self):
        return self._charset

    def __getitem__(self, name):
        return next((v for n, v in self.headers if n.lower() == name.lower()), None)


_LINE_END = re.compile(r"\r\n|\r|\n")


@functools.lru_cache(maxsize=4096)
def _header(name: str, value: str) -> tuple[str, str]:
    """A header as Django's SafeMIMEText stores it (refused if it holds a line break)."""
    return forbid_multi_line_headers(name, value, "utf-8")


class _PlainTextEmail(EmailMessage):
    """An EmailMessage whose message() is written straight to bytes; only for a plain
    text body whose lines need no quoted-printable (Django's SafeMIMEText rule)."""

    def message(self):
        headers = [
            *_PlainTextBytes.leading(not self.body.isascii()),
            _header("Subject", str(self.subject)),
            _header("From", str(self.from_email)),
            _header("To", ", ".join(str(to) for to in self.to)),
            ("Date", formatdate(localtime=settings.EMAIL_USE_LOCALTIME)),
        ]
        headers += [_header(name, str(value)) for name, value in self.extra_headers.items()]
        return _PlainTextBytes(headers, self.body)


def _plain_text_fits(body: str) -> bool:
    return not any(len(line.encode(errors="surrogateescape")) > 998 for line in body.splitlines())


def _email_message(subject, body, to, message_id, connection) -> EmailMessage:
    """The EmailMessage of one outbox row: written straight to bytes for Django's own
    SMTP, file and console backends, Django's usual message for any other backend."""
    kind = (
        _PlainTextEmail
        if type(connection) in _BYTES_BACKENDS
        and settings.DEFAULT_CHARSET == "utf-8"
        and _plain_text_fits(body)
        else EmailMessage
    )
    return kind(
        subject, body, None, [to], connection=connection, headers={"Message-ID": message_id}
    )


def _smtp_send(delivery: Delivery, connection) -> Exception | None:
    """Hands one message to the SMTP server; the error, if it refused or failed."""
    message_id = delivery.message_id or email_message_id(
        user_id=delivery.user_id, dedupe_key=delivery.dedupe_key
    )
    to = getattr(delivery, "recipient", None) or delivery.user.email
    try:
        _email_message(
            settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + delivery.subject,
            delivery.body,
            to,
            message_id,
            connection,
        ).send()
    except Exception as exc:  # an SMTP server can fail in many ways; all are logged
        logger.warning("Email %s to user %s failed: %s", delivery.dedupe_key, delivery.user_id, exc)
        return exc
    return None


def _commit_outcome(pks, **fields) -> None:
    """Commits an outcome, synchronously: an acknowledged commit that a database crash
    could lose would send the email again. Inside a caller's transaction nothing can be
    retried here; outside one, a dropped connection is reopened and the write retried."""
    deadline = clock.monotonic() + EMAIL_OUTCOME_RETRY_SECONDS
    pause = 0.2
    while True:
        try:
            Delivery.objects.filter(pk__in=pks, outcome=Outcome.SENDING).update(
                at=timezone.now(), **fields
            )
            return
        except (OperationalError, InterfaceError) as exc:
            database = transaction.get_connection()
            if database.in_atomic_block or clock.monotonic() > deadline:
                logger.warning("Outcome of emails %s not recorded; left sending: %s", pks, exc)
                raise
            logger.warning("Recording emails %s failed, retrying after a reconnect: %s", pks, exc)
            database.close()
            clock.sleep(pause)
            pause = min(pause * 2, 5)


def _record_failure(delivery: Delivery, error: Exception) -> None:
    attempts = delivery.attempts + 1
    gave_up = attempts >= settings.EMAIL_MAX_ATTEMPTS
    _commit_outcome(
        [delivery.pk],
        outcome=Outcome.FAILED if gave_up else Outcome.PENDING,
        attempts=attempts,
        detail=str(error)[:300],
    )


def _record_sent(deliveries) -> None:
    fresh = [d.pk for d in deliveries if not getattr(d, "resent", False)]
    again = [d.pk for d in deliveries if getattr(d, "resent", False)]
    for pks, detail in ((fresh, ""), (again, RESENT)):
        if pks:
            _commit_outcome(pks, outcome=Outcome.SENT, attempts=F("attempts") + 1, detail=detail)


def email_deliver(*, delivery: Delivery, connection=None) -> bool:
    """Sends one outbox row: leased ("sending") and committed first, then sent with its
    Message-ID, then its outcome committed. A failure goes back to pending for a retry,
    until EMAIL_MAX_ATTEMPTS, then is marked failed for staff to see."""
    if not _lease(delivery):
        return False
    error = _smtp_send(delivery, connection)
    if error is not None:
        _record_failure(delivery, error)
        return False
    _record_sent([delivery])
    return True


def email_send(
    *, user, dedupe_key: str, subject: str, body: str, patient: Patient | None = None
) -> bool:
    """Claims and sends in one go, for callers outside a larger transaction."""
    delivery = email_claim(
        user=user, dedupe_key=dedupe_key, subject=subject, body=body, patient=patient
    )
    return delivery is not None and email_deliver(delivery=delivery)


def _send_leased(rows, connection) -> int:
    """A batch's rows, written "sending" by its transaction: sent one after another, their
    outcomes committed a group at a time (EMAIL_OUTCOME_GROUP_SIZE), so a batch costs a
    few commits rather than one an email. A death mid-group repeats at most that group,
    under the same Message-IDs."""
    group, sent = [], 0
    size = max(1, settings.EMAIL_OUTCOME_GROUP_SIZE)
    for row in rows:
        error = _smtp_send(row, connection)
        if error is not None:
            _record_failure(row, error)
            continue
        group.append(row)
        if len(group) >= size:
            _record_sent(group)
            sent, group = sent + len(group), []
    _record_sent(group)
    return sent + len(group)


def emails_deliver(*, delivery_ids, connection=None, include_sending=False, leased_at=None) -> int:
    """Sends the given outbox rows that are still pending (and, for the sweep, those left
    sending), over one SMTP connection: the caller's, or one opened here. `leased_at`:
    the rows are a batch's, written "sending" at that time by the caller's transaction."""
    if not delivery_ids:
        return 0
    rows = Delivery.objects.select_related("user").filter(pk__in=delivery_ids)
    if leased_at is not None:
        rows = rows.filter(outcome=Outcome.SENDING, at=leased_at)
    else:
        outcomes = [Outcome.PENDING, Outcome.SENDING] if include_sending else [Outcome.PENDING]
        rows = rows.filter(outcome__in=outcomes)
    rows = list(rows.order_by("at", "pk"))
    if leased_at is not None:
        return emails_send_leased(rows, connection=connection)
    return _over_one_connection(
        connection,
        lambda smtp: sum(email_deliver(delivery=row, connection=smtp) for row in rows),
        bool(rows),
    )


@dataclass(slots=True)
class LeasedEmail:
    """An outbox row as the transaction that wrote it "sending" holds it, ready to send."""

    pk: int
    user_id: int
    dedupe_key: str
    subject: str
    body: str
    message_id: str
    recipient: str
    attempts: int = 0
    resent: bool = False


def emails_send_leased(rows, *, connection=None) -> int:
    """Sends outbox rows that the caller's transaction wrote "sending" and has committed,
    as the caller holds them (each with its `recipient` address, or its user loaded):
    nothing is read back. Outcomes are committed a group at a time, as _send_leased says."""
    return _over_one_connection(connection, lambda smtp: _send_leased(rows, smtp), bool(rows))


def _over_one_connection(connection, send, anything: bool) -> int:
    """Runs `send` over the caller's SMTP connection, or over one opened (and closed)
    here; a server that cannot be reached leaves each row to record its failure."""
    if not anything:
        return 0
    own = connection is None
    if own:
        connection = get_connection()
        try:
            connection.open()
        except Exception as exc:  # the server is down: each row records the failure
            logger.warning("Opening the SMTP connection failed: %s", exc)
    try:
        return send(connection)
    finally:
        if own:
            try:
                connection.close()
            except Exception as exc:  # the emails went, or stay pending; either way, done
                logger.warning("Closing the SMTP connection failed: %s", exc)


def emails_send_pending(*, older_than: timedelta | None = None, now=None) -> int:
    """Sends the outbox's leftovers, over one SMTP connection: claims whose worker died
    before sending, sends that failed and wait for a retry, and rows a crash left
    "sending" (EMAIL_SENDING_STALE_AFTER), which go again with their Message-ID. Each
    send leases its row first, so two sweepers, or a sweep and a slow worker, never send
    the same row."""
    now = now or timezone.now()
    older_than = settings.EMAIL_RETRY_AFTER if older_than is None else older_than
    stale = max(older_than, settings.EMAIL_SENDING_STALE_AFTER)
    ids = list(
        Delivery.objects.filter(channel=Delivery.Channel.EMAIL)
        .filter(
            Q(outcome=Outcome.PENDING, at__lte=now - older_than)
            | Q(outcome=Outcome.SENDING, at__lte=now - stale)
        )
        .order_by("at", "pk")
        .values_list("pk", flat=True)[:500]
    )
    return emails_deliver(delivery_ids=ids, include_sending=True)
