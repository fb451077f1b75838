"""Firefox-family `cookies.sqlite` stores (Firefox, LibreWolf)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from urllib.parse import unquote

from tui.model import RawCookie, StoreRef
from tui.stores import cells
from tui.stores.containers import container_names
from tui.stores.sqlite_read import usable_columns
from tui.stores.times import unix_micros, unix_millis, unix_seconds
from tui.texts import Label, say

# moz_cookies by user_version, from Firefox's own TryInitDB migrations and CreateTable
# (mozilla/enterprise-firefox netwerk/cookie/CookiePersistentStorage.cpp, where
# COOKIES_SCHEMA_VERSION is 17):
#   12: schemeMap added; sameSite is the effective value, rawSameSite the attribute as sent
#   13: isPartitionedAttributeSet added
#   14: expiry capped at 400 days from now (no column change)
#   15: rawSameSite dropped; sameSite 256 (unset) for "no attribute"
#   16: expiry multiplied by 1000: milliseconds from here on (Firefox 142, bug 1972757)
#   17: updateTime added (microseconds)
# lastAccessed and creationTime are microseconds since 1970 in every one of them.
# Older steps of the same TryInitDB: 5 (baseDomain, appId, inBrowserElement), 6
# (originAttributes instead of appId), 7 (appId back), 8 (appId dropped again), 9 sameSite
# (added without a default: NULL on the rows it migrates), 10 rawSameSite, 11 baseDomain dropped.
KNOWN_VERSIONS = range(5, 18)
# From user_version 16 on, `expiry` is in milliseconds; before, in seconds. Firefox itself
# treats a user_version of 0 ("couldn't get schema version") as its current schema.
MILLIS_FROM = 16
KEY_COLUMNS = ("name", "host", "path", "originAttributes")
_REQUIRED = ("name", "value", "host", "path", "expiry", "isSecure", "isHttpOnly")
# 256 is "unset" in recent Firefox; it and anything unknown are shown as unspecified. A store
# older than 9 has no sameSite and rows migrated by the 8 -> 9 step hold NULL: Firefox reads
# either as 0 (AsInt32 of NULL), SameSite=None, and so does this reader.
_SAME_SITE = {0: "none", 1: "lax", 2: "strict"}
_NONE, _LAX, _UNSET = 0, 1, 256


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
    same_site = "ifnull(sameSite, 0)" if "sameSite" in present else "0"
    # moz_cookies has no index led by host (its unique index starts with name), so this is
    # one pass over the table; exact IN keeps decoys such as fakesaemes.fr out.
    query = (
        "SELECT host, name, path, expiry, "
        f"{pick('creationTime')}, {pick('lastAccessed')}, isSecure, isHttpOnly, "
        f"{same_site}, {pick('originAttributes', repr(''))}, value, "
        f"{pick('rawSameSite')}, {pick('isPartitionedAttributeSet', '0')} "
        f"FROM moz_cookies WHERE host IN ({', '.join('?' * len(host_list))}) "
        "ORDER BY host, name, path"
    )
    to_time = unix_millis if version >= MILLIS_FROM or version == 0 else unix_seconds
    # Resolved here, once per store: the names belong to this profile (the directory whose
    # lock says Firefox runs, which holds cookies.sqlite and containers.json).
    names = container_names(ref.lock_dir or ref.path.parent)
    cookies = [
        cells.guarded(_cookie, row, _key(row), to_time, names)
        for row in connection.execute(query, host_list)
    ]
    return version, cookies


def _key(row: Sequence[object]) -> cells.Key:
    # As SQLite holds them: this is what a deletion matches (`column IS ?`).
    return (("name", row[1]), ("host", row[0]), ("path", row[2]), ("originAttributes", row[9]))


def _cookie(
    row: Sequence[object],
    key: cells.Key,
    to_time: Callable[[object], datetime | None],
    names: Mapping[str, Label],
) -> RawCookie:
    host, name, path, expiry, created, accessed, secure, http_only = row[:8]
    notes: cells.Notes = []
    same_site = cells.integer(row[8], "same_site", notes)
    if same_site == _LAX and cells.integer(row[11], "same_site", notes) == _NONE:
        # Before schema 15, "no attribute" under lax-by-default was stored as lax with a raw
        # none; Firefox's 14->15 migration turns exactly these into unset.
        same_site = _UNSET
    attributes = origin_attributes(cells.text(row[9], "origin_attributes", notes))
    value = None if row[10] is None else cells.text(row[10], "value", notes)
    container = attributes.get("userContextId", "")
    partitioned = cells.flag(row[12], "partitioned", notes)
    return RawCookie(
        host=cells.text(host, "host", notes),
        name=cells.text(name, "name", notes),
        path=cells.text(path, "path", notes),
        expires=cells.time(expiry, to_time, "expires", notes),
        created=cells.time(created, unix_micros, "created", notes),
        last_access=cells.time(accessed, unix_micros, "last_access", notes),
        secure=cells.flag(secure, "secure", notes),
        http_only=cells.flag(http_only, "http_only", notes),
        same_site=_SAME_SITE.get(same_site) if same_site is not None else None,
        partition=attributes.get("partitionKey", ""),
        container=container,
        key=key,
        value_length=len(value) if value is not None else None,
        unavailable=None if value is not None else say("value.no-value"),
        value=value,
        notes=tuple(dict.fromkeys(notes)),
        container_name=names.get(container) if container else None,
        partitioned=partitioned,
    )
