"""Stores with hostile rows, for the tests of reading, of every command and of the app.

Each case writes a real-schema store of the site's cookies, then puts one bad cell into one
row with SQL, as a corrupt disk, another program or a hostile site could leave it: text or an
infinity in a time, a BLOB where text belongs, bytes that are not UTF-8, text where bytes
belong.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from tests.helpers import NOW, SITE, days
from tui.demo.stores import Spec, write_chromium, write_firefox, write_local_state
from tui.model import Family, RowNote

# Bytes that are not UTF-8 around a distinctive text: it must never be shown.
NOT_UTF8 = b"\xff\xfeQvXkZpWr\xc3"


def specs() -> list[Spec]:
    return [
        Spec(SITE, "sessionid", "s" * 20, expires=days(10), http_only=True, same_site="lax"),
        Spec(SITE, "csrftoken", "c" * 32, expires=days(300), same_site="lax"),
        Spec(SITE, "victim", "v" * 12, expires=days(30), created=days(-1)),
        Spec(".saemes.fr", "_ga", "GA1.1.1.1", expires=days(400)),
    ]


NAMES = {"sessionid", "csrftoken", "victim", "_ga"}


@dataclass(frozen=True)
class Case:
    """`column = <sql>` on the row named "victim"; the note the reader must attach."""

    family: Family
    column: str
    sql: str
    note: RowNote | None

    def __str__(self) -> str:
        return f"{self.family.value}-{self.column}-{self.sql[:24]}"


FIREFOX_CASES = [
    Case(Family.FIREFOX, "expiry", "'never'", RowNote("expires", "unreadable")),
    Case(Family.FIREFOX, "expiry", "9e999", None),  # +infinity: clamped to 9999-12-31
    Case(Family.FIREFOX, "expiry", "-9e999", None),
    Case(Family.FIREFOX, "expiry", "9223372036854775807", None),
    Case(Family.FIREFOX, "expiry", "X'0102'", RowNote("expires", "unreadable")),
    Case(Family.FIREFOX, "creationTime", "'yesterday'", RowNote("created", "unreadable")),
    Case(Family.FIREFOX, "lastAccessed", "X'00'", RowNote("last_access", "unreadable")),
    Case(Family.FIREFOX, "name", "X'766963ff74696d'", RowNote("name", "bytes")),
    Case(Family.FIREFOX, "name", "CAST(X'766963ff' AS TEXT)", RowNote("name", "not-utf8")),
    Case(Family.FIREFOX, "path", "X'2fff'", RowNote("path", "bytes")),
    Case(Family.FIREFOX, "value", f"X'{NOT_UTF8.hex()}'", RowNote("value", "bytes")),
    Case(
        Family.FIREFOX, "value", f"CAST(X'{NOT_UTF8.hex()}' AS TEXT)", RowNote("value", "not-utf8")
    ),
    Case(
        Family.FIREFOX,
        "originAttributes",
        "X'5e75736572436f6e7465787449643d32'",
        RowNote("origin_attributes", "bytes"),
    ),
    Case(Family.FIREFOX, "isSecure", "'yes'", RowNote("secure", "unreadable")),
    Case(Family.FIREFOX, "sameSite", "'lax'", RowNote("same_site", "unreadable")),
]

CHROMIUM_CASES = [
    Case(Family.CHROMIUM, "expires_utc", "'never'", RowNote("expires", "unreadable")),
    Case(Family.CHROMIUM, "expires_utc", "9e999", None),
    Case(Family.CHROMIUM, "expires_utc", "9223372036854775807", None),
    Case(Family.CHROMIUM, "creation_utc", "'now'", RowNote("created", "unreadable")),
    Case(Family.CHROMIUM, "last_access_utc", "-9e999", None),
    Case(Family.CHROMIUM, "name", "X'766963ff74696d'", RowNote("name", "bytes")),
    Case(Family.CHROMIUM, "name", "CAST(X'766963ff' AS TEXT)", RowNote("name", "not-utf8")),
    Case(Family.CHROMIUM, "path", "X'2fff'", RowNote("path", "bytes")),
    Case(Family.CHROMIUM, "value", f"X'{NOT_UTF8.hex()}'", RowNote("value", "bytes")),
    Case(
        Family.CHROMIUM,
        "value",
        f"CAST(X'{NOT_UTF8.hex()}' AS TEXT)",
        RowNote("value", "not-utf8"),
    ),
    Case(Family.CHROMIUM, "encrypted_value", "'v10 not bytes'", RowNote("encrypted_value", "text")),
    Case(Family.CHROMIUM, "top_frame_site_key", "X'ff'", RowNote("partition", "bytes")),
    Case(Family.CHROMIUM, "is_secure", "'yes'", RowNote("secure", "unreadable")),
    Case(Family.CHROMIUM, "samesite", "X'01'", RowNote("same_site", "unreadable")),
    Case(Family.CHROMIUM, "is_persistent", "'maybe'", RowNote("persistent", "unreadable")),
]

CASES = FIREFOX_CASES + CHROMIUM_CASES


def hostile_store(root: Path, case: Case) -> Path:
    if case.family is Family.FIREFOX:
        path = write_firefox(root / "ff" / "cookies.sqlite", specs(), now=NOW)
        table = "moz_cookies"
    else:
        write_local_state(root / "chromium", {"Default": "Person"})
        path = write_chromium(root / "chromium" / "Default" / "Cookies", specs(), now=NOW)
        table = "cookies"
    with sqlite3.connect(path) as db:
        db.execute(f"UPDATE {table} SET {case.column} = {case.sql} WHERE name = 'victim'")
        assert db.total_changes == 1
    db.close()
    return path


def clean_store(root: Path, family: Family) -> Path:
    """A healthy store of the other family, to show it loads beside the hostile one."""
    if family is Family.FIREFOX:
        write_local_state(root / "other", {"Default": "Other"})
        return write_chromium(root / "other" / "Default" / "Cookies", specs(), now=NOW)
    return write_firefox(root / "otherff" / "cookies.sqlite", specs(), now=NOW)


def every_case_in_one_store(root: Path, family: Family) -> Path:
    """One store holding each hostile row of `family` at once, one bad cell per row."""
    cases = [case for case in CASES if case.family is family]
    extra = [Spec(SITE, f"victim{i}", "w" * 9, expires=days(30)) for i in range(len(cases))]
    if family is Family.FIREFOX:
        path = write_firefox(root / "ff" / "cookies.sqlite", specs() + extra, now=NOW)
        table = "moz_cookies"
    else:
        write_local_state(root / "chromium", {"Default": "Person"})
        path = write_chromium(root / "chromium" / "Default" / "Cookies", specs() + extra, now=NOW)
        table = "cookies"
    with sqlite3.connect(path) as db:
        for index, case in enumerate(cases):
            db.execute(
                f"UPDATE {table} SET {case.column} = {case.sql} WHERE name = 'victim{index}'"
            )
    db.close()
    return path
