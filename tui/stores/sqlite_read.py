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
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tui import paths
from tui.frozen import Frozen
from tui.paths import Held, Locked, StateDirError, acquire, lock_within, try_lock
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
COPY_PREFIX = "saemes-cookies-read-"
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


def _held(path: Path) -> SharingViolation:
    return SharingViolation(at(path, "store.locked-windows").said)


def _lasting_lock(exc: sqlite3.OperationalError) -> bool:
    """A lock to read around through a private copy: SQLite's busy or locked; on Windows also
    "unable to open database file", what a file held exclusively by the browser gives."""
    # Where SQLite, not Python, opens the file on Windows, a file the browser holds
    # exclusively comes back as SQLITE_CANTOPEN (winOpen's CreateFileW refused), or
    # SQLITE_BUSY ("database is locked") when the file opened but its lock is held.
    code = primary(exc)
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return True
    return paths.ON_WINDOWS and code == sqlite3.SQLITE_CANTOPEN


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
        with _copy_dir(path) as tmp:
            # The copy is ours alone, so it may be opened normally: SQLite then rebuilds the
            # WAL index from the copied -wal and sees every committed row. A store without a
            # host index is read by a full scan, which memory-mapping makes cheaper.
            copy = _copy(path, Path(tmp))
            connection = _reading(sqlite3.connect(copy, timeout=0, check_same_thread=False))
            try:
                connection.execute("PRAGMA mmap_size = 268435456")
                _probe(connection)
                yield Opened(connection, locked)
            finally:
                # Closed before its folder is removed: Windows deletes no file that is open,
                # so the copy, every value in it, would stay until the next run.
                connection.close()
                connection = None
    except sqlite3.Error as exc:
        raise _described(path, exc) from None
    finally:
        if connection is not None:
            connection.close()


@contextmanager
def _copy_dir(path: Path) -> Iterator[str]:
    """A directory of this run's own (0700) for a copy of `path`, locked while the run lives,
    removed on leaving (Ctrl+C and SIGTERM, which the CLI turns into SystemExit, included)."""
    try:
        folder, lock = _locked_dir(tempfile.gettempdir())
    except OSError as exc:
        raise at(path, "store.copy-failed", reason=exc.strerror or type(exc).__name__) from None
    try:
        yield folder
    finally:
        _remove(folder, lock)


# A directory is locked only once it exists and holds its lock file, and nothing tells a live
# run's directory being set up from a killed run's but this: runs set up while holding the
# temporary directory's setup lock, and a clean-up removes directories only while holding it.
# Neither a clock (another process's may be ahead) nor a rename (Windows refuses to rename a
# directory or a file that is open) is needed. The lock file stays: removing one is how two
# holders come about.
_SETUP_LOCK = "saemes-cookies-setup"
# Setting up takes a few system calls and a clean-up's removals about as long: past this wait
# the holder is taken for a stopped process, and a run sets up without the lock (then a
# clean-up may remove its directory before it is locked, which `_locked_dir` tries again).
_SETUP_WAIT_S = 2.0
# Set-ups tried when a clean-up removed the directory (possible only without the setup lock).
_SETUP_TRIES = 5


def setup_lock_path(root: str) -> Path:
    """The setup lock's file in the temporary directory `root`, one per user where /tmp is
    shared; the one file a run leaves there."""
    uid = f"-{os.geteuid()}" if hasattr(os, "geteuid") else ""
    return Path(root, f"{_SETUP_LOCK}{uid}.lock")


def _setup_lock(root: str, wait: float) -> Held | None:
    """The setup lock of the temporary directory `root`, taken within `wait` seconds, or None
    (held that long, or its file is not this user's own regular file: then nobody has it).
    Tried every millisecond: it is held for a few system calls at a time."""
    try:
        return acquire(setup_lock_path(root), wait, poll=0.001)
    except (Locked, OSError, StateDirError):
        return None


def _locked_dir(root: str) -> tuple[str, int]:
    for _ in range(_SETUP_TRIES):
        setup = _setup_lock(root, _SETUP_WAIT_S)
        folder = tempfile.mkdtemp(prefix=COPY_PREFIX, dir=root)
        lock: int | None = None
        try:
            path = os.path.join(folder, _COPY_LOCK)
            lock = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o600)
            if _locked_in_place(lock, path):
                return folder, lock
        except FileNotFoundError:
            pass  # removed by a clean-up (possible only without the setup lock): made afresh
        except BaseException:
            _remove(folder, lock)
            raise
        finally:
            if setup is not None:
                setup.release()
        _remove(folder, lock)
    raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), COPY_PREFIX)


def _locked_in_place(fd: int, path: str) -> bool:
    """Locks the new lock file `fd` at `path`. A clean-up's look at it holds it a moment (it
    is waited for); one that took it for a killed run's (only while this run was without the
    setup lock) removed it: then the lock holds nothing, and False is returned."""
    if not lock_within(fd, _SETUP_WAIT_S, poll=0.0005):
        return False
    return os.path.samestat(os.fstat(fd), os.lstat(path))


def _remove(folder: str, lock: int | None) -> None:
    """This run's own directory removed, its lock held until then so that no clean-up works
    on it at the same time; but on Windows, which deletes no file that is open, the lock is
    let go first (a clean-up then removing it too is harmless)."""
    if paths.ON_WINDOWS and lock is not None:
        os.close(lock)
        lock = None
    shutil.rmtree(folder, ignore_errors=True)
    if lock is not None:
        os.close(lock)


def remove_leftover_copies(within: str | None = None) -> list[str]:
    """Removes the copy directories of runs that were killed (their lock is free, or they had
    none yet); returns their names. Only this user's real directories are looked into, never
    through a link."""
    root = within or tempfile.gettempdir()
    try:
        names = [name for name in os.listdir(root) if name.startswith(COPY_PREFIX)]
    except OSError:
        return []
    left = [name for name in names if _looks_left(os.path.join(root, name))]
    if not left:
        return []
    # A run setting up has a lock file it has not locked yet, or none: only under the setup
    # lock is a directory whose lock is free (or missing) surely a killed run's. Held by a
    # run setting up now, or not to be had (see `_setup_lock`): the next run cleans up.
    setup = _setup_lock(root, 0.0)
    if setup is None:
        return []
    removed: list[str] = []
    try:
        for name in left:
            with contextlib.suppress(OSError):
                if _removed_if_left(os.path.join(root, name)):
                    removed.append(name)
    finally:
        setup.release()
    return removed


def _open_lock(folder: str) -> int | None:
    """`folder`'s lock file opened, or None when it has none."""
    try:
        return os.open(os.path.join(folder, _COPY_LOCK), os.O_RDONLY | _NOFOLLOW | _NONBLOCK)
    except FileNotFoundError:
        return None


def _looks_left(folder: str) -> bool:
    """This user's real directory, its lock free or missing: a killed run's, unless a run is
    setting it up."""
    try:
        info = os.lstat(folder)
        mine = not hasattr(os, "geteuid") or info.st_uid == os.geteuid()
        if not (stat.S_ISDIR(info.st_mode) and mine):
            return False
        fd = _open_lock(folder)
    except OSError:
        return False
    if fd is None:
        return True
    try:
        return try_lock(fd)
    finally:
        os.close(fd)


def _removed_if_left(folder: str) -> bool:
    fd = _open_lock(folder)
    try:
        if fd is not None and not try_lock(fd):
            return False
        # Held while removing: a live run never finds its own directory's lock free.
        shutil.rmtree(folder)
        return True
    finally:
        if fd is not None:
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
