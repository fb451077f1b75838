"""Plain, frozen data passed between the steps: stores, cookies, findings, one inspection."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from datetime import datetime
from enum import StrEnum
from functools import cached_property
from pathlib import Path

from tui.frozen import Frozen, field
from tui.texts import Label, Lang, Said


class Family(StrEnum):
    CHROMIUM = "chromium"
    FIREFOX = "firefox"
    SAFARI = "safari"
    # A --store path that could not be recognised as any browser's store (missing, not
    # SQLite, another database): what it is, is unknown, so no family is claimed for it.
    UNKNOWN = "unknown"


CATEGORY_KEYS: tuple[str, ...] = ("necessary", "statistical", "first_party", "third_party")
UNCLASSIFIED = "unclassified"


class StoreRef(Frozen):
    """Where a cookie store lives, before it is opened."""

    browser: str
    profile: str
    family: Family
    path: Path
    # The directory whose lock says "the browser runs" (Chromium user-data dir, Firefox profile).
    lock_dir: Path | None = None
    # Chromium's "Local State" (holds the Windows key); None where there is none.
    key_file: Path | None = None


class Store(Frozen):
    """A store after reading: what was found out about it."""

    ref: StoreRef
    schema_version: int | None = None
    running: bool = False
    # Why it could not be read, and anything else worth saying about it (an untested schema).
    error: Said | None = None
    note: Said | None = None
    # "Browser/Profile", made unique within one inspection by `inspect`.
    id: str = ""


class RowNote(Frozen):
    """What a reader could not read as it should in one row (tui.present.labels has the words).

    Never holds any content of the row: only which field, and what was wrong with it.
    """

    # A RawCookie field ("expires", "name", "value"...) or a store column without one
    # ("encrypted_value", "origin_attributes", "row" for the whole row).
    field: str
    # "unreadable", "bytes" (a BLOB where text belongs), "not-utf8", "text" (text where
    # bytes belong).
    problem: str


class RawCookie(Frozen):
    """One row of a store, exactly as the store has it (times converted to UTC datetimes).

    Text fields are always `str`, whatever the store held: bytes that are not UTF-8 are shown
    with replacement characters, and `notes` says so, as it says which fields could not be
    read at all (an unreadable expiry is None here, with a note).
    """

    host: str
    name: str
    path: str
    expires: datetime | None
    created: datetime | None
    last_access: datetime | None
    secure: bool
    http_only: bool
    same_site: str | None
    # Chromium top_frame_site_key ("" when unpartitioned); Firefox partitionKey.
    partition: str
    # Firefox userContextId (container); "" when none.
    container: str
    # The full unique key of the row in its store, used to tell twins apart and to delete
    # exactly, with each value as SQLite holds it: TEXT as str (bytes that are not UTF-8
    # decoded with "surrogateescape", so encoding it back the same way gives SQLite's bytes),
    # BLOB as bytes, INTEGER as int, REAL as float, NULL as None. `key_json` writes them out.
    key: tuple[tuple[str, object], ...]
    value_length: int | None
    # Why the value could not be read (None when it was): shown as "unavailable: <reason>".
    unavailable: Said | None
    # Never printed, exported or logged; only the app reveals it on request.
    value: str | None = field(default=None, repr=False, compare=False)
    notes: tuple[RowNote, ...] = ()
    # The container's name from the profile's containers.json; None where it has none (no
    # container, no file, an id the file does not name). Already made printable.
    container_name: Label | None = None
    # Set with the Partitioned attribute (CHIPS), as Firefox records it from schema 13
    # (isPartitionedAttributeSet); a partition key alone does not mean it (Firefox partitions
    # third-party cookies by itself).
    partitioned: bool = False

    @property
    def value_status(self) -> str:
        """ "ok", or "unavailable: <reason>" in English (scan --json says it in its language)."""
        return "ok" if self.unavailable is None else f"unavailable: {self.unavailable}"

    @property
    def persistent(self) -> bool:
        # A cookie whose expiry could not be read is still one that has an expiry.
        return self.expires is not None or self.unreadable("expires")

    def unreadable(self, name: str) -> bool:
        return RowNote(name, "unreadable") in self.notes

    def container_label(self, lang: Lang) -> str:
        """The container's name, or its id where it has none; "" outside containers."""
        if self.container_name is not None:
            return self.container_name.get(lang)
        return self.container


