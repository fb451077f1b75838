"""Backups of whole cookie stores, taken before every write, kept in the user's state dir.

A backup is a copy made with SQLite's backup API from the connection that is about to write,
so it is consistent even while a `-wal` file holds part of the store. It is kept as
`<id>.sqlite` (a plain rollback-journal database, whatever the store's mode) beside
`<id>.json`, which says whose store it is; a backup is listed only once both are complete.
The files hold every cookie value of the store, so the directory is private (0700, 0600).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tui.model import Family, StoreRef

APP_NAME = "saemes-cookies"
KEEP_PER_STORE = 20
_ID = re.compile(r"[0-9]{8}T[0-9]{6}Z-[a-z0-9-]+")


class BackupError(Exception):
    """A backup cannot be made or found; str() says why in one line, without any value."""


def state_dir() -> Path:
    """platformdirs' user state dir: $XDG_STATE_HOME/saemes-cookies (~/.local/state) on Linux."""
    from platformdirs import user_state_path

    return user_state_path(APP_NAME)


@dataclass(frozen=True)
class Backup:
    id: str
    created: datetime
    browser: str
    profile: str
    family: Family
    store_path: Path
    lock_dir: Path | None
    # Why it was taken: "before delete" or "before restore".
    reason: str
    # Rows of the store's cookie table in the backup.
    rows: int
    file: Path

    @property
    def ref(self) -> StoreRef:
        """The store it was taken from, as a ref the guard and the writer understand."""
        return StoreRef(self.browser, self.profile, self.family, self.store_path, self.lock_dir)


class StoreBusy(Exception):
    """The other side of a backup was locked by another program."""


def abort_when_busy(status: int, remaining: int, total: int) -> None:
    """Progress callback for Connection.backup: fail at once instead of retrying forever.

    Python's backup() sleeps and retries while the other side is locked; a running browser
    would hold it there without end.
    """
    if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        raise StoreBusy


def slug(text: str, limit: int = 32) -> str:
    cleaned = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return cleaned[:limit].strip("-") or "x"


def _private_dir(path: Path) -> None:
    # Only the backups dir itself: its parent may be any directory a caller chose.
    path.mkdir(parents=True, exist_ok=True)
    os.chmod(path, 0o700)


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


