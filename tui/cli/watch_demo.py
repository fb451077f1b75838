"""`watch --demo`: a writer standing in for the demo's Firefox, so the watch has something to
show on a machine without browsers. Once the baseline is read it makes a short visit's changes
to the demo home's Firefox store, one every few polls, as Firefox writes them (each a commit
into the `-wal`), then stops: the person sees a tracker set despite the refusal in the demo's
consent cookie (a violation), a log-in renewing the session, the tracker renewed (a violation
again), the choice forgotten, and a tracker set with no choice made.

Only the demo home is ever written: the store is found inside it by its fixed layout.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tui.demo.home import DOMAIN, HOST, firefox_store
from tui.demo.stores import Spec, firefox_row
from tui.texts import Said, say

# A change every this many polls: each gets a poll of its own, and a person can read it.
POLLS_PER_STEP = 3

Step = Callable[[sqlite3.Connection, datetime], None]


def _add(spec: Callable[[datetime], Spec]) -> Step:
    def step(connection: sqlite3.Connection, now: datetime) -> None:
        row = firefox_row(spec(now), now)
        names, marks = ", ".join(row), ", ".join("?" * len(row))
        connection.execute(
            f"INSERT INTO moz_cookies ({names}) VALUES ({marks})", list(row.values())
        )

    return step


def _sql(statement: str, *values: Callable[[datetime], object]) -> Step:
    def step(connection: sqlite3.Connection, now: datetime) -> None:
        connection.execute(statement, [value(now) for value in values])

    return step


def _millis(days: int) -> Callable[[datetime], int]:
    return lambda now: int((now + timedelta(days=days)).timestamp() * 1000)


def _seconds(now: datetime) -> str:
    return str(int(now.timestamp()))


# The default container only: the demo's consent cookie lives there (and refuses `ga`).
_DEFAULT_JAR = "originAttributes = ''"
STEPS: tuple[Step, ...] = (
    # The Google tag sets _ga although the consent cookie refuses `ga`.
    _add(
        lambda now: Spec(
            DOMAIN, "_ga", f"GA1.1.9042113377.{_seconds(now)}", expires=now + timedelta(days=730)
        )
    ),
    # The person logs in again: a new session, two weeks from now.
    _sql(
        f"UPDATE moz_cookies SET value = ?, expiry = ? WHERE name = 'sessionid' AND {_DEFAULT_JAR}",
        lambda now: f"demo{_seconds(now)}sessionrenewed",
        _millis(14),
    ),
    # The tag runs again on the next page and renews _ga.
    _sql(
        f"UPDATE moz_cookies SET value = ?, expiry = ? WHERE name = '_ga' AND {_DEFAULT_JAR}",
        lambda now: f"GA1.1.9042113377.{_seconds(now)}1",
        _millis(731),
    ),
    # "Forget my choice": the consent cookie goes.
    _sql(
        f"DELETE FROM moz_cookies WHERE name = 'cookies_preferences' AND host = '{HOST}'"
        f" AND {_DEFAULT_JAR}"
    ),
    # A tracker set while no choice is made.
    _add(
        lambda now: Spec(
            DOMAIN, "_gid", f"GA1.1.5512.{_seconds(now)}", expires=now + timedelta(days=1)
        )
    ),
)


def write_steps(
    store: Path, stop: threading.Event, pause: float, said: Callable[[Said], None]
) -> None:
    """Makes each step in its own commit, `pause` seconds apart, until done or `stop`; says
    when it is done (a pause after the last step, so after its line), or that it failed."""
    try:
        with closing(sqlite3.connect(store, isolation_level=None)) as connection:
            connection.execute("PRAGMA busy_timeout = 5000")
            for step in STEPS:
                if stop.wait(pause):
                    return
                connection.execute("BEGIN IMMEDIATE")
                step(connection, datetime.now(UTC))
                connection.execute("COMMIT")
    except sqlite3.Error:
        # SQLite's text could quote a row: the fixed phrase only.
        said(say("watch.demo.failed"))
        return
    if not stop.wait(pause):
        said(say("watch.demo.done", count=len(STEPS)))


@contextmanager
def demo_writer(home: Path, interval: float, said: Callable[[Said], None]) -> Iterator[None]:
    """The writer running in a thread of its own while the block runs; stopped and joined
    when it ends (before the demo home is removed)."""
    stop = threading.Event()
    thread = threading.Thread(
        target=write_steps,
        args=(firefox_store(home), stop, interval * POLLS_PER_STEP, said),
        name="saemes-demo-writer",
        daemon=True,
    )
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()
