"""Safari's `Cookies.binarycookies`, written byte by byte in its layout (tui/stores/safari.py
says it, with where the flag bits come from), holding `Spec`s with their creation dates and
SameSite as bits."""

from __future__ import annotations

import struct

from tests.helpers import NOW
from tui.demo.stores import Spec

APPLE_EPOCH = 978307200
SECURE, HTTP_ONLY = 0x1, 0x4
# The SameSite bits: the attribute given (0x20), restricted (0x8), strict (0x10).
SAME_SITE_BITS = {None: 0, "none": 0x20, "lax": 0x28, "strict": 0x38}


def flags(cookie: Spec) -> int:
    bits = SAME_SITE_BITS[cookie.same_site]
    return bits | (SECURE if cookie.secure else 0) | (HTTP_ONLY if cookie.http_only else 0)


def _record(cookie: Spec) -> bytes:
    header = 56
    strings, offsets = b"", []
    for text in (cookie.host, cookie.name, cookie.path, cookie.value):
        offsets.append(header + len(strings))
        strings += text.encode() + b"\x00"
    record = struct.pack("<IIII", header + len(strings), 0, flags(cookie), 0)
    record += struct.pack("<4I", *offsets) + b"\x00" * 8
    # Safari keeps no session cookie on disk; a Spec without dates gets NOW.
    expires, created = cookie.expires or NOW, cookie.created or NOW
    record += struct.pack(
        "<dd", expires.timestamp() - APPLE_EPOCH, created.timestamp() - APPLE_EPOCH
    )
    return record + strings


def _page(cookies: list[Spec]) -> bytes:
    records = [_record(cookie) for cookie in cookies]
    position = 4 + 4 + 4 * len(records) + 4
    offsets = []
    for record in records:
        offsets.append(position)
        position += len(record)
    page = b"\x00\x00\x01\x00" + struct.pack("<I", len(records))
    page += b"".join(struct.pack("<I", offset) for offset in offsets) + b"\x00" * 4
    return page + b"".join(records)


def binarycookies(*pages: list[Spec]) -> bytes:
    """The file: "cook", page count and sizes (big-endian), the pages, an 8-byte trailer."""
    built = [_page(cookies) for cookies in pages]
    head = b"cook" + struct.pack(">I", len(built))
    head += b"".join(struct.pack(">I", len(page)) for page in built)
    return head + b"".join(built) + b"\x00" * 8
