"""Safari's `Cookies.binarycookies` (macOS), read-only, through browser-cookie3's parser.

The format carries no SameSite, partition or creation data that browser-cookie3 exposes,
so those stay unknown; Safari stores are never written to.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from tui.model import RawCookie, StoreRef
from tui.regular import open_regular
from tui.stores.errors import at
from tui.stores.times import unix_seconds

MAGIC = b"cook"


def is_safari(path: Path) -> bool:
    try:
        # A FIFO or a device is not waited on: the SQLite reader then says what it is.
        with os.fdopen(open_regular(path), "rb") as handle:
            return handle.read(4) == MAGIC
    except OSError:
        return False


def read(ref: StoreRef, hosts: Iterable[str]) -> list[RawCookie]:
    wanted = set(hosts)
    try:
        import browser_cookie3 as bc3

        jar = bc3.Safari(cookie_file=str(ref.path)).load()
    except Exception as exc:
        raise at(ref.path, "store.not-safari", name=exc.__class__.__name__) from None
    cookies = []
    for item in jar:
        if item.domain not in wanted:
            continue
        value = item.value or ""
        cookies.append(
            RawCookie(
                host=item.domain,
                name=item.name,
                path=item.path,
                expires=unix_seconds(item.expires),
                created=None,
                last_access=None,
                secure=bool(item.secure),
                http_only=item.has_nonstandard_attr("HTTPOnly"),
                same_site=None,
                partition="",
                container="",
                key=(("host", item.domain), ("name", item.name), ("path", item.path)),
                value_length=len(value),
                unavailable=None,
                value=value,
            )
        )
    return sorted(cookies, key=lambda c: (c.host, c.name, c.path))
