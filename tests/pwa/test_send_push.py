"""send_push against a push service the test runs on loopback, which decrypts what it gets
with the subscription's own keys, as the browser would."""

import base64
import json
import os
from datetime import UTC, datetime, timedelta

import http_ece
import pytest
import time_machine
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

from patients.models import PushSubscription
from patients.push import send_push, subscriptions_for
from patients.vapid import vapid_keys
from tests.pwa.fake_push_service import FakePushService

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def unb64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class Browser:
    """What a browser holds for one subscription: its ECDH key pair and auth secret."""

    def __init__(self):
        self.private_key = ec.generate_private_key(ec.SECP256R1())
        self.auth_secret = os.urandom(16)
        self.p256dh = b64url(
            self.private_key.public_key().public_bytes(
                serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
            )
        )

    def decrypt(self, body: bytes) -> dict:
        plain = http_ece.decrypt(
            body,
            private_key=self.private_key,
            auth_secret=self.auth_secret,
            version="aes128gcm",
        )
        return json.loads(plain)


@pytest.fixture
def push_service(monkeypatch):
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    service = FakePushService().start()
    yield service
    service.stop()


@pytest.fixture
def browser():
    return Browser()


def subscribe(user, browser, service, name="device-1"):
    return PushSubscription.objects.create(
        user=user,
        endpoint=f"{service.origin}/push/{name}",
        p256dh=browser.p256dh,
        auth=b64url(browser.auth_secret),
        device_label="Chrome on Android",
    )


def vapid_claims(authorization: str) -> dict:
    """Checks the VAPID Authorization header (RFC 8292): a JWT signed ES256 with the site's
    private key, and `k`, the site's public key, which verifies it. Returns its claims."""
    scheme, _, params = authorization.partition(" ")
    assert scheme == "vapid"
    fields = dict(part.strip().split("=", 1) for part in params.split(","))
    public, _private = vapid_keys()
    assert fields["k"] == public
    header, payload, signature = fields["t"].split(".")
    assert json.loads(unb64url(header)) == {"typ": "JWT", "alg": "ES256"}
    raw = unb64url(signature)
    key = ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), unb64url(public))
    key.verify(  # raises InvalidSignature if anyone else signed
        encode_dss_signature(int.from_bytes(raw[:32], "big"), int.from_bytes(raw[32:], "big")),
        f"{header}.{payload}".encode(),
        ec.ECDSA(hashes.SHA256()),
    )
    return json.loads(unb64url(payload))


def test_the_push_service_gets_a_payload_only_the_browser_can_read(
    patient, push_service, browser, settings
):
    subscription = subscribe(patient.user, browser, push_service)

    with time_machine.travel(NOW, tick=False):
        outcome = send_push(
            subscription,
            title="Integration Clinic",
            body="You have a new prompt from Harbor Clinic.",
            url="/prompts/",
        )

    assert outcome == "sent"
    (request,) = push_service.received
    assert request.path == "/push/device-1"
    assert request.headers["content-encoding"] == "aes128gcm"
    assert int(request.headers["ttl"]) > 0
    assert b"new prompt" not in request.body
    assert browser.decrypt(request.body) == {
        "title": "Integration Clinic",
        "body": "You have a new prompt from Harbor Clinic.",
        "url": "/prompts/",
    }
    claims = vapid_claims(request.headers["authorization"])
    assert claims["aud"] == push_service.origin
    assert claims["sub"] == settings.VAPID_SUBJECT
    assert claims["exp"] == int((NOW + timedelta(hours=12)).timestamp())
    subscription.refresh_from_db()
    assert subscription.last_used_at == NOW


def test_another_browsers_keys_cannot_read_it(patient, push_service, browser):
    send_push(subscribe(patient.user, browser, push_service), title="T", body="B", url="/")

    with pytest.raises(Exception):  # noqa: B017 - any failure to decrypt will do
        Browser().decrypt(push_service.received[0].body)


@pytest.mark.parametrize("status", [404, 410])
def test_a_subscription_the_push_service_forgot_is_pruned(patient, push_service, browser, status):
    push_service.status = status
    subscription = subscribe(patient.user, browser, push_service)
    kept = subscribe(patient.user, Browser(), push_service, name="device-2")

    outcome = send_push(subscription, title="T", body="B", url="/")

    assert outcome == "gone"
    assert list(subscriptions_for(patient.user)) == [kept]


def test_a_failing_push_service_keeps_the_subscription(patient, push_service, browser, caplog):
    push_service.status = 500
    subscription = subscribe(patient.user, browser, push_service)

    outcome = send_push(subscription, title="T", body="B", url="/")

    assert outcome == "failed"
    assert list(subscriptions_for(patient.user)) == [subscription]
    subscription.refresh_from_db()
    assert subscription.last_used_at is None
    assert "failed" in caplog.text


def test_an_unreachable_push_service_is_a_failure_not_an_error(patient, push_service, browser):
    subscription = subscribe(patient.user, browser, push_service)
    push_service.stop()
    PushSubscription.objects.filter(pk=subscription.pk).update(
        endpoint=f"{push_service.origin}/gone-away"
    )
    subscription.refresh_from_db()

    assert send_push(subscription, title="T", body="B", url="/") == "failed"
    assert PushSubscription.objects.filter(pk=subscription.pk).exists()


def test_nothing_is_sent_without_vapid_keys(patient, push_service, browser, settings):
    settings.VAPID_PUBLIC_KEY = settings.VAPID_PRIVATE_KEY = ""
    settings.VAPID_KEYS_FILE = None

    outcome = send_push(
        subscribe(patient.user, browser, push_service), title="T", body="B", url="/"
    )

    assert outcome == "failed"
    assert push_service.received == []
