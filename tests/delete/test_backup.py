"""Backups: consistent copies in the private state dir, named by time, browser and profile,
the last 20 per store kept; restoring one gives back exactly the rows it holds."""

from __future__ import annotations

import os
import sqlite3
import stat
from contextlib import closing
from datetime import timedelta
from pathlib import Path

import pytest

from tests.helpers import NOW, SITE
from tests.helpers.stores import Place, all_rows, chromium_user_data, firefox_profile, journal_mode
from tui.demo.stores import Spec
from tui.model import Family, StoreRef
from tui.paths import state_dir
from tui.stores.backup import BackupError, Backups
from tui.stores.read import stores_at
from tui.stores.write import WriteError, delete_rows, restore_backup


def _connect(path: Path) -> closing[sqlite3.Connection]:
    return closing(sqlite3.connect(path, isolation_level=None))


def _key(path: Path, name: str) -> tuple[tuple[str, object], ...]:
    """The full unique key of the store's row called `name`, as the reader gives it."""
    from tui.catalog import load
    from tui.stores.read import read_store

    [ref] = stores_at(path)
    _, rows = read_store(ref, load().hosts)
    return next(row.key for row in rows if row.name == name)


@pytest.mark.parametrize("family", ["chromium", "firefox"])
def test_backup_then_restore_gives_back_identical_rows(place: Place, family: str) -> None:
    if family == "chromium":
        store = chromium_user_data(place.root)
    else:
        # Part of the store only in the -wal file: the backup must see it.
        store = firefox_profile(place.root, in_wal=[Spec(SITE, "_gid", "in-the-wal")])
    original = all_rows(store)
    mode = journal_mode(store)
    [ref] = stores_at(store)
    backup = delete_rows(ref, [_key(store, "_ga"), _key(store, "sessionid")], place.backups)
    assert len(all_rows(store)) == len(original) - 2
    assert all_rows(backup.file) == original

    replaced = restore_backup(backup, place.backups)

    assert all_rows(store) == original
    assert journal_mode(store) == mode
    # The state the restore replaced is itself a backup: the restore can be undone.
    assert len(all_rows(replaced.file)) == len(original) - 2
    assert replaced.reason == "before restore"


def test_the_firefox_store_stays_wal_and_chromium_keeps_its_rollback_journal(
    place: Place,
) -> None:
    firefox = firefox_profile(place.root)
    chromium = chromium_user_data(place.root)
    for store, mode in ((firefox, "wal"), (chromium, "delete")):
        [ref] = stores_at(store)
        backup = delete_rows(ref, [_key(store, "_ga")], place.backups)
        restore_backup(backup, place.backups)
        assert journal_mode(store) == mode
        # Nothing left beside the store once the last connection closed.
        assert sorted(p.name for p in store.parent.iterdir() if p.name.startswith(store.name)) == [
            store.name
        ]
        # The backup is one plain file, whatever the store's mode.
        assert journal_mode(backup.file) == "delete"


def test_backups_are_private_and_named_by_time_browser_and_profile(place: Place) -> None:
    store = chromium_user_data(place.root)
    [ref] = stores_at(store)
    with _connect(store) as connection:
        backup = place.backups.create(connection, ref, "before delete", rows=10, now=NOW)
    assert backup.id == "20261115T100000Z-chromium-personal-default"
    assert stat.S_IMODE(place.backups.root.stat().st_mode) == 0o700
    for path in (backup.file, backup.file.with_suffix(".json")):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with _connect(store) as connection:
        second = place.backups.create(connection, ref, "before delete", rows=10, now=NOW)
    assert second.id == "20261115T100000Z-chromium-personal-default-2"
    assert [b.id for b in place.backups.all()] == [second.id, backup.id]
    assert place.backups.get(backup.id) == backup
    assert place.backups.get(backup.id + ".sqlite") == backup


def test_the_last_twenty_backups_of_each_store_are_kept(place: Place) -> None:
    chromium = chromium_user_data(place.root)
    firefox = firefox_profile(place.root)
    [chromium_ref] = stores_at(chromium)
    [firefox_ref] = stores_at(firefox)
    with _connect(firefox) as connection:
        other = place.backups.create(connection, firefox_ref, "before delete", rows=1, now=NOW)
    made = []
    for minute in range(25):
        with _connect(chromium) as connection:
            made.append(
                place.backups.create(
                    connection,
                    chromium_ref,
                    "before delete",
                    rows=1,
                    now=NOW + timedelta(minutes=minute),
                )
            )
        place.backups.prune(chromium, keep_ids=(made[-1].id,))
    kept = place.backups.for_store(chromium)
    assert [b.id for b in kept] == [b.id for b in reversed(made[-20:])]
    assert not made[0].file.exists() and not made[0].file.with_suffix(".json").exists()
    assert place.backups.for_store(firefox) == [other]


def test_the_state_dir_follows_xdg_state_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.platform", "linux")
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    assert state_dir() == tmp_path / "state" / "saemes-cookies"
    assert Backups().root == tmp_path / "state" / "saemes-cookies" / "backups"


def test_an_unknown_or_malformed_backup_id_is_a_clear_error(place: Place) -> None:
    for name in ("nope", "../../etc/passwd", ""):
        with pytest.raises(BackupError, match=r"no backup .* `saemes-cookies backups` lists them"):
            place.backups.get(name)


def test_a_backup_whose_json_is_missing_is_not_listed(place: Place) -> None:
    store = chromium_user_data(place.root)
    [ref] = stores_at(store)
    with _connect(store) as connection:
        backup = place.backups.create(connection, ref, "before delete", rows=1, now=NOW)
    backup.file.with_suffix(".json").unlink()
    assert place.backups.all() == []


def test_restore_refuses_a_backup_of_another_schema(place: Place) -> None:
    store = chromium_user_data(place.root)
    [ref] = stores_at(store)
    backup = delete_rows(ref, [_key(store, "_ga")], place.backups)
    with _connect(store) as connection:
        connection.execute("ALTER TABLE cookies ADD COLUMN newer INTEGER NOT NULL DEFAULT 0")
    before = all_rows(store)
    with pytest.raises(WriteError, match=r"schema changed since backup .*nothing was changed"):
        restore_backup(backup, place.backups)
    assert all_rows(store) == before


def test_restore_of_a_store_that_no_longer_exists_is_refused(place: Place) -> None:
    store = chromium_user_data(place.root)
    [ref] = stores_at(store)
    backup = delete_rows(ref, [_key(store, "_ga")], place.backups)
    store.unlink()
    with pytest.raises(WriteError, match="no such cookie store"):
        restore_backup(backup, place.backups)
    assert not store.exists()


def test_a_backup_ref_guards_the_same_lock_dir_as_the_store(place: Place) -> None:
    store = firefox_profile(place.root)
    [ref] = stores_at(store)
    backup = delete_rows(ref, [_key(store, "_ga")], place.backups)
    loaded = place.backups.get(backup.id)
    assert loaded.ref == StoreRef("Firefox", "abc.default", Family.FIREFOX, store, store.parent)
    assert os.access(loaded.file, os.R_OK)
