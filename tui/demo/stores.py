"""Writes cookie stores with the browsers' real schemas: for --demo, the tests and benchmarks.

The DDL below is what Chromium 156 (meta version 24) and Firefox ESR 153 (user_version 17)
wrote on this project's machines; older Firefox schemas (user_version 12 to 16) are written
as Firefox's own CreateTable and migrations left them (see `firefox_columns`). Values are
encrypted the way Chromium does on Linux without a keyring ("v10", AES-128-CBC, key from the
fixed password "peanuts"), with the SHA-256 of the host prepended from version 24 on.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tui.frozen import Frozen
from tui.stores.bc3_internals import pbkdf2_key

CHROMIUM_DDL = (
    "CREATE TABLE meta(key LONGVARCHAR NOT NULL UNIQUE PRIMARY KEY, value LONGVARCHAR)",
    "CREATE TABLE cookies(creation_utc INTEGER NOT NULL,host_key TEXT NOT NULL,"
    "top_frame_site_key TEXT NOT NULL,name TEXT NOT NULL,value TEXT NOT NULL,"
    "encrypted_value BLOB NOT NULL,path TEXT NOT NULL,expires_utc INTEGER NOT NULL,"
    "is_secure INTEGER NOT NULL,is_httponly INTEGER NOT NULL,last_access_utc INTEGER NOT NULL,"
    "has_expires INTEGER NOT NULL,is_persistent INTEGER NOT NULL,priority INTEGER NOT NULL,"
    "samesite INTEGER NOT NULL,source_scheme INTEGER NOT NULL,source_port INTEGER NOT NULL,"
    "last_update_utc INTEGER NOT NULL,source_type INTEGER NOT NULL,"
    "has_cross_site_ancestor INTEGER NOT NULL)",
    "CREATE UNIQUE INDEX cookies_unique_index ON cookies(host_key, top_frame_site_key, "
    "has_cross_site_ancestor, name, path, source_scheme, source_port)",
)

FIREFOX_VERSION = 17
FIREFOX_VERSIONS = range(12, 18)
# moz_cookies as Firefox leaves it at each user_version, from its CreateTable and the steps
# of TryInitDB (mozilla/enterprise-firefox netwerk/cookie/CookiePersistentStorage.cpp, and
# COOKIES_SCHEMA_VERSION 15 in yys-github/tor-mullvad-browser, same path): 11->12 adds
# schemeMap, 12->13 isPartitionedAttributeSet, 13->14 caps expiry at 400 days, 14->15 drops
# rawSameSite, 15->16 multiplies expiry by 1000 (seconds to milliseconds), 16->17 adds
# updateTime. lastAccessed, creationTime and updateTime are microseconds in every version.
_FIREFOX_HEAD = (
    "id INTEGER PRIMARY KEY",
    "originAttributes TEXT NOT NULL DEFAULT ''",
    "name TEXT",
    "value TEXT",
    "host TEXT",
    "path TEXT",
    "expiry INTEGER",
    "lastAccessed INTEGER",
    "creationTime INTEGER",
    "isSecure INTEGER",
    "isHttpOnly INTEGER",
    "inBrowserElement INTEGER DEFAULT 0",
    "sameSite INTEGER DEFAULT 0",
)


def firefox_columns(version: int = FIREFOX_VERSION) -> tuple[str, ...]:
    """The column definitions of moz_cookies at `version` (12 to 17), in Firefox's order."""
    if version not in FIREFOX_VERSIONS:
        raise ValueError(f"no Firefox schema {version} to write (12 to 17)")
    columns = list(_FIREFOX_HEAD)
    if version <= 14:
        columns.append("rawSameSite INTEGER DEFAULT 0")
    columns.append("schemeMap INTEGER DEFAULT 0")
    if version >= 13:
        columns.append("isPartitionedAttributeSet INTEGER DEFAULT 0")
    if version >= 17:
        columns.append("updateTime INTEGER")
    return tuple(columns)


def firefox_ddl(version: int = FIREFOX_VERSION) -> tuple[str, ...]:
    columns = ", ".join(firefox_columns(version))
    return (
        f"CREATE TABLE moz_cookies ({columns}, "
        "CONSTRAINT moz_uniqueid UNIQUE (name, host, path, originAttributes))",
    )


FIREFOX_DDL = firefox_ddl()

_WINDOWS_EPOCH = datetime(1601, 1, 1, tzinfo=UTC)
_CHROMIUM_SAME_SITE = {None: -1, "none": 0, "lax": 1, "strict": 2}
_FIREFOX_SAME_SITE = {None: 256, "none": 0, "lax": 1, "strict": 2}


class Spec(Frozen):
    """A cookie to write. `expires` None means a session cookie. A record (tui/frozen.py), not
    a dataclass: the app's --demo writes its home before its first row, and building a frozen
    dataclass at import (dataclasses' exec of each method) was most of this module's import."""

    host: str
    name: str
    value: str
    path: str = "/"
    expires: datetime | None = None
    created: datetime | None = None
    secure: bool = False
    http_only: bool = False
    same_site: str | None = None
    partition: str = ""
    container: str = ""


