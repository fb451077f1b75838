"""The audit log: one JSON line per deleted cookie and per restore, in the user's state dir.

A line holds when, which store (path, browser, profile), which cookie (host, name, path,
category) and which backup. Records are built here from those fields only, so no cookie value
can reach the log. ASCII-only JSON keeps hostile names from reaching a terminal that shows it.

The log is never behind a store: before a write commits, an intent (the lines it will add,
and what tells whether it happened) is made durable in `pending/` beside the log, locked by
the writing process; after the commit the lines are appended and the intent removed. An
intent whose lock is free belongs to a run that was killed: `orphans` hands it to the next
run, which settles it against the store (tui/intents.py) and records what it found.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime
from pathlib import Path

from tui import paths
from tui.model import StoreRef
from tui.paths import (
    StateDirError,
    audit_log_in,
    fsync_dir,
    open_private,
    private_dir,
    read_private,
    state_dir,
    try_lock,
)

# typing is not imported at run time: every command settles pending intents through here,
# `scan` included, and starts faster without it (annotations only).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

Record = dict[str, str | None]
PENDING = "pending"
_PARTIAL = ".partial"


def default_path() -> Path:
    return audit_log_in(state_dir())


def _store_fields(when: datetime, action: str, ref: StoreRef) -> Record:
    return {
        "time": when.isoformat(),
        "action": action,
        "store": str(ref.path),
        "browser": ref.browser,
        "profile": ref.profile,
    }


def deletion(
    when: datetime, ref: StoreRef, host: str, name: str, path: str, category: str, backup: str
) -> Record:
    return {
        **_store_fields(when, "delete", ref),
        "host": host,
        "name": name,
        "path": path,
        "category": category,
        "backup": backup,
    }


def restore(when: datetime, ref: StoreRef, backup: str, replaced: str) -> Record:
    """`replaced` is the backup taken of the state the restore overwrote."""
    return {**_store_fields(when, "restore", ref), "backup": backup, "replaced_backup": replaced}


# The action of a line an interrupted run meant to write, when the store says it did not
# happen.
NOT_DONE = {"delete": "not-deleted", "restore": "not-restored"}


def settled(record: Mapping[str, str | None], when: datetime, happened: bool) -> Record:
    """A line an interrupted run meant to write, written by the run that found, by the store,
    whether it happened (then as it was meant) or not (its action says so)."""
    action = str(record.get("action"))
    return {
        **record,
        "action": action if happened else NOT_DONE.get(action, f"not-{action}"),
        "time": when.isoformat(),
        "settled": "after interruption",
    }


class Appender:
    """The audit log, opened before a write so that a log that cannot be written refuses the
    write before anything is written."""

    def __init__(self, path: Path) -> None:
        self.path = path
        # Through the state dir as held by descriptor (tui/paths.py), never by name again.
        held = private_dir(path.parent) / path.name
        self._fd: int | None = open_private(held, os.O_WRONLY | os.O_APPEND | os.O_CREAT)

    def append(self, records: Iterable[Mapping[str, str | None]]) -> None:
        """Appends the records in one write, on disk when this returns."""
        text = "".join(json.dumps(dict(r), ensure_ascii=True) + "\n" for r in records)
        if not text or self._fd is None:
            return
        data = memoryview(text.encode("ascii"))
        while data:
            data = data[os.write(self._fd, data) :]
        os.fsync(self._fd)

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> Appender:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Intent:
    """A write about to commit, on disk and locked by this process until `done` or `drop`
    (or `release`, which leaves it for the next run to settle)."""

    def __init__(self, path: Path, fd: int, document: dict[str, Any]) -> None:
        self.path = path
        self.document = document
        self._fd: int | None = fd

    @property
    def records(self) -> list[Record]:
        records: list[Record] = self.document.get("records", [])
        return records

    def done(self, appender: Appender, records: Iterable[Mapping[str, str | None]]) -> None:
        """The write committed: its lines are appended (durably), then the intent goes."""
        appender.append(records)
        self.drop()

    def drop(self) -> None:
        """Nothing of the write stayed (rolled back, or put back and checked), or its lines
        are written: the intent goes."""
        if paths.ON_WINDOWS and self._fd is not None:
            # Let go before it is deleted (see tui/paths.py), but emptied first: another run
            # that takes it in between finds nothing to settle, so writes no line twice.
            with contextlib.suppress(OSError):
                os.ftruncate(self._fd, 0)
            self.release()
        with contextlib.suppress(OSError):
            os.unlink(self.path)
        self.release()

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def _taken_again(path: Path) -> int:
    """Windows: the intent, let go to be renamed (see tui/paths.py), opened and locked again.
    Another run that took it in between settles it as not done, as it is: this write is then
    refused before anything is written."""
    fd = open_private(path, os.O_RDWR)
    if not try_lock(fd):
        os.close(fd)
        raise BlockingIOError(errno.EAGAIN, os.strerror(errno.EAGAIN), str(path))
    return fd


class AuditLog:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else default_path()

    @property
    def pending(self) -> Path:
        return self.path.parent / PENDING

    def write(self, records: Iterable[Mapping[str, str | None]]) -> None:
        """Appends the records in one write, on disk when this returns.

        Raises OSError when the log cannot be written, StateDirError when its directory is
        not private or the log is a link or not the user's (it is never written through).
        """
        records = list(records)
        if not records:
            return
        with Appender(self.path) as appender:
            appender.append(records)

    def opened(self) -> Appender:
        """The log, open for appending now; raises as `write` does."""
        return Appender(self.path)

    def intend(self, document: dict[str, Any]) -> Intent:
        """Makes `document` (the lines to write, what tells whether the write happened)
        durable as an intent, locked by this process. Raises OSError or StateDirError."""
        folder = self._pending_dir()
        # Imported here: every run checks for intents, only a write makes one (uuid imports
        # platform, which `scan` would pay at start-up).
        import uuid

        name = f"{uuid.uuid4().hex}.json"
        partial = folder / f"{name}{_PARTIAL}"
        fd = open_private(partial, os.O_RDWR | os.O_CREAT | os.O_EXCL)
        try:
            # Locked before it has a name `orphans` looks at, so no other run settles it.
            try_lock(fd)
            data = memoryview(json.dumps(document, ensure_ascii=True).encode("ascii"))
            while data:
                data = data[os.write(fd, data) :]
            os.fsync(fd)
            if paths.ON_WINDOWS:
                os.close(fd)
                fd = -1
            os.replace(partial, folder / name)
            fsync_dir(folder)
            if fd == -1:
                fd = _taken_again(folder / name)
        except BaseException:
            if fd != -1:
                os.close(fd)
            with contextlib.suppress(OSError):
                os.unlink(partial)
            raise
        return Intent(folder / name, fd, document)

    def _pending_dir(self) -> Path:
        return private_dir(private_dir(self.path.parent) / PENDING)

    def has_pending(self) -> bool:
        """Cheap: is anything waiting in `pending/` (checked by every run before it imports
        what settling needs)?"""
        try:
            return any(True for _ in os.scandir(self.pending))
        except OSError:
            return False

    def orphans(self) -> Iterator[Intent]:
        """The intents of runs that ended before completing them, each locked by this
        process while it is settled. Half-written intents (their write never reached
        COMMIT, which waits for the intent to be on disk) are removed."""
        try:
            folder = self._pending_dir()
            names = sorted(os.listdir(folder))
        except (OSError, StateDirError):
            return
        for name in names:
            path = folder / name
            try:
                fd = open_private(path, os.O_RDWR)
            except (OSError, StateDirError):
                continue
            if not try_lock(fd):
                os.close(fd)
                continue
            if name.endswith(_PARTIAL) or not name.endswith(".json"):
                Intent(path, fd, {}).drop()
                continue
            try:
                with os.fdopen(os.dup(fd), "rb") as handle:
                    document = json.loads(handle.read(1 << 24).decode("ascii"))
            except (OSError, ValueError):
                document = None
            if not isinstance(document, dict):
                Intent(path, fd, {}).drop()
                continue
            yield Intent(path, fd, document)

    def read(self) -> list[Record]:
        """Every record, oldest first (lines that are not JSON objects are skipped)."""
        try:
            text = read_private(self.path).decode("utf-8", errors="replace")
        except FileNotFoundError:
            return []
        lines = text.splitlines()
        records = []
        for line in lines:
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if isinstance(record, dict):
                records.append(record)
        return records