def key_json(value: object) -> object:
    """A key value as JSON, telling apart what JSON cannot hold as such.

    Plain text, integers, finite reals and null stay as they are; a BLOB becomes
    {"blob": hex}, text whose bytes are not UTF-8 {"text": hex of its bytes}, an infinite or
    NaN real {"real": "inf"}. Key values are names, hosts, paths and origin attributes,
    never a cookie's value.
    """
    if value is None or isinstance(value, int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else {"real": repr(value)}
    if isinstance(value, bytes):
        return {"blob": value.hex()}
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return {"text": value.encode("utf-8", "surrogateescape").hex()}
        return value
    raise TypeError(f"a key value cannot be a {type(value).__name__}")


def key_from_json(document: object) -> object:
    """The key value that `key_json` wrote; ValueError for anything it cannot have written."""
    if document is None or isinstance(document, str):
        return document
    if isinstance(document, bool):
        raise ValueError("a key value is never a boolean")
    if isinstance(document, int):
        return document
    if isinstance(document, float):
        return document
    if isinstance(document, dict) and len(document) == 1:
        ((kind, text),) = document.items()
        if isinstance(text, str):
            if kind == "blob":
                return bytes.fromhex(text)
            if kind == "text":
                return bytes.fromhex(text).decode("utf-8", "surrogateescape")
            if kind == "real" and text in ("inf", "-inf", "nan"):
                return float(text)
    raise ValueError("not a key value")


class Cookie(Frozen):
    """A cookie of the site, classified against the catalogue."""

    store: Store
    raw: RawCookie
    category: str
    entry_id: str | None

    @property
    def scope(self) -> str:
        return self.raw.host

    @cached_property
    def id(self) -> str:
        """Unique within an inspection and stable across a report: the store id and the row's
        key. Computed once per cookie: the table, the findings and the reports look it up
        for every row, often."""
        return json.dumps(
            [self.store.id, *(key_json(value) for _, value in self.raw.key)],
            ensure_ascii=False,
            separators=(",", ":"),
        )


# A jar is what one visitor identity holds: a store, narrowed by Firefox container and by the
# partition (top-level site) of partitioned cookies. Consent and duplicates live per jar.
Jar = tuple[str, str, str]


def jar_of(cookie: Cookie) -> Jar:
    return (cookie.store.id, cookie.raw.container, cookie.raw.partition)


class Finding(Frozen):
    code: str
    severity: str
    message: dict[str, str]
    # Ids (Cookie.id) of the cookies involved.
    cookies: tuple[str, ...] = ()
    fix: dict[str, str] | None = None
    # Ids of the cookies the fix deletes; empty when the fix is not a deletion.
    fix_cookies: tuple[str, ...] = ()
    # The `saemes-cookies delete ...` line that carries out exactly that deletion, shell-quoted;
    # None when the fix is not a deletion or no command selects exactly its cookies.
    fix_command: str | None = None


class Consent(Frozen):
    """One decoded consent cookie value. Holds nothing taken from the value: only the tool's
    own key names (CHOICE_KEYS, TIMESTAMP_KEY), answers, a time, and lengths."""

    # How far decoding went: "url-encoded JSON", "JSON", "key=value pairs", "text", "empty".
    shape: str
    # (key, allowed) for each choice key present with a value understood as yes or no.
    choices: tuple[tuple[str, bool], ...] = ()
    timestamp: datetime | None = None
    # The known keys whose value was understood, in the value's order.
    understood: tuple[str, ...] = ()
    # Every other item as "<text, N chars>" (the first _MAX_KEYS), and how many there are.
    other: tuple[str, ...] = ()
    other_count: int = 0

    @property
    def recognised(self) -> bool:
        """At least one choice was understood, so "missing key = allowed" may be applied."""
        return bool(self.choices)

    def choice(self, key: str) -> bool | None:
        return next((allowed for k, allowed in self.choices if k == key), None)

    def refuses(self, keys: Iterable[str]) -> bool:
        """Every one of `keys` that is present says no (and at least one is present)."""
        answers = [answer for answer in (self.choice(key) for key in keys) if answer is not None]
        return bool(answers) and not any(answers)


class ConsentCookie(Frozen):
    """A cookies_preferences cookie found in one store, decoded when its value could be read."""

    cookie: Cookie
    # None when the value is unavailable (see cookie.raw.unavailable).
    consent: Consent | None

    @property
    def chosen_at(self) -> datetime | None:
        """When the choice was made: the value's timestamp, else the cookie's creation."""
        if self.consent is not None and self.consent.timestamp is not None:
            return self.consent.timestamp
        return self.cookie.raw.created


class Inspection(Frozen):
    stores: tuple[Store, ...]
    cookies: tuple[Cookie, ...]
    findings: tuple[Finding, ...] = ()
    searched: tuple[str, ...] = ()
    # The consent cookies, decoded once when the stores were read (a loaded report carries the
    # ones it recorded: its values are gone).
    consents: tuple[ConsentCookie, ...] = ()

    @cached_property
    def by_store(self) -> Mapping[str, tuple[Cookie, ...]]:
        """The cookies of each store that holds some, by store id, in scan order: the one
        grouping by store (the scan's table, the app's sources, the findings, the Watcher)."""
        grouped: dict[str, list[Cookie]] = {}
        for cookie in self.cookies:
            grouped.setdefault(cookie.store.id, []).append(cookie)
        return {store: tuple(cookies) for store, cookies in grouped.items()}
