"""Deleting and restoring on Windows, which renames and deletes no file that is open. Windows
cannot be had here: a stand-in refuses exactly those two calls as Windows does
(tests/helpers/windows.open_files_stay); the stores, backups, intents, locks and audit log
are real files, written by the real code."""

from __future__ import annotations

import re
import sqlite3
import tempfile
from pathlib import Path

import pytest

from tests.helpers import live_now
from tests.helpers.stores import Place, chromium_user_data, firefox_profile
from tests.helpers.windows import open_files_stay
from tui import cli


def _names(store: Path, table: str) -> list[str]:
    with sqlite3.connect(f"{store.as_uri()}?mode=ro", uri=True) as connection:
        return sorted(row[0] for row in connection.execute(f"SELECT name FROM {table}"))


def test_on_windows_a_delete_and_its_undo_complete_with_one_backup_each_and_their_audit_lines(
    place: Place, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A backup was renamed from its partial file, and an intent from its own, while this
    run held them open, and an intent was deleted while still open: on Windows every delete
    and restore was refused ("backup cannot be written"), and an intent that stayed would
    have had its lines written a second time by the next run."""
    now = live_now()
    firefox = firefox_profile(place.root, now=now)
    chromium = chromium_user_data(place.root, now=now)
    before = {firefox: _names(firefox, "moz_cookies"), chromium: _names(chromium, "cookies")}
    for key, value in place.env.items():
        monkeypatch.setenv(key, value)
    (place.root / "tmp").mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(place.root / "tmp"))
    open_files_stay(monkeypatch)

    stores = ["--store", str(firefox), "--store", str(chromium)]
    assert cli.main(["delete", *stores, "--include-unclassified", "--yes", "--lang", "en"]) == 0
    deleted = capsys.readouterr()
    backup_ids = re.findall(r"backup (\S+) \(undo", deleted.out)
    assert len(backup_ids) == 2, deleted
    firefox_backup = next(b for b in backup_ids if "firefox" in b.lower())
    assert cli.main(["restore", firefox_backup, "--yes", "--lang", "en"]) == 0, capsys.readouterr()
    assert cli.main(["backups", "--lang", "en"]) == 0
    capsys.readouterr()
    monkeypatch.undo()

    records = place.log.read()
    assert [r["action"] for r in records].count("delete") == 4
    [restore] = [r for r in records if r["action"] == "restore"]
    assert restore["backup"] == firefox_backup
    assert not any("settled" in r for r in records)  # no intent was left for a later run
    assert not place.log.pending.exists() or list(place.log.pending.iterdir()) == []
    kept = sorted(path.name for path in place.backups.root.iterdir())
    assert not [name for name in kept if "partial" in name]
    assert len(place.backups.all()) == 3  # one per delete, one of what the restore replaced
    assert _names(firefox, "moz_cookies") == before[firefox]
    assert len(_names(chromium, "cookies")) == len(before[chromium]) - 2
