"""Firefox-family `cookies.sqlite` stores (Firefox, LibreWolf)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from urllib.parse import unquote

from tui.model import RawCookie, StoreRef
from tui.stores.sqlite_read import usable_columns
from tui.stores.times import unix_micros, unix_millis, unix_seconds

KNOWN_VERSIONS = range(12, 18)
# From user_version 17 on, `expiry` is in milliseconds; before, in seconds.
MILLIS_FROM = 17
KEY_COLUMNS = ("name", "host", "path", "originAttributes")
_REQUIRED = ("name", "value", "host", "path", "expiry", "isSecure", "isHttpOnly")
# 256 is "unset" in recent Firefox; it and anything unknown are shown as unspecified.
_SAME_SITE = {0: "none", 1: "lax", 2: "strict"}


def is_firefox(found_tables: set[str]) -> bool:
    return "moz_cookies" in found_tables


def schema_version(connection: sqlite3.Connection) -> int:
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


def origin_attributes(text: str) -> dict[str, str]:
    """`^userContextId=2&partitionKey=%28https%2Cexample.com%29` -> a dict, decoded."""
    if not text.startswith("^"):
        return {}
    pairs = (part.partition("=") for part in text[1:].split("&") if part)
    return {key: unquote(value) for key, _, value in pairs}


def read(
    connection: sqlite3.Connection, ref: StoreRef, hosts: Iterable[str]
) -> tuple[int, list[RawCookie]]:
    version = schema_version(connection)
    present = usable_columns(connection, "moz_cookies", _REQUIRED, "Firefox", version, ref.path)

    def pick(name: str, default: str = "NULL") -> str:
        return name if name in present else default

    host_list = list(hosts)
    # moz_cookies has no index led by host (its unique index starts with name), so this is
    # one pass over the table; exact IN keeps decoys such as fakesaemes.fr out.
    query = (
        "SELECT host, name, path, expiry, "
        f"{pick('creationTime')}, {pick('lastAccessed')}, isSecure, isHttpOnly, "
        f"{pick('sameSite', '256')}, {pick('originAttributes', repr(''))}, value "
        f"FROM moz_cookies WHERE host IN ({', '.join('?' * len(host_list))}) "
        "ORDER BY host, name, path"
    )
    to_time = unix_millis if version >= MILLIS_FROM else unix_seconds
    cookies = []
    for row in connection.execute(query, host_list):
        host, name, path, expiry, created, accessed, secure, http_only, same_site = row[:9]
        attributes_text, value = row[9] or "", row[10]
        attributes = origin_attributes(attributes_text)
        cookies.append(
            RawCookie(
                host=host,
                name=name or "",
                path=path or "",
                expires=to_time(expiry),
                created=unix_micros(created),
                last_access=unix_micros(accessed),
                secure=bool(secure),
                http_only=bool(http_only),
                same_site=_SAME_SITE.get(same_site),
                partition=attributes.get("partitionKey", ""),
                container=attributes.get("userContextId", ""),
                key=(
                    ("name", name),
                    ("host", host),
                    ("path", path),
                    ("originAttributes", attributes_text),
                ),
                value_length=len(value) if value is not None else None,
                value_status="ok" if value is not None else "unavailable: no value stored",
                value=value,
            )
        )
    return version, cookies
