"""Open a browser's SQLite store for reading without changing a byte of it.

A rollback-journal database (Chromium) is opened in place with `mode=ro`. A WAL database
(Firefox) is not: even a read-only connection creates `-wal` and `-shm` files beside it and
leaves them there, and a running Firefox holds an exclusive lock. So a WAL store, or one that
is locked, is read from a private copy of the database together with its `-wal` file.
Never `immutable=1`, which would silently miss what is still in the `-wal`.

The store and its `-wal` and `-journal` must be regular files (tui/regular.py: a FIFO or a
link to /dev/zero is refused in one line, never waited on or copied without end). A copy holds
every value of the store: it is made 0600 in a 0700 directory of its own, no larger than the
file was when opened, removed when the read ends however it ends, and, when a killed run left
one, by the next run (`remove_leftover_copies`): its directory holds a lock only a live run
keeps.

Every connection reads TEXT through `decode_text`, which cannot fail: a column whose bytes are not
UTF-8 would otherwise end the whole read with Python's "Could not decode to UTF-8 column
'value' with text '…'", an error that quotes the cookie's value. For the same reason no
error text from SQLite is ever shown: `sqlite_reason` names the error by its code.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
import stat
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tui.frozen import Frozen
from tui.paths import try_lock
from tui.regular import NotAFile, check_regular, open_regular
from tui.stores.errors import (
    SharingViolation,
    StoreError,
    at,
    primary,
    sharing_violation,
    sqlite_reason,
)
from tui.texts import say
from tui.textsafe import printable

SQLITE_MAGIC = b"SQLite format 3\x00"

# How long a lock is waited for once the store is known not to be held by a program in exclusive
# mode: this tool's other runs hold a store far more briefly (a read of a 100,000-row store takes
# 2 ms for Chromium, 36 ms for Firefox in the README's benchmark). A writer waits this long for
# readers to let go, a reader for a commit to end; past it, the lock is taken for a running
# browser's.
BRIEF_LOCK_S = 2.0


class Opened(Frozen):
    connection: sqlite3.Connection
    # True when the live file was locked and a private copy was read instead.
    was_locked: bool


# The private copies' directories, in the temporary directory: saemes-cookies-read-XXXXXXXX.
# Each is made under the setting-up name, locked, then renamed: a directory under the copies'
# name is a locked one from its first moment, so no clean-up can take a live run's for a
# killed run's, whatever the clocks say.
COPY_PREFIX = "saemes-cookies-read-"
SETUP_PREFIX = "saemes-cookies-setup-"
_COPY_LOCK = ".lock"
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)


def _not_a_file(path: Path, exc: NotAFile) -> StoreError:
    return StoreError(say("store.at", path=printable(str(path), 300), reason=exc.said))


def _header(path: Path) -> bytes:
    try:
        with os.fdopen(open_regular(path), "rb") as handle:
            return handle.read(100)
    except NotAFile as exc:
        raise _not_a_file(path, exc) from None
    except FileNotFoundError:
        raise at(path, "store.not-found") from None
    except PermissionError as exc:
        if sharing_violation(exc):
            raise _held(path) from None
        raise at(path, "store.permission") from None
    except IsADirectoryError:
        raise at(path, "store.directory") from None
    except OSError as exc:
        raise at(path, "store.unreadable", reason=exc.strerror or type(exc).__name__) from None


def is_sqlite(path: Path) -> bool:
    return _header(path)[:16] == SQLITE_MAGIC


def _is_wal(header: bytes, path: Path) -> bool:
    # Bytes 18 and 19 of the header are 2 in WAL mode.
    return header[18:20] == b"\x02\x02" or Path(f"{path}-wal").exists()


def decode_text(data: bytes) -> str:
    """A TEXT value as str, whatever its bytes: those that are not UTF-8 become lone
    surrogates ("surrogateescape"), so the exact bytes can be had back for the row's key;
    tui.stores.cells makes them displayable."""
    return data.decode("utf-8", "surrogateescape")


def _reading(connection: sqlite3.Connection) -> sqlite3.Connection:
    connection.text_factory = decode_text
    return connection


def _connect_ro(path: Path) -> sqlite3.Connection:
    uri = f"{path.resolve().as_uri()}?mode=ro"
    return _reading(sqlite3.connect(uri, uri=True, timeout=0, check_same_thread=False))


def _copy_file(source: Path, target: Path) -> None:
    """`source` (a regular file) into a new file `target` of this user's alone (0600), no
    more bytes than `source` had when opened: a file that keeps growing cannot fill the disk."""
    with os.fdopen(open_regular(source), "rb") as reader:
        left = os.fstat(reader.fileno()).st_size
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW
        with os.fdopen(os.open(target, flags, 0o600), "wb") as writer:
            while left > 0:
                chunk = reader.read(min(left, 1 << 20))
                if not chunk:
                    break
                writer.write(chunk)
                left -= len(chunk)


def _copy(path: Path, into: Path) -> Path:
    target = into / "store.sqlite"
    try:
        _copy_file(path, target)
        wal = Path(f"{path}-wal")
        if wal.exists():
            _copy_file(wal, Path(f"{target}-wal"))
    except NotAFile as exc:
        raise _not_a_file(Path(exc.filename), exc) from None
    except PermissionError as exc:
        if sharing_violation(exc):
            raise _held(path) from None
        raise at(path, "store.locked-by-browser") from None
    except OSError as exc:
        raise at(path, "store.copy-failed", reason=exc.strerror or type(exc).__name__) from None
    return target


# Where SQLite, not Python, opens the file on Windows, a file the browser holds exclusively
# comes back as SQLITE_CANTOPEN ("unable to open database file", winOpen's CreateFileW
# refused), or SQLITE_BUSY ("database is locked") when the file opened but its lock is held.
_ON_WINDOWS = sys.platform == "win32"


def _held(path: Path) -> SharingViolation:
    return SharingViolation(at(path, "store.locked-windows").said)


def _lasting_lock(exc: sqlite3.OperationalError) -> bool:
    """A lock to read around through a private copy: SQLite's busy or locked; on Windows also
    "unable to open database file", what a file held exclusively by the browser gives."""
    code = primary(exc)
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return True
    return _ON_WINDOWS and code == sqlite3.SQLITE_CANTOPEN


def _probe(connection: sqlite3.Connection) -> None:
    connection.execute("SELECT count(*) FROM sqlite_master").fetchone()


@contextmanager
def open_store(path: Path) -> Iterator[Opened]:
    """A read-only view of the store at `path`, closed (and any copy removed) on exit."""
    header = _header(path)
    if header[:16] != SQLITE_MAGIC:
        raise at(path, "store.not-sqlite")
    for suffix in ("-wal", "-journal"):
        # SQLite opens these beside the store (in place) and the copy takes the -wal.
        side = Path(f"{path}{suffix}")
        try:
            check_regular(side)
        except NotAFile as exc:
            raise _not_a_file(side, exc) from None
    connection: sqlite3.Connection | None = None
    locked = False
    try:
        if not _is_wal(header, path):
            try:
                connection = _connect_ro(path)
                _probe(connection)
                # The probe fails at once on a browser's lasting lock (then a copy is read); past
                # it, a lock is another run's commit, which the rest of the read waits for.
                connection.execute(f"PRAGMA busy_timeout = {int(BRIEF_LOCK_S * 1000)}")
            except sqlite3.OperationalError as exc:
                if not _lasting_lock(exc):
                    raise
                if connection is not None:
                    connection.close()
                connection, locked = None, True
        if connection is not None:
            yield Opened(connection, locked)
            return
        with _copy_dir() as tmp:
            # The copy is ours alone, so it may be opened normally: SQLite then rebuilds the
            # WAL index from the copied -wal and sees every committed row. A store without a
            # host index is read by a full scan, which memory-mapping makes cheaper.
            copy = _copy(path, Path(tmp))
            connection = _reading(sqlite3.connect(copy, timeout=0, check_same_thread=False))
            connection.execute("PRAGMA mmap_size = 268435456")
            _probe(connection)
            yield Opened(connection, locked)
    except sqlite3.Error as exc:
        raise _described(path, exc) from None
    finally:
        if connection is not None:
            connection.close()


@contextmanager
def _copy_dir() -> Iterator[str]:
    """A directory of this run's own (0700) for a copy, locked while the run lives, removed
    on leaving (Ctrl+C and SIGTERM, which the CLI turns into SystemExit, included)."""
    folder, lock = _locked_dir()
    try:
        yield folder
    finally:
        _remove(folder, lock)


# Tries at a copy directory that another run's clean-up takes while it is being set up.
_SETUP_TRIES = 5


def _locked_dir() -> tuple[str, int]:
    for _ in range(_SETUP_TRIES):
        setting_up = tempfile.mkdtemp(prefix=SETUP_PREFIX)
        lock: int | None = None
        try:
            path = os.path.join(setting_up, _COPY_LOCK)
            lock = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o600)
            if try_lock(lock):
                folder = os.path.join(
                    os.path.dirname(setting_up),
                    COPY_PREFIX + os.path.basename(setting_up)[len(SETUP_PREFIX) :],
                )
                os.rename(setting_up, folder)
                return folder, lock
            # A clean-up took the lock first, for a killed run's: the directory is its to remove.
        except FileNotFoundError:
            pass  # nothing was copied into it yet: a fresh one is made
        except BaseException:
            _remove(setting_up, lock)
            raise
        _remove(setting_up, lock)
    raise FileNotFoundError(errno.ENOENT, "copy directory removed while set up", setting_up)


def _remove(folder: str, lock: int | None) -> None:
    """This run's own directory removed, its lock held until then."""
    shutil.rmtree(folder, ignore_errors=True)
    if lock is not None:
        os.close(lock)


