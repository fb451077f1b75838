"""Why a store cannot be read, said in the reader's language (tui/texts/errors.py).

Every message names the store by its path and never quotes its content: SQLite's own texts
can quote a row, so a reason is chosen from SQLite's error code (`sqlite_reason`)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tui.texts import Problem, Said, say
from tui.textsafe import printable


class StoreError(Problem):
    """The store cannot be read; `said` says why, without any cookie value."""


class SharingViolation(StoreError):
    """Windows refused to open the file to any other program: the browser holds it.

    Chrome 114 and later open `Cookies` with exclusive access on Windows while they run (the
    LockProfileCookieDatabase feature, `exclusive=true` in the SQLite URI), so opening or
    copying the file fails with ERROR_SHARING_VIOLATION. The reader says so with the store's
    browser and profile (`tui.stores.read`)."""


# winerror.h: ERROR_SHARING_VIOLATION (32), ERROR_LOCK_VIOLATION (33). Python raises them as
# PermissionError with `winerror` set (errno EACCES).
_SHARING_ERRORS = frozenset({32, 33})


def sharing_violation(exc: BaseException) -> bool:
    """Whether `exc` is Windows refusing the file because another program holds it."""
    return getattr(exc, "winerror", None) in _SHARING_ERRORS


def at(path: Path | str, key: str, **values: object) -> StoreError:
    """A StoreError "<path>: <reason>" with the reason from the text table."""
    return StoreError(say("store.at", path=printable(str(path), 300), reason=say(key, **values)))


# Primary result codes (https://www.sqlite.org/rescode.html) in words that suit a read as
# well as a write. Extended codes (SQLITE_IOERR_READ...) fall under their primary code.
_REASONS: dict[int, str] = {
    sqlite3.SQLITE_CORRUPT: "sqlite.corrupt",
    sqlite3.SQLITE_NOTADB: "sqlite.notadb",
    sqlite3.SQLITE_BUSY: "sqlite.locked",
    sqlite3.SQLITE_LOCKED: "sqlite.locked",
    sqlite3.SQLITE_READONLY: "sqlite.readonly",
    sqlite3.SQLITE_CANTOPEN: "sqlite.cantopen",
    sqlite3.SQLITE_PERM: "sqlite.perm",
    sqlite3.SQLITE_AUTH: "sqlite.perm",
    sqlite3.SQLITE_IOERR: "sqlite.ioerr",
    sqlite3.SQLITE_FULL: "sqlite.full",
    sqlite3.SQLITE_NOMEM: "sqlite.nomem",
    sqlite3.SQLITE_TOOBIG: "sqlite.toobig",
    sqlite3.SQLITE_SCHEMA: "sqlite.schema",
    sqlite3.SQLITE_CONSTRAINT: "sqlite.constraint",
    sqlite3.SQLITE_MISMATCH: "sqlite.mismatch",
    sqlite3.SQLITE_RANGE: "sqlite.range",
    sqlite3.SQLITE_PROTOCOL: "sqlite.protocol",
    sqlite3.SQLITE_INTERRUPT: "sqlite.interrupt",
    sqlite3.SQLITE_ABORT: "sqlite.abort",
    sqlite3.SQLITE_ERROR: "sqlite.error",
}
# The texts that mean "the store is locked": closing the browser is then the fix.
LOCKED = frozenset(
    {
        "store.locked-by-browser",
        "store.locked",
        "store.locked-windows",
        "store.locked-windows.profile",
    }
)
# Held by the running browser on Windows: read again at every look until it lets go (watch,
# live mode), however long that takes.
HELD_BY_BROWSER = frozenset({"store.locked-windows", "store.locked-windows.profile"})


def reason_key(said: Said) -> str:
    """The key of why a store cannot be read: the reason of a "<path>: <reason>"."""
    if said.key == "store.at":
        reason = dict(said.values).get("reason")
        if isinstance(reason, Said):
            return reason.key
    return said.key


def primary(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def sqlite_reason(exc: BaseException) -> Said:
    """A fixed phrase for an sqlite3 error, chosen from its SQLite error code: never the
    exception's text.

    SQLite's and Python's messages can quote data (Python's "Could not decode to UTF-8 column
    'value' with text '…'" carries a cookie value, a constraint message the row's values), so
    nothing of `str(exc)` is used. An error without a code (raised by Python's sqlite3 module
    itself) is named by its class.
    """
    code = primary(exc)
    if code is None:
        return say("sqlite.class", name=type(exc).__name__)
    if code in _REASONS:
        return say(_REASONS[code])
    return say("sqlite.code", code=code)