def chromium_micros(moment: datetime) -> int:
    return (moment - _WINDOWS_EPOCH) // timedelta(microseconds=1)


def unix_micros(moment: datetime) -> int:
    return int(moment.timestamp() * 1_000_000)


def encrypt_v10(
    host: str, value: str, version: int = 24, password: str = "peanuts", iterations: int = 1
) -> bytes:
    """Chromium's v10 AES-128-CBC: Linux without a keyring by default; macOS uses the
    keychain's password and 1003 iterations."""
    return _encrypt_cbc(b"v10", host, value, version, password, iterations)


def encrypt_v11(host: str, value: str, password: str, version: int = 24) -> bytes:
    """Chromium's v11 on Linux: as v10, with the key from the password a keyring holds."""
    return _encrypt_cbc(b"v11", host, value, version, password, 1)


def _encrypt_cbc(
    tag: bytes, host: str, value: str, version: int, password: str, iterations: int
) -> bytes:
    from Cryptodome.Cipher import AES

    plain = value.encode()
    if version >= 24:
        plain = hashlib.sha256(host.encode()).digest() + plain
    # PKCS#7 padding to AES's 16-byte blocks, as Chromium's encryptor pads.
    fill = 16 - len(plain) % 16
    return tag + AES.new(_key(password, iterations), AES.MODE_CBC, b" " * 16).encrypt(
        plain + bytes((fill,)) * fill
    )


# One key per (password, iterations) for the process: the demo home encrypts every value with
# the same v10 key, and deriving it once (by hashlib, without pycryptodome's KDF and padding
# modules) is part of the app's --demo start.
_KEYS: dict[tuple[str, int], bytes] = {}


def _key(password: str, iterations: int) -> bytes:
    """Chromium's key, derived as the reader derives it (tui/stores/bc3_internals.py), the
    password encoded as pycryptodome's PBKDF2 encodes a str (Latin-1), which wrote these
    before."""
    key = _KEYS.get((password, iterations))
    if key is None:
        key = _KEYS[password, iterations] = pbkdf2_key(password.encode("latin-1"), iterations)
    return key


def _unsynced(path: Path) -> sqlite3.Connection:
    """A connection that writes without waiting for the disk (no fsync): these stores are a
    demo's, a test's or a benchmark's, thrown away with their directory, and the app's --demo
    builds two before its first row, where fsyncs (one per CREATE statement, run outside a
    transaction) cost more than the rest of the writing. The file's bytes are the same."""
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA synchronous = OFF")
    return connection


def write_chromium(
    path: Path, specs: Iterable[Spec], now: datetime | None = None, version: int = 24
) -> Path:
    """A Chromium `Cookies` store holding `specs`, values encrypted v10.

    `version` 23 writes the same tables (version 24 changed only the encrypted values) with
    values that do not start with the SHA-256 of their host, as before version 24 (2024-08).
    """
    now = now or datetime.now(UTC)
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = _unsynced(path)
    with connection:
        for statement in CHROMIUM_DDL:
            connection.execute(statement)
        connection.executemany(
            "INSERT INTO meta VALUES (?, ?)",
            [
                ("mmap_status", "-1"),
                ("version", str(version)),
                ("last_compatible_version", str(version)),
            ],
        )
        connection.executemany(
            "INSERT INTO cookies VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (chromium_row(spec, now, version) for spec in specs),
        )
    connection.close()
    return path


def chromium_row(spec: Spec, now: datetime, version: int = 24) -> tuple[object, ...]:
    created = chromium_micros(spec.created or now)
    expires = chromium_micros(spec.expires) if spec.expires else 0
    return (
        created,
        spec.host,
        spec.partition,
        spec.name,
        "",
        encrypt_v10(spec.host, spec.value, version),
        spec.path,
        expires,
        int(spec.secure),
        int(spec.http_only),
        created,
        int(spec.expires is not None),
        int(spec.expires is not None),
        1,
        _CHROMIUM_SAME_SITE[spec.same_site],
        2 if spec.secure else 1,
        443 if spec.secure else 80,
        created,
        0,
        0,
    )


def origin_attributes(spec: Spec) -> str:
    parts = []
    if spec.partition:
        # Firefox writes the partition key as "(scheme,site)", URL-encoded in the suffix.
        encoded = spec.partition.replace("(", "%28").replace(")", "%29").replace(",", "%2C")
        parts.append(f"partitionKey={encoded}")
    if spec.container:
        parts.append(f"userContextId={spec.container}")
    return "^" + "&".join(sorted(parts)) if parts else ""