def remove_leftover_copies(within: str | None = None) -> list[str]:
    """Removes the copy directories of runs that were killed (their lock is free); returns
    their names. Only this user's real directories are looked into, never through a link."""
    root = within or tempfile.gettempdir()
    removed: list[str] = []
    try:
        names = [name for name in os.listdir(root) if name.startswith((COPY_PREFIX, SETUP_PREFIX))]
    except OSError:
        return removed
    for name in names:
        folder = os.path.join(root, name)
        with contextlib.suppress(OSError):
            info = os.lstat(folder)
            mine = not hasattr(os, "geteuid") or info.st_uid == os.geteuid()
            if stat.S_ISDIR(info.st_mode) and mine and _removed_if_left(folder, name):
                removed.append(name)
    return removed


def _removed_if_left(folder: str, name: str) -> bool:
    try:
        fd = os.open(os.path.join(folder, _COPY_LOCK), os.O_RDONLY | _NOFOLLOW | _NONBLOCK)
    except FileNotFoundError:
        # A setting-up directory whose run is about to put its lock in, or was killed before
        # (nothing copied): it goes once a minute old, and only while still empty, so a live
        # run's lock is never taken from it. A copies' directory without one is an older
        # version's.
        if time.time() - os.lstat(folder).st_mtime < 60:
            return False
        if name.startswith(SETUP_PREFIX):
            os.rmdir(folder)
        else:
            shutil.rmtree(folder)
        return True
    try:
        if not try_lock(fd):
            return False
        # Held while removing: a live run that has just made this lock finds it taken, leaves
        # the directory and makes another (`_locked_dir`).
        shutil.rmtree(folder)
        return True
    finally:
        os.close(fd)


def _described(path: Path, exc: sqlite3.Error) -> StoreError:
    if primary(exc) in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return at(path, "store.locked")
    return StoreError(say("store.at", path=printable(str(path), 300), reason=sqlite_reason(exc)))


def columns(connection: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]


def usable_columns(
    connection: sqlite3.Connection,
    table: str,
    required: tuple[str, ...],
    what: str,
    version: int | None,
    path: Path,
) -> list[str]:
    """The table's columns; a StoreError naming the version when a required one is missing.

    An unknown schema version is read whenever its columns allow it.
    """
    present = columns(connection, table)
    missing = [column for column in required if column not in present]
    if missing:
        raise at(path, "store.unsupported", what=what, version=version, columns=", ".join(missing))
    return present


def tables(connection: sqlite3.Connection) -> set[str]:
    rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    return {row[0] for row in rows}
