"""Windows' locked Chrome store: while Chrome 114 and later run, they hold `Cookies` with
exclusive access (the LockProfileCookieDatabase feature, `exclusive=true` in the SQLite URI),
and any other program that opens or copies it gets ERROR_SHARING_VIOLATION (yt-dlp #7271,
browser_cookie3 #180, kooky #65).

Windows cannot be had here: each test stands in for it (tests/helpers/windows.py, `Browser`)
at exactly the call that fails there, with the error Windows gives at that call. Everything
else is real: real stores, the real reader, the real scan and Watcher.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import NOW, SITE, SITE_NAMES, days
from tests.helpers.stores import inspect_stores
from tests.helpers.watching import chromium_add, writing
from tests.helpers.windows import Browser, chrome_and_firefox
from tui.catalog import Catalog
from tui.cli import main
from tui.demo.stores import Spec
from tui.inspection import find_stores
from tui.stores import sqlite_read
from tui.watch import Watcher

HELD = (
    "locked by the running browser (Windows keeps Chrome's cookie file closed to other "
    "programs while it runs): close the browser to read it (Chromium, profile Work (Default))"
)


@pytest.mark.parametrize("at", ["open", "sqlite-open", "sqlite-busy"])
def test_a_store_windows_keeps_closed_is_named_and_the_others_load(
    catalog: Catalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, at: str
) -> None:
    held, free = chrome_and_firefox(tmp_path)
    Browser(monkeypatch, held, at)
    inspection = inspect_stores(catalog, held, free)
    chromium, firefox = inspection.stores
    assert chromium.error is not None
    assert chromium.error.text("en") == f"{held.resolve()}: {HELD}"
    assert "(Chromium, profil Work (Default))" in chromium.error.text("fr")
    assert chromium.running
    assert firefox.error is None
    assert {c.raw.name for c in inspection.cookies if c.store.id == firefox.id} == SITE_NAMES
    finding = next(f for f in inspection.findings if f.code == "store-unreadable")
    assert finding.fix is not None and finding.fix["en"] == "Close the browser and scan again."


def test_sqlite_refused_but_the_copy_allowed_is_read_from_the_copy(
    catalog: Catalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only SQLite's open refused (a lock, not a closed file): the private copy is read."""
    held, free = chrome_and_firefox(tmp_path)
    real_copy = sqlite_read._copy_file
    browser = Browser(monkeypatch, held, "sqlite-open")
    monkeypatch.setattr(sqlite_read, "_copy_file", real_copy)
    inspection = inspect_stores(catalog, held, free)
    assert browser.holding
    assert [str(store.error) for store in inspection.stores if store.error] == []
    assert len(inspection.cookies) == 2 * len(SITE_NAMES)


def test_scan_exits_as_for_any_unreadable_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    held, free = chrome_and_firefox(tmp_path)
    broken = tmp_path / "broken" / "Cookies"
    broken.parent.mkdir()
    broken.write_bytes(b"not a database " * 100)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    stores = ["--store", str(held), "--store", str(free)]
    corrupt = main(["scan", "--json", "--lang", "en", "--store", str(broken), "--store", str(free)])
    capsys.readouterr()
    Browser(monkeypatch, held, "open")
    code = main(["scan", "--json", "--lang", "en", *stores])
    document = json.loads(capsys.readouterr().out)
    assert code == corrupt == 0
    errors = {store["profile"]: store["error"] for store in document["stores"]}
    assert errors == {"Work (Default)": f"{held.resolve()}: {HELD}", "a.default": None}


def test_watch_keeps_trying_quietly_and_reads_the_store_once_released(
    catalog: Catalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Tried at every poll, not only when the file changes (Chrome may let go without writing),
    and its first good read is its baseline: no cookie shows as added."""
    held, free = chrome_and_firefox(tmp_path)
    browser = Browser(monkeypatch, held, "open")
    refs, failed, searched = find_stores([held, free])
    watcher = Watcher(catalog, refs, failed, searched, clock=lambda: NOW)
    chromium = watcher.stores[0].id
    assert set(watcher.errors) == {chromium}
    for _ in range(10):
        assert watcher.poll() == []
        assert set(watcher.errors) == {chromium}
    browser.release()
    assert watcher.poll() == []
    assert watcher.errors == {}
    shown = watcher.inspection()
    assert {c.raw.name for c in shown.cookies if c.store.id == chromium} == SITE_NAMES
    # From then on it is watched like any other store.
    with writing(held) as connection:
        chromium_add(connection, Spec(SITE, "late", "v", expires=days(3)))
    assert [change.cookie.raw.name for change in watcher.poll()] == ["late"]


def test_watch_says_once_that_a_held_store_is_tried_at_every_look(
    catalog: Catalog,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """What `watch` prints when a store becomes held while it watches, and when it is back."""
    from tui.cli.common import Say
    from tui.cli.watch import _store_states

    held, free = chrome_and_firefox(tmp_path)
    refs, failed, searched = find_stores([held.parent.parent, free])
    watcher = Watcher(catalog, refs, failed, searched, clock=lambda: NOW)
    speak = Say("en")
    failing = _store_states(speak, watcher.errors, set())
    browser = Browser(monkeypatch, held, "open")
    with writing(held) as connection:
        chromium_add(connection, Spec(SITE, "late", "v", expires=days(3)))
    for _ in range(3):
        watcher.poll()
        failing = _store_states(speak, watcher.errors, failing)
    browser.release()
    watcher.poll()
    _store_states(speak, watcher.errors, failing)
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 2
    assert lines[0].endswith(
        "; its cookies are kept as last seen, and it is tried again at every look, quietly, "
        "and read as soon as the browser lets go"
    )
    assert HELD in lines[0]
    assert lines[1].endswith("is read again")
