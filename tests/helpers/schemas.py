"""Stores in the browsers' older schemas, each with that version's own columns and the values
that version wrote, so a reader can be checked against what the browser itself would show.

Chromium (net/extras/sqlite/sqlite_persistent_cookie_store.cc): the DDL of version 9 is
InitTable in the copy at icecreamzhao/miniblink57 (kCurrentVersionNumber 9), versions 5 to 8
are its 4 -> 9 steps undone (5 adds has_expires and persistent, 6 priority, 7
encrypted_value, 8 firstpartyonly); 10, 11 and 13 are CreateV10Schema, CreateV11Schema and
CreateV13Schema of a copy at kCurrentVersionNumber 14 (12 is 11 plus source_scheme, 14 is
13); 15 to 23 follow the version comments of the copy at 24 (15 top_frame_site_key, 18
last_update_utc, 21 drops is_same_party, 22 source_type, 23 has_cross_site_ancestor), in the
column order of version 24's table (tui/demo/stores.py).

Firefox (netwerk/cookie/CookiePersistentStorage.cpp, TryInitDB and CreateTableForSchemaVersion5
and 6): 5 has baseDomain, appId and inBrowserElement; 6 originAttributes instead of appId and
inBrowserElement; 7 puts appId and inBrowserElement back; 8 drops appId; 9 adds sameSite; 10
rawSameSite; 11 drops baseDomain and gives both SameSite columns a default of 0. 12 to 17 are
written by tui.demo.stores.write_firefox.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path

from tui.demo.stores import Spec, chromium_micros, encrypt_v10, unix_micros, write_firefox

CHROMIUM_VERSIONS = range(5, 25)
FIREFOX_VERSIONS = range(5, 18)


def chromium_columns(version: int) -> list[str]:
    """The `cookies` columns at `version` (5 to 24), in the browser's order."""
    if version < 10:
        columns = ["creation_utc", "host_key", "name", "value", "path", "expires_utc"]
        columns += ["secure", "httponly", "last_access_utc", "has_expires", "persistent"]
        columns += ["priority"] if version >= 6 else []
        columns += ["encrypted_value"] if version >= 7 else []
        columns += ["firstpartyonly"] if version >= 8 else []
        return columns
    if version < 15:
        columns = ["creation_utc", "host_key", "name", "value", "path", "expires_utc"]
        columns += ["is_secure", "is_httponly", "last_access_utc", "has_expires"]
        columns += ["is_persistent", "priority", "encrypted_value"]
        columns += ["firstpartyonly" if version == 10 else "samesite"]
        columns += ["source_scheme"] if version >= 12 else []
        columns += ["source_port", "is_same_party"] if version >= 13 else []
        return columns
    columns = ["creation_utc", "host_key", "top_frame_site_key", "name", "value"]
    columns += ["encrypted_value", "path", "expires_utc", "is_secure", "is_httponly"]
    columns += ["last_access_utc", "has_expires", "is_persistent", "priority", "samesite"]
    columns += ["source_scheme", "source_port"]
    columns += ["is_same_party"] if version <= 20 else []
    columns += ["last_update_utc"] if version >= 18 else []
    columns += ["source_type"] if version >= 22 else []
    columns += ["has_cross_site_ancestor"] if version >= 23 else []
    return columns


def chromium_same_site(spec: Spec, version: int) -> int:
    """What the browser at `version` stored: before 11, 0 both for "no attribute" and None."""
    if version < 11:
        return {None: 0, "none": 0, "lax": 1, "strict": 2}[spec.same_site]
    return {None: -1, "none": 0, "lax": 1, "strict": 2}[spec.same_site]


