"""A deleted cookie's value does not stay behind in the store's free pages.

Debian's SQLite (and so this Python's) is built with SECURE_DELETE on by default; the tool sets
`PRAGMA secure_delete = ON` itself for SQLite builds where it is off (macOS, some Windows
Pythons). Here the test guards the behaviour as a whole: a write path that left the row's
bytes behind (or dropped the tool's pragma on such a build) fails it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import NOW, SITE, days
from tui.demo.stores import Spec, write_chromium, write_firefox
from tui.model import Family, StoreRef
from tui.stores.backup import Backups
from tui.stores.read import read_store
from tui.stores.write import delete_rows

# Firefox keeps values as plain text, so a leftover would be found byte for byte.
SECRET = "Xk9-deleted-session-token-7Qw"


def _files(path: Path) -> bytes:
    found = [p for p in (path, Path(f"{path}-wal"), Path(f"{path}-journal")) if p.exists()]
    return b"".join(p.read_bytes() for p in found)


@pytest.mark.parametrize("family", [Family.FIREFOX, Family.CHROMIUM])
def test_deleted_values_are_overwritten_not_left_in_free_pages(
    tmp_path: Path, family: Family
) -> None:
    specs = [
        Spec(SITE, "_ga", SECRET, expires=days(30)),
        Spec(SITE, "sessionid", "kept-" + "s" * 20, expires=days(10)),
    ]
    if family is Family.FIREFOX:
        path = write_firefox(tmp_path / "p" / "cookies.sqlite", specs, now=NOW)
        needle = SECRET.encode()
    else:
        path = write_chromium(tmp_path / "p" / "Cookies", specs, now=NOW)
        # Chromium's value is encrypted; the row's name and host are plain text beside it.
        needle = b"_ga"
    assert needle in _files(path)
    ref = StoreRef("B", "p", family, path, lock_dir=path.parent)
    _, rows = read_store(ref, {SITE: "host"})
    chosen = [row.key for row in rows if row.name == "_ga"]
    delete_rows(ref, chosen, Backups(tmp_path / "backups"))
    assert needle not in _files(path)
    _, after = read_store(ref, {SITE: "host"})
    assert [row.name for row in after] == ["sessionid"]
