"""Web push (VAPID, RFC 8292; payload encrypted with aes128gcm, RFC 8291) to the browsers a
person subscribed. The channel backends call these two functions; bodies carry no health
information (the caller's rule), only a title, a short body and the page to open."""

import json
import logging

import requests
from django.conf import settings
from django.db.models import QuerySet
from django.utils import timezone
from pywebpush import WebPushException, webpush

from .models_push import PushSubscription
from .vapid import vapid_keys

logger = logging.getLogger(__name__)

SENT = "sent"
GONE = "gone"
FAILED = "failed"

# Seconds the push service may hold a message for an offline device: a prompt is still
# worth a notification within the day.
PUSH_TTL_SECONDS = 12 * 60 * 60
PUSH_TIMEOUT_SECONDS = 10


def push_configured() -> bool:
    return all(vapid_keys())


def subscriptions_for(user) -> QuerySet[PushSubscription]:
    """The browsers this person subscribed, newest first."""
    return PushSubscription.objects.filter(user=user)


def send_push(subscription: PushSubscription, *, title: str, body: str, url: str) -> str:
    """Sends one notification to one browser. Returns "sent"; "gone" when the push service
    answers 404 or 410 (the subscription expired or was revoked in the browser: the row is
    deleted); "failed" for anything else (logged; the subscription is kept)."""
    if not push_configured():
        logger.warning("Web push is not configured (VAPID keys missing); nothing sent.")
        return FAILED
    payload = json.dumps({"title": title, "body": body, "url": url}, ensure_ascii=False)
    try:
        webpush(
            subscription.subscription_info(),
            data=payload,
            vapid_private_key=vapid_keys()[1],
            vapid_claims={"sub": settings.VAPID_SUBJECT},
            content_encoding="aes128gcm",
            ttl=PUSH_TTL_SECONDS,
            timeout=PUSH_TIMEOUT_SECONDS,
        )
    except WebPushException as error:
        status = getattr(error.response, "status_code", None)
        if status in (404, 410):
            PushSubscription.objects.filter(pk=subscription.pk).delete()
            logger.info("Push subscription %s is gone (%s); removed.", subscription.pk, status)
            return GONE
        logger.warning("Push to subscription %s failed: %s", subscription.pk, status or error)
        return FAILED
    except (requests.RequestException, ValueError, TypeError) as error:
        # Unreachable push service, or keys a browser never made.
        logger.warning("Push to subscription %s failed: %r", subscription.pk, error)
        return FAILED
    PushSubscription.objects.filter(pk=subscription.pk).update(last_used_at=timezone.now())
    return SENT
