"""Twilio's webhooks: inbound text messages (STOP and START) and delivery status
callbacks. Both answer only requests Twilio signed with our auth token: anything else,
signed in or not, gets 403."""

import logging

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from . import channels
from .phones import to_e164
from .sms import signature_valid

logger = logging.getLogger(__name__)

EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'


def _require_twilio_signature(request) -> None:
    """Twilio signs the URL it was given (ours, from SITE_URL, as a proxy may have
    rewritten the request's own) and the POST parameters."""
    url = settings.SITE_URL.rstrip("/") + request.get_full_path()
    signature = request.headers.get("X-Twilio-Signature", "")
    if not signature_valid(url=url, params=request.POST.dict(), signature=signature):
        raise PermissionDenied("This request was not signed by the text message provider.")


def _twiml() -> HttpResponse:
    return HttpResponse(EMPTY_TWIML, content_type="text/xml")


@csrf_exempt
@require_POST
def sms_inbound(request):
    """A text message to one of our numbers: STOP (or a synonym) turns text messages off
    for the number it came from, START or UNSTOP back on. Anything else is not answered."""
    _require_twilio_signature(request)
    try:
        phone = to_e164(request.POST.get("From", ""), country="")
    except ValidationError:  # a short code or a garbled number: nothing of ours to change
        return _twiml()
    if phone:
        channels.sms_keyword_received(phone=phone, body=request.POST.get("Body", ""))
    return _twiml()


@csrf_exempt
@require_POST
def sms_status(request):
    """Twilio's word on a text message we sent: the delivery log follows it."""
    _require_twilio_signature(request)
    channels.sms_status_received(
        provider_id=request.POST.get("MessageSid", ""),
        status=request.POST.get("MessageStatus", ""),
        error_code=request.POST.get("ErrorCode", ""),
    )
    return HttpResponse(status=204)
