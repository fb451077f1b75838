"""Plain, frozen data passed between the steps: stores, cookies, findings, one inspection."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path


class Family(StrEnum):
    CHROMIUM = "chromium"
    FIREFOX = "firefox"
    SAFARI = "safari"
    # A --store path that could not be recognised as any browser's store (missing, not
    # SQLite, another database): what it is, is unknown, so no family is claimed for it.
    UNKNOWN = "unknown"


CATEGORY_KEYS: tuple[str, ...] = ("necessary", "statistical", "first_party", "third_party")
UNCLASSIFIED = "unclassified"


@dataclass(frozen=True)
class StoreRef:
    """Where a cookie store lives, before it is opened."""

    browser: str
    profile: str
    family: Family
    path: Path
    # The directory whose lock says "the browser runs" (Chromium user-data dir, Firefox profile).
    lock_dir: Path | None = None
    # Chromium's "Local State" (holds the Windows key); None where there is none.
    key_file: Path | None = None


@dataclass(frozen=True)
class Store:
    """A store after reading: what was found out about it."""

    ref: StoreRef
    schema_version: int | None = None
    running: bool = False
    error: str | None = None
    note: str | None = None
    # "Browser/Profile", made unique within one inspection by `inspect`.
    id: str = ""


@dataclass(frozen=True)
class RawCookie:
    """One row of a store, exactly as the store has it (times converted to UTC datetimes)."""

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
    # The full unique key of the row in its store, used to tell twins apart and to delete exactly.
    key: tuple[tuple[str, object], ...]
    value_length: int | None
    value_status: str
    # Never printed, exported or logged; only the app reveals it on request.
    value: str | None = field(default=None, repr=False, compare=False)

    @property
    def persistent(self) -> bool:
        return self.expires is not None


@dataclass(frozen=True)
class Cookie:
    """A cookie of the site, classified against the catalogue."""

    store: Store
    raw: RawCookie
    category: str
    entry_id: str | None

    @property
    def scope(self) -> str:
        return self.raw.host


@dataclass(frozen=True)
class Finding:
    code: str
    severity: str
    message: dict[str, str]
    # Ids (tui.diagnose.cookie_id) of the cookies involved.
    cookies: tuple[str, ...] = ()
    fix: dict[str, str] | None = None
    # Ids of the cookies the fix deletes; empty when the fix is not a deletion.
    fix_cookies: tuple[str, ...] = ()
    # The `saemes-cookies delete ...` line that carries out exactly that deletion, shell-quoted;
    # None when the fix is not a deletion or no command selects exactly its cookies.
    fix_command: str | None = None


@dataclass(frozen=True)
class Inspection:
    stores: tuple[Store, ...]
    cookies: tuple[Cookie, ...]
    findings: tuple[Finding, ...] = ()
    searched: tuple[str, ...] = ()
