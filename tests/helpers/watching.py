"""Writers standing in for a browser (direct SQL on real-schema stores, as the browser would
write them), and `saemes-cookies watch` run as a person runs it, read line by line.

Time is never asserted on: timeouts here only keep a broken run from hanging the suite.
"""

from __future__ import annotations

import os
import queue
import signal
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from tests.helpers import NOW, REPO
from tui.demo.stores import Spec, chromium_row, firefox_row

# Polls this often in the tests (SAEMES_COOKIES_WATCH_INTERVAL, seconds).
TEST_INTERVAL = "0.05"
# Failure guards only: a line that does not come within this long is a failure.
GUARD_S = 30.0


def _insert(connection: sqlite3.Connection, table: str, row: dict[str, object]) -> None:
    names = ", ".join(row)
    marks = ", ".join("?" * len(row))
    connection.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", list(row.values()))


def firefox_add(connection: sqlite3.Connection, spec: Spec, now: datetime = NOW) -> None:
    """The row a Firefox writes for `spec` at `now` (live_now() when `watch` reads it)."""
    _insert(connection, "moz_cookies", firefox_row(spec, now))


def chromium_add(connection: sqlite3.Connection, spec: Spec, now: datetime = NOW) -> None:
    columns = [row[1] for row in connection.execute("PRAGMA table_info(cookies)")]
    _insert(connection, "cookies", dict(zip(columns, chromium_row(spec, now), strict=True)))


def table_of(connection: sqlite3.Connection) -> tuple[str, str]:
    """(the cookie table, its host column)."""
    names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    return ("moz_cookies", "host") if "moz_cookies" in names else ("cookies", "host_key")


def update(connection: sqlite3.Connection, name: str, assignments: str, *values: object) -> int:
    """`UPDATE <table> SET <assignments> WHERE name = ?`; the number of rows changed."""
    table, _ = table_of(connection)
    cursor = connection.execute(f"UPDATE {table} SET {assignments} WHERE name = ?", (*values, name))
    return cursor.rowcount


def delete(connection: sqlite3.Connection, name: str) -> int:
    table, _ = table_of(connection)
    return connection.execute(f"DELETE FROM {table} WHERE name = ?", (name,)).rowcount


@contextmanager
def writing(store: Path) -> Iterator[sqlite3.Connection]:
    """A browser's connection: each `with` block below it is one committed transaction."""
    with closing(sqlite3.connect(store, isolation_level=None)) as connection:
        connection.execute("PRAGMA busy_timeout = 5000")
        yield connection


@contextmanager
def wal_writer(store: Path) -> Iterator[sqlite3.Connection]:
    """A connection that commits into the store's `-wal` and never copies it back into the
    main file while open, as a running Firefox does between checkpoints."""
    with closing(sqlite3.connect(store, isolation_level=None)) as connection:
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA wal_autocheckpoint = 0")
        yield connection


def commit(connection: sqlite3.Connection, sql: str, *values: object) -> None:
    connection.execute("BEGIN")
    connection.execute(sql, values)
    connection.execute("COMMIT")


@dataclass
class Watching:
    """A running `saemes-cookies watch`: its stdout lines arrive in `lines`."""

    process: subprocess.Popen[str]
    lines: queue.Queue[str | None] = field(default_factory=queue.Queue)
    err: list[str] = field(default_factory=list)
    banner: threading.Event = field(default_factory=threading.Event)

    def next_line(self) -> str:
        try:
            line = self.lines.get(timeout=GUARD_S)
        except queue.Empty:
            raise AssertionError(f"no line from watch; stderr: {self.err}") from None
        assert line is not None, f"watch ended early; stderr: {self.err}"
        return line

    def stop(self) -> tuple[int, list[str]]:
        """Ctrl+C; the exit code and the lines printed after the last one read."""
        self.process.send_signal(signal.SIGINT)
        code = self.process.wait(GUARD_S)
        rest = []
        while True:
            line = self.lines.get(timeout=GUARD_S)
            if line is None:
                return code, rest
            rest.append(line)


def _pump(watching: Watching) -> None:
    assert watching.process.stdout is not None
    for line in watching.process.stdout:
        watching.lines.put(line.rstrip("\n"))
    watching.lines.put(None)


def _pump_err(watching: Watching) -> None:
    assert watching.process.stderr is not None
    for line in watching.process.stderr:
        watching.err.append(line.rstrip("\n"))
        # The line that says how to end it comes once every store has been read: the
        # baseline is taken (and Ctrl+C is handled), in either language.
        if "Ctrl+C" in line:
            watching.banner.set()
    watching.banner.set()


@contextmanager
def watch(*args: str, env: dict[str, str] | None = None) -> Iterator[Watching]:
    """`python -m tui watch ARGS` in its own process, started once its baseline is read."""
    full_env = {**os.environ, **(env or {})}
    full_env.update(PYTHONPATH=str(REPO), SAEMES_COOKIES_WATCH_INTERVAL=TEST_INTERVAL)
    process = subprocess.Popen(
        [sys.executable, "-m", "tui", "watch", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        env=full_env,
        cwd=REPO,
    )
    watching = Watching(process)
    threads = [
        threading.Thread(target=_pump, args=(watching,), daemon=True),
        threading.Thread(target=_pump_err, args=(watching,), daemon=True),
    ]
    for thread in threads:
        thread.start()
    try:
        assert watching.banner.wait(GUARD_S), "watch never started"
        yield watching
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(GUARD_S)
