"""Stores in a test's own place (a fake home, a state dir), and reading them back as the
browser would."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from tests.helpers import NOW, SITE, site_specs
from tui.audit import AuditLog
from tui.catalog import Catalog
from tui.demo.stores import Spec, write_chromium, write_firefox, write_local_state
from tui.frozen import replace
from tui.inspection import find_stores, inspect
from tui.model import Inspection
from tui.stores.backup import Backups

# Values a leak test can look for: long, distinctive, never a substring of anything else.
SECRET = "Zq7SECRETv4lue"


@dataclass(frozen=True)
class Place:
    """Where one test's stores, backups and audit log live."""

    root: Path

    @property
    def backups(self) -> Backups:
        return Backups(self.root / "state" / "saemes-cookies" / "backups")

    @property
    def log(self) -> AuditLog:
        return AuditLog(self.root / "state" / "saemes-cookies" / "audit.jsonl")

    @property
    def env(self) -> dict[str, str]:
        """For `python -m tui`: state in the place, no real browser profile in sight."""
        home = self.root / "home"
        home.mkdir(exist_ok=True)
        return {
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_STATE_HOME": str(self.root / "state"),
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
        }


def secret_specs(tag: str, now: datetime = NOW) -> list[Spec]:
    """The site's usual cookies (and decoys), every value carrying SECRET."""
    return [replace(spec, value=f"{SECRET}{tag}{spec.value}") for spec in site_specs(tag, now)]


def chromium_user_data(root: Path, specs: list[Spec] | None = None, now: datetime = NOW) -> Path:
    """A Chromium user-data dir (with Local State, so its lock dir is known); returns the store.
    Dated from `now`: live_now() when another process reads it."""
    user_data = root / "chromium"
    write_local_state(user_data, {"Default": "Personal"})
    specs = specs or secret_specs("c", now)
    return write_chromium(user_data / "Default" / "Cookies", specs, now=now)


def firefox_profile(
    root: Path,
    specs: list[Spec] | None = None,
    in_wal: list[Spec] | None = None,
    now: datetime = NOW,
) -> Path:
    return write_firefox(
        root / "firefox" / "abc.default" / "cookies.sqlite",
        specs or secret_specs("f", now),
        now=now,
        in_wal=in_wal or [],
    )


def inspect_stores(catalog: Catalog, *paths: Path) -> Inspection:
    refs, failed, searched = find_stores(list(paths))
    return inspect(catalog, refs, failed, searched, now=NOW)


def table_of(path: Path) -> str:
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as connection:
        names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    return "moz_cookies" if "moz_cookies" in names else "cookies"


def all_rows(path: Path) -> list[tuple[object, ...]]:
    """Every row of the cookie table (values included, for comparison only), in rowid order.

    A normal connection, as the browser would open it: it recovers a WAL or a hot journal.
    """
    connection = sqlite3.connect(path)
    # Hostile rows hold text that is not UTF-8: read as the tool reads it, so they compare.
    connection.text_factory = lambda data: data.decode("utf-8", "surrogateescape")
    try:
        table = table_of(path)
        return list(connection.execute(f"SELECT rowid, * FROM {table} ORDER BY rowid"))
    finally:
        connection.close()


def integrity(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("PRAGMA integrity_check")]
    finally:
        connection.close()


def journal_mode(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return str(connection.execute("PRAGMA journal_mode").fetchone()[0])
    finally:
        connection.close()


def store_in(root: Path, family: str, specs: list[Spec], now: datetime = NOW) -> Path:
    """A Chromium user-data dir (with Local State) or a Firefox profile under `root` holding
    `specs`, written at `now`; returns the store."""
    if family == "chromium":
        write_local_state(root / "chromium", {"Default": "Default"})
        return write_chromium(root / "chromium" / "Default" / "Cookies", specs, now)
    return write_firefox(root / "firefox" / "p" / "cookies.sqlite", specs, now)


def site_rows(path: Path) -> set[tuple[str, str, str]]:
    """(host, name, path) of the site's rows, read as the browser would (WAL recovered)."""
    table = table_of(path)
    host = "host_key" if table == "cookies" else "host"
    with closing(sqlite3.connect(path)) as connection:
        rows = connection.execute(
            f"SELECT {host}, name, path FROM {table} WHERE {host} = ?", [SITE]
        )
        return {(str(h), str(n), str(p)) for h, n, p in rows}
