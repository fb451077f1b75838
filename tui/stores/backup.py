"""Backups of whole cookie stores, taken before every write, kept in the user's state dir.

A backup is a copy made with SQLite's backup API from the connection that is about to write,
so it is consistent even while a `-wal` file holds part of the store. It is kept as
`<id>.sqlite` (a plain rollback-journal database, whatever the store's mode) beside
`<id>.json`, which says whose store it is; a backup is listed only once both are complete.
The files hold every cookie value of the store, so the directory is private (0700, 0600).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sqlite3
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tui import paths
from tui.model import Family, StoreRef
from tui.paths import (
    Held,
    Locked,
    StateDirError,
    acquire,
    backups_in,
    fsync_dir,
    open_private,
    private_dir,
    read_private,
    real_path,
    state_dir,
    try_lock,
)
from tui.texts import Problem, say
from tui.textsafe import printable

KEEP_PER_STORE = 20
_ID = re.compile(r"[0-9]{8}T[0-9]{6}Z-[a-z0-9-]+")
# How long a writer waits for another saemes-cookies process writing the same store.
LOCK_WAIT = 30.0
_PARTIAL = ".partial"


class BackupError(Problem):
    """A backup cannot be made or found; says why in one line, without any value."""


class BackupMissing(BackupError):
    """No backup of that id (a mistyped id, or one already pruned)."""


class StoreLocked(BackupError):
    """Another saemes-cookies process kept writing this store for longer than LOCK_WAIT."""


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


class Backups:
    """The backups in one directory (default: `<state dir>/backups`), and the locks that keep
    two writers of one store apart (in `locks` beside it)."""

    def __init__(self, root: Path | None = None, keep: int = KEEP_PER_STORE) -> None:
        self.root = root if root is not None else backups_in(state_dir())
        self.keep = keep

    @property
    def state(self) -> Path:
        """The state dir: the backups folder, the locks folder and the audit log are in it."""
        return self.root.parent

    def _cannot_write(self, exc: BaseException) -> BackupError:
        reason = _reason(exc)
        return BackupError(
            say("backup.cannot-write", dir=printable(str(self.root), 300), reason=reason)
        )

    def _private_root(self) -> Path:
        """The backups folder, once it and the state dir around it are known to be private
        (someone who may write to the state dir could swap the folders inside it), as held
        by descriptor (tui/paths.py): every file of a backup is made and read through it."""
        try:
            return private_dir(private_dir(self.state) / self.root.name)
        except StateDirError as exc:
            raise BackupError(exc.said) from None

    def lock(self, store: Path, wait: float = LOCK_WAIT) -> Held:
        """This tool's exclusive lock on `store` (by its real path), taken now; release it
        by leaving a `with` block on the result.

        Every write of a store (backup, delete or restore, verification, audit) happens while
        it is held, so two runs of the tool on one store take turns instead of racing. It is a
        lock between saemes-cookies processes only; the browser is kept out by the guard.
        Raises StoreLocked after waiting `wait` seconds, BackupError when no lock can be made.
        """
        key = hashlib.sha256(os.fsencode(str(real_path(store)))).hexdigest()[:32]
        try:
            # Beside the backups folder (in the state dir), so that folder holds backups only.
            locks = private_dir(private_dir(self.state) / "locks")
            return acquire(locks / f"{key}.lock", wait)
        except Locked:
            raise StoreLocked(say("backup.locked", store=printable(str(store), 300))) from None
        except (StateDirError, OSError) as exc:
            # The state dir is unusable: no lock, and no backup could be written there either.
            raise self._cannot_write(exc) from None

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
        root = self._private_root()
        self.clean_partials(root)
        try:
            backup_id, _, fd = self._reserve(now, ref, root)
        except (OSError, StateDirError) as exc:
            raise self._cannot_write(exc) from None
        with Held(fd) as held:
            return self._write(source, ref, reason, rows, now, backup_id, (root, held))

    def _write(
        self,
        source: sqlite3.Connection,
        ref: StoreRef,
        reason: str,
        rows: int,
        now: datetime,
        backup_id: str,
        into: tuple[Path, Held],
    ) -> Backup:
        root, held = into
        partial = root / f"{backup_id}.sqlite{_PARTIAL}"
        final = root / f"{backup_id}.sqlite"
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
            # Copied into memory, then written through the partial file this process
            # created (O_EXCL, no link followed): SQLite itself opens no file in the state dir.
            target = sqlite3.connect(":memory:")
            try:
                source.backup(target, progress=abort_when_busy)
                image = bytearray(target.serialize())
            finally:
                target.close()
            _one_file(image)
            _write_all(held.fileno(), image)
            os.fsync(held.fileno())
            if paths.ON_WINDOWS:
                # Let go first (see tui/paths.py); a clean-up that removes the partial in
                # between fails the rename, and the write is refused with nothing changed.
                held.release()
            os.replace(partial, final)
            self._write_meta(backup, root)
            fsync_dir(root)
        except StoreBusy:
            self._discard(backup_id, root, held)
            raise BackupError(say("backup.busy", store=printable(str(ref.path), 300))) from None
        except (OSError, sqlite3.Error, StateDirError) as exc:
            self._discard(backup_id, root, held)
            raise self._cannot_write(exc) from None
        return backup

    def _reserve(self, now: datetime, ref: StoreRef, root: Path) -> tuple[str, Path, int]:
        """A new backup id and its partial file, created empty and private by this process,
        with a lock held on it that says "in use" to `clean_partials` in other runs."""
        base = f"{now:%Y%m%dT%H%M%SZ}-{slug(ref.browser)}-{slug(ref.profile)}"
        for count in range(1, 1000):
            backup_id = base if count == 1 else f"{base}-{count}"
            if os.path.lexists(root / f"{backup_id}.sqlite"):
                continue
            partial = root / f"{backup_id}.sqlite{_PARTIAL}"
            try:
                fd = open_private(partial, os.O_RDWR | os.O_CREAT | os.O_EXCL)
            except FileExistsError:
                continue
            try_lock(fd)
            return backup_id, partial, fd
        raise BackupError(say("backup.too-many", dir=printable(str(self.root), 300), base=base))

    def clean_partials(self, root: Path | None = None) -> list[str]:
        """Removes what killed runs left half-written; returns the names removed.

        A partial backup whose lock is free belongs to no live run (a lock goes with its
        process). Links are removed, never followed; SQLite's journal of a partial goes with
        it.
        """
        removed: list[str] = []
        root = root or self.root
        try:
            names = sorted(os.listdir(root))
        except OSError:
            return removed
        for name in names:
            if _PARTIAL not in name:
                continue
            path = root / name
            owner = name[: name.index(_PARTIAL) + len(_PARTIAL)]
            if name != owner and os.path.lexists(root / owner):
                continue  # goes with its own partial, below or in a later run
            if name == owner and not os.path.islink(path) and _in_use(path):
                continue
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(name)
                for suffix in ("-journal", "-wal", "-shm"):
                    with contextlib.suppress(OSError):
                        (root / f"{name}{suffix}").unlink()
        return removed

    def _write_meta(self, backup: Backup, root: Path) -> None:
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
        meta = root / f"{backup.id}.json"
        partial = root / f"{backup.id}.json{_PARTIAL}"
        # Exclusive: a file or link already there is never written through.
        fd = open_private(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(document, handle, ensure_ascii=True, indent=1)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, meta)

    def _discard(self, backup_id: str, root: Path, held: Held | None = None) -> None:
        if held is not None:
            held.release()  # first: Windows deletes no open file (see tui/paths.py)
        suffixes = (
            ".json",
            ".json.partial",
            ".sqlite",
            ".sqlite.partial",
            ".sqlite.partial-journal",
        )
        for suffix in suffixes:
            with contextlib.suppress(OSError):
                (root / f"{backup_id}{suffix}").unlink()

    def all(self) -> list[Backup]:
        """Every complete backup, newest first.

        Only from a private directory: a backup planted by someone else would otherwise be
        restorable into the user's browser.
        """
        if not os.path.lexists(self.root):
            return []
        root = self._private_root()
        try:
            metas = sorted(root.glob("*.json"))
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
            data: Any = json.loads(read_private(meta).decode("utf-8"))
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
        except (OSError, ValueError, KeyError, TypeError, StateDirError):
            return None
        if backup.id != meta.stem or not backup.file.is_file() or backup.file.is_symlink():
            return None
        return backup

    def get(self, name: str) -> Backup:
        """The backup with this id (a backup's file name is accepted too)."""
        if name.endswith((".sqlite", ".json")):
            name = Path(name).stem
        if _ID.fullmatch(name):
            root = self._private_root() if os.path.lexists(self.root) else self.root
            backup = self._load(root / f"{name}.json")
            if backup is not None:
                return backup
        raise BackupMissing(
            say("backup.none", name=printable(repr(name), 80), dir=printable(str(self.root), 300))
        )

    def for_store(self, store_path: Path) -> list[Backup]:
        key = _store_key(store_path)
        return [b for b in self.all() if _store_key(b.store_path) == key]

    def prune(self, store_path: Path, keep_ids: Collection[str] = ()) -> list[Backup]:
        """Removes the store's backups beyond the newest `keep`; returns those removed.

        `keep_ids` (the backup just made, the one just restored) stay whatever the clock says
        about their age, and count among the `keep`.
        """
        kept = set(keep_ids)
        mine = self.for_store(store_path)
        others = [b for b in mine if b.id not in kept]
        room = max(self.keep - sum(1 for b in mine if b.id in kept), 0)
        removed = others[room:]
        for backup in removed:
            self._discard(backup.id, backup.file.parent)
        return removed


def _one_file(image: bytearray) -> None:
    """A copy of a WAL store says WAL in its header (bytes 18 and 19, the file format
    versions: 2 for WAL, 1 for a rollback journal; https://www.sqlite.org/fileformat2.html);
    a backup is one file, so it says rollback journal, as `PRAGMA journal_mode = DELETE`
    would leave it."""
    if image[18:20] == b"\x02\x02":
        image[18:20] = b"\x01\x01"


def _write_all(fd: int, data: bytearray) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _store_key(path: Path) -> str:
    return str(real_path(path))


def _in_use(path: Path) -> bool:
    """Does a live run hold the lock on this partial file?"""
    try:
        # Not blocking: a FIFO planted as a partial must not hold the run.
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
        fd = os.open(path, flags)
    except OSError:
        return False
    try:
        return not try_lock(fd)
    finally:
        os.close(fd)


def _reason(exc: BaseException) -> object:
    """Why, in one line without any value: a Problem's own words, an OS error's, or a name."""
    if isinstance(exc, Problem):
        return exc.said
    if isinstance(exc, OSError):
        return exc.strerror or exc.__class__.__name__
    if isinstance(exc, sqlite3.Error):
        return getattr(exc, "sqlite_errorname", None) or exc.__class__.__name__
    return exc.__class__.__name__