def _chromium_row(spec: Spec, now: datetime, version: int) -> dict[str, object]:
    created = chromium_micros(spec.created or now)
    persistent = int(spec.expires is not None)
    encrypted = version >= 7
    return {
        "creation_utc": created,
        "host_key": spec.host,
        "top_frame_site_key": spec.partition,
        "name": spec.name,
        "value": "" if encrypted else spec.value,
        "encrypted_value": encrypt_v10(spec.host, spec.value, version) if encrypted else b"",
        "path": spec.path,
        "expires_utc": chromium_micros(spec.expires) if spec.expires else 0,
        "secure": int(spec.secure),
        "is_secure": int(spec.secure),
        "httponly": int(spec.http_only),
        "is_httponly": int(spec.http_only),
        "last_access_utc": created,
        "has_expires": persistent,
        "persistent": persistent,
        "is_persistent": persistent,
        "priority": 1,
        "firstpartyonly": chromium_same_site(spec, version),
        "samesite": chromium_same_site(spec, version),
        "source_scheme": 2 if spec.secure else 1,
        "source_port": 443 if spec.secure else 80,
        "is_same_party": 0,
        "last_update_utc": created,
        "source_type": 0,
        "has_cross_site_ancestor": 0,
    }


def write_chromium_at(path: Path, version: int, specs: Sequence[Spec], now: datetime) -> Path:
    """A Chromium `Cookies` store as the browser at `version` left it, holding `specs`."""
    columns = chromium_columns(version)
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(path)
    with connection:
        connection.execute(
            "CREATE TABLE meta(key LONGVARCHAR NOT NULL UNIQUE PRIMARY KEY, value LONGVARCHAR)"
        )
        connection.executemany(
            "INSERT INTO meta VALUES (?, ?)",
            [("version", str(version)), ("last_compatible_version", str(min(version, 5)))],
        )
        connection.execute(f"CREATE TABLE cookies ({', '.join(columns)})")
        rows = [_chromium_row(spec, now, version) for spec in specs]
        connection.executemany(
            f"INSERT INTO cookies ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
            ([row[column] for column in columns] for row in rows),
        )
    connection.close()
    return path


def firefox_columns(version: int) -> list[str]:
    """moz_cookies' columns at `version` 5 to 11."""
    head = ["id", "baseDomain"]
    body = ["name", "value", "host", "path", "expiry", "lastAccessed", "creationTime"]
    body += ["isSecure", "isHttpOnly"]
    if version == 5:
        return [*head, "appId", "inBrowserElement", *body]
    if version == 6:
        return [*head, "originAttributes", *body]
    if version == 7:
        return [*head, "originAttributes", *body, "appId", "inBrowserElement"]
    columns = [*head, "originAttributes", *body, "inBrowserElement"]
    columns += ["sameSite"] if version >= 9 else []
    columns += ["rawSameSite"] if version >= 10 else []
    return [c for c in columns if c != "baseDomain"] if version == 11 else columns


def write_firefox_at(path: Path, version: int, specs: Sequence[Spec], now: datetime) -> Path:
    """A Firefox `cookies.sqlite` as the browser at `version` left it, holding `specs`."""
    if version >= 12:
        return write_firefox(path, specs, now=now, version=version)
    columns = firefox_columns(version)
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(path)
    with connection:
        connection.execute(f"CREATE TABLE moz_cookies ({', '.join(columns)})")
        connection.execute(f"PRAGMA user_version = {version}")
        for spec in specs:
            created = unix_micros(spec.created or now)
            expires = spec.expires or now + timedelta(days=1)
            # Before 15, "no attribute" was stored as none (0), its raw value too.
            same_site = {None: 0, "none": 0, "lax": 1, "strict": 2}[spec.same_site]
            row: dict[str, object] = {
                "id": None,
                "baseDomain": spec.host.lstrip("."),
                "appId": 0,
                "inBrowserElement": 0,
                "originAttributes": "",
                "name": spec.name,
                "value": spec.value,
                "host": spec.host,
                "path": spec.path,
                "expiry": int(expires.timestamp()),
                "lastAccessed": created,
                "creationTime": created,
                "isSecure": int(spec.secure),
                "isHttpOnly": int(spec.http_only),
                "sameSite": same_site,
                "rawSameSite": same_site,
            }
            connection.execute(
                f"INSERT INTO moz_cookies ({', '.join(columns)}) "
                f"VALUES ({', '.join('?' * len(columns))})",
                [row[column] for column in columns],
            )
    connection.close()
    return path