def firefox_row(spec: Spec, now: datetime, version: int = FIREFOX_VERSION) -> dict[str, object]:
    """The row Firefox writes at `version` for `spec`, by column name."""
    created = unix_micros(spec.created or now)
    # Firefox never writes session cookies to disk; a spec without expiry gets one day.
    expires = spec.expires or now + timedelta(days=1)
    row: dict[str, object] = {
        "originAttributes": origin_attributes(spec),
        "name": spec.name,
        "value": spec.value,
        "host": spec.host,
        "path": spec.path,
        # Milliseconds from user_version 16, seconds before.
        "expiry": int(expires.timestamp() * 1000) if version >= 16 else int(expires.timestamp()),
        "lastAccessed": created,
        "creationTime": created,
        "isSecure": int(spec.secure),
        "isHttpOnly": int(spec.http_only),
        "sameSite": _FIREFOX_SAME_SITE[spec.same_site],
        "schemeMap": 2 if spec.secure else 1,
    }
    if version <= 14:
        # Before 15 there was no "unset": no attribute was stored as none, the raw value too.
        raw = _FIREFOX_SAME_SITE[spec.same_site]
        row["sameSite"] = row["rawSameSite"] = 0 if raw == 256 else raw
    if version >= 17:
        row["updateTime"] = created
    return row


def _firefox_insert(
    connection: sqlite3.Connection, specs: Iterable[Spec], now: datetime, version: int
) -> None:
    rows = [firefox_row(spec, now, version) for spec in specs]
    if not rows:
        return
    names = list(rows[0])
    connection.executemany(
        f"INSERT INTO moz_cookies ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
        ([row[name] for name in names] for row in rows),
    )


def write_firefox(
    path: Path,
    specs: Sequence[Spec],
    now: datetime | None = None,
    in_wal: Sequence[Spec] = (),
    version: int = FIREFOX_VERSION,
) -> Path:
    """A Firefox `cookies.sqlite` (user_version `version`, 17 by default; WAL) holding `specs`.

    `in_wal` rows are committed but left in the -wal file, as after a crash or while Firefox
    runs: readers that copy only the main file miss them.
    """
    now = now or datetime.now(UTC)
    ddl = firefox_ddl(version)
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = _unsynced(path)
    connection.execute("PRAGMA journal_mode=WAL")
    with connection:
        for statement in ddl:
            connection.execute(statement)
        connection.execute(f"PRAGMA user_version = {int(version)}")
        _firefox_insert(connection, specs, now, version)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    if not in_wal:
        connection.close()
        return path
    connection.execute("PRAGMA wal_autocheckpoint = 0")
    with connection:
        _firefox_insert(connection, in_wal, now, version)
    # Copy the pair while the connection still holds them, then put the copies in place:
    # closing would checkpoint the WAL into the main file.
    staging = path.with_name(path.name + ".staging")
    shutil.copyfile(path, staging)
    shutil.copyfile(f"{path}-wal", f"{staging}-wal")
    connection.close()
    os.replace(staging, path)
    os.replace(f"{staging}-wal", f"{path}-wal")
    return path


# containers.json as Firefox's ContextualIdentityService writes it (format version 5): the
# built-in containers 1 to 4 by Fluent id, then its two private identities (thumbnails and
# extensions' storage.local), which carry an internal name but no label.
_BUILT_IN_CONTAINERS = (
    ("fingerprint", "blue", "user-context-personal"),
    ("briefcase", "orange", "user-context-work"),
    ("dollar", "green", "user-context-banking"),
    ("cart", "pink", "user-context-shopping"),
)


def write_containers(profile_dir: Path, named: Sequence[tuple[int, str]] = ()) -> Path:
    """A Firefox profile's `containers.json`: the built-in containers, plus `named` ones the
    user made (id, name)."""
    identities: list[dict[str, object]] = [
        {"icon": icon, "color": color, "l10nId": l10n, "public": True, "userContextId": index}
        for index, (icon, color, l10n) in enumerate(_BUILT_IN_CONTAINERS, start=1)
    ]
    identities += [
        {"public": False, "icon": "", "color": "", "name": private, "userContextId": n}
        for n, private in (
            (5, "userContextIdInternal.thumbnail"),
            (4294967295, "userContextIdInternal.webextStorageLocal"),
        )
    ]
    identities += [
        {"userContextId": n, "public": True, "icon": "tree", "color": "green", "name": name}
        for n, name in named
    ]
    last = max([5, *(n for n, _ in named)])
    profile_dir.mkdir(parents=True, exist_ok=True)
    path = profile_dir / "containers.json"
    document = {"version": 5, "lastUserContextId": last, "identities": identities}
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def write_local_state(user_data_dir: Path, profiles: dict[str, str]) -> None:
    """Chromium's `Local State`, listing profile directories with their display names."""
    user_data_dir.mkdir(parents=True, exist_ok=True)
    cache = {directory: {"name": name} for directory, name in profiles.items()}
    (user_data_dir / "Local State").write_text(
        json.dumps({"profile": {"info_cache": cache}}), encoding="utf-8"
    )


def write_profiles_ini(root: Path, profiles: dict[str, str]) -> None:
    """Firefox's `profiles.ini`, listing relative profile directories with their names."""
    root.mkdir(parents=True, exist_ok=True)
    lines = ["[General]", "StartWithLastProfile=1", "Version=2", ""]
    for index, (directory, name) in enumerate(profiles.items()):
        lines += [f"[Profile{index}]", f"Name={name}", "IsRelative=1", f"Path={directory}"]
        lines += ["Default=1", ""] if index == 0 else [""]
    (root / "profiles.ini").write_text("\n".join(lines), encoding="utf-8")
