"""`make run`'s process runner: honcho starts the processes of Procfile.dev, and Ctrl-C
stops them all and ends `make run` without an error.

Usage: python scripts/run_dev.py [honcho start options, e.g. -f Procfile.dev]

Three things honcho's own command line does not do:
- A terminal's Ctrl-C sends SIGINT to its whole foreground process group. honcho handles
  it (SIGTERM to each process, then it waits), but make dies of the same signal and says
  "Interrupt", status 130, however cleanly everything stopped. So, from a terminal, the
  runner moves into a process group of its own and makes it the terminal's foreground
  group: Ctrl-C reaches honcho but not make. Without a terminal, or in the background,
  it stays in its parent's group, so a signal sent to that group stops everything.
- honcho sends SIGKILL to whatever is still running 5 seconds after its SIGTERM. A
  Celery worker's warm shutdown (finish the task in hand, close the broker connection,
  exit) takes longer than that on a busy machine, so processes get STOP_GRACE_SECONDS.
- A closed terminal (SIGHUP) would kill honcho and leave its processes running, each in
  a session of its own; it stops them as SIGTERM does.
"""

import contextlib
import os
import signal
import sys

import honcho.manager
from honcho.command import main as honcho_main

STOP_GRACE_SECONDS = 30
# honcho's exit status when SIGINT stopped it (as a shell reports a process it killed).
HONCHO_INTERRUPTED = 128 + signal.SIGINT


@contextlib.contextmanager
def terminal_foreground():
    """Makes this process's own group the terminal's foreground group while it runs."""
    fd = sys.stdin.fileno() if sys.stdin is not None else -1
    # Only a foreground group gets the terminal's Ctrl-C; a signal sent to a background
    # group (`timeout -s INT make run`, say) must keep reaching the runner.
    if fd < 0 or not os.isatty(fd) or os.tcgetpgrp(fd) != os.getpgrp():
        yield
        return
    previous = os.tcgetpgrp(fd)
    # A session leader already leads its own group and may not move.
    with contextlib.suppress(PermissionError):
        os.setpgid(0, 0)
    # A process outside the foreground group is stopped by SIGTTOU when it changes the
    # terminal's foreground group, unless it ignores the signal.
    ttou = signal.signal(signal.SIGTTOU, signal.SIG_IGN)
    try:
        os.tcsetpgrp(fd, os.getpgrp())
        yield
    finally:
        with contextlib.suppress(OSError):
            os.tcsetpgrp(fd, previous)
        signal.signal(signal.SIGTTOU, ttou)


def main(argv: list[str]) -> int:
    honcho.manager.KILL_WAIT = STOP_GRACE_SECONDS
    # honcho's manager installs its SIGTERM handler when it starts the processes.
    signal.signal(signal.SIGHUP, lambda signum, frame: signal.raise_signal(signal.SIGTERM))
    with terminal_foreground():
        try:
            honcho_main(["start", *argv])
            returncode = 0
        except SystemExit as exit:
            returncode = exit.code if isinstance(exit.code, int) else 1
    return 0 if returncode == HONCHO_INTERRUPTED else returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
