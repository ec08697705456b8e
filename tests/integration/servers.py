"""Servers a fault test owns: its own redis-server and its own PostgreSQL cluster, each on
a free loopback port, killed and restarted at will and removed after. The shared servers
are never touched. A Celery worker process on whichever of them the test names."""

import email
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.db import connections

from integration_clinic.celery import app as celery_app

ROOT = Path(__file__).resolve().parents[2]
PG_BIN = Path("/usr/lib/postgresql/15/bin")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(condition, timeout, what, pause=0.3):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(pause)
    raise AssertionError(f"timed out waiting for {what}")


def missing_programs() -> list[str]:
    programs = {
        "redis-server": shutil.which("redis-server"),
        **{name: PG_BIN / name for name in ("initdb", "pg_ctl", "createdb", "pg_dump", "psql")},
    }
    return [name for name, path in programs.items() if not path or not Path(path).exists()]


class OwnRedis:
    """A redis-server without persistence, as a crash leaves one: what it held is gone."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.port = free_port()
        self.process = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self):
        self.log = open(self.folder / f"redis-{self.port}.log", "ab")  # noqa: SIM115
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--maxmemory-policy", "noeviction", "--dir", str(self.folder)],
            stdout=self.log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        wait_for(self._answers, 15, "redis-server to start")

    def _answers(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=1) as sock:
                sock.sendall(b"PING\r\n")
                return sock.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def kill(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=15)
        self.log.close()

    def stop(self):
        if self.process and self.process.poll() is None:
            self.kill()


class OwnPostgres:
    """A PostgreSQL 15 cluster in a folder of its own. PostgreSQL refuses to run as root,
    so as root (CI) its programs run as the postgres user."""

    def __init__(self):
        self.folder = Path(tempfile.mkdtemp(prefix="ic-pg-"))
        self.data = self.folder / "data"
        self.port = free_port()
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres", "postgres")

    def _run(self, *args, check=True):
        argv = [str(arg) for arg in args]
        if os.geteuid() == 0:
            argv = ["runuser", "-u", "postgres", "--", *argv]
        return subprocess.run(argv, check=check, capture_output=True, text=True, timeout=120)

    def start(self):
        self._run(PG_BIN / "initdb", "-D", self.data, "-A", "trust", "-U", "postgres",
                  "--no-sync", "-E", "UTF8")  # fmt: skip
        options = (
            f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c max_connections=60"
        )
        self._run(PG_BIN / "pg_ctl", "-D", self.data, "-l", self.folder / "server.log",
                  "-o", options, "-w", "-t", "60", "start")  # fmt: skip

    def restart_immediately(self):
        """As after a crash: no checkpoint, recovery from the WAL on start."""
        self._run(PG_BIN / "pg_ctl", "-D", self.data, "-l", self.folder / "server.log",
                  "-m", "immediate", "-w", "-t", "60", "restart")  # fmt: skip

    def copy_database(self, source: dict):
        """The schema and rows of `source` (a Django settings dict), in a database of the
        same name here."""
        name = source["NAME"]
        here = ["-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres"]
        subprocess.run([PG_BIN / "createdb", *here, name], check=True, timeout=60)
        dump = subprocess.run(
            [PG_BIN / "pg_dump", "-h", source["HOST"] or "127.0.0.1",
             "-p", str(source["PORT"] or 5432), "-U", source["USER"] or "postgres",
             "--no-owner", "--no-privileges", name],
            check=True, capture_output=True, timeout=120,
            env={**os.environ, "PGPASSWORD": source["PASSWORD"] or ""},
        )  # fmt: skip
        subprocess.run(
            [PG_BIN / "psql", *here, "-q", "-v", "ON_ERROR_STOP=1", "-d", name],
            input=dump.stdout, check=True, capture_output=True, timeout=120,
        )  # fmt: skip

    def remove(self):
        self._run(PG_BIN / "pg_ctl", "-D", self.data, "-m", "immediate", "-w", "stop", check=False)
        shutil.rmtree(self.folder, ignore_errors=True)


@contextmanager
def django_database_at(port: int):
    """Points this process's default connection at another server for the test."""
    database = connections["default"]
    database.close()
    saved = dict(database.settings_dict)
    database.settings_dict.update(HOST="127.0.0.1", PORT=str(port), USER="postgres", PASSWORD="")
    try:
        yield
    finally:
        database.close()
        database.settings_dict.clear()
        database.settings_dict.update(saved)


