"""Fake providers the tests run on loopback: Twilio's Messages API, and a web push
service that decrypts what it is sent with the subscription's keys."""

import base64
import json
import secrets
import threading
from contextlib import contextmanager
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import http_ece
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

ACCOUNT_SID = "AC" + "0" * 32
AUTH_TOKEN = "test-auth-token-0123456789abcdef"


class _Server:
    """A small HTTP server in a thread, with what it was sent kept in `requests`."""

    def __init__(self, handler_class):
        self.requests = []
        self.answer = None  # (status, JSON) to answer instead of the usual
        server = self

        class Handler(handler_class):
            owner = server

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self):
        host, port = self.httpd.server_address
        return f"http://{host}:{port}"

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()


class _TwilioHandler(BaseHTTPRequestHandler):
    def do_POST(self):
        length = int(self.headers.get("Content-Length", 0))
        form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
        self.owner.requests.append(
            {"path": self.path, "form": form, "authorization": self.headers["Authorization"]}
        )
        if self.owner.answer is not None:
            status, payload = self.owner.answer
        else:
            status, payload = 201, self._message(form)
        body = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _message(self, form):
        sid = "SM" + secrets.token_hex(16)
        now = formatdate(usegmt=True).replace("GMT", "+0000")
        base = f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages/{sid}"
        return {
            "account_sid": ACCOUNT_SID,
            "api_version": "2010-04-01",
            "body": form.get("Body"),
            "date_created": now,
            "date_sent": None,
            "date_updated": now,
            "direction": "outbound-api",
            "error_code": None,
            "error_message": None,
            "from": form.get("From"),
            "messaging_service_sid": form.get("MessagingServiceSid"),
            "num_media": "0",
            "num_segments": "1",
            "price": None,
            "price_unit": "USD",
            "sid": sid,
            "status": "queued",
            "subresource_uris": {"media": f"{base}/Media.json"},
            "to": form.get("To"),
            "uri": f"{base}.json",
        }


def twilio_refusal(code=21610, message="Attempt to send to unsubscribed recipient"):
    """Twilio's answer when it will not send (21610: the number replied STOP)."""
    return 400, {
        "code": code,
        "message": message,
        "more_info": f"https://www.twilio.com/docs/errors/{code}",
        "status": 400,
    }


@contextmanager
def fake_twilio(settings):
    """Twilio's Messages API on loopback, with the app's SMS settings pointed at it."""
    with _Server(_TwilioHandler) as server:
        settings.SMS_BACKEND = "twilio"
        settings.TWILIO_ACCOUNT_SID = ACCOUNT_SID
        settings.TWILIO_AUTH_TOKEN = AUTH_TOKEN
        settings.TWILIO_API_BASE_URL = server.url
        settings.TWILIO_MESSAGING_SERVICE_SID = ""
        settings.SMS_DEFAULT_SENDER = "+15005550006"
        yield server


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


class _PushHandler(BaseHTTPRequestHandler):
    def do_POST(self):
        length = int(self.headers.get("Content-Length", 0))
        body = self.rfile.read(length)
        device = self.path.strip("/")
        keys = self.owner.devices[device]
        payload = http_ece.decrypt(
            body, private_key=keys["private"], auth_secret=keys["auth"], version="aes128gcm"
        )
        self.owner.requests.append({"device": device, "payload": json.loads(payload)})
        status = self.owner.statuses.get(device, 201)
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()


@contextmanager
def fake_push_service():
    """A push service on loopback: `subscribe(user)` makes a device's keys and its
    subscription; what it receives is decrypted with them into `requests`."""
    from patients.models_push import PushSubscription

    with _Server(_PushHandler) as server:
        server.devices, server.statuses = {}, {}

        def subscribe(user, *, status=201):
            device = secrets.token_hex(6)
            private = ec.generate_private_key(ec.SECP256R1())
            public = private.public_key().public_bytes(
                serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
            )
            auth = secrets.token_bytes(16)
            server.devices[device] = {"private": private, "auth": auth}
            server.statuses[device] = status
            return PushSubscription.objects.create(
                user=user, endpoint=f"{server.url}/{device}", p256dh=_b64(public), auth=_b64(auth)
            )

        server.subscribe = subscribe
        yield server
