"""VAPID keys for web push. Deployments give VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY in the
environment (base64url: the 65-byte uncompressed P-256 public point and the 32-byte private
scalar, as `vapid --gen` or web-push's generate-vapid-keys print them). The local demo and
the tests make a pair once and keep it under var/ (git-ignored), so subscriptions made in
the browser keep working across restarts; no private key is ever committed."""

import base64
import contextlib
import functools
import json
import os
import tempfile
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from django.conf import settings


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def new_vapid_keys() -> tuple[str, str]:
    """A fresh (public, private) pair in the environment's format."""
    private_key = ec.generate_private_key(ec.SECP256R1())
    public = private_key.public_key().public_bytes(
        serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
    )
    private = private_key.private_numbers().private_value.to_bytes(32, "big")
    return _b64url(public), _b64url(private)


def local_vapid_keys(path: Path) -> tuple[str, str]:
    """The pair kept in `path`, made on first use. Several processes may start at once: each
    writes its own pair to a temporary file and links it into place, and whoever links first
    wins; the others read the winner's."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        public, private = new_vapid_keys()
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".vapid-")
        try:
            with os.fdopen(handle, "w") as file:
                json.dump({"public": public, "private": private}, file)
            with contextlib.suppress(FileExistsError):
                os.link(temporary, path)
        finally:
            os.unlink(temporary)
    keys = json.loads(path.read_text())
    return keys["public"], keys["private"]


@functools.cache
def _keys_from_file(path: str) -> tuple[str, str]:
    return local_vapid_keys(Path(path))


def vapid_keys() -> tuple[str, str]:
    """(public, private): the environment's, else the keys file's, else ("", "") (push off)."""
    if settings.VAPID_PUBLIC_KEY and settings.VAPID_PRIVATE_KEY:
        return settings.VAPID_PUBLIC_KEY, settings.VAPID_PRIVATE_KEY
    if settings.VAPID_KEYS_FILE:
        return _keys_from_file(str(settings.VAPID_KEYS_FILE))
    return "", ""
