"""Open a browser's SQLite store for reading without changing a byte of it.

A rollback-journal database (Chromium) is opened in place with `mode=ro`. A WAL database
(Firefox) is not: even a read-only connection creates `-wal` and `-shm` files beside it and
leaves them there, and a running Firefox holds an exclusive lock. So a WAL store, or one that
is locked, is read from a private copy of the database together with its `-wal` file.
Never `immutable=1`, which would silently miss what is still in the `-wal`.

Every connection reads TEXT through `decode_text`, which cannot fail: a column whose bytes are not
UTF-8 would otherwise end the whole read with Python's "Could not decode to UTF-8 column
'value' with text '…'", an error that quotes the cookie's value. For the same reason no
error text from SQLite is ever shown: `sqlite_reason` names the error by its code.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

SQLITE_MAGIC = b"SQLite format 3\x00"


class StoreError(Exception):
    """The store cannot be read; str() says why, without any cookie value."""


@dataclass(frozen=True)
class Opened:
    connection: sqlite3.Connection
    # True when the live file was locked and a private copy was read instead.
    was_locked: bool


def _header(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(100)
    except FileNotFoundError:
        raise StoreError(f"{path}: file not found") from None
    except PermissionError:
        raise StoreError(f"{path}: permission denied") from None
    except IsADirectoryError:
        raise StoreError(f"{path}: is a directory, not a cookie store") from None
    except OSError as exc:
        raise StoreError(f"{path}: cannot be read ({exc.strerror})") from None


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


def _copy(path: Path, into: Path) -> Path:
    target = into / "store.sqlite"
    try:
        shutil.copyfile(path, target)
        wal = Path(f"{path}-wal")
        if wal.exists():
            shutil.copyfile(wal, Path(f"{target}-wal"))
    except PermissionError:
        raise StoreError(
            f"{path}: locked by the running browser; close the browser to read this store"
        ) from None
    except OSError as exc:
        raise StoreError(f"{path}: cannot be copied for reading ({exc.strerror})") from None
    return target


def _probe(connection: sqlite3.Connection) -> None:
    connection.execute("SELECT count(*) FROM sqlite_master").fetchone()


@contextmanager
def open_store(path: Path) -> Iterator[Opened]:
    """A read-only view of the store at `path`, closed (and any copy removed) on exit."""
    header = _header(path)
    if header[:16] != SQLITE_MAGIC:
        raise StoreError(f"{path}: not an SQLite database")
    connection: sqlite3.Connection | None = None
    locked = False
    try:
        if not _is_wal(header, path):
            connection = _connect_ro(path)
            try:
                _probe(connection)
            except sqlite3.OperationalError as exc:
                if _primary(exc) not in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
                    raise
                connection.close()
                connection, locked = None, True
        if connection is not None:
            yield Opened(connection, locked)
            return
        with tempfile.TemporaryDirectory(prefix="saemes-cookies-") as tmp:
            # The copy is ours alone, so it may be opened normally: SQLite then rebuilds the
            # WAL index from the copied -wal and sees every committed row. A store without a
            # host index is read by a full scan, which memory-mapping makes cheaper.
            copy = _copy(path, Path(tmp))
            connection = _reading(sqlite3.connect(copy, timeout=0, check_same_thread=False))
            connection.execute("PRAGMA mmap_size = 268435456")
            _probe(connection)
            yield Opened(connection, locked)
    except sqlite3.Error as exc:
        raise StoreError(f"{path}: {_describe(exc)}") from None
    finally:
        if connection is not None:
            connection.close()


def _describe(exc: sqlite3.Error) -> str:
    if _primary(exc) in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return "locked by another program; close the browser and retry"
    return sqlite_reason(exc)


def _primary(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


# Primary result codes (https://www.sqlite.org/rescode.html) in words that suit a read as
# well as a write. Extended codes (SQLITE_IOERR_READ...) fall under their primary code.
_REASONS: dict[int, str] = {
    sqlite3.SQLITE_CORRUPT: "the database is corrupt",
    sqlite3.SQLITE_NOTADB: "corrupt or not an SQLite database",
    sqlite3.SQLITE_BUSY: "the database is locked by another program",
    sqlite3.SQLITE_LOCKED: "the database is locked by another program",
    sqlite3.SQLITE_READONLY: "the database is read-only",
    sqlite3.SQLITE_CANTOPEN: "the database cannot be opened",
    sqlite3.SQLITE_PERM: "permission denied",
    sqlite3.SQLITE_AUTH: "permission denied",
    sqlite3.SQLITE_IOERR: "a disk error occurred",
    sqlite3.SQLITE_FULL: "the disk is full",
    sqlite3.SQLITE_NOMEM: "out of memory",
    sqlite3.SQLITE_TOOBIG: "a row is too big for SQLite",
    sqlite3.SQLITE_SCHEMA: "the database schema changed while it was read",
    sqlite3.SQLITE_CONSTRAINT: "a constraint of the database failed",
    sqlite3.SQLITE_MISMATCH: "a column holds a value of the wrong type",
    sqlite3.SQLITE_RANGE: "an SQL parameter is out of range",
    sqlite3.SQLITE_PROTOCOL: "the database's locking protocol failed",
    sqlite3.SQLITE_INTERRUPT: "the operation was interrupted",
    sqlite3.SQLITE_ABORT: "the operation was aborted",
    sqlite3.SQLITE_ERROR: "SQL error (the database is not as expected)",
}
_ERROR_NAME = re.compile(r"SQLITE_[A-Z_]{1,40}")


def sqlite_reason(exc: BaseException) -> str:
    """A fixed phrase for an sqlite3 error, chosen from its SQLite error code: never the
    exception's text.

    SQLite's and Python's messages can quote data (Python's "Could not decode to UTF-8 column
    'value' with text '…'" carries a cookie value, a constraint message the row's values), so
    nothing of `str(exc)` is used. An error without a code (raised by Python's sqlite3 module
    itself) is named by its class.
    """
    primary = _primary(exc)
    if primary is None:
        return f"SQLite error ({type(exc).__name__})"
    if primary in _REASONS:
        return _REASONS[primary]
    name = getattr(exc, "sqlite_errorname", None)
    # The name comes from SQLite's fixed table of result codes; checked all the same.
    if isinstance(name, str) and _ERROR_NAME.fullmatch(name):
        return f"SQLite error {name}"
    return f"SQLite error {primary}"


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
        raise StoreError(
            f"{path}: unsupported {what} schema version {version}: no column {', '.join(missing)}"
        )
    return present


def tables(connection: sqlite3.Connection) -> set[str]:
    rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    return {row[0] for row in rows}
