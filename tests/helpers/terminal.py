"""The CLI on a real terminal (a pseudo-terminal of its own, as a person's shell gives it) and
on a real pipe whose reader has gone (`| head -1` once head has its line)."""

from __future__ import annotations

import fcntl
import os
import select
import struct
import subprocess
import sys
import termios
import textwrap
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from tests.helpers import REPO

# The tool as a person starts it: `python -m tui ARGS`.
TOOL = ("-m", "tui")

# Failure guards only (a passing test never waits for them): what has not come within this
# long is a failure. As long as run_cli's, since tests never fail on wall-clock time: with
# nothing compiled yet (a fresh clone, PYTHONDONTWRITEBYTECODE) the app's first screen took
# 2.5 times as long as with bytecode on a 2-core machine at a load of 6.6 (6-7 s against
# 2.7 s), so a busier CI machine comes within reach of the 30 s this guard used to be.
GUARD_S = 120.0


@dataclass
class Terminal:
    """A child process whose stdin, stdout and stderr are one terminal; `screen` is all it
    has written so far."""

    process: subprocess.Popen[bytes]
    master: int
    screen: bytes = field(default=b"")

    def read_until(self, wanted: bytes, timeout: float = GUARD_S) -> bytes:
        deadline = time.monotonic() + timeout
        while wanted not in self.screen:
            left = deadline - time.monotonic()
            if left <= 0 or not self._read(left):
                raise AssertionError(f"never saw {wanted!r}; the screen: {self.screen!r}")
        return self.screen

    def type(self, keys: bytes) -> None:
        os.write(self.master, keys)

    def ctrl_c_at_question(self, patience: float = 5.0, tries: int = 4) -> None:
        """Ctrl+C typed at a question once the process waits for the answer; again if it is
        still there `patience` seconds later, as a person would. CPython writes input()'s
        prompt before it starts reading and checks for signals only once reading is
        interrupted, so a SIGINT that lands in between (a real window on a loaded machine)
        waits for the next key: hence the wait for the read, and the second key if missed."""
        self._asleep()
        for _ in range(tries):
            self.type(b"\x03")
            deadline = time.monotonic() + patience
            while time.monotonic() < deadline:
                if self.process.poll() is not None:
                    return
                self._read(0.1)

    def _asleep(self, timeout: float = GUARD_S) -> None:
        """Waits until the process sleeps (Linux's /proc/PID/stat state "S", proc(5)): once
        its question is on screen, that is in the read of the answer. Elsewhere, returns."""
        stat = Path(f"/proc/{self.process.pid}/stat")
        deadline = time.monotonic() + timeout
        while self.process.poll() is None and stat.exists() and time.monotonic() < deadline:
            # The state follows the command's name, which may hold ") ": split at the last.
            if stat.read_text().rpartition(") ")[2].startswith("S"):
                return
            time.sleep(0.001)

    def signal(self, number: int) -> None:
        self.process.send_signal(number)

    def finish(self, timeout: float = GUARD_S) -> int:
        """Reads to the end and returns the exit code (128 + N for a child a signal ended,
        as a shell reports it)."""
        deadline = time.monotonic() + timeout
        while self._read(max(deadline - time.monotonic(), 0)):
            pass
        code = self.process.wait(timeout=max(deadline - time.monotonic(), 1))
        return 128 - code if code < 0 else code

    @property
    def text(self) -> str:
        return self.screen.decode("utf-8", "replace")

    def _read(self, timeout: float) -> bool:
        ready, _, _ = select.select([self.master], [], [], timeout)
        if not ready:
            return False
        try:
            chunk = os.read(self.master, 65536)
        except OSError:  # EIO: every process holding the terminal has gone
            return False
        self.screen += chunk
        return bool(chunk)


def _controlling_terminal() -> None:
    # In the child, a session leader already (start_new_session): its stdin becomes the
    # session's controlling terminal, so Ctrl+C typed on it sends SIGINT, as in a shell.
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


@contextmanager
def on_terminal(
    args: Sequence[str],
    env: dict[str, str] | None = None,
    columns: int = 80,
    rows: int = 24,
) -> Iterator[Terminal]:
    """`python ARGS` on a terminal `columns` wide; killed if still running at the end."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
    full_env = {**os.environ, **(env or {}), "PYTHONPATH": str(REPO), "TERM": "xterm-256color"}
    full_env.pop("COLUMNS", None)
    full_env.pop("LINES", None)
    process = subprocess.Popen(
        [sys.executable, *args],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        cwd=REPO,
        env=full_env,
        start_new_session=True,
        preexec_fn=_controlling_terminal,
    )
    os.close(slave)
    terminal = Terminal(process, master)
    try:
        yield terminal
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        os.close(master)


def child_code(code: str) -> tuple[str, ...]:
    """Arguments running `code` (dedented) in the child instead of the tool itself."""
    return ("-c", textwrap.dedent(code))


def into_closed_pipe(
    args: Sequence[str], env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """The tool writing into a pipe nobody reads any more: every write fails with EPIPE."""
    reader, writer = os.pipe()
    os.close(reader)
    try:
        return subprocess.run(
            [sys.executable, *TOOL, *args],
            stdout=writer,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            text=True,
            env={**os.environ, **(env or {}), "PYTHONPATH": str(REPO)},
            cwd=REPO,
            timeout=120,
        )
    finally:
        os.close(writer)


__all__ = ["TOOL", "Terminal", "child_code", "into_closed_pipe", "on_terminal"]
