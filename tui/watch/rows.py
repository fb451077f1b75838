"""One store's rows by their full unique key, and what changed between two looks at them.

A value is compared without being kept: each is replaced by a keyed hash (BLAKE2b with a key
drawn at random for each run and never shown), so two looks tell "same value" from "another
value", while nothing held in memory can be checked against a guessed value, even from a core
dump of a later run. A value the tool could not read (Chromium's app-bound `v20`, a keyring
that did not answer) has no hash: its changes are not seen, only those of its expiry and flags.

What counts as a change: the value, the expiry (a session cookie becoming persistent
included) and the flags (Secure, HttpOnly, SameSite). The last-access time, which browsers
rewrite whenever they send a cookie, and the other bookkeeping columns do not.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from tui.frozen import replace
from tui.model import Cookie, key_json

ADDED, REMOVED, CHANGED = "added", "removed", "changed"
# What changed in a row that stayed (CHANGED), in this order.
VALUE, EXPIRY, FLAGS = "value", "expiry", "flags"


class Fingerprints:
    """Keyed hashes of values, with a key of this object's own (random unless given)."""

    def __init__(self, key: bytes | None = None) -> None:
        self._key = key if key is not None else secrets.token_bytes(32)

    def __repr__(self) -> str:
        return "Fingerprints(<key hidden>)"

    def of(self, value: str | None) -> bytes | None:
        if value is None:
            return None
        data = value.encode("utf-8", "surrogateescape")
        return hashlib.blake2b(data, key=self._key, digest_size=16).digest()


@dataclass(frozen=True)
class Seen:
    """A row as last seen: the cookie without its value, and the value's keyed hash."""

    cookie: Cookie
    fingerprint: bytes | None


def row_key(cookie: Cookie) -> str:
    """The row's full unique key as one string: exact (BLOBs and text that is not UTF-8 are
    told apart by `key_json`) and comparable even where a hostile key holds a NaN."""
    return json.dumps([key_json(value) for _, value in cookie.raw.key], separators=(",", ":"))


def without_value(cookie: Cookie) -> Cookie:
    return replace(cookie, raw=replace(cookie.raw, value=None))


def seen_rows(cookies: Iterable[Cookie], fingerprints: Fingerprints) -> dict[str, Seen]:
    """The rows by key, each value replaced by its hash."""
    return {
        row_key(cookie): Seen(without_value(cookie), fingerprints.of(cookie.raw.value))
        for cookie in cookies
    }


@dataclass(frozen=True)
class RowChange:
    kind: str
    # For CHANGED: which of VALUE, EXPIRY, FLAGS; () otherwise.
    what: tuple[str, ...]
    # The row now (for REMOVED: as last seen), and before (CHANGED only).
    cookie: Cookie
    before: Cookie | None


def _flags(cookie: Cookie) -> tuple[object, ...]:
    raw = cookie.raw
    return (raw.secure, raw.http_only, raw.same_site, raw.partitioned)


def _what(old: Seen, new: Seen) -> tuple[str, ...]:
    what = []
    if old.fingerprint != new.fingerprint:
        what.append(VALUE)
    before, now = old.cookie.raw, new.cookie.raw
    if (before.expires, before.persistent) != (now.expires, now.persistent):
        what.append(EXPIRY)
    if _flags(old.cookie) != _flags(new.cookie):
        what.append(FLAGS)
    return tuple(what)


def diff(old: Mapping[str, Seen], new: Mapping[str, Seen]) -> list[RowChange]:
    """Every row added, removed or changed in place, one RowChange each, by name and host."""
    changes = []
    for key, seen in old.items():
        if key not in new:
            changes.append(RowChange(REMOVED, (), seen.cookie, None))
    for key, seen in new.items():
        previous = old.get(key)
        if previous is None:
            changes.append(RowChange(ADDED, (), seen.cookie, None))
            continue
        what = _what(previous, seen)
        if what:
            changes.append(RowChange(CHANGED, what, seen.cookie, previous.cookie))
    changes.sort(key=lambda c: (c.cookie.raw.name, c.cookie.raw.host, c.cookie.raw.path))
    return changes