@contextmanager
def celery_broker_at(url: str):
    """Points this process's Celery app at another broker (the environment too: Celery
    reads CELERY_BROKER_URL there first)."""
    conf = celery_app.conf
    saved = (conf.broker_url, conf.task_always_eager, os.environ.get("CELERY_BROKER_URL"))
    os.environ["CELERY_BROKER_URL"] = url
    conf.broker_url, conf.task_always_eager = url, False
    celery_app._pool = None
    celery_app.amqp._producer_pool = None
    try:
        yield
    finally:
        conf.broker_url, conf.task_always_eager = saved[0], saved[1]
        if saved[2] is None:
            os.environ.pop("CELERY_BROKER_URL", None)
        else:
            os.environ["CELERY_BROKER_URL"] = saved[2]
        celery_app._pool = None
        celery_app.amqp._producer_pool = None


class Worker:
    """A Celery worker in its own process group, on this process's database and broker,
    writing its mail to files."""

    def __init__(self, mail_dir: Path, log_path: Path, *, concurrency=4, env=None):
        db = connections["default"].settings_dict
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "integration_clinic.settings.test",
            "DATABASE_URL": (
                f"postgres://{db['USER']}:{db['PASSWORD'] or ''}@{db['HOST'] or '127.0.0.1'}"
                f":{db['PORT'] or 5432}/{db['NAME']}"
            ),
            "CELERY_BROKER_URL": str(celery_app.conf.broker_url or settings.CELERY_BROKER_URL),
            "CELERY_TASK_ALWAYS_EAGER": "false",
            "TEST_EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "EMAIL_FILE_PATH": str(mail_dir),
            **(env or {}),
        }
        self.concurrency = concurrency
        self.log_path = log_path
        self.process = None

    def start(self):
        self.log = open(self.log_path, "ab")  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "integration_clinic", "worker",
             f"--concurrency={self.concurrency}", "--loglevel=WARNING", "--without-gossip",
             "--without-mingle", "-n", f"integration-{os.getpid()}-{time.monotonic_ns()}@%h"],
            cwd=ROOT, env=self.env, stdout=self.log, stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"worker exited: {self.log_path.read_text()[-2000:]}")
            if celery_app.control.ping(timeout=1):
                return
        raise RuntimeError("worker did not answer a ping within 60 s")

    def kill(self):
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)

    def stop(self):
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=30)
        self.log.close()


SEPARATOR = "\n" + "-" * 79 + "\n"


def emails_by_prompt(mail_dir: Path, outbox) -> dict[int, list[str]]:
    """{prompt id: [Message-ID of each email that announced it]}, from the worker's mail
    files (the file backend writes one file a connection, messages between separator
    lines) and this process's outbox."""
    messages = []
    for path in mail_dir.iterdir():
        for chunk in path.read_text().split(SEPARATOR):
            if chunk.strip():
                parsed = email.message_from_string(chunk)
                body = parsed.get_payload(decode=True) or b""
                messages.append((parsed["Message-ID"], body.decode("utf-8", "replace")))
    messages += [(m.extra_headers.get("Message-ID"), m.body) for m in outbox]
    found: dict[int, list[str]] = {}
    for message_id, body in messages:
        for prompt_id in re.findall(r"/prompts/(\d+)/", body):
            found.setdefault(int(prompt_id), []).append(message_id)
    return found
