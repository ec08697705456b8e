"""`make run`'s runner: Ctrl-C in the terminal stops every process of the Procfile, lets
a slow one finish its shutdown, and make exits 0. Driven through a real pseudo-terminal
and a real make, as a person at a keyboard would."""

import os
import pty
import select
import shlex
import shutil
import signal
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RUNNER = ROOT / "scripts" / "run_dev.py"

# A process that, told to stop, takes longer than honcho's own 5 seconds of grace before
# SIGKILL; and one that stops at once.
SLOW = """
import os, signal, sys, time
def stop(signum, frame):
    print("slow stopping", flush=True)
    time.sleep(6)
    print("slow finished", flush=True)
    sys.exit(0)
signal.signal(signal.SIGTERM, stop)
open(sys.argv[1], "w").write(str(os.getpid()))
print("slow ready", flush=True)
while True:
    time.sleep(1)
"""
QUICK = """
import os, sys, time
open(sys.argv[1], "w").write(str(os.getpid()))
print("quick ready", flush=True)
while True:
    time.sleep(1)
"""

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="needs make")


def _read_until(fd, done, timeout):
    output = b""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and not done(output):
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:  # the terminal closed: everything on it has exited
                break
            if not chunk:
                break
            output += chunk
    return output.decode(errors="replace")


def _alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_ctrl_c_stops_every_process_and_make_exits_0(tmp_path):
    python = shlex.quote(sys.executable)
    (tmp_path / "slow.py").write_text(SLOW)
    (tmp_path / "quick.py").write_text(QUICK)
    (tmp_path / "Procfile").write_text(
        f"slow: exec {python} {tmp_path / 'slow.py'} {tmp_path / 'slow.pid'}\n"
        f"quick: exec {python} {tmp_path / 'quick.py'} {tmp_path / 'quick.pid'}\n"
    )
    (tmp_path / "Makefile").write_text(
        f"run:\n\t{python} {RUNNER} -f {tmp_path / 'Procfile'} --no-colour\n"
    )

    pid, terminal = pty.fork()
    if pid == 0:  # the child: make, on the new terminal
        os.execvp("make", ["make", "-s", "-C", str(tmp_path), "run"])  # noqa: S606
    try:
        started = _read_until(
            terminal, lambda out: b"slow ready" in out and b"quick ready" in out, 60
        )
        assert "slow ready" in started and "quick ready" in started, started
        os.write(terminal, b"\x03")  # Ctrl-C
        stopped = _read_until(terminal, lambda out: False, 60)
        _, status = os.waitpid(pid, 0)
    finally:
        if _alive(pid):
            os.kill(pid, signal.SIGKILL)
        os.close(terminal)

    assert os.waitstatus_to_exitcode(status) == 0, stopped
    assert "slow finished" in stopped
    assert "SIGKILL" not in stopped
    for name in ("slow", "quick"):
        assert not _alive(int((tmp_path / f"{name}.pid").read_text())), name