class Backups:
    """The backups in one directory (default: `<state dir>/backups`)."""

    def __init__(self, root: Path | None = None, keep: int = KEEP_PER_STORE) -> None:
        self.root = root if root is not None else state_dir() / "backups"
        self.keep = keep

    def create(
        self,
        source: sqlite3.Connection,
        ref: StoreRef,
        reason: str,
        rows: int,
        now: datetime | None = None,
    ) -> Backup:
        """A backup of the store `source` is connected to (call `prune` once the write is done).

        `source` may be inside a read transaction (the backup then copies exactly what that
        transaction sees) but not a write transaction.
        """
        now = now or datetime.now(UTC)
        try:
            _private_dir(self.root)
            backup_id, partial = self._reserve(now, ref)
        except OSError as exc:
            raise BackupError(f"cannot write a backup in {self.root}: {_reason(exc)}") from None
        final = self.root / f"{backup_id}.sqlite"
        backup = Backup(
            backup_id,
            now,
            ref.browser,
            ref.profile,
            ref.family,
            ref.path,
            ref.lock_dir,
            reason,
            rows,
            final,
        )
        try:
            target = sqlite3.connect(partial, timeout=0)
            try:
                source.backup(target, progress=abort_when_busy)
                # A copy of a WAL store says WAL in its header; a backup should be one file.
                target.execute("PRAGMA journal_mode = DELETE")
            finally:
                target.close()
            with open(partial, "rb+") as handle:
                os.fsync(handle.fileno())
            os.replace(partial, final)
            self._write_meta(backup)
            _fsync_dir(self.root)
        except StoreBusy:
            self._discard(backup_id)
            raise BackupError(f"{ref.path}: locked by another program while backing up") from None
        except (OSError, sqlite3.Error) as exc:
            self._discard(backup_id)
            raise BackupError(f"cannot write a backup in {self.root}: {_reason(exc)}") from None
        return backup

    def _reserve(self, now: datetime, ref: StoreRef) -> tuple[str, Path]:
        base = f"{now:%Y%m%dT%H%M%SZ}-{slug(ref.browser)}-{slug(ref.profile)}"
        for count in range(1, 1000):
            backup_id = base if count == 1 else f"{base}-{count}"
            if (self.root / f"{backup_id}.sqlite").exists():
                continue
            partial = self.root / f"{backup_id}.sqlite.partial"
            try:
                # Created by us, empty and private before SQLite writes a single value into it.
                os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            except FileExistsError:
                continue
            return backup_id, partial
        raise BackupError(f"{self.root}: too many backups named {base}")

    def _write_meta(self, backup: Backup) -> None:
        document = {
            "id": backup.id,
            "created": backup.created.isoformat(),
            "browser": backup.browser,
            "profile": backup.profile,
            "family": backup.family.value,
            "store": str(backup.store_path),
            "lock_dir": str(backup.lock_dir) if backup.lock_dir else None,
            "reason": backup.reason,
            "rows": backup.rows,
        }
        meta = self.root / f"{backup.id}.json"
        partial = self.root / f"{backup.id}.json.partial"
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(document, handle, ensure_ascii=True, indent=1)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, meta)

    def _discard(self, backup_id: str) -> None:
        suffixes = (
            ".json",
            ".json.partial",
            ".sqlite",
            ".sqlite.partial",
            ".sqlite.partial-journal",
        )
        for suffix in suffixes:
            with contextlib.suppress(OSError):
                (self.root / f"{backup_id}{suffix}").unlink()

    def all(self) -> list[Backup]:
        """Every complete backup, newest first."""
        try:
            metas = sorted(self.root.glob("*.json"))
        except OSError:
            return []
        found = []
        for meta in metas:
            backup = self._load(meta)
            if backup is not None:
                found.append(backup)
        found.sort(key=lambda b: (b.created, b.id), reverse=True)
        return found

    def _load(self, meta: Path) -> Backup | None:
        try:
            data: Any = json.loads(meta.read_text(encoding="utf-8"))
            backup = Backup(
                id=str(data["id"]),
                created=datetime.fromisoformat(data["created"]),
                browser=str(data["browser"]),
                profile=str(data["profile"]),
                family=Family(data["family"]),
                store_path=Path(data["store"]),
                lock_dir=Path(data["lock_dir"]) if data.get("lock_dir") else None,
                reason=str(data["reason"]),
                rows=int(data["rows"]),
                file=meta.with_suffix(".sqlite"),
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None
        if backup.id != meta.stem or not backup.file.is_file():
            return None
        return backup

    def get(self, name: str) -> Backup:
        """The backup with this id (a backup's file name is accepted too)."""
        if name.endswith((".sqlite", ".json")):
            name = Path(name).stem
        if _ID.fullmatch(name):
            backup = self._load(self.root / f"{name}.json")
            if backup is not None:
                return backup
        raise BackupError(f"no backup {name!r} in {self.root}; `saemes-cookies backups` lists them")

    def for_store(self, store_path: Path) -> list[Backup]:
        key = _store_key(store_path)
        return [b for b in self.all() if _store_key(b.store_path) == key]

    def prune(self, store_path: Path, keep_id: str | None = None) -> list[Backup]:
        """Removes the store's backups beyond the newest `keep`; returns those removed.

        `keep_id` (the backup just made) stays whatever the clock says about its age.
        """
        others = [b for b in self.for_store(store_path) if b.id != keep_id]
        room = self.keep - 1 if keep_id is not None else self.keep
        removed = others[room:]
        for backup in removed:
            self._discard(backup.id)
        return removed


def _store_key(path: Path) -> str:
    try:
        return str(path.resolve())
    except OSError:
        return str(path)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError):
        return exc.strerror or exc.__class__.__name__
    return str(exc)
