"""The Celery app as configured, started the way a web process starts, gives up on a
broker it cannot reach within the request's budget: a port that refuses, a server that
accepts and never answers, and one whose queue is full so connecting hangs. Each runs
in its own process with CELERY_BROKER_URL pointing there, so what is tested is the
app's own configuration, not a test's."""

import json
import os
import socket
import subprocess
import sys
import time
from contextlib import contextmanager, suppress
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ANSWER_WITHIN = 2.0

PUBLISH = """
import json, logging, time
import django
django.setup()
from patients.tasks import send_pending_emails
logging.disable(logging.CRITICAL)
started = time.monotonic()
result = send_pending_emails.delay()
print(json.dumps({"published": result is not None, "took": time.monotonic() - started}))
"""


@contextmanager
def refusing():
    holder = socket.socket()
    holder.bind(("127.0.0.1", 0))
    try:
        yield holder.getsockname()[1]
    finally:
        holder.close()


@contextmanager
def silent():
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    try:
        yield server.getsockname()[1]
    finally:
        server.close()


@contextmanager
def full():
    """A listener that never accepts, its one-place queue taken: new connections hang."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(0)
    port = server.getsockname()[1]
    fillers = []
    for _ in range(3):
        filler = socket.socket()
        filler.setblocking(False)
        with suppress(BlockingIOError):
            filler.connect(("127.0.0.1", port))
        fillers.append(filler)
    time.sleep(0.2)
    try:
        yield port
    finally:
        for filler in fillers:
            filler.close()
        server.close()


@pytest.mark.parametrize("broker", [refusing, silent, full], ids=lambda b: b.__name__)
def test_a_publish_gives_up_on_an_unreachable_broker_within_the_budget(broker):
    with broker() as port:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "integration_clinic.settings.test",
            "CELERY_BROKER_URL": f"redis://127.0.0.1:{port}/0",
            "CELERY_TASK_ALWAYS_EAGER": "false",
            "PYTHONPATH": str(ROOT),
        }
        run = subprocess.run(
            [sys.executable, "-c", PUBLISH],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )

    assert run.returncode == 0, run.stderr
    outcome = json.loads(run.stdout.strip().splitlines()[-1])
    assert outcome["published"] is False
    assert outcome["took"] < ANSWER_WITHIN
