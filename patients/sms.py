"""Text messages: one small backend interface, a console backend (the default, which
logs the message) and a Twilio adapter over Twilio's official library.

Settings, read from the environment: SMS_BACKEND ("console" or "twilio", or a dotted path
to a class), TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, SMS_DEFAULT_SENDER (a clinic's own
`sms_sender` wins), TWILIO_MESSAGING_SERVICE_SID (optional, instead of a sender), and
TWILIO_API_BASE_URL, where the adapter sends Twilio's REST calls (a fake provider on
loopback in tests).
"""

import logging
from dataclasses import dataclass

from django.conf import settings
from django.utils.module_loading import import_string

logger = logging.getLogger(__name__)

TWILIO_API = "https://api.twilio.com"
# Twilio's error for a number that replied STOP to the sender.
TWILIO_UNSUBSCRIBED = 21610
# What Twilio and the carriers treat as opting out of, and back into, text messages.
STOP_WORDS = frozenset({"STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT"})
START_WORDS = frozenset({"START", "UNSTOP"})


@dataclass(frozen=True)
class SmsResult:
    """What the provider said: accepted (with its id for status callbacks), or not."""

    accepted: bool
    provider_id: str = ""
    detail: str = ""
    # The provider refuses the number because it replied STOP (to us, or to the sender).
    opted_out: bool = False


class SmsBackend:
    """Sends one text message. Never raises for a provider's refusal: says so instead."""

    def send(self, *, to: str, body: str, sender: str, status_callback: str = "") -> SmsResult:
        raise NotImplementedError


class ConsoleSmsBackend(SmsBackend):
    """Logs the message: for development and demos, where nothing should leave the machine."""

    def send(self, *, to: str, body: str, sender: str, status_callback: str = "") -> SmsResult:
        logger.info("Text message from %s to %s: %s", sender or "-", to, body)
        print(f"[sms] from {sender or '-'} to {to}: {body}")  # noqa: T201
        return SmsResult(accepted=True, detail="Written to the console.")


def _twilio_http_client(base_url: str, timeout: float):
    """Twilio's own HTTP client, its requests sent to `base_url` instead of Twilio's API
    host (its paths, auth and form bodies as they are)."""
    from twilio.http.http_client import TwilioHttpClient

    class RebasedHttpClient(TwilioHttpClient):
        def request(self, method, url, *args, **kwargs):
            if url.startswith(TWILIO_API):
                url = base_url.rstrip("/") + url[len(TWILIO_API) :]
            return super().request(method, url, *args, **kwargs)

    return RebasedHttpClient(timeout=timeout)


class TwilioSmsBackend(SmsBackend):
    """Twilio's Messages API through the `twilio` library."""

    def __init__(self):
        from twilio.rest import Client

        base_url = settings.TWILIO_API_BASE_URL or TWILIO_API
        self.client = Client(
            settings.TWILIO_ACCOUNT_SID,
            settings.TWILIO_AUTH_TOKEN,
            http_client=_twilio_http_client(base_url, settings.SMS_TIMEOUT_SECONDS),
        )

    def send(self, *, to: str, body: str, sender: str, status_callback: str = "") -> SmsResult:
        from twilio.base.exceptions import TwilioException, TwilioRestException

        options = {"to": to, "body": body}
        if settings.TWILIO_MESSAGING_SERVICE_SID and not sender:
            options["messaging_service_sid"] = settings.TWILIO_MESSAGING_SERVICE_SID
        else:
            options["from_"] = sender
        if status_callback:
            options["status_callback"] = status_callback
        try:
            message = self.client.messages.create(**options)
        except TwilioRestException as error:
            return SmsResult(
                accepted=False,
                detail=f"Twilio {error.code}: {error.msg}"[:300],
                opted_out=error.code == TWILIO_UNSUBSCRIBED,
            )
        except (TwilioException, OSError) as error:
            return SmsResult(accepted=False, detail=f"Twilio unreachable: {error}"[:300])
        return SmsResult(accepted=True, provider_id=message.sid, detail=message.status or "")


BACKENDS = {"console": ConsoleSmsBackend, "twilio": TwilioSmsBackend}


def sms_backend() -> SmsBackend:
    """The configured backend (SMS_BACKEND), made afresh: settings may change in tests."""
    name = settings.SMS_BACKEND
    backend_class = BACKENDS.get(name) or import_string(name)
    return backend_class()


def sms_sender_for(clinic) -> str:
    """The clinic's own sender, else the default one."""
    return (getattr(clinic, "sms_sender", "") or "") or settings.SMS_DEFAULT_SENDER


def keyword_of(body: str) -> str:
    """An inbound message's keyword, as carriers read it: the whole message, trimmed and
    upper-cased ("stop " is STOP; "please stop" is not)."""
    return (body or "").strip().upper()


def signature_valid(*, url: str, params: dict, signature: str) -> bool:
    """Whether a webhook request was signed by Twilio with our auth token (its
    X-Twilio-Signature over the URL and the POST parameters). No token: nothing is valid."""
    from twilio.request_validator import RequestValidator

    token = settings.TWILIO_AUTH_TOKEN
    if not token or not signature:
        return False
    return RequestValidator(token).validate(url, params, signature)
