"""Web push (VAPID, RFC 8292; payload encrypted with aes128gcm, RFC 8291) to the browsers a
person subscribed. The channel backends call these two functions; bodies carry no health
information (the caller's rule), only a title, a short body and the page to open."""

import base64
import binascii
import json
import logging
import re
from urllib.parse import urlsplit

import requests
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _

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


def subscription_get_for(user, pk) -> PushSubscription:
    """One of the person's own subscriptions; anyone else's is not there (404)."""
    subscription = subscriptions_for(user).filter(pk=pk).first()
    if subscription is None:
        raise Http404("No such device.")
    return subscription


# Browsers and systems named in a device's label, tried in order: the first token found in
# the user agent wins (Edge and Opera also say Chrome; Chrome also says Safari).
BROWSERS = (
    ("Edg", "Edge"),
    ("OPR", "Opera"),
    ("SamsungBrowser", "Samsung Internet"),
    ("Firefox", "Firefox"),
    ("FxiOS", "Firefox"),
    ("CriOS", "Chrome"),
    ("Chrome", "Chrome"),
    ("Safari", "Safari"),
)
SYSTEMS = (
    ("Android", "Android"),
    ("iPhone", "iPhone"),
    ("iPad", "iPad"),
    ("CrOS", "ChromeOS"),
    ("Windows", "Windows"),
    ("Macintosh", "Mac"),
    ("Linux", "Linux"),
)


def device_label_from(user_agent: str) -> str:
    """ "Chrome on Android" from a browser's User-Agent, to tell a person's devices apart."""
    browser = next((name for token, name in BROWSERS if token in user_agent), "")
    system = next((name for token, name in SYSTEMS if token in user_agent), "")
    if browser and system:
        return _("%(browser)s on %(system)s") % {"browser": browser, "system": system}
    return browser or system or _("A browser")


def _key_bytes(value: str, *, field: str, length: int) -> bytes:
    try:
        raw = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != length or not re.fullmatch(r"[A-Za-z0-9_-]+=*", value):
        raise ValidationError(
            {field: _("This is not a key a browser makes for web push.")}, code="invalid"
        )
    return raw


def _endpoint_allowed(endpoint: str) -> bool:
    """Only the browsers' push services get our requests: the server never posts to an
    address a client made up (another host on our network, say)."""
    parts = urlsplit(endpoint)
    host = (parts.hostname or "").lower()
    return parts.scheme == "https" and any(
        host == allowed or host.endswith("." + allowed)
        for allowed in settings.WEB_PUSH_SERVICE_HOSTS
    )


def subscription_save(
    *, acting_user, endpoint: str, p256dh: str, auth: str, user_agent: str = ""
) -> tuple[PushSubscription, bool]:
    """Keeps the browser's subscription for the signed-in person: (row, created). The
    endpoint names the browser, so subscribing again updates the row, and a browser that
    someone else used before on a shared device now notifies only its new owner."""
    if not _endpoint_allowed(endpoint):
        raise ValidationError(
            {"endpoint": _("This is not the address of a browser's push service.")},
            code="invalid",
        )
    key = _key_bytes(p256dh, field="p256dh", length=65)
    if key[0] != 4:
        raise ValidationError(
            {"p256dh": _("This is not a key a browser makes for web push.")}, code="invalid"
        )
    _key_bytes(auth, field="auth", length=16)
    fields = {"p256dh": p256dh, "auth": auth, "device_label": device_label_from(user_agent)[:120]}
    with transaction.atomic():
        known = PushSubscription.objects.select_for_update().filter(endpoint=endpoint).first()
        if known is not None and known.user_id == acting_user.pk:
            for name, value in fields.items():
                setattr(known, name, value)
            known.save(update_fields=list(fields))
            return known, False
        if known is not None:
            # Someone else's before: a new subscription of the new owner's.
            known.delete()
        subscription = PushSubscription.objects.create(
            user=acting_user, endpoint=endpoint, **fields
        )
    return subscription, True


def subscription_revoke(*, acting_user, subscription: PushSubscription) -> None:
    """Stops notifications to that browser. The browser's own subscription lapses when
    the push service next answers 410 for it."""
    PushSubscription.objects.filter(pk=subscription.pk, user=acting_user).delete()


def send_push(subscription: PushSubscription, *, title: str, body: str, url: str) -> str:
    """Sends one notification to one browser. Returns "sent"; "gone" when the push service
    answers 404 or 410 (the subscription expired or was revoked in the browser: the row is
    deleted); "failed" for anything else (logged; the subscription is kept)."""
    if not push_configured():
        logger.warning("Web push is not configured (VAPID keys missing); nothing sent.")
        return FAILED
    # Imported here: pywebpush and its cryptography take most of a second to load, which
    # no page but a push send should pay.
    from pywebpush import WebPushException, webpush

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
