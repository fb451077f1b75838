"""Fixtures for the deletion tests: stores in a fake home, helper processes holding locks."""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import AbstractContextManager, closing, contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from tests.conftest import NOW, REPO, site_specs
from tui.audit import AuditLog
from tui.catalog import Catalog, load
from tui.demo.stores import Spec, write_chromium, write_firefox, write_local_state
from tui.inspection import find_stores, inspect
from tui.model import Inspection
from tui.stores.backup import Backups

# Values a leak test can look for: long, distinctive, never a substring of anything else.
SECRET = "Zq7SECRETv4lue"


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return load()


@dataclass(frozen=True)
class Place:
    """Where one test's stores, backups and audit log live."""

    root: Path

    @property
    def backups(self) -> Backups:
        return Backups(self.root / "state" / "saemes-cookies" / "backups")

    @property
    def log(self) -> AuditLog:
        return AuditLog(self.root / "state" / "saemes-cookies" / "audit.jsonl")

    @property
    def env(self) -> dict[str, str]:
        """For `python -m tui`: state in the place, no real browser profile in sight."""
        home = self.root / "home"
        home.mkdir(exist_ok=True)
        return {
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_STATE_HOME": str(self.root / "state"),
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
        }


@pytest.fixture
def place(tmp_path: Path) -> Place:
    return Place(tmp_path)


def secret_specs(tag: str) -> list[Spec]:
    """The site's usual cookies (and decoys), every value carrying SECRET."""
    return [replace(spec, value=f"{SECRET}{tag}{spec.value}") for spec in site_specs(tag)]


def chromium_user_data(root: Path, specs: list[Spec] | None = None) -> Path:
    """A Chromium user-data dir (with Local State, so its lock dir is known); returns the store."""
    user_data = root / "chromium"
    write_local_state(user_data, {"Default": "Personal"})
    return write_chromium(user_data / "Default" / "Cookies", specs or secret_specs("c"), now=NOW)


def firefox_profile(
    root: Path, specs: list[Spec] | None = None, in_wal: list[Spec] | None = None
) -> Path:
    return write_firefox(
        root / "firefox" / "abc.default" / "cookies.sqlite",
        specs or secret_specs("f"),
        now=NOW,
        in_wal=in_wal or [],
    )


def inspect_stores(catalog: Catalog, *paths: Path) -> Inspection:
    refs, failed, searched = find_stores(list(paths))
    return inspect(catalog, refs, failed, searched, now=NOW)


def table_of(path: Path) -> str:
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as connection:
        names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    return "moz_cookies" if "moz_cookies" in names else "cookies"


def all_rows(path: Path) -> list[tuple[object, ...]]:
    """Every row of the cookie table (values included, for comparison only), in rowid order.

    A normal connection, as the browser would open it: it recovers a WAL or a hot journal.
    """
    connection = sqlite3.connect(path)
    # Hostile rows hold text that is not UTF-8: read as the tool reads it, so they compare.
    connection.text_factory = lambda data: data.decode("utf-8", "surrogateescape")
    try:
        table = table_of(path)
        return list(connection.execute(f"SELECT rowid, * FROM {table} ORDER BY rowid"))
    finally:
        connection.close()


def integrity(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("PRAGMA integrity_check")]
    finally:
        connection.close()


def journal_mode(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return str(connection.execute("PRAGMA journal_mode").fetchone()[0])
    finally:
        connection.close()


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


@contextmanager
def _holding(code: str, path: Path) -> Iterator[subprocess.Popen[str]]:
    child = python_child(code, str(path))
    try:
        assert child.stdout is not None
        line = child.stdout.readline().strip()
        assert line == "locked", child.stderr.read() if child.stderr else line
        yield child
    finally:
        if child.stdin:
            child.stdin.close()
        child.wait()


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


def unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"CI must run this test: {reason}")
    pytest.skip(reason)


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
