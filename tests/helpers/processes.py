"""Other processes for the tests: a Python child, a process holding a browser's lock (as a
running Firefox or Chromium would), and read-only views of a folder."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any, NoReturn

import pytest

from tests.helpers import REPO


def python_child(code: str, *args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO), **(env or {})},
    )


# For such a script: waits (a bounded wait, not a timing) until the app's table shows rows, the
# app run headless under `pilot`.
FIRST_ROWS = """
async def first_rows(app, pilot):
    for _ in range(1200):
        if app.main_screen.table.row_count:
            break
        await pilot.pause(0.05)
    assert app.main_screen.table.row_count, "the demo's rows never came"
    await pilot.pause()
"""


def said_by_fresh_python(script: str, *args: str) -> Any:
    """What `script`, run in a fresh interpreter from the checkout (nothing of this process's
    imports or state), printed last, read as JSON; its traceback if it failed."""
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


_HOLD_PARENTLOCK = """
    import fcntl, os, sys
    fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT, 0o644)
    fcntl.lockf(fd, fcntl.LOCK_EX)  # what Firefox does with .parentlock while it runs
    print("locked", flush=True)
    sys.stdin.read()
"""


_HOLD_DATABASE = """
    import sqlite3, sys
    connection = sqlite3.connect(sys.argv[1], isolation_level=None)
    # Firefox keeps its cookie database in exclusive locking mode while it runs.
    connection.execute("PRAGMA locking_mode = EXCLUSIVE")
    connection.execute("BEGIN EXCLUSIVE")
    connection.execute("COMMIT")
    print("locked", flush=True)
    sys.stdin.read()
"""


# argv[2] is "BEGIN" (a read, once its SELECT runs) or "BEGIN EXCLUSIVE" (a commit under way).
_LOCK_FOR_A_MOMENT = """
    import sqlite3, sys, time
    connection = sqlite3.connect(sys.argv[1], isolation_level=None)
    connection.execute(sys.argv[2])
    connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    print("locked", flush=True)
    time.sleep(0.5)
    connection.execute("COMMIT")
    sys.stdin.read()
"""


@contextmanager
def _holding(code: str, path: Path, *args: str) -> Iterator[subprocess.Popen[str]]:
    child = python_child(code, str(path), *args)
    try:
        assert child.stdout is not None
        line = child.stdout.readline().strip()
        assert line == "locked", child.stderr.read() if child.stderr else line
        yield child
    finally:
        if child.stdin:
            child.stdin.close()
        child.wait()


def reading_for_a_moment(store: Path) -> AbstractContextManager[subprocess.Popen[str]]:
    """Another process holds a read of the store for half a second, as another run's scan
    does, then lets go by itself."""
    return _holding(_LOCK_FOR_A_MOMENT, store, "BEGIN")


def committing_for_a_moment(store: Path) -> AbstractContextManager[subprocess.Popen[str]]:
    """Another process holds the store's write lock for half a second, as another run's
    commit does (in a rollback-journal store no reader may start meanwhile)."""
    return _holding(_LOCK_FOR_A_MOMENT, store, "BEGIN EXCLUSIVE")


def holding_parentlock(profile_dir: Path) -> AbstractContextManager[subprocess.Popen[str]]:
    """Another process holds the fcntl lock on the profile's .parentlock, as Firefox does."""
    return _holding(_HOLD_PARENTLOCK, profile_dir / ".parentlock")


@contextmanager
def chromium_running(user_data: Path) -> Iterator[None]:
    """Chromium "runs" on this user-data dir: its SingletonLock names a live process here."""
    lock = user_data / "SingletonLock"
    with subprocess.Popen(["sleep", "600"]) as browser:
        try:
            lock.symlink_to(f"{socket.gethostname()}-{browser.pid}")
            yield
        finally:
            browser.kill()
            lock.unlink(missing_ok=True)


def holding_database(store: Path) -> AbstractContextManager[subprocess.Popen[str]]:
    """Another process holds the store's database locked, as a running Firefox does."""
    return _holding(_HOLD_DATABASE, store)


@contextmanager
def readable_package() -> Iterator[Path]:
    """A copy of the `tui` package that any user can read, for a child run as another user:
    the checkout may lie in a directory only its owner can enter (root's home is 0700).
    Yields the directory to put on PYTHONPATH (and to run the child in)."""
    root = Path(tempfile.mkdtemp(prefix="saemes-tui-"))
    try:
        shutil.copytree(REPO / "tui", root / "tui", ignore=shutil.ignore_patterns("__pycache__"))
        for path in [root, *root.rglob("*")]:
            path.chmod(0o755 if path.is_dir() else 0o644)
        yield root
    finally:
        shutil.rmtree(root)


def in_ci() -> bool:
    """Whether this run is CI's: CI set to anything but "", "0" or "false" (.ci/run and CI
    services set CI=true)."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false")


def unavailable(reason: str, required: bool | None = None) -> NoReturn:
    """This machine lacks what the test needs: skip with the reason locally, fail in CI (or
    wherever `required` says so), so that CI never goes green by skipping. The one place
    this rule is written."""
    if in_ci() if required is None else required:
        pytest.fail(f"CI must run this test: {reason}")
    pytest.skip(reason)


def faketime() -> str:
    """Debian's faketime, which moves the clock of a process and its children (a test that
    needs it is skipped locally without it, and fails in CI)."""
    found = shutil.which("faketime")
    if found is None:
        unavailable("needs faketime (Debian package faketime); .ci/run installs it")
    return found


def succeeds(*command: str) -> bool:
    return subprocess.run(command, capture_output=True).returncode == 0


@contextmanager
def read_only_view(directory: Path) -> Iterator[Path]:
    """`directory` seen read-only (really, even for root); yields the path to use for it."""
    if os.geteuid() != 0:
        files = [directory, *directory.iterdir()]
        for path in files:
            path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield directory
        finally:
            for path in files:
                path.chmod(0o755 if path.is_dir() else 0o644)
        return
    view = directory.with_name(directory.name + "-ro")
    view.mkdir()
    if succeeds("mount", "--bind", str(directory), str(view)):
        try:
            if not succeeds("mount", "-o", "remount,bind,ro", str(view)):
                unavailable("cannot remount the bind mount read-only")
            yield view
        finally:
            succeeds("umount", str(view))
        return
    files = [*directory.iterdir(), directory]
    flagged = [path for path in files if succeeds("chattr", "+i", str(path))]
    try:
        if flagged == files:
            yield directory
            return
    finally:
        for path in flagged:
            succeeds("chattr", "-i", str(path))
    unavailable("as root, neither a read-only bind mount nor chattr +i is possible here")
