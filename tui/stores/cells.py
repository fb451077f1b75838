"""One row's columns turned into what a RawCookie holds, whatever the store put in them.

Every column of a store is hostile: text in an INTEGER column, a BLOB where text belongs,
bytes that are not UTF-8, an infinity. Each function here takes the cell as SQLite returned it
(TEXT as str decoded with "surrogateescape", see sqlite_read), never raises, and adds a
RowNote to `notes` when the cell was not what the column should hold. The row's key is built
from the cells themselves, untouched, so a row read this way can still be deleted exactly.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from tui.model import RawCookie, RowNote
from tui.stores.times import TimeUnreadable
from tui.texts import say

Notes = list[RowNote]


def _is_utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def text(cell: object, field: str, notes: Notes) -> str:
    """A text column for display: always a str that can be printed and encoded."""
    if cell is None:
        return ""
    if isinstance(cell, str):
        if _is_utf8(cell):
            return cell
        notes.append(RowNote(field, "not-utf8"))
        return cell.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    if isinstance(cell, bytes):
        notes.append(RowNote(field, "bytes"))
        return cell.decode("utf-8", "replace")
    # A number in a column without text affinity: SQLite would give its text too.
    return str(cell)


def blob(cell: object, field: str, notes: Notes) -> bytes:
    """A BLOB column (Chromium's encrypted_value): text is taken as its bytes, as Chromium's
    own reader (ColumnBlobAsString) does."""
    if cell is None:
        return b""
    if isinstance(cell, bytes):
        return cell
    if isinstance(cell, str):
        notes.append(RowNote(field, "text"))
        return cell.encode("utf-8", "surrogateescape")
    notes.append(RowNote(field, "unreadable"))
    return b""


def integer(cell: object, field: str, notes: Notes) -> int | None:
    """An INTEGER column that is not a time (flags, SameSite); None when it holds no integer."""
    if cell is None:
        return None
    if isinstance(cell, int):
        return cell
    if isinstance(cell, float) and cell.is_integer():
        return int(cell)
    notes.append(RowNote(field, "unreadable"))
    return None


def flag(cell: object, field: str, notes: Notes) -> bool:
    """A boolean column: anything but a non-zero integer is false (as the browsers' AsInt32)."""
    return bool(integer(cell, field, notes))


def time(
    cell: object, convert: Callable[[object], datetime | None], field: str, notes: Notes
) -> datetime | None:
    try:
        return convert(cell)
    except TimeUnreadable:
        notes.append(RowNote(field, "unreadable"))
        return None


Key = tuple[tuple[str, object], ...]


def guarded(
    build: Callable[..., RawCookie], row: Sequence[object], key: Key, *args: object
) -> RawCookie:
    """`build(row, key, *args)`; should it still fail on a row nothing here foresaw, the row is
    listed with what is certain (its host and key, so it can be deleted) and a note, and the
    rest of the store is read on."""
    try:
        return build(row, key, *args)
    except Exception:
        return RawCookie(
            host=text(row[0], "host", []),
            name="",
            path="",
            expires=None,
            created=None,
            last_access=None,
            secure=False,
            http_only=False,
            same_site=None,
            partition="",
            container="",
            key=key,
            value_length=None,
            unavailable=say("value.row-unreadable"),
            notes=(RowNote("row", "unreadable"),),
        )
