"""Safari's `Cookies.binarycookies` (macOS), read-only, parsed here from the file's layout.

The layout (CFNetwork's, undocumented by Apple; as every parser of it reads it): "cook", the
page count and each page's size (big-endian); each page: 00 00 01 00, its record count and
the records' offsets (little-endian), then the records. A record (little-endian): its size,
4 bytes, the flags, 4 bytes, the offsets of domain, name, path and value (NUL-terminated
UTF-8), 8 bytes, then the expiry and the creation time, each a double of seconds since
2001-01-01 UTC, then the strings.

Flags: 0x1 Secure, 0x4 HttpOnly. SameSite: 0x8 restricted (lax), 0x10 strict, 0x20 the
attribute was given; so 0x20 alone is None, 0x28 Lax, 0x38 Strict, and no bit of them
unspecified. Bits as read by two independent parsers: dcas796's BinaryCookieReader
(FLAGS_MASK_SAMESITE 0b1000, FLAGS_MASK_SAMESITE_STRICT 0b10000) and a Python reader whose
SAME_SITE_MAP takes bits 3-5 as 0b100 none, 0b101 lax, 0b111 strict (after
gist.github.com/creachadair/ba843bd92c2cfc78dc5e1a53b44775a3). No Safari runs here to
confirm them on a live file; the tests build files with these bits.

Safari stores are never written to. A file macOS refuses to this process (EPERM: Safari's
container is protected by TCC until the terminal has Full Disk Access) is said so, in one line.
"""

from __future__ import annotations

import errno
import os
import struct
from collections.abc import Iterable, Iterator
from pathlib import Path

from tui.frozen import Frozen
from tui.model import RawCookie, StoreRef
from tui.regular import NotAFile, open_regular
from tui.stores import cells
from tui.stores.errors import at
from tui.stores.times import apple_seconds

MAGIC = b"cook"
_SECURE, _HTTP_ONLY = 0x1, 0x4
_LAX, _STRICT, _GIVEN = 0x8, 0x10, 0x20
# size, 4 bytes, flags, 4 bytes, four offsets, 8 bytes, expiry and creation.
_RECORD = struct.Struct("<I4xI4x4I8xdd")


class Damaged(ValueError):
    """The file does not follow the layout; never says what it holds."""


class Record(Frozen):
    flags: int
    # domain, name, path, value as stored: bytes that are not UTF-8 kept ("surrogateescape").
    strings: tuple[str, str, str, str]
    expires: float
    created: float


def is_safari(path: Path) -> bool:
    try:
        # A FIFO or a device is not waited on: the SQLite reader then says what it is.
        with os.fdopen(open_regular(path), "rb") as handle:
            return handle.read(4) == MAGIC
    except OSError:
        return False


def same_site(flags: int) -> str | None:
    if flags & _STRICT:
        return "strict"
    if flags & _LAX:
        return "lax"
    return "none" if flags & _GIVEN else None


def _u32(data: bytes, offset: int, order: str = "<") -> int:
    if offset < 0 or offset + 4 > len(data):
        raise Damaged
    value: int = struct.unpack_from(f"{order}I", data, offset)[0]
    return value


def _string(record: bytes, offset: int) -> str:
    end = record.find(b"\x00", offset)
    if offset < _RECORD.size or offset >= len(record) or end < 0:
        raise Damaged
    return record[offset:end].decode("utf-8", "surrogateescape")


def records(data: bytes) -> Iterator[Record]:
    """Every record of the file, in its order; Damaged at the first thing out of place."""
    if data[:4] != MAGIC:
        raise Damaged
    pages = _u32(data, 4, ">")
    if 8 + 4 * pages > len(data):
        raise Damaged
    offset = 8 + 4 * pages
    for index in range(pages):
        size = _u32(data, 8 + 4 * index, ">")
        page = data[offset : offset + size]
        if len(page) != size:
            raise Damaged
        offset += size
        count = _u32(page, 4)
        if 8 + 4 * count > len(page):
            raise Damaged
        for number in range(count):
            start = _u32(page, 8 + 4 * number)
            length = _u32(page, start)
            record = page[start : start + length]
            if length < _RECORD.size or len(record) != length:
                raise Damaged
            _, flags, *offsets, expires, created = _RECORD.unpack_from(record)
            strings = tuple(_string(record, at) for at in offsets)
            yield Record(flags, (strings[0], strings[1], strings[2], strings[3]), expires, created)


def read(ref: StoreRef, hosts: Iterable[str]) -> list[RawCookie]:
    wanted = set(hosts)
    try:
        # A regular file only, opened without waiting (a FIFO planted there is said, not read).
        with os.fdopen(open_regular(ref.path), "rb") as handle:
            data = handle.read()
    except NotAFile as exc:
        raise at(ref.path, "store.unreadable", reason=exc.said) from None
    except PermissionError as exc:
        # macOS's privacy protection answers EPERM ("Operation not permitted"), not EACCES.
        key = "store.full-disk-access" if exc.errno == errno.EPERM else "store.permission"
        raise at(ref.path, key) from None
    except OSError as exc:
        raise at(ref.path, "store.unreadable", reason=exc.strerror or type(exc).__name__) from None
    try:
        found = [record for record in records(data) if record.strings[0] in wanted]
    except (Damaged, struct.error):
        raise at(ref.path, "store.not-safari", name="Damaged") from None
    return sorted((_cookie(record) for record in found), key=lambda c: (c.host, c.name, c.path))


def _cookie(record: Record) -> RawCookie:
    notes: cells.Notes = []
    host, name, path, value = record.strings
    shown_value = cells.text(value, "value", notes)
    return RawCookie(
        host=cells.text(host, "host", notes),
        name=cells.text(name, "name", notes),
        path=cells.text(path, "path", notes),
        expires=cells.time(record.expires, apple_seconds, "expires", notes),
        created=cells.time(record.created, apple_seconds, "created", notes),
        last_access=None,
        secure=bool(record.flags & _SECURE),
        http_only=bool(record.flags & _HTTP_ONLY),
        same_site=same_site(record.flags),
        partition="",
        container="",
        key=(("host", host), ("name", name), ("path", path)),
        value_length=len(shown_value),
        unavailable=None,
        value=shown_value,
        notes=tuple(dict.fromkeys(notes)),
    )
