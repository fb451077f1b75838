"""Safari's `Cookies.binarycookies`, written byte by byte in its layout (tui/stores/safari.py
says it, with where the flag bits come from), with known creation dates and SameSite bits."""

from __future__ import annotations

import struct
from dataclasses import dataclass
from datetime import datetime

APPLE_EPOCH = 978307200
SECURE, HTTP_ONLY = 0x1, 0x4
# The SameSite bits: the attribute given (0x20), restricted (0x8), strict (0x10).
SAME_SITE_BITS = {None: 0, "none": 0x20, "lax": 0x28, "strict": 0x38}


@dataclass(frozen=True)
class SafariCookie:
    host: str
    name: str
    value: str
    expires: datetime
    created: datetime
    path: str = "/"
    secure: bool = False
    http_only: bool = False
    same_site: str | None = None

    @property
    def flags(self) -> int:
        bits = SAME_SITE_BITS[self.same_site]
        return bits | (SECURE if self.secure else 0) | (HTTP_ONLY if self.http_only else 0)


def _record(cookie: SafariCookie) -> bytes:
    header = 56
    strings, offsets = b"", []
    for text in (cookie.host, cookie.name, cookie.path, cookie.value):
        offsets.append(header + len(strings))
        strings += text.encode() + b"\x00"
    record = struct.pack("<IIII", header + len(strings), 0, cookie.flags, 0)
    record += struct.pack("<4I", *offsets) + b"\x00" * 8
    record += struct.pack(
        "<dd",
        cookie.expires.timestamp() - APPLE_EPOCH,
        cookie.created.timestamp() - APPLE_EPOCH,
    )
    return record + strings


def _page(cookies: list[SafariCookie]) -> bytes:
    records = [_record(cookie) for cookie in cookies]
    position = 4 + 4 + 4 * len(records) + 4
    offsets = []
    for record in records:
        offsets.append(position)
        position += len(record)
    page = b"\x00\x00\x01\x00" + struct.pack("<I", len(records))
    page += b"".join(struct.pack("<I", offset) for offset in offsets) + b"\x00" * 4
    return page + b"".join(records)


def binarycookies(*pages: list[SafariCookie]) -> bytes:
    """The file: "cook", page count and sizes (big-endian), the pages, an 8-byte trailer."""
    built = [_page(cookies) for cookies in pages]
    head = b"cook" + struct.pack(">I", len(built))
    head += b"".join(struct.pack(">I", len(page)) for page in built)
    return head + b"".join(built) + b"\x00" * 8
