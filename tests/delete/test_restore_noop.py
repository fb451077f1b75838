"""A restore that changes nothing writes nothing (no write, no backup, no pruning), and pruning
never removes the backup being restored or the one just taken."""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.helpers import live_now, run_cli
from tests.helpers.stores import Place, all_rows, chromium_user_data, firefox_profile
from tui.catalog import load
from tui.stores.read import read_store, stores_at
from tui.stores.write import delete_rows, restore_backup

BACKUP_ID = re.compile(r"backup (\d{8}T\d{6}Z-[a-z0-9-]+)")


def _store(place: Place, family: str) -> Path:
    return chromium_user_data(place.root) if family == "chromium" else firefox_profile(place.root)


def _key(path: Path, name: str) -> tuple[tuple[str, object], ...]:
    [ref] = stores_at(path)
    _, rows = read_store(ref, load().hosts)
    return next(row.key for row in rows if row.name == name)


@pytest.mark.parametrize("family", ["chromium", "firefox"])
def test_restoring_what_the_store_already_holds_writes_and_keeps_nothing_new(
    place: Place, family: str
) -> None:
    store = _store(place, family)
    [ref] = stores_at(store)
    backup = delete_rows(ref, [_key(store, "_ga")], place.backups)
    assert restore_backup(backup, place.backups) is not None  # the row comes back
    held = all_rows(store)
    files = sorted(p.name for p in place.backups.root.iterdir())
    stamp = store.stat().st_mtime_ns
    # Twenty-five times: with pruning after each, the backup restored would have gone.
    for _ in range(25):
        assert restore_backup(backup, place.backups) is None
    assert all_rows(store) == held
    assert store.stat().st_mtime_ns == stamp
    assert sorted(p.name for p in place.backups.root.iterdir()) == files


def test_a_no_op_restore_from_the_command_line_says_so_and_exits_0(place: Place) -> None:
    store = chromium_user_data(place.root, now=live_now())
    deleted = run_cli("delete", "--yes", "--store", str(store), env=place.env, input_text="")
    [backup_id] = BACKUP_ID.findall(deleted.stdout)
    first = run_cli("restore", "--yes", backup_id, env=place.env, input_text="")
    assert first.returncode == 0, first.stderr
    count = len(place.backups.all())
    again = run_cli("restore", "--yes", backup_id, env=place.env, input_text="")
    assert again.returncode == 0, again.stderr
    assert "restoring changes nothing" in again.stdout and "Nothing was changed" in again.stdout
    assert len(place.backups.all()) == count


@pytest.mark.parametrize("family", ["chromium", "firefox"])
def test_pruning_after_a_restore_keeps_the_backup_restored_however_old(
    place: Place, family: str
) -> None:
    store = _store(place, family)
    [ref] = stores_at(store)
    oldest = delete_rows(ref, [_key(store, "_ga")], place.backups)
    # Twenty-four newer backups of the store as it is now, each a minute apart.
    later = datetime.now(UTC)
    for minute in range(1, 25):
        with closing(sqlite3.connect(store, isolation_level=None)) as connection:
            place.backups.create(
                connection, ref, "before delete", rows=1, now=later + timedelta(minutes=minute)
            )
    replaced = restore_backup(oldest, place.backups)
    assert replaced is not None
    left = {backup.id for backup in place.backups.for_store(store)}
    assert oldest.id in left and replaced.id in left
    assert len(left) == place.backups.keep
