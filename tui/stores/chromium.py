"""Chromium-family `Cookies` stores (Chrome, Chromium, Brave, Edge, Vivaldi, Opera)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence

from tui.model import RawCookie, StoreRef
from tui.stores import cells
from tui.stores.sqlite_read import usable_columns
from tui.stores.times import chromium_time
from tui.stores.values import ChromiumValues, ValueUnavailable
from tui.texts import Said

# The versions the tests build with each version's own columns (tests/helpers/schemas.py);
# others are read if the columns allow, with a note.
#
# Chromium's net/extras/sqlite/sqlite_persistent_cookie_store.cc, read in the copies at
# icecreamzhao/miniblink57 (kCurrentVersionNumber 9: InitTable and the 2->9 steps of
# EnsureDatabaseVersion) and in a copy at kCurrentVersionNumber 14 (CreateV10/V11/V13Schema,
# DoMigrateDatabaseSchema), and the version comments at kCurrentVersionNumber 24:
#   5 adds has_expires and persistent; 6 priority; 7 encrypted_value; 8 firstpartyonly
#   10 prefixes the booleans with "is_" (is_secure, is_httponly, is_persistent)
#   11 renames firstpartyonly to samesite and turns every stored 0 ("no restriction") into -1
#      (unspecified), "to reflect the fact that those cookies were set without a SameSite
#      attribute specified"; 3 (Extended, deprecated) is read as unspecified
#   12 source_scheme; 13 source_port, is_same_party; 15 top_frame_site_key; 18
#      last_update_utc; 21 drops is_same_party; 22 source_type; 23 has_cross_site_ancestor
# Times are microseconds since 1601 from version 4 on (its migration moved the epoch).
KNOWN_VERSIONS = range(5, 25)
# Before 11, `firstpartyonly` held 0 for a cookie set without SameSite as well as for one
# set with SameSite=None; Chromium's 10 -> 11 step makes every 0 unspecified, so it is read so.
# 1 and 2 are lax and strict in both columns (DBCookieSameSiteToCookieSameSite).
_LEGACY_SAME_SITE = "firstpartyonly"
# The store's unique key, in the order of Chromium's cookies_unique_index (newest layout);
# older versions lack some of these columns and their index is the remaining ones.
KEY_COLUMNS = (
    "host_key",
    "top_frame_site_key",
    "has_cross_site_ancestor",
    "name",
    "path",
    "source_scheme",
    "source_port",
)
# encrypted_value came with version 7: before it, every value is in `value`.
_REQUIRED = ("host_key", "name", "path", "expires_utc", "value")
_NO_BLOB = "x''"
_SAME_SITE = {0: "none", 1: "lax", 2: "strict"}


def is_chromium(found_tables: set[str]) -> bool:
    return "cookies" in found_tables and "meta" in found_tables


def schema_version(connection: sqlite3.Connection) -> int | None:
    row = connection.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
    try:
        return int(row[0]) if row else None
    except (TypeError, ValueError):
        return None


def key_columns(present: Iterable[str]) -> tuple[str, ...]:
    have = set(present)
    return tuple(column for column in KEY_COLUMNS if column in have)


def read(
    connection: sqlite3.Connection, ref: StoreRef, hosts: Iterable[str]
) -> tuple[int | None, list[RawCookie]]:
    version = schema_version(connection)
    present = usable_columns(connection, "cookies", _REQUIRED, "Chromium", version, ref.path)

    def pick(*names: str, default: str = "NULL") -> str:
        return next((name for name in names if name in present), default)

    key_cols = key_columns(present)
    host_list = list(hosts)
    # `host_key IN (...)` is answered from cookies_unique_index, whose first column is host_key.
    query = (
        "SELECT host_key, name, path, expires_utc, "
        f"{pick('creation_utc')}, {pick('last_access_utc')}, "
        f"{pick('is_secure', 'secure', default='0')}, "
        f"{pick('is_httponly', 'httponly', default='0')}, "
        f"{pick('samesite', 'firstpartyonly', default='-1')}, "
        f"{pick('is_persistent', 'persistent', default='1')}, "
        f"{pick('top_frame_site_key', default=repr(''))}, "
        f"value, {pick('encrypted_value', default=_NO_BLOB)}, {', '.join(key_cols)} "
        f"FROM cookies WHERE host_key IN ({', '.join('?' * len(host_list))}) "
        "ORDER BY host_key, name, path"
    )
    values = ChromiumValues(ref.browser, ref.path, ref.key_file, version or 0)
    legacy = "samesite" not in present and _LEGACY_SAME_SITE in present
    cookies = [
        # Key values as SQLite holds them: this is what a deletion matches (`column IS ?`).
        cells.guarded(_cookie, row, tuple(zip(key_cols, row[13:], strict=True)), values, legacy)
        for row in connection.execute(query, host_list)
    ]
    return version, cookies


def _cookie(
    row: Sequence[object], key: cells.Key, values: ChromiumValues, legacy_same_site: bool
) -> RawCookie:
    host, name, path, expires, created, accessed, secure, http_only, same_site = row[:9]
    persistent, partition, plain, encrypted = row[9:13]
    notes: cells.Notes = []
    host_text = cells.text(host, "host", notes)
    try:
        # The integrity prefix hashes host_key as stored, so the raw cell goes in.
        stored_host = host if isinstance(host, str | bytes) else host_text
        value: str | None = values.value(
            stored_host,
            cells.text(plain, "value", notes),
            cells.blob(encrypted, "encrypted_value", notes),
        )
        unavailable: Said | None = None
    except ValueUnavailable as exc:
        value, unavailable = None, exc.said
    kept = cells.flag(persistent, "persistent", notes)
    same_site_code = cells.integer(same_site, "same_site", notes)
    if legacy_same_site and same_site_code == 0:
        same_site_code = None
    return RawCookie(
        host=host_text,
        name=cells.text(name, "name", notes),
        path=cells.text(path, "path", notes),
        expires=cells.time(expires, chromium_time, "expires", notes) if kept else None,
        created=cells.time(created, chromium_time, "created", notes),
        last_access=cells.time(accessed, chromium_time, "last_access", notes),
        secure=cells.flag(secure, "secure", notes),
        http_only=cells.flag(http_only, "http_only", notes),
        same_site=_SAME_SITE.get(same_site_code) if same_site_code is not None else None,
        partition=cells.text(partition, "partition", notes),
        container="",
        key=key,
        value_length=len(value) if value is not None else None,
        unavailable=unavailable,
        value=value,
        notes=tuple(dict.fromkeys(notes)),
    )
